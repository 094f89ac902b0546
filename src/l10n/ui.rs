//! The program's own messages, from the built-in `locales/<lang>/cli.ftl`.

use std::sync::OnceLock;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use super::Bundle;
use crate::error::{Arg, Message};

/// The user interface's messages in one language, falling back to English.
///
/// # Example
///
/// ```
/// use glossator::l10n::{parse_language, Ui};
/// use glossator::Message;
///
/// let ui = Ui::new(&parse_language("ru")?);
/// let text = ui.format(&Message::new("error-language").arg("tag", "xx-"));
/// assert!(text.contains("xx-"));
/// # Ok::<(), glossator::Error>(())
/// ```
pub struct Ui {
    lang: LanguageIdentifier,
    bundles: Vec<Bundle>,
}

impl std::fmt::Debug for Ui {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ui").field("lang", &self.lang).finish()
    }
}

fn english_tag() -> LanguageIdentifier {
    LanguageIdentifier::from_parts(
        unic_langid::subtags::Language::from_bytes(b"en").unwrap_or_default(),
        None,
        None,
        &[],
    )
}

/// The languages that have a built-in `cli.ftl`, with its text.
fn catalogs() -> Vec<(LanguageIdentifier, &'static str)> {
    crate::builtin::FILES
        .iter()
        .filter_map(|(path, text)| {
            let rest = path.strip_prefix("locales/")?;
            let (lang, file) = rest.split_once('/')?;
            if file != "cli.ftl" {
                return None;
            }
            Some((lang.parse().ok()?, *text))
        })
        .collect()
}

fn bundle(lang: LanguageIdentifier, text: &str) -> Bundle {
    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
    let mut bundle = Bundle::new_concurrent(vec![lang]);
    bundle.set_use_isolating(false);
    super::number::setup(&mut bundle);
    // Our own catalogs define each message once; a duplicate would be a bug in them,
    // caught by the tests, so the error is not interesting here.
    let _ = bundle.add_resource(resource);
    bundle
}

impl Ui {
    /// The user interface in the language closest to `requested` that has a
    /// catalog, with English behind it for anything missing.
    pub fn new(requested: &LanguageIdentifier) -> Ui {
        let catalogs = catalogs();
        let available: Vec<LanguageIdentifier> = catalogs.iter().map(|(l, _)| l.clone()).collect();
        let english = english_tag();
        let mut chain: Vec<LanguageIdentifier> = negotiate_languages(
            std::slice::from_ref(requested),
            &available,
            None,
            NegotiationStrategy::Filtering,
        )
        .into_iter()
        .cloned()
        .collect();
        if !chain.contains(&english) {
            chain.push(english.clone());
        }
        let lang = chain.first().cloned().unwrap_or(english);
        let bundles = chain
            .into_iter()
            .filter_map(|l| {
                let text = catalogs.iter().find(|(c, _)| *c == l)?.1;
                Some(bundle(l, text))
            })
            .collect();
        Ui { lang, bundles }
    }

    /// The English user interface, built once.
    pub fn english() -> &'static Ui {
        static ENGLISH: OnceLock<Ui> = OnceLock::new();
        ENGLISH.get_or_init(|| Ui::new(&english_tag()))
    }

    /// Picks the interface language the way command-line programs do: an explicit
    /// choice first, then the environment variables `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` (first non-empty one wins; `C` and `POSIX` mean English), then English.
    /// `env` looks a variable up, so tests can pass their own.
    pub fn detect(explicit: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Ui {
        let from_env = || {
            ["LC_ALL", "LC_MESSAGES", "LANG"]
                .iter()
                .filter_map(|name| env(name))
                .find(|v| !v.is_empty())
        };
        let tag = explicit.map(str::to_string).or_else(from_env);
        match tag {
            Some(t) if t != "C" && t != "POSIX" && !t.starts_with("C.") => {
                match super::parse_language(&t) {
                    Ok(lang) => Ui::new(&lang),
                    Err(_) => Ui::new(&english_tag()),
                }
            }
            _ => Ui::new(&english_tag()),
        }
    }

    /// The language of the first catalog in the chain.
    pub fn lang(&self) -> &LanguageIdentifier {
        &self.lang
    }

    /// A number written for this interface's language: `12,345` in English,
    /// `12 345` (with a no-break space) in Russian. For table cells; a number in a
    /// message is given with [`Message::number`].
    ///
    /// ```
    /// use glossator::l10n::{parse_language, Ui};
    ///
    /// assert_eq!(Ui::new(&parse_language("de")?).number(1234567), "1.234.567");
    /// # Ok::<(), glossator::Error>(())
    /// ```
    pub fn number(&self, n: impl Into<crate::error::Number>) -> String {
        super::number::format_in(&self.lang, n.into().0)
    }

    /// A message without arguments.
    pub fn text(&self, id: &'static str) -> String {
        self.format(&Message::new(id))
    }

    /// Formats a message in this interface's language. A message missing from every
    /// catalog comes out as its id followed by its arguments, never as a panic.
    pub fn format(&self, message: &Message) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in message.args() {
            let value: FluentValue = match value {
                Arg::Text(t) => t.clone().into(),
                Arg::Message(m) => self.format(m).into(),
                Arg::Number(n) => {
                    FluentValue::Number(FluentNumber::new(n.0, FluentNumberOptions::default()))
                }
            };
            args.set(*name, value);
        }
        for bundle in &self.bundles {
            let Some(pattern) = bundle.get_message(message.id()).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&args), &mut errors)
                .into_owned();
        }
        let mut out = message.id().to_string();
        for (name, value) in message.args() {
            let text = match value {
                Arg::Text(t) => t.clone(),
                Arg::Message(m) => self.format(m),
                Arg::Number(n) => n.0.to_string(),
            };
            out.push_str(&format!(" {name}={text}"));
        }
        out
    }
}
