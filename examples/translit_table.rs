//! Prints one term in every transliteration system, as the README's table.
//!
//! `cargo run --example translit_table`

use glossator::translit::{transliterate, Script, System};

fn main() {
    println!("| system | name | ほっぽう りょうど (北方領土) | しんいち | Курильские острова |");
    println!("|---|---|---|---|---|");
    for &system in System::ALL {
        let show = |s: &str| transliterate(s, system).unwrap_or_else(|e| format!("({e})"));
        let (a, b, c) = match system.source_script() {
            Script::Kana => (show("ほっぽう りょうど"), show("しんいち"), "—".to_string()),
            _ => ("—".to_string(), "—".to_string(), show("Курильские острова")),
        };
        println!("| {system:?} | `{}` | {a} | {b} | {c} |", system.name());
    }
}
