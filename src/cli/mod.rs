//! The `glossator` command line: clap parsing and wiring; every behaviour lives in
//! the library.

mod clap_error;
mod command;
mod report;
mod run;

use std::ffi::OsString;
use std::process::ExitCode;

use clap::ArgMatches;
use glossator::l10n::{parse_language, Ui};

use report::{Reporter, Verbosity};
use run::{Status, Stop};

/// The value of `--ui-lang`, looked for before parsing, since the parser's own
/// texts depend on it.
fn ui_lang_arg(args: &[OsString]) -> Option<String> {
    let mut iter = args.iter().skip(1);
    while let Some(arg) = iter.next() {
        let arg = arg.to_string_lossy();
        if arg == "--" {
            break;
        }
        if arg == "--ui-lang" {
            return iter.next().map(|v| v.to_string_lossy().into_owned());
        }
        if let Some(v) = arg.strip_prefix("--ui-lang=") {
            return Some(v.to_string());
        }
    }
    None
}

pub fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    let env = |name: &str| std::env::var(name).ok();
    let explicit = ui_lang_arg(&args);
    let bad_ui_lang = explicit
        .as_deref()
        .and_then(|tag| parse_language(tag).err());
    let ui = Ui::detect(explicit.as_deref().filter(|_| bad_ui_lang.is_none()), env);
    let matches = match command::build(&ui).try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => return clap_error::exit(&ui, &e, &args),
    };
    let verbosity = if matches.get_flag("quiet") {
        Verbosity::Quiet
    } else if matches.get_flag("verbose") {
        Verbosity::Verbose
    } else {
        Verbosity::Normal
    };
    let color = report::use_color(
        matches
            .get_one::<String>("color")
            .map_or("auto", String::as_str),
        env,
    );
    let reporter = Reporter::new(ui, verbosity, color);
    if let Some(e) = bad_ui_lang {
        reporter.error(&e);
        return ExitCode::from(2);
    }
    if let Some(&n) = matches.get_one::<usize>("threads") {
        // Fails only when a pool exists already, which cannot be the case here.
        let _ = rayon::ThreadPoolBuilder::new()
            .num_threads(n)
            .build_global();
    }
    let status = match dispatch(&matches, &reporter) {
        Ok(status) => status,
        Err(Stop::Quiet) => Status::Success,
        Err(Stop::Error(e)) => {
            reporter.error(&e);
            Status::Failed
        }
        Err(Stop::Usage(m)) => {
            reporter.error_message(&m);
            Status::Failed
        }
    };
    match status {
        Status::Success => ExitCode::SUCCESS,
        Status::Findings => ExitCode::from(1),
        Status::Failed => ExitCode::from(2),
    }
}

fn dispatch(matches: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    match matches.subcommand() {
        Some(("annotate", m)) => run::annotate(m, r),
        Some(("scan", m)) => run::scan(m, r),
        Some(("strip", m)) => run::strip(m, r),
        Some(("lookup", m)) => run::lookup_term(m, r),
        Some(("check", m)) => run::check(m, r),
        Some(("list", m)) => run::list(m, r),
        Some(("completions", m)) => {
            let Some(&shell) = m.get_one::<clap_complete::Shell>("shell") else {
                return Ok(Status::Failed);
            };
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut command::build(&r.ui), "glossator", &mut script);
            run::print(&script)
        }
        Some(("man", _)) => {
            let mut page = Vec::new();
            clap_mangen::Man::new(command::build(&r.ui))
                .render(&mut page)
                .map_err(|e| Stop::Error(glossator::batch::write_error("<man>", e)))?;
            run::print(&page)
        }
        Some(("help", m)) => {
            let mut cmd = command::build(&r.ui);
            cmd.build();
            let name = m.get_one::<String>("command");
            let page = match name.and_then(|n| cmd.find_subcommand_mut(n)) {
                Some(sub) => sub.render_help(),
                None if name.is_some() => {
                    return Err(Stop::Usage(
                        glossator::Message::new("clap-unknown-command")
                            .arg("command", name.map_or("", String::as_str)),
                    ))
                }
                None => cmd.render_help(),
            };
            run::print(page.to_string().as_bytes())
        }
        _ => Ok(Status::Success),
    }
}
