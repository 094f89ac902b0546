//! Talking to the user on standard error: errors, warnings, progress, verbose
//! notes, all in the interface language.

use std::io::{self, IsTerminal, Write};
use std::sync::Mutex;

use glossator::l10n::Ui;
use glossator::{Error, Message, Warning};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How much to say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Verbosity {
    Quiet,
    Normal,
    Verbose,
}

/// Whether to colour messages: `--color`, then `NO_COLOR`, then
/// `CLICOLOR_FORCE`, then whether standard error is a terminal.
pub fn use_color(choice: &str, env: impl Fn(&str) -> Option<String>) -> bool {
    let set = |name: &str| env(name).is_some_and(|v| !v.is_empty());
    match choice {
        "always" => true,
        "never" => false,
        _ if set("NO_COLOR") => false,
        _ if set("CLICOLOR_FORCE") && env("CLICOLOR_FORCE").as_deref() != Some("0") => true,
        _ => io::stderr().is_terminal() && env("TERM").as_deref() != Some("dumb"),
    }
}

pub struct Reporter {
    pub ui: Ui,
    verbosity: Verbosity,
    color: bool,
    warned: Mutex<Vec<Warning>>,
    progress: Mutex<Option<ProgressBar>>,
}

impl Reporter {
    pub fn new(ui: Ui, verbosity: Verbosity, color: bool) -> Reporter {
        Reporter {
            ui,
            verbosity,
            color,
            warned: Mutex::new(Vec::new()),
            progress: Mutex::new(None),
        }
    }

    fn line(&self, text: &str, style: &str) {
        let text = if self.color && !style.is_empty() {
            format!("\x1b[{style}m{text}\x1b[0m")
        } else {
            text.to_string()
        };
        let write = || {
            let _ = writeln!(io::stderr().lock(), "{text}");
        };
        match self.progress.lock().ok().and_then(|p| p.clone()) {
            Some(bar) => bar.suspend(write),
            None => write(),
        }
    }

    /// An error, always shown.
    pub fn error(&self, e: &Error) {
        self.error_message(e.message());
    }

    pub fn error_message(&self, m: &Message) {
        let line = self
            .ui
            .format(&Message::new("cli-error").arg_message("message", m.clone()));
        self.line(&line, "1;31");
    }

    /// A warning, shown once per run unless quiet.
    pub fn warning(&self, w: &Warning) {
        if self.verbosity == Verbosity::Quiet {
            return;
        }
        if let Ok(mut warned) = self.warned.lock() {
            if warned.contains(w) {
                return;
            }
            warned.push(w.clone());
        }
        let line = self
            .ui
            .format(&Message::new("cli-warning").arg_message("message", w.message().clone()));
        self.line(&line, "33");
    }

    /// A summary or note, shown unless quiet.
    pub fn note(&self, m: &Message) {
        if self.verbosity != Verbosity::Quiet {
            self.line(&self.ui.format(m), "");
        }
    }

    /// A detail shown only with `--verbose`.
    pub fn info(&self, m: &Message) {
        if self.verbosity == Verbosity::Verbose {
            self.line(&self.ui.format(m), "");
        }
    }

    /// Starts a progress bar over `len` inputs when it makes sense: more than one
    /// input, not quiet, standard error a terminal, and the results not going to
    /// that same terminal.
    pub fn start_progress(&self, len: usize, label: &'static str, output_on_terminal: bool) {
        if len < 2
            || self.verbosity == Verbosity::Quiet
            || output_on_terminal
            || !io::stderr().is_terminal()
        {
            return;
        }
        let bar = ProgressBar::with_draw_target(Some(len as u64), ProgressDrawTarget::stderr());
        let template = if self.color {
            "{prefix:.bold} [{bar:30.cyan/blue}] {pos}/{len} {wide_msg}"
        } else {
            "{prefix} [{bar:30}] {pos}/{len} {wide_msg}"
        };
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_prefix(self.ui.text(label));
        if let Ok(mut p) = self.progress.lock() {
            *p = Some(bar);
        }
    }

    /// One more input done.
    pub fn tick(&self, name: &str) {
        if let Some(bar) = self.progress.lock().ok().and_then(|p| p.clone()) {
            bar.set_message(name.to_string());
            bar.inc(1);
        }
    }

    pub fn finish_progress(&self) {
        if let Some(bar) = self.progress.lock().ok().and_then(|mut p| p.take()) {
            bar.finish_and_clear();
        }
    }
}
