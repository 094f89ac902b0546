//! The `glossator` command: argument parsing and wiring only; every behaviour lives
//! in the library.

use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Arg, ArgAction, ArgMatches, Command};
use glossator::l10n::Ui;
use glossator::{
    Annotator, Error, JsonRenderer, Message, Options, Render, TextRenderer, TextStyle, Warning,
};

fn cli(ui: &Ui) -> Command {
    Command::new("glossator")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ui.text("cli-about"))
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("annotate")
                .about(ui.text("cli-annotate-about"))
                .arg(
                    Arg::new("inputs")
                        .value_name("FILE")
                        .num_args(0..)
                        .help(ui.text("cli-arg-inputs")),
                )
                .arg(
                    Arg::new("glossary")
                        .long("glossary")
                        .short('g')
                        .value_name("PATH")
                        .action(ArgAction::Append)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(ui.text("cli-arg-glossary")),
                )
                .arg(
                    Arg::new("lang")
                        .long("lang")
                        .short('l')
                        .value_name("LANG")
                        .default_value("en")
                        .help(ui.text("cli-arg-lang")),
                )
                .arg(
                    Arg::new("format")
                        .long("format")
                        .short('f')
                        .value_parser(["text", "json"])
                        .default_value("text")
                        .help(ui.text("cli-arg-format")),
                )
                .arg(
                    Arg::new("all")
                        .long("all")
                        .action(ArgAction::SetTrue)
                        .help(ui.text("cli-arg-all")),
                )
                .arg(
                    Arg::new("notes")
                        .long("notes")
                        .action(ArgAction::SetTrue)
                        .help(ui.text("cli-arg-notes")),
                ),
        )
}

fn main() -> ExitCode {
    let ui = Ui::detect(None, |name| std::env::var(name).ok());
    let matches = match cli(&ui).try_get_matches() {
        Ok(m) => m,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match matches.subcommand() {
        Some(("annotate", m)) => annotate(m, &ui),
        _ => Ok(()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::BrokenPipe) => ExitCode::SUCCESS,
        Err(Failure::Error(e)) => {
            report_error(&ui, &e);
            ExitCode::from(2)
        }
    }
}

enum Failure {
    Error(Error),
    BrokenPipe,
}

impl From<Error> for Failure {
    fn from(e: Error) -> Failure {
        Failure::Error(e)
    }
}

fn write_failure(e: io::Error) -> Failure {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Failure::BrokenPipe
    } else {
        Failure::Error(glossator::error::Error::from_io("<stdout>", e))
    }
}

fn report_error(ui: &Ui, e: &Error) {
    let line = ui.format(&Message::new("cli-error").arg("message", ui.format(e.message())));
    let _ = writeln!(io::stderr(), "{line}");
}

fn report_warning(ui: &Ui, w: &Warning) {
    let line = ui.format(&Message::new("cli-warning").arg("message", ui.format(w.message())));
    let _ = writeln!(io::stderr(), "{line}");
}

fn annotate(m: &ArgMatches, ui: &Ui) -> Result<(), Failure> {
    let mut builder = Annotator::builder();
    for path in m.get_many::<PathBuf>("glossary").into_iter().flatten() {
        builder.glossary_path(path);
    }
    let lang = m.get_one::<String>("lang").map_or("en", String::as_str);
    let options = Options::new(lang)?.all(m.get_flag("all"));
    let annotator = builder.build()?;
    let mut warned: Vec<Warning> = Vec::new();
    for w in annotator.warnings() {
        report_warning(ui, w);
    }
    let renderer: Box<dyn Render> = match m.get_one::<String>("format").map(String::as_str) {
        Some("json") => Box::new(JsonRenderer::new()),
        _ => Box::new(TextRenderer::new().style(if m.get_flag("notes") {
            TextStyle::Notes
        } else {
            TextStyle::Inline
        })),
    };
    let inputs: Vec<String> = m
        .get_many::<String>("inputs")
        .map(|v| v.cloned().collect())
        .unwrap_or_else(|| vec!["-".to_string()]);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for input in &inputs {
        let text = if input == "-" {
            glossator::document::read_stdin("<stdin>")?
        } else {
            glossator::document::read_path(std::path::Path::new(input))?
        };
        let annotations = annotator.annotate(&text, &options);
        for w in annotations.warnings() {
            if !warned.contains(w) {
                report_warning(ui, w);
                warned.push(w.clone());
            }
        }
        renderer
            .render(&text, &annotations, &mut out)
            .map_err(write_failure)?;
    }
    out.flush().map_err(write_failure)?;
    Ok(())
}
