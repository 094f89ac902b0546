//! glossator finds specialist terms in text and annotates them with their
//! definitions in the reader's language, their original script, reading and
//! romanization.
//!
//! Glossaries are RON files ([`glossary`]); definitions are Fluent messages
//! ([`l10n`]), one per entry, in `locales/<lang>/<glossary-id>.ftl`. A [`Matcher`]
//! compiled from the glossaries finds every form of every entry — in any letter
//! case (Unicode, not just ASCII), in any script, with exact byte offsets into the
//! original text — and an [`Annotator`] turns matches into [`Annotation`]s with
//! definitions, which a renderer ([`TextRenderer`], [`JsonRenderer`]) writes out.
//!
//! # Overview
//!
//! ```text
//!  glossaries/*.ron ──► GlossarySet ──► Localizer (Fluent bundles, fallback chain)
//!                           │                  │
//!                           ▼                  │
//!                        Matcher               │
//!                           │                  │
//!  text ─────────────► find ──► Match ──► Annotator (first use / all) ──► Render
//! ```
//!
//! # Example: annotate with the built-in glossary
//!
//! ```
//! use glossator::{Annotator, Options, Render, TextRenderer};
//!
//! let annotator = Annotator::builtin()?;
//! let text = "The deal was prepared by NEMAWASHI.";
//! let annotations = annotator.annotate(text, &Options::new("en")?);
//! let a = annotations.iter().next().expect("one term");
//! assert_eq!(a.entry().id, "nemawashi");
//! assert_eq!(a.range(), 25..34);
//! assert_eq!(a.definition().map(|d| d.lang.to_string()), Some("en".to_string()));
//!
//! let mut out = Vec::new();
//! TextRenderer::new().render(text, &annotations, &mut out)?;
//! assert!(String::from_utf8(out)?.starts_with("The deal was prepared by NEMAWASHI [根回し, ねまわし: "));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Example: your own glossary, in memory
//!
//! ```
//! use glossator::{Entry, Glossary, GlossarySet, Matcher};
//!
//! let glossary = Glossary::new("demo", "en", vec![
//!     Entry::new("kasumigaseki", ["Kasumigaseki", "Касумигасэки", "霞が関"]),
//! ], "demo")?;
//! let set = GlossarySet::new(vec![glossary])?;
//! let matcher = Matcher::new(&set)?;
//! let text = "КАСУМИГАСЭКИ said no; Kasumigaseki’s view; 霞が関の官僚";
//! let found: Vec<&str> = matcher.find_all(text).iter().map(|m| &text[m.range()]).collect();
//! assert_eq!(found, ["КАСУМИГАСЭКИ", "Kasumigaseki", "霞が関"]);
//! # Ok::<(), glossator::Error>(())
//! ```
//!
//! # Threads
//!
//! [`Annotator`], [`Matcher`], [`GlossarySet`] and [`l10n::Localizer`] are
//! `Send + Sync`: build once, share by reference or `Arc`.

#![warn(missing_docs)]

pub mod annotate;
pub mod batch;
mod builtin;
pub mod check;
pub mod document;
pub mod error;
pub mod glossary;
pub mod inventory;
pub mod l10n;
pub mod lookup;
pub mod matcher;
pub mod render;
pub mod scan;
pub mod stream;
pub mod translit;

pub use annotate::{Annotation, Annotations, Annotator, AnnotatorBuilder, Options, Session};
pub use error::{Error, ErrorKind, Location, Message, Number, Result, Warning};
pub use glossary::{Entry, EntryId, Glossary, GlossarySet};
pub use matcher::{Boundary, Case, Match, Matcher, MatcherBuilder};
pub use render::{JsonRenderer, Render, TextRenderer, TextStyle};
