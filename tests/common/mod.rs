//! Helpers shared by the HTML and Markdown tests: the built-in annotator, built
//! once per test binary, and golden files under `tests/data/<format>/expected`.

use std::path::{Path, PathBuf};

use glossator::Annotator;

/// The built-in annotator.
pub fn annotator() -> &'static Annotator {
    static A: std::sync::OnceLock<Annotator> = std::sync::OnceLock::new();
    A.get_or_init(|| Annotator::builtin().expect("built-in glossary"))
}

/// A fixture under `tests/data/<format>/`.
pub fn data(format: &str, name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(format)
        .join(name)
}

/// Compares `actual` with the golden file `tests/data/<format>/expected/<name>`;
/// with `GLOSSATOR_BLESS` set, writes it instead. `test` is the test target that
/// regenerates it.
pub fn golden(format: &str, test: &str, name: &str, actual: &str) {
    let path = data(format, "expected").join(name);
    if std::env::var_os("GLOSSATOR_BLESS").is_some() {
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, actual).expect("write golden");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run GLOSSATOR_BLESS=1 cargo test --test {test}",
            path.display()
        )
    });
    if actual != expected {
        let line = actual
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .map_or(0, |i| i + 1);
        panic!(
            "{name}: output differs from {} (first at line {line}); \
             run GLOSSATOR_BLESS=1 cargo test --test {test} and review the diff\n--- actual ---\n{actual}",
            path.display()
        );
    }
}
