//! clap's parse errors, told in the interface language.

use std::ffi::OsString;
use std::io::Write;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use glossator::l10n::Ui;
use glossator::Message;

const COMMANDS: [&str; 8] = [
    "annotate",
    "scan",
    "lookup",
    "check",
    "list",
    "completions",
    "man",
    "help",
];

fn value(e: &clap::Error, kind: ContextKind) -> Option<String> {
    match e.get(kind)? {
        ContextValue::String(s) => Some(s.clone()),
        ContextValue::Strings(v) => Some(v.join(", ")),
        ContextValue::StyledStr(s) => Some(s.to_string()),
        ContextValue::StyledStrs(v) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ContextValue::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The error as a localized message, with a suggestion where clap has one.
fn message(e: &clap::Error) -> Message {
    let get = |kind| value(e, kind).unwrap_or_default();
    let base = match e.kind() {
        ErrorKind::InvalidValue
            if value(e, ContextKind::InvalidValue).is_some_and(|v| v.is_empty()) =>
        {
            Message::new("clap-missing-value").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidValue => Message::new("clap-invalid-value")
            .arg("value", get(ContextKind::InvalidValue))
            .arg("arg", get(ContextKind::InvalidArg))
            .arg("values", get(ContextKind::ValidValue)),
        ErrorKind::ValueValidation => Message::new("clap-bad-value")
            .arg("value", get(ContextKind::InvalidValue))
            .arg("arg", get(ContextKind::InvalidArg)),
        ErrorKind::UnknownArgument => {
            Message::new("clap-unknown-argument").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::InvalidSubcommand => {
            Message::new("clap-unknown-command").arg("command", get(ContextKind::InvalidSubcommand))
        }
        ErrorKind::NoEquals => {
            Message::new("clap-no-equals").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::TooManyValues => Message::new("clap-too-many-values")
            .arg("value", get(ContextKind::InvalidValue))
            .arg("arg", get(ContextKind::InvalidArg)),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            Message::new("clap-wrong-number").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::ArgumentConflict => Message::new("clap-conflict")
            .arg("arg", get(ContextKind::InvalidArg))
            .arg("other", get(ContextKind::PriorArg)),
        ErrorKind::MissingRequiredArgument => {
            Message::new("clap-missing-argument").arg("arg", get(ContextKind::InvalidArg))
        }
        ErrorKind::MissingSubcommand => Message::new("clap-missing-command"),
        ErrorKind::InvalidUtf8 => Message::new("clap-invalid-utf8"),
        _ => {
            let text = e.to_string();
            let first = text.lines().next().unwrap_or_default();
            Message::new("clap-other").arg("detail", first.trim_start_matches("error: "))
        }
    };
    let suggestion = value(e, ContextKind::SuggestedArg)
        .or_else(|| value(e, ContextKind::SuggestedSubcommand))
        .or_else(|| value(e, ContextKind::SuggestedValue));
    match suggestion {
        Some(s) => Message::new("clap-did-you-mean")
            .arg_message("message", base)
            .arg("suggestion", s),
        None => base,
    }
}

/// Reports a parse error (or prints help or the version, which clap delivers as
/// errors) and gives the exit code.
pub fn exit(ui: &Ui, e: &clap::Error, args: &[OsString]) -> ExitCode {
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(2);
        }
        _ => {}
    }
    let command = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy())
        .find(|a| COMMANDS.contains(&a.as_ref()))
        .map_or_else(|| "glossator".to_string(), |c| format!("glossator {c}"));
    let mut err = std::io::stderr().lock();
    let _ = writeln!(
        err,
        "{}",
        ui.format(&Message::new("cli-error").arg_message("message", message(e)))
    );
    let _ = writeln!(
        err,
        "{}",
        ui.format(&Message::new("clap-more-info").arg("command", command))
    );
    ExitCode::from(2)
}
