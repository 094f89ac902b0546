//! Embeds `glossaries/*.ron` and `locales/<lang>/*.ftl` into the binary, so the
//! program works on a fresh machine with no files beside it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo:rerun-if-changed=glossaries");
    println!("cargo:rerun-if-changed=locales");
    let mut files: Vec<String> = Vec::new();
    collect(root, "glossaries", "ron", &mut files);
    if let Ok(dirs) = std::fs::read_dir(root.join("locales")) {
        let mut langs: Vec<String> = dirs
            .filter_map(|d| d.ok())
            .filter(|d| d.path().is_dir())
            .filter_map(|d| d.file_name().into_string().ok())
            .collect();
        langs.sort();
        for lang in langs {
            println!("cargo:rerun-if-changed=locales/{lang}");
            collect(root, &format!("locales/{lang}"), "ftl", &mut files);
        }
    }
    let mut code = String::from("/// Built-in files: (path relative to the repository, contents).\npub static FILES: &[(&str, &str)] = &[\n");
    for f in &files {
        let _ = writeln!(
            code,
            "    ({f:?}, include_str!(concat!(env!(\"CARGO_MANIFEST_DIR\"), \"/{f}\"))),"
        );
    }
    code.push_str("];\n");
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("builtin_files.rs"), code).expect("OUT_DIR is writable");
}

fn collect(root: &Path, dir: &str, ext: &str, files: &mut Vec<String>) {
    let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
        return;
    };
    let mut names: Vec<String> = entries
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == ext))
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    for name in names {
        files.push(format!("{dir}/{name}"));
    }
}
