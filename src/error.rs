//! Errors and warnings.
//!
//! Every error and warning carries a [`Message`]: a Fluent message id from
//! `locales/<lang>/cli.ftl` and its arguments. `Display` renders it in English; a
//! program that talks to people in other languages renders it with
//! [`Ui::format`](crate::l10n::Ui::format).

use std::fmt;
use std::path::Path;

/// A localizable message: a Fluent message id and its named arguments.
///
/// The ids live in `locales/<lang>/cli.ftl`. Text arguments are inserted as given
/// (a location such as `file.ron:3:7` stays as it is); counts are added with
/// [`Message::number`] and reach Fluent as numbers, so a message can choose its
/// plural form and prints them with the interface language's digit grouping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// The value of a [`Message`] argument: text, or another message that is localized
/// along with the one that holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// Text inserted as it is.
    Text(String),
    /// A message formatted in the same language as the outer one.
    Message(Box<Message>),
    /// A number: Fluent selects plural forms by it and formats it for the language.
    Number(Number),
}

/// A number given to a [`Message`]: a count, an offset, a size.
///
/// Two numbers are equal when they have the same bits, so `Message` can be compared.
#[derive(Clone, Copy, Debug)]
pub struct Number(pub f64);

impl PartialEq for Number {
    fn eq(&self, other: &Number) -> bool {
        self.0.to_bits() == other.0.to_bits()
    }
}

impl Eq for Number {}

macro_rules! number_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Number {
            fn from(n: $t) -> Number {
                Number(n as f64)
            }
        }
    )*};
}

number_from!(usize, u64, u32, u16, u8, isize, i64, i32, f64, f32);

impl Message {
    /// A message with no arguments.
    pub fn new(id: &'static str) -> Message {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds a named argument.
    pub fn arg(mut self, name: &'static str, value: impl ToString) -> Message {
        self.args.push((name, Arg::Text(value.to_string())));
        self
    }

    /// Adds a named argument that is a number, for plural selection and
    /// language-aware formatting (`1,234` in English, `1 234` in Russian).
    ///
    /// ```
    /// use glossator::l10n::{parse_language, Ui};
    /// use glossator::Message;
    ///
    /// let ui = Ui::new(&parse_language("ru")?);
    /// let text = ui.format(&Message::new("cli-verbose-written").arg("input", "a.txt").number("matches", 21));
    /// assert_eq!(text, "a.txt: аннотирован 21 термин");
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn number(mut self, name: &'static str, value: impl Into<Number>) -> Message {
        self.args.push((name, Arg::Number(value.into())));
        self
    }

    /// Adds a named argument that is itself a message.
    pub fn arg_message(mut self, name: &'static str, value: Message) -> Message {
        self.args.push((name, Arg::Message(Box::new(value))));
        self
    }

    /// The Fluent message id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The named arguments, in the order they were added.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The value of a text argument.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, v)| match v {
            Arg::Text(t) if *n == name => Some(t.as_str()),
            _ => None,
        })
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::l10n::Ui::english().format(self))
    }
}

/// A place in a file: a path (as given, or `<built-in>/…` for embedded files) and a
/// 1-based line and column. Line 0 means "the whole file".
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Location {
    /// The file, as the user named it.
    pub path: String,
    /// 1-based line, or 0 when unknown.
    pub line: usize,
    /// 1-based column in characters, or 0 when unknown.
    pub column: usize,
}

impl Location {
    /// A whole file.
    pub fn file(path: impl Into<String>) -> Location {
        Location {
            path: path.into(),
            line: 0,
            column: 0,
        }
    }

    /// The line and column of byte `offset` in `text`.
    pub fn at_offset(path: impl Into<String>, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let before = &text[..offset];
        let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Location {
            path: path.into(),
            line,
            column,
        }
    }
}

impl Location {
    /// The lines and columns of several byte offsets in `text`, given in
    /// ascending order, found in one pass.
    pub(crate) fn at_offsets(path: &str, text: &str, offsets: &[usize]) -> Vec<Location> {
        let mut out = Vec::with_capacity(offsets.len());
        let (mut line, mut line_start, mut pos) = (1, 0, 0);
        for &offset in offsets {
            let offset = floor_char_boundary(text, offset.min(text.len())).max(pos);
            for (i, b) in text.as_bytes()[pos..offset].iter().enumerate() {
                if *b == b'\n' {
                    line += 1;
                    line_start = pos + i + 1;
                }
            }
            pos = offset;
            out.push(Location {
                path: path.to_string(),
                line,
                column: text[line_start..offset].chars().count() + 1,
            });
        }
        out
    }
}

pub(crate) fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            f.write_str(&self.path)
        } else {
            write!(f, "{}:{}:{}", self.path, self.line, self.column)
        }
    }
}

/// What went wrong, broadly; the message says exactly what.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// A file or folder could not be read or written.
    Io,
    /// A glossary (RON) or locale (FTL) file is not well formed.
    Syntax,
    /// A glossary is well formed but wrong: duplicate ids or forms, empty forms, bad ids.
    Glossary,
    /// A language tag could not be parsed.
    Language,
    /// The text to annotate is unusable (for example, not UTF-8) or too large.
    Input,
}

/// An error from loading glossaries or annotating text.
///
/// `Display` gives one English line that names the file and, where there is one,
/// the line and column. [`Error::message`] gives the same as a localizable
/// [`Message`].
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    message: Message,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: Message) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                message,
                source: None,
            }),
        }
    }

    pub(crate) fn with_source(
        mut self,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        self.inner.source = Some(Box::new(source));
        self
    }

    pub(crate) fn io(path: &Path, err: std::io::Error) -> Error {
        Error::io_named(&path.display().to_string(), err)
    }

    pub(crate) fn io_named(path: &str, err: std::io::Error) -> Error {
        let reason = match err.kind() {
            std::io::ErrorKind::NotFound => Message::new("io-not-found"),
            std::io::ErrorKind::PermissionDenied => Message::new("io-permission-denied"),
            std::io::ErrorKind::IsADirectory => Message::new("io-is-a-directory"),
            _ => Message::new("io-other").arg("reason", &err),
        };
        Error::new(
            ErrorKind::Io,
            Message::new("error-io")
                .arg("path", path)
                .arg_message("reason", reason),
        )
        .with_source(err)
    }

    pub(crate) fn syntax(at: Location, detail: Message) -> Error {
        Error::new(
            ErrorKind::Syntax,
            Message::new("error-syntax")
                .arg("location", at)
                .arg_message("detail", detail),
        )
    }

    /// The broad kind of error.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The error as a localizable message.
    pub fn message(&self) -> &Message {
        &self.inner.message
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Error")
            .field("kind", &self.inner.kind)
            .field("message", &self.inner.message)
            .finish()
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.inner.message.fmt(f)
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.inner
            .source
            .as_ref()
            .map(|e| &**e as &(dyn std::error::Error + 'static))
    }
}

/// Something worth telling the user that does not stop the work: a missing locale,
/// a definition that fell back to another language, a Fluent formatting problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    message: Message,
}

impl Warning {
    pub(crate) fn new(message: Message) -> Warning {
        Warning { message }
    }

    /// The warning as a localizable message.
    pub fn message(&self) -> &Message {
        &self.message
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.message.fmt(f)
    }
}

/// A `Result` with this crate's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// An I/O error on `name` (a path, or a stand-in such as `<stdout>`).
    pub fn from_io(name: &str, err: std::io::Error) -> Error {
        Error::io_named(name, err)
    }
}
