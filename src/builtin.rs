//! The glossaries and locales built into the binary.

include!(concat!(env!("OUT_DIR"), "/builtin_files.rs"));

/// The prefix shown before built-in paths in messages.
pub(crate) const PREFIX: &str = "<built-in>/";
