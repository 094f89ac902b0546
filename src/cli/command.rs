//! The clap command, built with every text in the interface language.

use std::path::PathBuf;

use clap::{value_parser, Arg, ArgAction, Command};
use glossator::l10n::Ui;
use glossator::translit::System;
use glossator::Message;

/// Formats `annotate` writes. `auto` (the default) reads each file as its
/// extension says (HTML, Markdown, else text), standard input as text.
pub const ANNOTATE_FORMATS: [&str; 6] = ["auto", "text", "html", "markdown", "json", "jsonl"];

/// Formats `strip` reads: `auto` by extension, as for `annotate`.
pub const STRIP_FORMATS: [&str; 4] = ["auto", "text", "html", "markdown"];

/// The elements that carry a tooltip in HTML (`--markup`).
pub const MARKUP_ELEMENTS: [&str; 2] = ["dfn", "abbr"];

/// The whole command line.
pub fn build(ui: &Ui) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
        ui.text("cli-heading-usage")
    );
    let command = |name: &'static str, about: &'static str| {
        Command::new(name)
            .about(ui.text(about))
            .help_template(&template)
            .disable_help_flag(true)
            .next_help_heading(ui.text("cli-heading-options"))
    };
    let root = Command::new("glossator")
        .version(env!("CARGO_PKG_VERSION"))
        .about(ui.text("cli-about"))
        .help_template(&template)
        .subcommand_help_heading(ui.text("cli-heading-commands"))
        .disable_help_flag(true)
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .subcommand_required(true)
        .arg_required_else_help(true)
        .next_help_heading(ui.text("cli-heading-options"))
        .arg(help_arg(ui))
        .arg(
            Arg::new("version")
                .long("version")
                .short('V')
                .action(ArgAction::Version)
                .help(ui.text("cli-arg-version")),
        )
        .arg(
            Arg::new("ui-lang")
                .long("ui-lang")
                .value_name("LANG")
                .global(true)
                .help_heading(ui.text("cli-heading-global"))
                .help(ui.text("cli-arg-ui-lang")),
        )
        .arg(
            Arg::new("quiet")
                .long("quiet")
                .short('q')
                .global(true)
                .help_heading(ui.text("cli-heading-global"))
                .action(ArgAction::SetTrue)
                .conflicts_with("verbose")
                .help(ui.text("cli-arg-quiet")),
        )
        .arg(
            Arg::new("verbose")
                .long("verbose")
                .short('v')
                .global(true)
                .help_heading(ui.text("cli-heading-global"))
                .action(ArgAction::SetTrue)
                .help(ui.text("cli-arg-verbose")),
        )
        .arg(
            Arg::new("color")
                .long("color")
                .value_name("WHEN")
                .global(true)
                .help_heading(ui.text("cli-heading-global"))
                .value_parser(["auto", "always", "never"])
                .default_value("auto")
                .hide_default_value(true)
                .hide_possible_values(true)
                .help(choices(
                    ui,
                    "cli-arg-color",
                    &["auto", "always", "never"],
                    "auto",
                )),
        )
        .arg(
            Arg::new("threads")
                .long("threads")
                .short('j')
                .value_name("N")
                .global(true)
                .help_heading(ui.text("cli-heading-global"))
                .value_parser(value_parser!(usize))
                .help(ui.text("cli-arg-threads")),
        )
        .subcommand(
            command("annotate", "cli-annotate-about")
                .arg(inputs(ui, "cli-arg-paths"))
                .arg(glossary(ui))
                .arg(lang(ui, "cli-arg-lang"))
                .arg(format(
                    ui,
                    &ANNOTATE_FORMATS,
                    "auto",
                    "cli-arg-annotate-format",
                ))
                .arg(romanization(ui))
                .arg(flag("all", ui, "cli-arg-all"))
                .arg(flag("notes", ui, "cli-arg-notes"))
                .arg(
                    Arg::new("markup")
                        .long("markup")
                        .value_name("ELEMENT")
                        .value_parser(MARKUP_ELEMENTS)
                        .default_value("dfn")
                        .hide_default_value(true)
                        .hide_possible_values(true)
                        .conflicts_with("notes")
                        .help(choices(ui, "cli-arg-markup", &MARKUP_ELEMENTS, "dfn")),
                )
                .arg(flag("terms-list", ui, "cli-arg-terms-list"))
                .arg(flag("stylesheet", ui, "cli-arg-stylesheet"))
                .arg(flag("focusable-terms", ui, "cli-arg-focusable-terms").conflicts_with("notes"))
                .arg(flag("its", ui, "cli-arg-its"))
                .arg(
                    Arg::new("script")
                        .long("script")
                        .value_name("URL")
                        .help(ui.text("cli-arg-script")),
                )
                .arg(
                    Arg::new("skip")
                        .long("skip")
                        .value_name("SELECTOR")
                        .action(ArgAction::Append)
                        .help(ui.text("cli-arg-skip")),
                )
                .arg(
                    Arg::new("container")
                        .long("container")
                        .value_name("SELECTOR")
                        .help(ui.text("cli-arg-container")),
                )
                .args(write_args(ui, "cli-arg-in-place"))
                .args(walk_args(ui))
                .arg(flag("lossy", ui, "cli-arg-lossy")),
        )
        .subcommand(
            command("strip", "cli-strip-about")
                .arg(inputs(ui, "cli-arg-paths"))
                .arg(format(ui, &STRIP_FORMATS, "auto", "cli-arg-strip-format"))
                .args(write_args(ui, "cli-arg-strip-in-place"))
                .args(walk_args(ui))
                .arg(flag("lossy", ui, "cli-arg-lossy")),
        )
        .subcommand(
            command("scan", "cli-scan-about")
                .arg(inputs(ui, "cli-arg-paths"))
                .arg(glossary(ui))
                .arg(lang(ui, "cli-arg-scan-lang"))
                .arg(format(
                    ui,
                    &["table", "csv", "json"],
                    "table",
                    "cli-arg-scan-format",
                ))
                .arg(
                    Arg::new("missing-lang")
                        .long("missing-lang")
                        .value_name("LANG")
                        .help(ui.text("cli-arg-missing-lang")),
                )
                .arg(
                    Arg::new("sort")
                        .long("sort")
                        .value_name("ORDER")
                        .value_parser(["first", "count", "entry"])
                        .default_value("first")
                        .hide_default_value(true)
                        .hide_possible_values(true)
                        .help(choices(
                            ui,
                            "cli-arg-sort",
                            &["first", "count", "entry"],
                            "first",
                        )),
                )
                .args(walk_args(ui))
                .arg(flag("lossy", ui, "cli-arg-lossy")),
        )
        .subcommand(
            command("lookup", "cli-lookup-about")
                .arg(
                    Arg::new("term")
                        .value_name("TERM")
                        .required(true)
                        .help(ui.text("cli-arg-term"))
                        .help_heading(ui.text("cli-heading-arguments")),
                )
                .arg(glossary(ui))
                .arg(lang(ui, "cli-arg-lang"))
                .arg(romanization(ui))
                .arg(format(ui, &["text", "json"], "text", "cli-arg-format")),
        )
        .subcommand(
            command("check", "cli-check-about")
                .arg(
                    Arg::new("paths")
                        .value_name("PATH")
                        .num_args(0..)
                        .value_parser(value_parser!(PathBuf))
                        .help(ui.text("cli-arg-check-paths"))
                        .help_heading(ui.text("cli-heading-arguments")),
                )
                .arg(format(ui, &["text", "json"], "text", "cli-arg-format")),
        )
        .subcommand(
            command("list", "cli-list-about")
                .arg(glossary(ui))
                .arg(format(ui, &["table", "json"], "table", "cli-arg-format")),
        )
        .subcommand(
            command("completions", "cli-completions-about").arg(
                Arg::new("shell")
                    .value_name("SHELL")
                    .required(true)
                    .value_parser(value_parser!(clap_complete::Shell))
                    .hide_possible_values(true)
                    .help(ui.text("cli-arg-shell"))
                    .help_heading(ui.text("cli-heading-arguments")),
            ),
        )
        .subcommand(command("man", "cli-man-about"))
        .subcommand(
            command("help", "cli-help-about").arg(
                Arg::new("command")
                    .value_name("COMMAND")
                    .help(ui.text("cli-arg-help-command"))
                    .help_heading(ui.text("cli-heading-arguments")),
            ),
        );
    // The help flag goes last, so that each command's arguments and options come
    // first in its help.
    let names: Vec<String> = root
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    names.iter().fold(root, |root, name| {
        root.mut_subcommand(name, |c| c.arg(help_arg(ui)))
    })
}

fn help_arg(ui: &Ui) -> Arg {
    Arg::new("help")
        .long("help")
        .short('h')
        .action(ArgAction::Help)
        .help(ui.text("cli-arg-help"))
}

fn flag(name: &'static str, ui: &Ui, help: &'static str) -> Arg {
    Arg::new(name)
        .long(name)
        .action(ArgAction::SetTrue)
        .help(ui.text(help))
}

fn inputs(ui: &Ui, help: &'static str) -> Arg {
    Arg::new("inputs")
        .value_name("PATH")
        .num_args(0..)
        .value_parser(value_parser!(std::ffi::OsString))
        .help(ui.text(help))
        .help_heading(ui.text("cli-heading-arguments"))
}

fn glossary(ui: &Ui) -> Arg {
    Arg::new("glossary")
        .long("glossary")
        .short('g')
        .value_name("PATH")
        .action(ArgAction::Append)
        .value_parser(value_parser!(PathBuf))
        .help(ui.text("cli-arg-glossary"))
}

/// A help text followed by the possible values and the default, in the interface
/// language (clap's own `[default: …]` and `[possible values: …]` are English).
fn choices(ui: &Ui, help: &'static str, values: &[&str], default: &str) -> String {
    ui.format(
        &Message::new("cli-help-choices")
            .arg("help", ui.text(help))
            .arg("values", values.join(", "))
            .arg("default", default),
    )
}

fn lang(ui: &Ui, help: &'static str) -> Arg {
    Arg::new("lang")
        .long("lang")
        .short('l')
        .value_name("LANG")
        .default_value("en")
        .hide_default_value(true)
        .help(
            ui.format(
                &Message::new("cli-help-default")
                    .arg("help", ui.text(help))
                    .arg("default", "en"),
            ),
        )
}

fn format(ui: &Ui, values: &[&'static str], default: &'static str, help: &'static str) -> Arg {
    Arg::new("format")
        .long("format")
        .short('f')
        .value_name("FORMAT")
        .value_parser(values.to_vec())
        .default_value(default)
        .hide_default_value(true)
        .hide_possible_values(true)
        .help(choices(ui, help, values, default))
}

/// `--romanization SYSTEM`: one of the library's system names; clap reports an
/// unknown one with the list, through the interface language's messages.
fn romanization(ui: &Ui) -> Arg {
    let names: Vec<&'static str> = System::ALL.iter().map(|s| s.name()).collect();
    Arg::new("romanization")
        .long("romanization")
        .value_name("SYSTEM")
        .value_parser(names.clone())
        .hide_possible_values(true)
        .help(
            ui.format(
                &Message::new("cli-help-values")
                    .arg("help", ui.text("cli-arg-romanization"))
                    .arg("values", names.join(", ")),
            ),
        )
}

/// Where results go: `-o DIR`, or `-i` with an optional `--backup SUFFIX`.
fn write_args(ui: &Ui, in_place_help: &'static str) -> [Arg; 3] {
    [
        Arg::new("output-dir")
            .long("output-dir")
            .short('o')
            .value_name("DIR")
            .value_parser(value_parser!(PathBuf))
            .conflicts_with("in-place")
            .help(ui.text("cli-arg-output-dir")),
        flag("in-place", ui, in_place_help).short('i'),
        Arg::new("backup")
            .long("backup")
            .value_name("SUFFIX")
            .requires("in-place")
            .help(ui.text("cli-arg-backup")),
    ]
}

fn walk_args(ui: &Ui) -> [Arg; 2] {
    [
        Arg::new("glob")
            .long("glob")
            .value_name("GLOB")
            .action(ArgAction::Append)
            .help(ui.text("cli-arg-glob")),
        flag("hidden", ui, "cli-arg-hidden"),
    ]
}
