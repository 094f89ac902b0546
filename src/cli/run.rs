//! The commands: argument values in, library calls, results out.

use std::ffi::OsString;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;

use clap::ArgMatches;
use glossator::batch::{
    in_place_paths, output_paths, write_error, Batch, Done, Format, Input, Walk, HTML_EXTENSIONS,
    MARKDOWN_EXTENSIONS,
};
use glossator::check::{check_builtin, check_paths};
use glossator::document::html::{HtmlOptions, HtmlStyle, TermElement};
use glossator::document::markdown::{MarkdownOptions, MarkdownStyle, DEFAULT_SKIP_TAGS};
use glossator::document::strip::StripFormat;
use glossator::l10n::parse_language;
use glossator::lookup::{lookup, not_found, EntryView, Lookup};
use glossator::scan::{ScanReport, SortOrder};
use glossator::translit::System;
use glossator::{Annotator, Error, JsonRenderer, Message, Options, TextRenderer, TextStyle};

use super::report::Reporter;

/// How a command ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Status {
    /// Everything done.
    Success,
    /// `check` found problems.
    Findings,
    /// Something could not be done.
    Failed,
}

/// Stops a command: an error to report, or standard output gone (a closed pipe),
/// which ends the run quietly.
pub enum Stop {
    Error(Error),
    /// A problem with the command line itself, found after parsing.
    Usage(Message),
    Quiet,
}

impl From<Error> for Stop {
    fn from(e: Error) -> Stop {
        Stop::Error(e)
    }
}

/// A failure to write standard output: a closed pipe is no error.
fn stdout_failure(e: io::Error) -> Stop {
    if e.kind() == io::ErrorKind::BrokenPipe {
        Stop::Quiet
    } else {
        Stop::Error(write_error("<stdout>", e))
    }
}

fn str_arg<'a>(m: &'a ArgMatches, name: &str) -> &'a str {
    m.get_one::<String>(name).map_or("", String::as_str)
}

/// The system `--romanization` names (clap has checked the name).
fn system_arg(m: &ArgMatches) -> Option<System> {
    m.get_one::<String>("romanization")
        .and_then(|name| System::from_name(name))
}

fn load(m: &ArgMatches, r: &Reporter) -> Result<Annotator, Error> {
    let mut builder = Annotator::builder();
    for path in m.get_many::<PathBuf>("glossary").into_iter().flatten() {
        builder.glossary_path(path);
    }
    let annotator = builder.build()?;
    for w in annotator.warnings() {
        r.warning(w);
    }
    let set = annotator.glossaries();
    r.info(
        &Message::new("cli-verbose-loaded")
            .number("glossaries", set.glossaries().len())
            .number("entries", set.len())
            .number("languages", annotator.localizer().languages().len()),
    );
    Ok(annotator)
}

/// The inputs named on the command line (standard input when none), and the
/// errors of those that cannot be used.
fn walk(m: &ArgMatches) -> Result<(Vec<Input>, Vec<Error>), Error> {
    let mut walk = Walk::new();
    for glob in m.get_many::<String>("glob").into_iter().flatten() {
        walk.glob(glob)?;
    }
    walk.hidden(m.get_flag("hidden"));
    let args: Vec<OsString> = m
        .get_many::<OsString>("inputs")
        .map(|v| v.cloned().collect())
        .unwrap_or_else(|| vec![OsString::from("-")]);
    Ok(walk.inputs(&args))
}

/// The inputs to work on, after reporting those that cannot be used: returns
/// them, the names of the failed ones (for the summary) and how many were named
/// in all.
fn inputs(m: &ArgMatches, r: &Reporter) -> Result<(Vec<Input>, Vec<String>, usize), Error> {
    let (inputs, walk_errors) = walk(m)?;
    for e in &walk_errors {
        r.error(e);
    }
    let failed: Vec<String> = walk_errors.iter().map(error_subject).collect();
    let total = inputs.len() + walk_errors.len();
    if total == 0 {
        r.note(&Message::new("cli-no-inputs"));
    }
    Ok((inputs, failed, total))
}

/// The file an error is about, for the summary of failures.
fn error_subject(e: &Error) -> String {
    e.message().get("path").unwrap_or_default().to_string()
}

/// Reports the failures of a batch once more as a summary, when there were
/// several inputs.
fn summarize(r: &Reporter, failed: &[String], total: usize) -> Status {
    if failed.is_empty() {
        return Status::Success;
    }
    if total > 1 {
        r.error_message(
            &Message::new("cli-failed-inputs")
                .number("failed", failed.len())
                .number("total", total)
                .arg("names", failed.join(", ")),
        );
    }
    Status::Failed
}

pub fn annotate(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    let format = str_arg(m, "format");
    let in_place = m.get_flag("in-place");
    if in_place && format == "json" {
        return Err(Stop::Usage(Message::new("cli-in-place-json")));
    }
    let mut options = Options::new(str_arg(m, "lang"))?.all(m.get_flag("all"));
    if let Some(system) = system_arg(m) {
        options = options.system(Some(system));
    }
    let annotator = load(m, r)?;
    let (inputs, failed, total) = inputs(m, r)?;
    let text = TextRenderer::new().style(if m.get_flag("notes") {
        TextStyle::Notes
    } else {
        TextStyle::Inline
    });
    let json = JsonRenderer::new();
    let html = html_options(m);
    let markdown = markdown_options(m);
    if matches!(format, "auto" | "html") {
        // A selector that cannot be used is a mistake on the command line, found
        // once here rather than once for each file.
        glossator::document::html::annotate_html(&annotator, "", &options, &html)?;
    }
    let mode = match format {
        "json" => Format::Render(&json),
        "jsonl" => Format::JsonLines,
        "html" => Format::Document(&html),
        "markdown" => Format::Document(&markdown),
        _ => Format::Render(&text),
    };
    let mut batch = Batch::new(&annotator, options, mode).lossy(m.get_flag("lossy"));
    if format == "auto" {
        batch = batch
            .format_for(HTML_EXTENSIONS, Format::Document(&html))
            .format_for(MARKDOWN_EXTENSIONS, Format::Document(&markdown));
    }
    let extension = (format == "json").then_some("json");
    let label = "cli-progress-annotate";
    deliver(
        m,
        r,
        &batch,
        (inputs, failed, total),
        extension,
        label,
        &|input, done| {
            Message::new("cli-verbose-written")
                .arg("input", input.name())
                .number("matches", done.matches)
        },
    )
}

/// What a verbose run says about one file written.
type Written<'a> = dyn Fn(&Input, &Done) -> Message + Sync + 'a;

/// Runs a batch over the inputs and delivers the results: into `--output-dir`
/// (with `extension` added to each name), over each input with `--in-place`, or
/// to standard output; then sums up the failures.
fn deliver(
    m: &ArgMatches,
    r: &Reporter,
    batch: &Batch<'_>,
    (inputs, mut failed, total): (Vec<Input>, Vec<String>, usize),
    extension: Option<&str>,
    label: &'static str,
    written: &Written<'_>,
) -> Result<Status, Stop> {
    let in_place = m.get_flag("in-place");
    let output_dir = m.get_one::<PathBuf>("output-dir");
    let report_done =
        |input: &Input, result: &Result<Done, Error>, failed: &mut Vec<String>| match result {
            Ok(done) => {
                for w in &done.warnings {
                    r.warning(w);
                }
            }
            Err(e) => {
                r.error(e);
                failed.push(input.name());
            }
        };
    if output_dir.is_some() || in_place {
        let targets = match output_dir {
            Some(dir) => {
                glossator::batch::check_output_dir(dir)?;
                output_paths(&inputs, dir, extension)
            }
            None => in_place_paths(&inputs),
        };
        let mut jobs = Vec::new();
        for (input, target) in inputs.into_iter().zip(targets) {
            match target {
                Ok(path) => jobs.push((input, path)),
                Err(e) => {
                    r.error(&e);
                    failed.push(input.name());
                }
            }
        }
        let backup = m.get_one::<String>("backup").map(String::as_str);
        r.start_progress(jobs.len(), label, false);
        let results = batch.run_to_files(&jobs, backup, &|input, result| {
            r.tick(&input.name());
            if let Ok(done) = result {
                r.info(&written(input, done));
            }
        });
        r.finish_progress();
        for ((input, _), result) in jobs.iter().zip(&results) {
            report_done(input, result, &mut failed);
        }
        return Ok(summarize(r, &failed, total));
    }
    let stdout = io::stdout();
    let on_terminal = stdout.is_terminal();
    let mut out = io::BufWriter::new(stdout.lock());
    r.start_progress(inputs.len(), label, on_terminal);
    let failed_cell = std::sync::Mutex::new(Vec::new());
    let result = batch.run_to_stream(&inputs, &mut out, &|input, result| {
        r.tick(&input.name());
        if let Ok(mut f) = failed_cell.lock() {
            report_done(input, result, &mut f);
        }
    });
    r.finish_progress();
    failed.extend(failed_cell.into_inner().unwrap_or_default());
    match result.and_then(|_| out.flush()) {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(if failed.is_empty() {
            Status::Success
        } else {
            Status::Failed
        }),
        Err(e) => Err(stdout_failure(e)),
        Ok(()) => Ok(summarize(r, &failed, total)),
    }
}

pub fn strip(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    // The annotator is not used to strip; a batch needs one, and the built-in
    // one costs a few milliseconds.
    let annotator = Annotator::builtin()?;
    let (inputs, failed, total) = inputs(m, r)?;
    let html = Format::Document(&StripFormat::Html);
    let markdown = Format::Document(&StripFormat::Markdown);
    let mode = match str_arg(m, "format") {
        "html" => html,
        "markdown" => markdown,
        _ => Format::Document(&StripFormat::Text),
    };
    let mut batch = Batch::new(&annotator, Options::new("en")?, mode).lossy(m.get_flag("lossy"));
    if str_arg(m, "format") == "auto" {
        batch = batch
            .format_for(HTML_EXTENSIONS, html)
            .format_for(MARKDOWN_EXTENSIONS, markdown);
    }
    let label = "cli-progress-strip";
    deliver(
        m,
        r,
        &batch,
        (inputs, failed, total),
        None,
        label,
        &|input, _| Message::new("cli-verbose-stripped").arg("input", input.name()),
    )
}

/// The HTML markup asked for: tooltips (on `<dfn>`, or `<abbr>` with `--markup
/// abbr`) unless `--notes` asks for footnotes.
fn html_options(m: &ArgMatches) -> HtmlOptions {
    let mut html = HtmlOptions::new()
        .style(if m.get_flag("notes") {
            HtmlStyle::Footnotes
        } else {
            HtmlStyle::Tooltip
        })
        .term_element(match str_arg(m, "markup") {
            "abbr" => TermElement::Abbr,
            _ => TermElement::Dfn,
        })
        .terms_list(m.get_flag("terms-list"))
        .stylesheet(m.get_flag("stylesheet"))
        .focusable_terms(m.get_flag("focusable-terms"))
        .its_terms(m.get_flag("its"));
    if let Some(url) = m.get_one::<String>("script") {
        html = html.script(url.as_str());
    }
    for selector in m.get_many::<String>("skip").into_iter().flatten() {
        html = html.skip(selector.as_str());
    }
    if let Some(selector) = m.get_one::<String>("container") {
        html = html.container(selector.as_str());
    }
    html
}

/// The Markdown markup asked for: footnotes, which every Markdown renderer
/// that knows GitHub's shows, unless `--markup abbr` asks for inline `<abbr>`.
/// The `--skip` selectors that are plain element names are added to the inline
/// HTML elements left alone.
fn markdown_options(m: &ArgMatches) -> MarkdownOptions {
    let style = if str_arg(m, "markup") == "abbr" {
        MarkdownStyle::Abbr
    } else {
        MarkdownStyle::Footnotes
    };
    let names = m
        .get_many::<String>("skip")
        .into_iter()
        .flatten()
        .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let tags: Vec<String> = DEFAULT_SKIP_TAGS
        .iter()
        .map(|t| t.to_string())
        .chain(names.cloned())
        .collect();
    MarkdownOptions::new().style(style).skip_tags(tags)
}

pub fn scan(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    let missing = match m.get_one::<String>("missing-lang") {
        Some(tag) => Some(parse_language(tag)?),
        None => None,
    };
    let annotator = load(m, r)?;
    let mut report = ScanReport::new(&annotator, str_arg(m, "lang"))?;
    let (inputs, mut failed, total) = inputs(m, r)?;
    r.start_progress(inputs.len(), "cli-progress-scan", false);
    let errors = report.add_inputs(&inputs, m.get_flag("lossy"), &|input, _| {
        r.tick(&input.name());
    });
    r.finish_progress();
    for e in errors {
        r.error(&e);
        failed.push(error_subject(&e));
    }
    if let Some(lang) = &missing {
        report.retain_missing(lang);
    }
    report.sort(match str_arg(m, "sort") {
        "count" => SortOrder::Count,
        "entry" => SortOrder::Entry,
        _ => SortOrder::First,
    });
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    match str_arg(m, "format") {
        "csv" => report.write_csv(&mut out),
        "json" => report.write_json(&mut out),
        _ => report.write_table(&r.ui, &mut out),
    }
    .and_then(|()| out.flush())
    .map_err(stdout_failure)?;
    Ok(summarize(r, &failed, total))
}

pub fn lookup_term(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    let lang = parse_language(str_arg(m, "lang"))?;
    let annotator = load(m, r)?;
    let term = str_arg(m, "term");
    let ids = match lookup(annotator.glossaries(), term) {
        Lookup::Found(ids) => ids,
        Lookup::NotFound(suggestions) => return Err(not_found(term, &suggestions).into()),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    for (i, id) in ids.into_iter().enumerate() {
        let mut view = EntryView::new(&annotator, id, &lang);
        if let Some(system) = system_arg(m) {
            view = view.system(system);
        }
        let written = if str_arg(m, "format") == "json" {
            serde_json::to_writer(&mut out, &view.to_json())
                .map_err(io::Error::from)
                .and_then(|()| writeln!(out))
        } else {
            let gap = if i > 0 { writeln!(out) } else { Ok(()) };
            gap.and_then(|()| view.write_text(&r.ui, &mut out))
        };
        written.map_err(stdout_failure)?;
    }
    out.flush().map_err(stdout_failure)?;
    Ok(Status::Success)
}

pub fn check(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    let paths: Vec<PathBuf> = m
        .get_many::<PathBuf>("paths")
        .map(|v| v.cloned().collect())
        .unwrap_or_default();
    let report = if paths.is_empty() {
        check_builtin()
    } else {
        check_paths(&paths)
    };
    for e in report.errors() {
        r.error(e);
    }
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if str_arg(m, "format") == "json" {
        serde_json::to_writer(&mut out, &report.to_json(&r.ui))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        report.write_text(&r.ui, &mut out)
    }
    .and_then(|()| out.flush())
    .map_err(stdout_failure)?;
    r.note(&report.summary());
    Ok(if !report.errors().is_empty() {
        Status::Failed
    } else if !report.findings().is_empty() {
        Status::Findings
    } else {
        Status::Success
    })
}

pub fn list(m: &ArgMatches, r: &Reporter) -> Result<Status, Stop> {
    let annotator = load(m, r)?;
    let list = glossator::inventory::inventory(&annotator);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if str_arg(m, "format") == "json" {
        serde_json::to_writer(&mut out, &glossator::inventory::to_json(&list))
            .map_err(io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        glossator::inventory::write_table(&list, &r.ui, &mut out)
    }
    .and_then(|()| out.flush())
    .map_err(stdout_failure)?;
    Ok(Status::Success)
}

/// Writes bytes made in memory (completion scripts, the man page) to standard
/// output.
pub fn print(bytes: &[u8]) -> Result<Status, Stop> {
    let mut out = io::stdout().lock();
    out.write_all(bytes)
        .and_then(|()| out.flush())
        .map_err(stdout_failure)?;
    Ok(Status::Success)
}
