//! Localization: definitions from Fluent files, and the user interface's own messages.
//!
//! Definitions live in `locales/<lang>/<glossary-id>.ftl`, one message per entry id,
//! with optional attributes (`.literal`, `.note`, …). A [`Localizer`] holds one
//! Fluent bundle per language; a [`Chain`] is the negotiated list of languages to
//! try for one request, always ending in the glossary's own language.
//!
//! The program's own messages (errors, warnings, help) live in
//! `locales/<lang>/cli.ftl` and are rendered by [`Ui`].

mod number;
mod ui;

pub use number::plural_categories;
pub use ui::Ui;

use std::fmt;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::FluentResource;
use fluent_langneg::{negotiate_languages, NegotiationStrategy};
use unic_langid::LanguageIdentifier;

use crate::error::{Error, ErrorKind, Location, Message, Result, Warning};

pub(crate) type Bundle = FluentBundle<FluentResource>;

/// Parses a BCP 47 language tag such as `en`, `ru`, `fr-CA` or `ja-JP`; POSIX locale
/// names such as `ru_RU.UTF-8` are accepted too.
///
/// # Errors
///
/// An error of kind [`ErrorKind::Language`] that names the tag.
///
/// # Example
///
/// ```
/// let tag = glossator::l10n::parse_language("fr_CA.UTF-8")?;
/// assert_eq!(tag.to_string(), "fr-CA");
/// # Ok::<(), glossator::Error>(())
/// ```
pub fn parse_language(tag: &str) -> Result<LanguageIdentifier> {
    let trimmed = tag.split(['.', '@']).next().unwrap_or("");
    let cleaned = trimmed.replace('_', "-");
    if cleaned.is_empty() {
        return Err(Error::new(
            ErrorKind::Language,
            Message::new("error-language").arg("tag", tag),
        ));
    }
    cleaned.parse::<LanguageIdentifier>().map_err(|e| {
        Error::new(
            ErrorKind::Language,
            Message::new("error-language").arg("tag", tag),
        )
        .with_source(e)
    })
}

/// One Fluent file of definitions, as read from disk or from the built-in data.
#[derive(Clone, Debug)]
pub struct FtlSource {
    /// The language of the folder it came from (`locales/<lang>/`).
    pub lang: LanguageIdentifier,
    /// The glossary id it belongs to (the file stem).
    pub glossary: String,
    /// The path to show in messages.
    pub path: String,
    /// The file's text.
    pub text: String,
}

/// A definition in one language, with its attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Definition {
    /// The message's value.
    pub text: String,
    /// The language it was found in.
    pub lang: LanguageIdentifier,
    /// Attributes such as `literal` and `note`, in file order.
    pub attributes: Vec<(String, String)>,
}

/// Fluent bundles of definitions, one per language.
///
/// `Localizer` is `Send + Sync` and cheap to share behind an `Arc`.
pub struct Localizer {
    langs: Vec<LanguageIdentifier>,
    bundles: Vec<Bundle>,
    /// Message ids per language, with the file each came from, in file order.
    ids: Vec<Vec<(String, String)>>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("languages", &self.langs)
            .finish()
    }
}

/// The languages to try, in order, for one request: the negotiated ones, then the
/// glossary's own language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chain {
    indices: Vec<usize>,
}

impl Localizer {
    /// Parses Fluent sources into one bundle per language.
    ///
    /// # Errors
    ///
    /// A syntax error in any file is an error of kind [`ErrorKind::Syntax`] that names
    /// the file, line and column. A message defined twice in one language is a warning.
    pub fn new(sources: Vec<FtlSource>) -> Result<(Localizer, Vec<Warning>)> {
        let mut warnings = Vec::new();
        let mut langs: Vec<LanguageIdentifier> = Vec::new();
        let mut bundles: Vec<Bundle> = Vec::new();
        let mut ids: Vec<Vec<(String, String)>> = Vec::new();
        for source in sources {
            let resource = parse_ftl(&source.path, source.text)?;
            let file_ids: Vec<(String, String)> = resource
                .entries()
                .filter_map(|entry| match entry {
                    fluent_syntax::ast::Entry::Message(m) => {
                        Some((m.id.name.to_string(), source.path.clone()))
                    }
                    _ => None,
                })
                .collect();
            let index = match langs.iter().position(|l| *l == source.lang) {
                Some(i) => i,
                None => {
                    let mut bundle = Bundle::new_concurrent(vec![source.lang.clone()]);
                    bundle.set_use_isolating(false);
                    number::setup(&mut bundle);
                    langs.push(source.lang.clone());
                    bundles.push(bundle);
                    ids.push(Vec::new());
                    langs.len() - 1
                }
            };
            ids[index].extend(file_ids);
            if let Err(errors) = bundles[index].add_resource(resource) {
                for error in errors {
                    if let fluent_bundle::FluentError::Overriding { id, .. } = error {
                        warnings.push(Warning::new(
                            Message::new("warning-duplicate-message")
                                .arg("id", id)
                                .arg("path", &source.path),
                        ));
                    }
                }
            }
        }
        Ok((
            Localizer {
                langs,
                bundles,
                ids,
            },
            warnings,
        ))
    }

    /// An empty localizer: every definition is missing.
    pub fn empty() -> Localizer {
        Localizer {
            langs: Vec::new(),
            bundles: Vec::new(),
            ids: Vec::new(),
        }
    }

    /// The languages that have at least one definition file.
    pub fn languages(&self) -> &[LanguageIdentifier] {
        &self.langs
    }

    /// Negotiates `requested` against the available languages and appends `last`
    /// (the glossary's own language): for `fr-CA` with `fr` and `en` available and
    /// `last` = `en`, the chain is `fr`, `en`.
    pub fn chain(&self, requested: &LanguageIdentifier, last: &LanguageIdentifier) -> Chain {
        let negotiated = negotiate_languages(
            std::slice::from_ref(requested),
            &self.langs,
            None,
            NegotiationStrategy::Filtering,
        );
        let mut indices: Vec<usize> = negotiated
            .into_iter()
            .filter_map(|l| self.langs.iter().position(|x| x == l))
            .collect();
        let fallback = negotiate_languages(
            std::slice::from_ref(last),
            &self.langs,
            None,
            NegotiationStrategy::Filtering,
        );
        for l in fallback {
            if let Some(i) = self.langs.iter().position(|x| x == l) {
                if !indices.contains(&i) {
                    indices.push(i);
                }
            }
        }
        Chain { indices }
    }

    /// The languages of a chain, in order.
    pub fn chain_languages<'a>(
        &'a self,
        chain: &'a Chain,
    ) -> impl Iterator<Item = &'a LanguageIdentifier> + 'a {
        chain.indices.iter().map(move |&i| &self.langs[i])
    }

    /// Whether `lang` (exactly) has a message `id`.
    pub fn has(&self, lang: &LanguageIdentifier, id: &str) -> bool {
        self.langs
            .iter()
            .position(|l| l == lang)
            .is_some_and(|i| self.bundles[i].has_message(id))
    }

    /// The ids of all messages in `lang`, each with the file that defines it.
    pub fn message_ids(&self, lang: &LanguageIdentifier) -> &[(String, String)] {
        match self.langs.iter().position(|l| l == lang) {
            Some(i) => &self.ids[i],
            None => &[],
        }
    }

    /// The definition of `id` in the first language of `chain` that has it.
    ///
    /// Formatting problems inside a message (an unknown reference, say) are pushed to
    /// `warnings`; the text is still returned, with Fluent's placeholder for the part
    /// that failed.
    pub fn definition(
        &self,
        chain: &Chain,
        id: &str,
        warnings: &mut Vec<Warning>,
    ) -> Option<Definition> {
        for &i in &chain.indices {
            let bundle = &self.bundles[i];
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = message
                .value()
                .map(|p| bundle.format_pattern(p, None, &mut errors).into_owned())
                .unwrap_or_default();
            let attributes = message
                .attributes()
                .map(|a| {
                    (
                        a.id().to_string(),
                        bundle
                            .format_pattern(a.value(), None, &mut errors)
                            .into_owned(),
                    )
                })
                .collect();
            for error in errors {
                warnings.push(Warning::new(
                    Message::new("warning-format")
                        .arg("id", id)
                        .arg("lang", &self.langs[i])
                        .arg("detail", error),
                ));
            }
            return Some(Definition {
                text,
                lang: self.langs[i].clone(),
                attributes,
            });
        }
        None
    }
}

/// Parses one Fluent file, turning the first syntax error into an error with the
/// file, line and column.
pub(crate) fn parse_ftl(path: &str, text: String) -> Result<FluentResource> {
    match FluentResource::try_new(text) {
        Ok(resource) => Ok(resource),
        Err((resource, errors)) => {
            let first = errors
                .into_iter()
                .min_by_key(|e| e.pos.start)
                .map(|e| (e.pos.start, e.kind.to_string()));
            let (offset, detail) = first.unwrap_or((0, String::new()));
            Err(Error::syntax(
                Location::at_offset(path, resource.source(), offset),
                Message::new("ftl-detail").arg("detail", detail),
            ))
        }
    }
}
