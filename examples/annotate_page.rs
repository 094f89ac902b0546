//! Annotates an HTML or Markdown file with the built-in glossary (or the
//! glossaries given with `--glossary PATH`) and prints the result: the library
//! calls behind `glossator annotate --format html|markdown`.
//!
//! ```text
//! cargo run --example annotate_page -- [--footnotes] [--abbr] [--all] [--terms]
//!     [--stylesheet] [--focusable-terms] [--its] [--script URL] [--lang LANG]
//!     [--glossary PATH]... FILE
//! ```

use std::process::ExitCode;

use glossator::document::html::{annotate_html, HtmlOptions, HtmlStyle, TermElement};
use glossator::document::markdown::{annotate_markdown, MarkdownOptions, MarkdownStyle};
use glossator::{Annotator, Options};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(2)
        }
    }
}

fn run() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let mut html = HtmlOptions::new();
    let mut md = MarkdownOptions::new();
    let mut lang = "en".to_string();
    let mut all = false;
    let mut builder = Annotator::builder();
    let mut file = None;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--footnotes" => html = html.style(HtmlStyle::Footnotes),
            "--abbr" => {
                html = html.term_element(TermElement::Abbr);
                md = md.style(MarkdownStyle::Abbr);
            }
            "--terms" => html = html.terms_list(true),
            "--stylesheet" => html = html.stylesheet(true),
            "--focusable-terms" => html = html.focusable_terms(true),
            "--its" => html = html.its_terms(true),
            "--script" => html = html.script(args.next().ok_or("--script needs a value")?),
            "--all" => all = true,
            "--lang" => lang = args.next().ok_or("--lang needs a value")?,
            "--container" => html = html.container(args.next().ok_or("--container needs a value")?),
            "--glossary" => {
                builder.glossary_path(args.next().ok_or("--glossary needs a value")?);
            }
            _ => file = Some(arg),
        }
    }
    let file = file.ok_or("no input file")?;
    let annotator = builder.build()?;
    let options = Options::new(&lang)?.all(all);
    let input = glossator::document::read_path(std::path::Path::new(&file))?;
    let (out, warnings) = if file.ends_with(".md") || file.ends_with(".markdown") {
        annotate_markdown(&annotator, &input, &options, &md)?
    } else {
        annotate_html(&annotator, &input, &options, &html)?
    };
    for w in warnings {
        eprintln!("warning: {w}");
    }
    print!("{out}");
    Ok(())
}
