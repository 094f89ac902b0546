//! The `glossator` command, run for real: exact standard output, standard error,
//! exit code and file contents.
//!
//! Most cases are rows of one table ([`CASES`]), run from `tests/data/cli` with
//! the small glossary in `tests/data/cli/glossary`; long expected outputs are files
//! in `tests/data/cli/expected`. Cases that write files run in temporary folders.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command as StdCommand, Stdio};

use assert_cmd::Command;

const DATA: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/cli");
const BIN: &str = env!("CARGO_BIN_EXE_glossator");

/// The program, run from the fixtures folder with no locale or colour settings
/// from the environment of the test run.
fn glossator() -> Command {
    let mut cmd = Command::new(BIN);
    cmd.current_dir(DATA);
    for var in [
        "LANG",
        "LANGUAGE",
        "LC_ALL",
        "LC_MESSAGES",
        "NO_COLOR",
        "CLICOLOR_FORCE",
        "TERM",
    ] {
        cmd.env_remove(var);
    }
    cmd
}

/// What an output stream must hold.
#[derive(Clone, Copy, Debug)]
enum Out {
    /// Exactly this.
    Is(&'static str),
    /// Exactly the content of this file in `tests/data/cli/expected`.
    File(&'static str),
    /// Each of these, somewhere.
    Has(&'static [&'static str]),
}

const EMPTY: Out = Out::Is("");

struct Case {
    name: &'static str,
    args: &'static [&'static str],
    env: &'static [(&'static str, &'static str)],
    stdin: Option<&'static str>,
    code: i32,
    stdout: Out,
    stderr: Out,
}

const NO_ENV: &[(&str, &str)] = &[];
const RU: &[(&str, &str)] = &[("LANG", "ru_RU.UTF-8")];
const JA: &[(&str, &str)] = &[("LANG", "ja_JP.UTF-8")];

const NEMAWASHI_LINE: &str =
    "The deal needed nemawashi [根回し, ねまわし: Quiet consensus-building before a formal decision.].\n";
const RU_ARTICLE: &str = "В Касумигасэки [霞が関, かすみがせき, Kasumigaseki: The district of Tokyo where the ministries stand.] шло немаваси [根回し, ねまわし, nemawashi: Quiet consensus-building before a formal decision.].\n";
const MISSING: &str = "error: cannot read missing.txt: no such file or folder\n";
const LATIN1: &str = "caf\u{FFFD} nemawashi [根回し, ねまわし: Quiet consensus-building before a formal decision.]\n";

const HTML_SNIPPET: &str = concat!(
    r#"<p>Weeks of <i><span class="glossator" data-glossator="term" data-glossator-entry="nemawashi">"#,
    r#"<dfn class="glossator-term" data-glossator="name" aria-describedby="gl-tip-1">nemawashi</dfn>"#,
    r#"<span class="glossator-tip" data-glossator="tip" id="gl-tip-1" role="tooltip" hidden>根回し, ねまわし: "#,
    r#"<span class="glossator-def" lang="en">Quiet consensus-building before a formal decision.</span></span></span></i>; "#,
    "<a href=\"/n\">nemawashi</a>.</p>\n",
    "<aside class=\"glossator-terms\" data-glossator=\"terms\" aria-labelledby=\"gl-terms-1\">\n",
    "<h2 id=\"gl-terms-1\">Terms in this article</h2>\n<dl>\n",
    "<dt>nemawashi</dt><dd>根回し, ねまわし: <span class=\"glossator-def\" lang=\"en\">Quiet consensus-building before a formal decision.</span></dd>\n",
    "</dl>\n</aside>",
);
const MARKDOWN_SNIPPET: &str = "Weeks of *nemawashi*[^gl-nemawashi], not `nemawashi`.\n\n\
    [^gl-nemawashi]: nemawashi — 根回し, ねまわし: Quiet consensus-building before a formal decision.\n";

const CASES: &[Case] = &[
    // annotate: inputs and formats
    Case {
        name: "annotate reads standard input",
        args: &["annotate", "-g", "glossary"],
        env: NO_ENV,
        stdin: Some("The deal needed nemawashi.\n"),
        code: 0,
        stdout: Out::Is(NEMAWASHI_LINE),
        stderr: EMPTY,
    },
    Case {
        name: "annotate - reads standard input",
        args: &["annotate", "-g", "glossary", "-"],
        env: NO_ENV,
        stdin: Some("The deal needed nemawashi.\n"),
        code: 0,
        stdout: Out::Is(NEMAWASHI_LINE),
        stderr: EMPTY,
    },
    Case {
        name: "annotate a file",
        args: &["annotate", "-g", "glossary", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "annotate every occurrence",
        args: &["annotate", "-g", "glossary", "--all", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article-all.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "annotate with notes in Russian warns about the fallback once",
        args: &["annotate", "-g", "glossary", "--notes", "-l", "ru", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article-notes-ru.txt"),
        stderr: Out::Is("warning: entry “hiki-wake” of glossary “demo” has no definition in ru; using en\n"),
    },
    Case {
        name: "--quiet silences warnings",
        args: &["-q", "annotate", "-g", "glossary", "--notes", "-l", "ru", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article-notes-ru.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "annotate json",
        args: &["annotate", "-g", "glossary", "-f", "json", "texts/article.ru.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article.ru.json"),
        stderr: EMPTY,
    },
    Case {
        name: "several inputs go to standard output in order, no progress bar when piped",
        args: &["-j", "1", "annotate", "-g", "glossary", "texts/article.ru.txt", "texts/notes/tokyo.ja.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-two.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "a folder is walked in name order, hidden files left out",
        args: &["annotate", "-g", "glossary", "texts/notes"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-notes.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "folders with no matching file",
        args: &["annotate", "-g", "glossary", "--glob", "*.xyz", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: EMPTY,
        stderr: Out::Is("no files to read (the folders hold none that match)\n"),
    },
    Case {
        name: "--verbose tells what was loaded",
        args: &["-v", "annotate", "-g", "glossary", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is("No terms at all.\n"),
        stderr: Out::Is("loaded 1 glossary with 4 entries, definitions in 3 languages\n"),
    },
    // annotate: HTML and Markdown
    Case {
        name: "an .html file is read as HTML: tooltips in text nodes only",
        args: &["annotate", "-g", "glossary", "pages/article.html"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article.html"),
        stderr: EMPTY,
    },
    Case {
        name: "HTML with --notes: footnotes, every occurrence, a terms list",
        args: &["annotate", "-g", "glossary", "--notes", "--all", "--terms-list", "pages/article.html"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article-notes.html"),
        stderr: EMPTY,
    },
    Case {
        name: "HTML with --stylesheet: the tooltip CSS at the end of the head",
        args: &["annotate", "-g", "glossary", "--stylesheet", "pages/article.html"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&[
            "  <title>Nemawashi in Kasumigaseki</title>\n<style data-glossator=\"style\">\n/*",
            "\n.glossator-tip[hidden] {\n",
            "}\n</style></head>\n<body>\n",
        ]),
        stderr: EMPTY,
    },
    Case {
        name: "HTML: --markup abbr, --skip, --container",
        args: &["annotate", "-g", "glossary", "--all", "--markup", "abbr", "--skip", "em", "--skip", ".byline", "--container", "main", "pages/container.html"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-container.html"),
        stderr: EMPTY,
    },
    Case {
        name: "--format html reads standard input as HTML",
        args: &["annotate", "-g", "glossary", "--format", "html"],
        env: NO_ENV,
        stdin: Some("<p>Weeks of <i>nemawashi</i>; <a href=\"/n\">nemawashi</a>.</p>\n"),
        code: 0,
        stdout: Out::Is(HTML_SNIPPET),
        stderr: EMPTY,
    },
    Case {
        name: "HTML: --focusable-terms, --its and --script",
        args: &["annotate", "-g", "glossary", "-f", "html", "--focusable-terms", "--its", "--script", "/js/glossator.js"],
        env: NO_ENV,
        stdin: Some("<html><head></head><body><p>Weeks of nemawashi.</p></body></html>"),
        code: 0,
        stdout: Out::Has(&[
            "<head><script src=\"/js/glossator.js\" defer data-glossator=\"script\"></script></head>",
            "<dfn class=\"glossator-term\" data-glossator=\"name\" tabindex=\"0\" aria-describedby=\"gl-tip-1\" its-term=\"yes\" its-term-info-ref=\"#gl-tip-1\">nemawashi</dfn>",
            "</span></span>.</p></body></html>",
        ]),
        stderr: EMPTY,
    },
    Case {
        name: "--focusable-terms does not go with --notes",
        args: &["annotate", "-g", "glossary", "-f", "html", "--focusable-terms", "--notes"],
        env: NO_ENV,
        stdin: Some("<p>nemawashi</p>"),
        code: 2,
        stdout: EMPTY,
        stderr: Out::Has(&["“--focusable-terms” cannot be used with “--notes”"]),
    },
    Case {
        name: "--format html --notes puts the notes at the end of a fragment",
        args: &["annotate", "-g", "glossary", "-f", "html", "--notes", "-l", "ru"],
        env: NO_ENV,
        stdin: Some("<p>Weeks of nemawashi.</p>\n"),
        code: 0,
        stdout: Out::File("annotate-snippet-notes-ru.html"),
        stderr: EMPTY,
    },
    Case {
        name: "an .md file is read as Markdown: footnotes, prose only",
        args: &["annotate", "-g", "glossary", "pages/article.md"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article.md"),
        stderr: EMPTY,
    },
    Case {
        name: "Markdown with --markup abbr and --all: inline <abbr>",
        args: &["annotate", "-g", "glossary", "--markup", "abbr", "--all", "pages/article.md"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-article-abbr.md"),
        stderr: EMPTY,
    },
    Case {
        name: "--format markdown reads standard input as Markdown; --notes changes nothing",
        args: &["annotate", "-g", "glossary", "--format", "markdown", "--notes"],
        env: NO_ENV,
        stdin: Some("Weeks of *nemawashi*, not `nemawashi`.\n"),
        code: 0,
        stdout: Out::Is(MARKDOWN_SNIPPET),
        stderr: EMPTY,
    },
    Case {
        name: "standard input is text unless --format says otherwise",
        args: &["annotate", "-g", "glossary"],
        env: NO_ENV,
        stdin: Some("<p>The deal needed nemawashi.</p>\n"),
        code: 0,
        stdout: Out::Is("<p>The deal needed nemawashi [根回し, ねまわし: Quiet consensus-building before a formal decision.].</p>\n"),
        stderr: EMPTY,
    },
    Case {
        name: "--format text reads an .html file as text",
        args: &["annotate", "-g", "glossary", "-f", "text", "pages/snippet.html"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is("<p>The deal needed nemawashi [根回し, ねまわし: Quiet consensus-building before a formal decision.].</p>\n"),
        stderr: EMPTY,
    },
    Case {
        name: "each file of a folder in its own format, in name order",
        args: &["annotate", "-g", "glossary", "pages/mixed"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("annotate-mixed.txt"),
        stderr: EMPTY,
    },
    Case {
        name: "a selector that cannot be used is reported once",
        args: &["annotate", "-g", "glossary", "--skip", "p[", "pages/article.html", "pages/snippet.html"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: “p[” is not a selector glossator can use: Unexpected end of selector.\n"),
    },
    Case {
        name: "--markup does not go with --notes",
        args: &["annotate", "--notes", "--markup", "abbr"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: “--notes” cannot be used with “--markup <ELEMENT>”\n\
             For more information, try “glossator annotate --help”.\n",
        ),
    },
    // annotate: bad input
    Case {
        name: "a missing file",
        args: &["annotate", "-g", "glossary", "missing.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    Case {
        name: "failed inputs do not stop the others, and are summed up",
        args: &["annotate", "-g", "glossary", "texts/article.ru.txt", "missing.txt", "bad/latin1.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: Out::Is(RU_ARTICLE),
        stderr: Out::Is(
            "error: cannot read missing.txt: no such file or folder\n\
             error: bad/latin1.txt: not valid UTF-8 at byte 3\n\
             error: 2 of 3 inputs failed: missing.txt, bad/latin1.txt\n",
        ),
    },
    Case {
        name: "--lossy replaces bytes that are not UTF-8",
        args: &["annotate", "-g", "glossary", "--lossy", "bad/latin1.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(LATIN1),
        stderr: EMPTY,
    },
    Case {
        name: "a glossary path that does not exist",
        args: &["annotate", "-g", "nowhere", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: cannot read nowhere: no such file or folder\n"),
    },
    Case {
        name: "an unknown language tag",
        args: &["annotate", "-g", "glossary", "--lang", "xx-", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: “xx-” is not a language tag (try “en”, “ru”, “ja”)\n"),
    },
    Case {
        name: "an output folder that is a file",
        args: &["annotate", "-g", "glossary", "-o", "texts/plain.txt", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: texts/plain.txt is a file, not a folder\n"),
    },
    Case {
        name: "standard input cannot be changed in place",
        args: &["annotate", "-g", "glossary", "-i"],
        env: NO_ENV,
        stdin: Some("nemawashi"),
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: standard input cannot be changed in place\n"),
    },
    Case {
        name: "json cannot replace a text in place",
        args: &["annotate", "-g", "glossary", "-i", "-f", "json", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: --in-place cannot write json (it would replace the text); use --output-dir, or --format text or jsonl\n",
        ),
    },
    Case {
        name: "an invalid glob",
        args: &["scan", "-g", "glossary", "--glob", "a[", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: invalid glob “a[”: unclosed character class; missing ']'\n"),
    },
    // Localized messages
    Case {
        name: "the error in Russian under LANG=ru_RU.UTF-8",
        args: &["annotate", "missing.txt"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("ошибка: не удаётся прочитать missing.txt: нет такого файла или папки\n"),
    },
    Case {
        name: "the error in Japanese under LANG=ja_JP.UTF-8",
        args: &["annotate", "missing.txt"],
        env: JA,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("エラー: missing.txt を読み込めません: ファイルまたはフォルダーが存在しません\n"),
    },
    Case {
        name: "--ui-lang wins over LANG",
        args: &["--ui-lang", "ja", "annotate", "missing.txt"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("エラー: missing.txt を読み込めません: ファイルまたはフォルダーが存在しません\n"),
    },
    Case {
        name: "LC_ALL wins over LANG",
        args: &["annotate", "missing.txt"],
        env: &[("LANG", "ja_JP.UTF-8"), ("LC_ALL", "ru_RU.UTF-8")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("ошибка: не удаётся прочитать missing.txt: нет такого файла или папки\n"),
    },
    Case {
        name: "LANG=C is English",
        args: &["annotate", "missing.txt"],
        env: &[("LANG", "C.UTF-8")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    Case {
        name: "a language without a catalog falls back to English",
        args: &["--ui-lang", "fr", "annotate", "missing.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    Case {
        name: "an invalid --ui-lang",
        args: &["--ui-lang", "zz-", "list"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: “zz-” is not a language tag (try “en”, “ru”, “ja”)\n"),
    },
    Case {
        name: "the failure summary in Russian",
        args: &["annotate", "-g", "glossary", "texts/plain.txt", "missing.txt"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: Out::Is("No terms at all.\n"),
        stderr: Out::Is(
            "ошибка: не удаётся прочитать missing.txt: нет такого файла или папки\n\
             ошибка: не удалось обработать 1 из 2 входных файлов: missing.txt\n",
        ),
    },
    // clap's parse errors, through Fluent
    Case {
        name: "an unknown option, with a suggestion",
        args: &["annotate", "--lnag", "ru"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: unexpected argument “--lnag”; did you mean “--lang”?\n\
             For more information, try “glossator annotate --help”.\n",
        ),
    },
    Case {
        name: "an unknown option in Russian",
        args: &["annotate", "--lnag", "ru"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "ошибка: неожиданный аргумент «--lnag»; возможно, вы имели в виду «--lang»?\n\
             Подробнее: «glossator annotate --help».\n",
        ),
    },
    Case {
        name: "an unknown command",
        args: &["anotate"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: unknown command “anotate”; did you mean “annotate”?\n\
             For more information, try “glossator --help”.\n",
        ),
    },
    Case {
        name: "an invalid value in Japanese",
        args: &["annotate", "-f", "pdf"],
        env: JA,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "エラー: 「pdf」は「--format <FORMAT>」の値として使えません（使える値: auto, text, html, markdown, json, jsonl）\n\
             詳しくは「glossator annotate --help」を実行してください。\n",
        ),
    },
    Case {
        name: "a missing argument",
        args: &["lookup"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: a required argument is missing: <TERM>\n\
             For more information, try “glossator lookup --help”.\n",
        ),
    },
    Case {
        name: "conflicting options",
        args: &["annotate", "--in-place", "-o", "out", "x"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: “--in-place” cannot be used with “--output-dir <DIR>”\n\
             For more information, try “glossator annotate --help”.\n",
        ),
    },
    Case {
        name: "a value that is not a number",
        args: &["-j", "many", "list"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: “many” is not a valid value for “--threads <N>”\n\
             For more information, try “glossator list --help”.\n",
        ),
    },
    Case {
        name: "no arguments at all prints help and fails",
        args: &[],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Has(&["Usage: glossator [OPTIONS] <COMMAND>", "Commands:"]),
    },
    // Colour
    Case {
        name: "colour forced by CLICOLOR_FORCE",
        args: &["annotate", "missing.txt"],
        env: &[("CLICOLOR_FORCE", "1")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("\x1b[1;31merror: cannot read missing.txt: no such file or folder\x1b[0m\n"),
    },
    Case {
        name: "NO_COLOR wins over CLICOLOR_FORCE",
        args: &["annotate", "missing.txt"],
        env: &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    Case {
        name: "an empty NO_COLOR does not count",
        args: &["annotate", "missing.txt"],
        env: &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("\x1b[1;31merror: cannot read missing.txt: no such file or folder\x1b[0m\n"),
    },
    Case {
        name: "--color never wins over CLICOLOR_FORCE",
        args: &["--color", "never", "annotate", "missing.txt"],
        env: &[("CLICOLOR_FORCE", "1")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    Case {
        name: "no colour when standard error is not a terminal",
        args: &["annotate", "missing.txt"],
        env: &[("TERM", "xterm-256color")],
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(MISSING),
    },
    // JSON Lines
    Case {
        name: "jsonl from a file",
        args: &["annotate", "-g", "glossary", "-f", "jsonl", "jsonl/input.jsonl"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("input.annotated.jsonl"),
        stderr: EMPTY,
    },
    Case {
        name: "jsonl from standard input",
        args: &["annotate", "-g", "glossary", "-f", "jsonl"],
        env: NO_ENV,
        stdin: Some(include_str!("data/cli/jsonl/input.jsonl")),
        code: 0,
        stdout: Out::File("input.annotated.jsonl"),
        stderr: EMPTY,
    },
    Case {
        name: "a jsonl line without text",
        args: &["annotate", "-g", "glossary", "-f", "jsonl", "jsonl/no-text.jsonl"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: Out::Has(&["{\"id\":1,\"text\":\"nemawashi\",\"matches\":[{\"entry\":\"nemawashi\""]),
        stderr: Out::Is("error: jsonl/no-text.jsonl:2:1: expected a JSON object with a “text” string\n"),
    },
    Case {
        name: "a jsonl line that is not JSON",
        args: &["annotate", "-g", "glossary", "-f", "jsonl", "jsonl/broken.jsonl"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: Out::Has(&["{\"id\":1,"]),
        stderr: Out::Is("error: jsonl/broken.jsonl:2:22: not JSON: EOF while parsing an object\n"),
    },
    // scan
    Case {
        name: "scan a folder",
        args: &["scan", "-g", "glossary", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("scan-texts.table"),
        stderr: EMPTY,
    },
    Case {
        name: "scan with globs",
        args: &["scan", "-g", "glossary", "--glob", "*.txt", "--glob", "!*.ru.txt", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("scan-texts-glob.table"),
        stderr: EMPTY,
    },
    Case {
        name: "scan hidden files too",
        args: &["scan", "-g", "glossary", "--hidden", "--sort", "count", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("scan-texts-hidden-count.table"),
        stderr: EMPTY,
    },
    Case {
        name: "scan as csv with definitions in Japanese",
        args: &["scan", "-g", "glossary", "-f", "csv", "-l", "ja", "--sort", "entry", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("scan-texts.csv"),
        stderr: EMPTY,
    },
    Case {
        name: "scan as json",
        args: &["scan", "-g", "glossary", "-f", "json", "texts/article.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::File("scan-article.json"),
        stderr: EMPTY,
    },
    Case {
        name: "scan for definitions missing in Russian",
        args: &["scan", "-g", "glossary", "--missing-lang", "ru", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "ENTRY      ORIGINAL  COUNT  FIRST                   FILES\n\
             hiki-wake  引き分け      2  texts/article.txt:2:22  texts/article.txt, texts/notes/skip.md\n\
             1 entry, 2 occurrences in 2 files\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "scan report headers in Russian",
        args: &["scan", "-g", "glossary", "texts/article.ru.txt"],
        env: RU,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "СТАТЬЯ        ОРИГИНАЛ  ЧИСЛО  ПЕРВОЕ                     ФАЙЛЫ\n\
             kasumigaseki  霞が関        1  texts/article.ru.txt:1:3   texts/article.ru.txt\n\
             nemawashi     根回し        1  texts/article.ru.txt:1:20  texts/article.ru.txt\n\
             2 статьи, 2 вхождения, 1 файл\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "scan finds nothing",
        args: &["scan", "-g", "glossary", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is("no terms found\n"),
        stderr: EMPTY,
    },
    Case {
        name: "scan goes on past a missing file",
        args: &["scan", "-g", "glossary", "texts/article.ru.txt", "missing.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: Out::Has(&["nemawashi     根回し        1  texts/article.ru.txt:1:20"]),
        stderr: Out::Is(
            "error: cannot read missing.txt: no such file or folder\n\
             error: 1 of 2 inputs failed: missing.txt\n",
        ),
    },
    Case {
        name: "scan with an invalid --missing-lang",
        args: &["scan", "-g", "glossary", "--missing-lang", "r", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: “r” is not a language tag (try “en”, “ru”, “ja”)\n"),
    },
    // lookup
    Case {
        name: "lookup by a Cyrillic form in capitals",
        args: &["lookup", "-g", "glossary", "НЕМАВАСИ"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "nemawashi (glossary demo, glossary/glossaries/demo.ron:7:13)\n  \
             forms:        nemawashi, немаваси, 根回し\n  \
             original:     根回し\n  \
             reading:      ねまわし\n  \
             romanization: nemawashi\n  \
             tags:         politics\n  \
             definition:   Quiet consensus-building before a formal decision.\n  \
             literally:    going around the roots\n  \
             language:     en\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "lookup in Russian, with Russian labels",
        args: &["lookup", "-g", "glossary", "-l", "ru", "根回し"],
        env: RU,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "nemawashi (глоссарий demo, glossary/glossaries/demo.ron:7:13)\n  \
             формы:       nemawashi, немаваси, 根回し\n  \
             оригинал:    根回し\n  \
             чтение:      ねまわし\n  \
             латиница:    nemawashi\n  \
             метки:       politics\n  \
             определение: Негласное согласование до официального решения.\n  \
             дословно:    окапывание корней\n  \
             язык:        ru\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "lookup says which language the definition came from",
        args: &["lookup", "-g", "glossary", "-l", "ru", "hiki wake"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "hiki-wake (glossary demo, glossary/glossaries/demo.ron:15:13)\n  \
             forms:        hiki-wake, хикиваке, 引き分け\n  \
             original:     引き分け\n  \
             reading:      ひきわけ\n  \
             romanization: hiki-wake\n  \
             tags:         sport\n  \
             definition:   A draw.\n  \
             language:     en (there is none in ru)\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "lookup ignores case even for a case-sensitive entry",
        args: &["lookup", "-g", "glossary", "-l", "ja", "nhk"],
        env: JA,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "nhk（用語集 demo、glossary/glossaries/demo.ron:30:13）\n  \
             表記:           NHK\n  \
             原語:           日本放送協会\n  \
             読み:           にっぽんほうそうきょうかい\n  \
             大文字・小文字: 表記どおりの場合だけ一致\n  \
             定義:           日本の公共放送。\n  \
             言語:           ja\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "lookup as json",
        args: &["lookup", "-g", "glossary", "-f", "json", "kasumigaseki"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "{\"entry\":\"kasumigaseki\",\"glossary\":\"demo\",\"location\":\"glossary/glossaries/demo.ron:23:13\",\
             \"forms\":[\"Kasumigaseki\",\"Касумигасэки\",\"霞が関\"],\"original\":\"霞が関\",\"reading\":\"かすみがせき\",\
             \"romanization\":\"Kasumigaseki\",\"transliteration\":{\"system\":\"hepburn\",\"text\":\"Kasumigaseki\"},\
             \"case_sensitive\":false,\"tags\":[],\
             \"definition\":\"The district of Tokyo where the ministries stand.\",\"definition_lang\":\"en\",\
             \"requested_lang\":\"en\",\"attributes\":{}}\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "lookup in a romanization system, as text",
        args: &["lookup", "-g", "glossary", "--romanization", "polivanov", "hiki-wake"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["  romanization (polivanov): хикивакэ\n"]),
        stderr: EMPTY,
    },
    Case {
        name: "lookup in a system that does not apply: null in json",
        args: &["lookup", "-g", "glossary", "-f", "json", "--romanization", "iso9", "nemawashi"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["\"transliteration\":null,"]),
        stderr: EMPTY,
    },
    Case {
        name: "annotate in Kunrei-shiki",
        args: &["annotate", "-g", "glossary", "--romanization", "kunrei"],
        env: NO_ENV,
        stdin: Some("Ten rounds of nemawashi, then hiki-wake.\n"),
        code: 0,
        stdout: Out::Has(&["nemawashi [根回し, ねまわし, nemawasi: "]),
        stderr: EMPTY,
    },
    Case {
        name: "annotate json shows the chosen system",
        args: &["annotate", "-g", "glossary", "-f", "json", "--romanization", "wapuro"],
        env: NO_ENV,
        stdin: Some("Ten rounds of nemawashi.\n"),
        code: 0,
        stdout: Out::Has(&["\"transliteration\":{\"system\":\"wapuro\",\"text\":\"nemawashi\"}"]),
        stderr: EMPTY,
    },
    Case {
        name: "an unknown romanization system is an error listing the known ones",
        args: &["annotate", "--romanization", "hepburn-classic"],
        env: NO_ENV,
        stdin: Some("x\n"),
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: “hepburn-classic” is not a valid value for “--romanization <SYSTEM>” \
             (possible values: hepburn, hepburn-plain, wapuro, kunrei, polivanov, bgn-pcgn, iso9); \
             did you mean “hepburn-plain”?\n\
             For more information, try “glossator annotate --help”.\n",
        ),
    },
    Case {
        name: "the unknown system in Russian",
        args: &["lookup", "--romanization", "x", "nemawashi"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Has(&["ошибка: «x» — недопустимое значение для «--romanization <SYSTEM>» (возможные значения: hepburn, hepburn-plain, wapuro, kunrei, polivanov, bgn-pcgn, iso9)\n"]),
    },
    Case {
        name: "lookup of a near miss suggests the closest form",
        args: &["lookup", "-g", "glossary", "nemawasi"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: no entry has the form “nemawasi”; did you mean “nemawashi”?\n"),
    },
    Case {
        name: "lookup of a near miss in Cyrillic, in Russian",
        args: &["lookup", "-g", "glossary", "касумигаски"],
        env: RU,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "ошибка: ни у одной статьи нет формы «касумигаски»; возможно, вы имели в виду “Касумигасэки”?\n",
        ),
    },
    Case {
        name: "lookup of nothing like any form",
        args: &["lookup", "-g", "glossary", "xyzzy"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: no entry has the form “xyzzy”\n"),
    },
    // check
    Case {
        name: "check the built-in glossaries",
        args: &["check"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: EMPTY,
        stderr: Out::Has(&[": no problems\n"]),
    },
    Case {
        name: "check plural categories the language does not have",
        args: &["check", "plural"],
        env: NO_ENV,
        stdin: None,
        code: 1,
        stdout: Out::Is(
            "plural/locales/ja/diet.ftl:3:5: the variant “[one]” is not a plural category of ja (it has other)\n\
             plural/locales/ru/diet.ftl:4:5: the variant “[two]” is not a plural category of ru (it has one, few, many, other)\n",
        ),
        stderr: Out::Is("1 glossary file, 3 locale files: 2 problems\n"),
    },
    Case {
        name: "check a selector without a default variant",
        args: &["check", "plural-bad/locales/de/diet.ftl"],
        env: NO_ENV,
        stdin: None,
        code: 1,
        stdout: Out::Is(
            "plural-bad/locales/de/diet.ftl:4:1: invalid Fluent: The select expression must have a default variant\n",
        ),
        stderr: Out::Is("0 glossary files, 1 locale file: 1 problem\n"),
    },
    Case {
        name: "definitions with NUMBER() and plural selectors, in Russian",
        args: &["annotate", "-g", "plural", "--lang", "ru"],
        env: NO_ENV,
        stdin: Some("The Diet and every prefecture.\n"),
        code: 0,
        stdout: Out::Is(
            "The Diet [国会, こっかい, коккай: Двухпалатный парламент Японии: 465 мест в Палате представителей \
             и 248 мест в Палате советников.] and every prefecture [Одна из 47 административных единиц первого \
             уровня Японии; крупнейшая, Хоккайдо, занимает 83\u{a0}424 км².].\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "definitions with NUMBER() and plural selectors, in English",
        args: &["annotate", "-g", "plural"],
        env: NO_ENV,
        stdin: Some("The Diet and every prefecture.\n"),
        code: 0,
        stdout: Out::Is(
            "The Diet [国会, こっかい, kokkai: Japan's bicameral legislature: 465 seats in the House of \
             Representatives and 248 in the House of Councillors.] and every prefecture [One of Japan's 47 \
             first-level divisions; the largest, Hokkaido, covers 83,424 km².].\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "check a clean folder and file",
        args: &["check", "clean", "clean/demo.ron"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: EMPTY,
        stderr: Out::Is("1 glossary file, 1 locale file: no problems\n"),
    },
    Case {
        name: "check finds every problem",
        args: &["check", "check"],
        env: NO_ENV,
        stdin: None,
        code: 1,
        stdout: Out::File("check.txt"),
        stderr: Out::Is("3 glossary files, 5 locale files: 16 problems\n"),
    },
    Case {
        name: "check as json, quietly",
        args: &["-q", "check", "-f", "json", "check"],
        env: NO_ENV,
        stdin: None,
        code: 1,
        stdout: Out::File("check.json"),
        stderr: EMPTY,
    },
    Case {
        name: "check a translation with a missing definition, in Japanese",
        args: &["check", "glossary"],
        env: JA,
        stdin: None,
        code: 1,
        stdout: Out::Is(
            "glossary/locales/ru/demo.ftl: 項目「hiki-wake」の定義がありません（glossary/glossaries/demo.ron:15:13）\n",
        ),
        stderr: Out::Is("用語集ファイル 1 個、ロケールファイル 3 個: 問題 1 件\n"),
    },
    Case {
        name: "check a path that does not exist",
        args: &["check", "clean", "nowhere"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: cannot read nowhere: no such file or folder\n\
             1 glossary file, 1 locale file: no problems\n",
        ),
    },
    Case {
        name: "check a file that is no glossary",
        args: &["check", "texts/plain.txt"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: texts/plain.txt is not a glossary (.ron), a locale file (.ftl) or a folder\n\
             0 glossary files, 0 locale files: no problems\n",
        ),
    },
    Case {
        name: "check a folder with no glossary",
        args: &["check", "texts"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: texts holds no glossary (.ron) files\n\
             0 glossary files, 0 locale files: no problems\n",
        ),
    },
    // list
    Case {
        name: "list given glossaries",
        args: &["list", "-g", "glossary"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "GLOSSARY  LANGUAGE  ENTRIES  DEFINITIONS             SOURCE\n\
             demo      en              4  en 4/4, ja 4/4, ru 3/4  glossary/glossaries/demo.ron\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "list as json",
        args: &["list", "-g", "clean", "-f", "json"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(
            "{\"glossaries\":[{\"id\":\"demo\",\"source\":\"clean/demo.ron\",\"language\":\"en\",\"entries\":2,\
             \"translations\":[{\"lang\":\"en\",\"defined\":2,\"files\":[\"clean/locales/en/demo.ftl\"]}]}]}\n",
        ),
        stderr: EMPTY,
    },
    Case {
        name: "list the built-in glossaries",
        args: &["list"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["GLOSSARY", "japan", "<built-in>/glossaries/japan.ron"]),
        stderr: EMPTY,
    },
    // completions, man page, help, version
    Case {
        name: "bash completions",
        args: &["completions", "bash"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["_glossator()", "annotate", "--missing-lang", "complete -F _glossator"]),
        stderr: EMPTY,
    },
    Case {
        name: "zsh completions",
        args: &["completions", "zsh"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["#compdef glossator", "lookup"]),
        stderr: EMPTY,
    },
    Case {
        name: "fish completions, described in Russian",
        args: &["completions", "fish"],
        env: RU,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["complete -c glossator", "Показать одну статью, найденную по любой из её форм"]),
        stderr: EMPTY,
    },
    Case {
        name: "powershell completions",
        args: &["completions", "powershell"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["Register-ArgumentCompleter", "glossator"]),
        stderr: EMPTY,
    },
    Case {
        name: "elvish completions",
        args: &["completions", "elvish"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["edit:completion:arg-completer[glossator]"]),
        stderr: EMPTY,
    },
    Case {
        name: "an unknown shell",
        args: &["completions", "tcsh"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is(
            "error: “tcsh” is not a valid value for “<SHELL>” (possible values: bash, elvish, fish, powershell, zsh); did you mean “zsh”?\n\
             For more information, try “glossator completions --help”.\n",
        ),
    },
    Case {
        name: "the man page",
        args: &["man"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Has(&[".TH glossator 1", ".SH NAME", "glossator\\-annotate", "Finds specialist terms"]),
        stderr: EMPTY,
    },
    Case {
        name: "the man page in Japanese",
        args: &["man"],
        env: JA,
        stdin: None,
        code: 0,
        stdout: Out::Has(&[".TH glossator 1", "テキスト中の専門用語を見つけ"]),
        stderr: EMPTY,
    },
    Case {
        name: "help in Japanese",
        args: &["--help"],
        env: JA,
        stdin: None,
        code: 0,
        stdout: Out::Has(&["使い方: glossator [OPTIONS] <COMMAND>", "コマンド:", "共通オプション:"]),
        stderr: EMPTY,
    },
    Case {
        name: "the version",
        args: &["--version"],
        env: NO_ENV,
        stdin: None,
        code: 0,
        stdout: Out::Is(concat!("glossator ", env!("CARGO_PKG_VERSION"), "\n")),
        stderr: EMPTY,
    },
    Case {
        name: "help for an unknown command",
        args: &["help", "frobnicate"],
        env: NO_ENV,
        stdin: None,
        code: 2,
        stdout: EMPTY,
        stderr: Out::Is("error: unknown command “frobnicate”\n"),
    },
];

fn expected(out: Out) -> Option<String> {
    match out {
        Out::Is(s) => Some(s.to_string()),
        Out::File(name) => Some(
            std::fs::read_to_string(Path::new(DATA).join("expected").join(name))
                .unwrap_or_else(|e| format!("(expected/{name}: {e})")),
        ),
        Out::Has(_) => None,
    }
}

/// With `GLOSSATOR_BLESS=1`, expected files are (re)written from the actual
/// output instead of compared: review the diff before committing it.
fn check_stream(case: &str, stream: &str, got: &str, want: Out, problems: &mut Vec<String>) {
    if let (Out::File(name), Some(_)) = (want, std::env::var_os("GLOSSATOR_BLESS")) {
        std::fs::write(Path::new(DATA).join("expected").join(name), got).expect("blessed");
        return;
    }
    match (want, expected(want)) {
        (_, Some(text)) if got != text => problems.push(format!(
            "{case}: {stream}\n--- expected\n{text}\n--- got\n{got}\n---"
        )),
        (Out::Has(parts), None) => {
            for part in parts {
                if !got.contains(part) {
                    problems.push(format!("{case}: {stream} lacks {part:?}:\n{got}"));
                }
            }
        }
        _ => {}
    }
}

#[test]
fn table_of_cases() {
    let mut problems = Vec::new();
    for case in CASES {
        let mut cmd = glossator();
        cmd.args(case.args);
        for (k, v) in case.env {
            cmd.env(k, v);
        }
        cmd.write_stdin(case.stdin.unwrap_or(""));
        let output = cmd.output().expect("the program runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        if output.status.code() != Some(case.code) {
            problems.push(format!(
                "{}: exit code {:?}, expected {}\nstderr: {stderr}",
                case.name,
                output.status.code(),
                case.code
            ));
        }
        check_stream(case.name, "stdout", &stdout, case.stdout, &mut problems);
        check_stream(case.name, "stderr", &stderr, case.stderr, &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn help_command_matches_help_flag() {
    for (lang, sub) in [
        ("en_US.UTF-8", "annotate"),
        ("ru_RU.UTF-8", "check"),
        ("ja_JP.UTF-8", "scan"),
    ] {
        let by_command = glossator()
            .env("LANG", lang)
            .args(["help", sub])
            .output()
            .expect("runs");
        let by_flag = glossator()
            .env("LANG", lang)
            .args([sub, "--help"])
            .output()
            .expect("runs");
        assert_eq!(by_command.status.code(), Some(0));
        assert_eq!(
            String::from_utf8_lossy(&by_command.stdout),
            String::from_utf8_lossy(&by_flag.stdout),
            "{lang} {sub}"
        );
    }
}

/// A copy of some fixture files in a temporary folder.
fn scratch(files: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (name, content) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).expect("folder");
        }
        std::fs::write(path, content).expect("fixture written");
    }
    dir
}

fn glossary_arg() -> String {
    format!("{DATA}/glossary")
}

fn read(path: impl AsRef<Path>) -> Vec<u8> {
    std::fs::read(path.as_ref()).unwrap_or_else(|e| panic!("{}: {e}", path.as_ref().display()))
}

fn leftovers(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in std::fs::read_dir(&d).expect("listable").flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(".glossator-"))
            {
                found.push(p);
            }
        }
    }
    found
}

const ARTICLE: &[u8] = include_bytes!("data/cli/texts/article.txt");
const ARTICLE_ANNOTATED: &[u8] = include_bytes!("data/cli/expected/annotate-article.txt");
const RU_TEXT: &[u8] = include_bytes!("data/cli/texts/article.ru.txt");

#[test]
fn output_dir_mirrors_the_tree() {
    let src = scratch(&[
        ("in/article.txt", ARTICLE),
        ("in/deep/er/article.ru.txt", RU_TEXT),
        ("in/deep/skip.md", b"nemawashi"),
        ("in/.hidden/x.txt", b"nemawashi"),
    ]);
    let out = src.path().join("out");
    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "--glob",
            "*.txt",
            "-o",
            "out",
            "in",
        ])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(read(out.join("article.txt")), ARTICLE_ANNOTATED);
    assert_eq!(
        read(out.join("deep/er/article.ru.txt")),
        RU_ARTICLE.as_bytes()
    );
    assert!(!out.join("deep/skip.md").exists());
    assert!(!out.join(".hidden").exists());
    // The inputs are untouched, and no temporary file is left behind.
    assert_eq!(read(src.path().join("in/article.txt")), ARTICLE);
    assert!(leftovers(src.path()).is_empty());
}

#[test]
fn output_dir_with_json_adds_an_extension_and_reports_collisions() {
    let src = scratch(&[("a/x.txt", b"nemawashi"), ("b/x.txt", b"hiki-wake")]);
    glossator()
        .current_dir(src.path())
        .args(["annotate", "-g", &glossary_arg(), "-f", "json", "-o", "out", "a/x.txt", "b/x.txt"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: b/x.txt would be written to out/x.txt.json, which a/x.txt is written to already\n\
             error: 1 of 2 inputs failed: b/x.txt\n",
        );
    let json = String::from_utf8(read(src.path().join("out/x.txt.json"))).expect("UTF-8");
    assert!(
        json.starts_with("{\"matches\":[{\"entry\":\"nemawashi\""),
        "{json}"
    );
}

#[test]
fn in_place_with_backup_keeps_the_original_and_the_permissions() {
    let src = scratch(&[("article.txt", ARTICLE), ("notes/ru.txt", RU_TEXT)]);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(
            src.path().join("article.txt"),
            std::fs::Permissions::from_mode(0o640),
        )
        .expect("chmod");
    }
    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "-i",
            "--backup",
            ".orig",
            ".",
        ])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(read(src.path().join("article.txt")), ARTICLE_ANNOTATED);
    assert_eq!(read(src.path().join("article.txt.orig")), ARTICLE);
    assert_eq!(read(src.path().join("notes/ru.txt")), RU_ARTICLE.as_bytes());
    assert_eq!(read(src.path().join("notes/ru.txt.orig")), RU_TEXT);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &str| {
            std::fs::metadata(src.path().join(p))
                .expect("exists")
                .permissions()
                .mode()
                & 0o777
        };
        assert_eq!(mode("article.txt"), 0o640);
        assert_eq!(mode("article.txt.orig"), 0o640);
    }
    assert!(leftovers(src.path()).is_empty());
}

#[test]
fn in_place_run_that_fails_midway_leaves_each_file_old_or_new() {
    // b.txt is not UTF-8: it fails while a.txt and c.txt succeed. d.jsonl fails on
    // its last line, after hundreds of lines were already written to its
    // temporary file: it must keep its old content all the same.
    let mut jsonl = String::new();
    for i in 0..600 {
        jsonl.push_str(&format!("{{\"id\": {i}, \"text\": \"nemawashi {i}\"}}\n"));
    }
    jsonl.push_str("{\"id\": 600, \"text\": \n");
    let old: Vec<(&str, Vec<u8>)> = vec![
        ("a.txt", ARTICLE.to_vec()),
        ("b.txt", b"caf\xe9 nemawashi\n".to_vec()),
        ("c.txt", RU_TEXT.to_vec()),
    ];
    let src = scratch(&[
        ("a.txt", &old[0].1),
        ("b.txt", &old[1].1),
        ("c.txt", &old[2].1),
    ]);
    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "--in-place",
            "a.txt",
            "b.txt",
            "c.txt",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: b.txt: not valid UTF-8 at byte 3\n\
             error: 1 of 3 inputs failed: b.txt\n",
        );
    assert_eq!(
        read(src.path().join("a.txt")),
        ARTICLE_ANNOTATED,
        "a.txt is new"
    );
    assert_eq!(read(src.path().join("b.txt")), old[1].1, "b.txt is old");
    assert_eq!(
        read(src.path().join("c.txt")),
        RU_ARTICLE.as_bytes(),
        "c.txt is new"
    );

    std::fs::write(src.path().join("d.jsonl"), &jsonl).expect("written");
    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "-f",
            "jsonl",
            "-i",
            "d.jsonl",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: d.jsonl:601:20: not JSON: EOF while parsing a value\n");
    assert_eq!(
        read(src.path().join("d.jsonl")),
        jsonl.as_bytes(),
        "d.jsonl is old"
    );
    assert!(
        leftovers(src.path()).is_empty(),
        "{:?}",
        leftovers(src.path())
    );
}

#[test]
fn jsonl_round_trips_ids_and_offsets() {
    let input = include_str!("data/cli/jsonl/input.jsonl");
    let output = glossator()
        .args(["annotate", "-g", "glossary", "-f", "jsonl"])
        .write_stdin(input)
        .output()
        .expect("runs");
    assert_eq!(output.status.code(), Some(0));
    let out = String::from_utf8(output.stdout).expect("UTF-8");
    let lines_in: Vec<&str> = input.lines().collect();
    let lines_out: Vec<&str> = out.lines().collect();
    assert_eq!(lines_in.len(), lines_out.len());
    for (a, b) in lines_in.iter().zip(&lines_out) {
        if a.trim().is_empty() {
            assert_eq!(*b, "");
            continue;
        }
        let a: serde_json::Value = serde_json::from_str(a).expect("input JSON");
        let b: serde_json::Value = serde_json::from_str(b).expect("output JSON");
        assert_eq!(a["id"], b["id"]);
        assert_eq!(a["text"], b["text"]);
        for (k, v) in a.as_object().expect("object") {
            assert_eq!(&b[k], v, "{k} passed through");
        }
        let text = b["text"].as_str().expect("text");
        for m in b["matches"].as_array().expect("matches") {
            let (s, e) = (
                m["start"].as_u64().expect("start"),
                m["end"].as_u64().expect("end"),
            );
            assert_eq!(
                &text[s as usize..e as usize],
                m["text"].as_str().expect("text")
            );
        }
    }
}

/// Starts the program with its output on a pipe, reads a little of it, closes
/// the pipe, and returns the exit code and standard error.
fn close_early(args: &[&str], stdin: Option<Vec<u8>>) -> (Option<i32>, String) {
    let mut child = StdCommand::new(BIN)
        .current_dir(DATA)
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut pipe_in = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        if let Some(bytes) = stdin {
            let _ = pipe_in.write_all(&bytes);
        }
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).expect("some output");
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr read");
    let status = child.wait().expect("ends");
    let _ = feeder.join();
    (status.code(), stderr)
}

#[test]
fn a_broken_pipe_ends_quietly() {
    let dir = scratch(&[(
        "big.txt",
        "nemawashi in Kasumigaseki; ".repeat(200_000).as_bytes(),
    )]);
    let big = dir.path().join("big.txt");
    let big = big.to_string_lossy();
    let (code, stderr) = close_early(&["annotate", "-g", "glossary", "--all", &big], None);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));

    let lines = "{\"id\": 1, \"text\": \"nemawashi\"}\n".repeat(100_000);
    let (code, stderr) = close_early(
        &["annotate", "-g", "glossary", "-f", "jsonl"],
        Some(lines.into_bytes()),
    );
    assert_eq!((code, stderr.as_str()), (Some(0), ""));

    let (code, stderr) = close_early(&["completions", "bash"], None);
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
}

#[cfg(unix)]
#[test]
fn in_place_through_a_symbolic_link_keeps_the_link() {
    let src = scratch(&[("real/article.txt", ARTICLE)]);
    std::os::unix::fs::symlink("real/article.txt", src.path().join("link.txt")).expect("link");
    glossator()
        .current_dir(src.path())
        .args(["annotate", "-g", &glossary_arg(), "-i", "link.txt"])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    let link = std::fs::symlink_metadata(src.path().join("link.txt")).expect("exists");
    assert!(link.file_type().is_symlink());
    assert_eq!(read(src.path().join("real/article.txt")), ARTICLE_ANNOTATED);
}

/// Runs the program on a pseudo-terminal (with util-linux `script`) and returns
/// everything it drew there; `None` where `script` is missing.
#[cfg(target_os = "linux")]
fn on_terminal(args: &str, env: &[(&str, &str)]) -> Option<String> {
    let mut cmd = StdCommand::new("script");
    cmd.current_dir(DATA)
        .args(["-qec", &format!("{BIN} {args}"), "/dev/null"])
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::null());
    for (k, v) in env {
        cmd.env(k, v);
    }
    let output = cmd.output().ok()?;
    output
        .status
        .success()
        .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
}

#[cfg(target_os = "linux")]
#[test]
fn progress_bar_on_a_terminal_only() {
    let Some(shown) = on_terminal("scan -g glossary texts", &[]) else {
        eprintln!("no `script` here: skipped");
        return;
    };
    assert!(shown.contains("scanning"), "{shown:?}");
    assert!(shown.contains("\x1b[36m"), "coloured bar: {shown:?}");
    assert!(shown.contains("4 entries, 10 occurrences in 4 files"));

    let plain = on_terminal("scan -g glossary texts", &[("NO_COLOR", "1")]).expect("ran");
    assert!(plain.contains("scanning"), "{plain:?}");
    assert!(
        !plain.contains("\x1b[36m") && !plain.contains("\x1b[1m"),
        "{plain:?}"
    );

    let quiet = on_terminal("-q scan -g glossary texts", &[]).expect("ran");
    assert!(!quiet.contains("scanning"), "{quiet:?}");

    let russian = on_terminal("scan -g glossary texts", &[("LANG", "ru_RU.UTF-8")]).expect("ran");
    assert!(russian.contains("поиск терминов"), "{russian:?}");

    // Results going to the same terminal: no bar over them.
    let annotated = on_terminal("annotate -g glossary texts", &[]).expect("ran");
    assert!(!annotated.contains("annotating"), "{annotated:?}");
    assert!(annotated.contains("A hiki-wake[^gl-hiki-wake] in Markdown."));
}

#[test]
fn a_folder_where_an_output_file_is_needed() {
    let src = scratch(&[("a.txt", b"nemawashi"), ("b.txt", b"hiki-wake")]);
    std::fs::create_dir_all(src.path().join("out/a.txt")).expect("folder");
    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "-o",
            "out",
            "a.txt",
            "b.txt",
        ])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: cannot write out/a.txt: it is a folder, not a file\n\
             error: 1 of 2 inputs failed: a.txt\n",
        );
    assert!(src.path().join("out/a.txt").is_dir());
    assert_eq!(
        read(src.path().join("out/b.txt")),
        "hiki-wake [引き分け, ひきわけ: A draw.]".as_bytes()
    );
}

const PAGE_HTML: &[u8] = include_bytes!("data/cli/pages/article.html");
const PAGE_HTML_ANNOTATED: &[u8] = include_bytes!("data/cli/expected/annotate-article.html");
const PAGE_MD: &[u8] = include_bytes!("data/cli/pages/article.md");
const PAGE_MD_ANNOTATED: &[u8] = include_bytes!("data/cli/expected/annotate-article.md");

#[test]
fn removing_glossators_markup_gives_back_the_article() {
    let runs: &[(&str, &[&str])] = &[
        ("pages/article.html", &[]),
        (
            "pages/article.html",
            &["--notes", "--all", "--terms-list", "--stylesheet"],
        ),
        (
            "pages/article.html",
            &["--markup", "abbr", "--all", "--container", "article"],
        ),
        (
            "pages/article.html",
            &["--notes", "--skip", "b", "--container", "p"],
        ),
        (
            "pages/container.html",
            &["--notes", "--all", "--container", "main"],
        ),
        ("pages/article.md", &[]),
        ("pages/article.md", &["--all"]),
        ("pages/article.md", &["--markup", "abbr", "--all"]),
    ];
    for (file, flags) in runs {
        let output = glossator()
            .args(["annotate", "-g", "glossary"])
            .args(*flags)
            .arg(file)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{file} {flags:?}");
        let annotated = String::from_utf8(output.stdout).expect("UTF-8");
        let input = String::from_utf8(read(Path::new(DATA).join(file))).expect("UTF-8");
        assert_ne!(annotated, input, "{file} {flags:?}: nothing annotated");
        let format = if file.ends_with(".md") {
            "markdown"
        } else {
            "html"
        };
        let stripped = glossator()
            .args(["strip", "-f", format])
            .write_stdin(annotated.clone())
            .output()
            .expect("runs");
        assert_eq!(stripped.status.code(), Some(0), "{file} {flags:?}");
        assert_eq!(
            String::from_utf8(stripped.stdout).expect("UTF-8"),
            input,
            "{file} {flags:?}: strip"
        );
        assert!(stripped.stderr.is_empty(), "{file} {flags:?}");
    }
}

#[test]
fn strip_undoes_markdown_whatever_its_last_line() {
    let cases = [
        "Weeks of nemawashi.\n",
        "Weeks of nemawashi.",
        "Weeks of nemawashi.\n\n\n",
        "Weeks of nemawashi.\n\n```\ncode\n",
        "Weeks of nemawashi.\n\n```\ncode",
        "Weeks of nemawashi.\n\n~~~~\ncode\n~~~~\n",
        "Weeks of nemawashi.\n\n```\ncode\n```",
        "Weeks of nemawashi, <abbr>NHK</abbr> and [^note].\n\n[^note]: Ours.\n",
    ];
    for input in cases {
        for flags in [&[][..], &["--markup", "abbr"][..]] {
            let annotated = glossator()
                .args(["annotate", "-g", "glossary", "-f", "markdown"])
                .args(flags)
                .write_stdin(input)
                .output()
                .expect("runs");
            let annotated = String::from_utf8(annotated.stdout).expect("UTF-8");
            assert!(annotated.contains("nemawashi"), "{input:?}");
            assert_ne!(annotated, input, "{input:?} {flags:?}: nothing annotated");
            glossator()
                .args(["strip", "-f", "markdown"])
                .write_stdin(annotated)
                .assert()
                .code(0)
                .stdout(input)
                .stderr("");
        }
    }
}

#[test]
fn strip_writes_folders_and_files_in_place_by_format() {
    let src = scratch(&[
        ("in/article.html", PAGE_HTML_ANNOTATED),
        ("in/docs/article.md", PAGE_MD_ANNOTATED),
        ("in/article.txt", ARTICLE_ANNOTATED),
    ]);
    glossator()
        .current_dir(src.path())
        .args(["-v", "-j", "1", "strip", "-o", "out", "in"])
        .assert()
        .code(0)
        .stdout("")
        .stderr(
            "in/article.html: annotations removed\n\
             in/article.txt: annotations removed\n\
             in/docs/article.md: annotations removed\n",
        );
    let out = src.path().join("out");
    assert_eq!(read(out.join("article.html")), PAGE_HTML);
    assert_eq!(read(out.join("docs/article.md")), PAGE_MD);
    // Text has no markup to find: it passes through.
    assert_eq!(read(out.join("article.txt")), ARTICLE_ANNOTATED);

    glossator()
        .current_dir(src.path())
        .args([
            "strip",
            "-i",
            "--backup",
            ".annotated",
            "in/article.html",
            "in/docs",
        ])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(read(src.path().join("in/article.html")), PAGE_HTML);
    assert_eq!(
        read(src.path().join("in/article.html.annotated")),
        PAGE_HTML_ANNOTATED
    );
    assert_eq!(read(src.path().join("in/docs/article.md")), PAGE_MD);
    assert_eq!(
        read(src.path().join("in/docs/article.md.annotated")),
        PAGE_MD_ANNOTATED
    );
    assert!(leftovers(src.path()).is_empty());

    glossator()
        .current_dir(src.path())
        .args(["strip", "-i", "missing.html", "in/article.html"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(
            "error: cannot read missing.html: no such file or folder\n\
             error: 1 of 2 inputs failed: missing.html\n",
        );
    assert_eq!(read(src.path().join("in/article.html")), PAGE_HTML);
}

#[test]
fn output_dir_and_in_place_keep_each_files_format_and_extension() {
    let src = scratch(&[
        ("in/article.html", PAGE_HTML),
        ("in/docs/article.md", PAGE_MD),
        ("in/article.txt", ARTICLE),
    ]);
    glossator()
        .current_dir(src.path())
        .args(["annotate", "-g", &glossary_arg(), "-o", "out", "in"])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    let out = src.path().join("out");
    assert_eq!(read(out.join("article.html")), PAGE_HTML_ANNOTATED);
    assert_eq!(read(out.join("docs/article.md")), PAGE_MD_ANNOTATED);
    assert_eq!(read(out.join("article.txt")), ARTICLE_ANNOTATED);
    assert_eq!(std::fs::read_dir(&out).expect("listable").count(), 3);

    glossator()
        .current_dir(src.path())
        .args([
            "annotate",
            "-g",
            &glossary_arg(),
            "-i",
            "--backup",
            ".orig",
            "in/article.html",
            "in/docs/article.md",
        ])
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert_eq!(
        read(src.path().join("in/article.html")),
        PAGE_HTML_ANNOTATED
    );
    assert_eq!(read(src.path().join("in/article.html.orig")), PAGE_HTML);
    assert_eq!(
        read(src.path().join("in/docs/article.md")),
        PAGE_MD_ANNOTATED
    );
    assert_eq!(read(src.path().join("in/docs/article.md.orig")), PAGE_MD);
    assert!(leftovers(src.path()).is_empty());
}

#[test]
fn html_from_standard_input_is_streamed_and_stops_quietly_on_a_closed_pipe() {
    use std::sync::mpsc;
    use std::time::Duration;
    let mut child = StdCommand::new(BIN)
        .current_dir(DATA)
        .args(["annotate", "-g", "glossary", "--all", "-f", "html"])
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("starts");
    let mut pipe_in = child.stdin.take().expect("stdin");
    let (go, wait) = mpsc::channel::<()>();
    let feeder = std::thread::spawn(move || {
        let para = "<p>The deal needed nemawashi in Kasumigaseki.</p>\n";
        let head = format!("<html><body>\n{}", para.repeat(20_000));
        let _ = pipe_in.write_all(head.as_bytes());
        // The end of the page is held back until the output has been seen.
        let _ = wait.recv();
        let _ = pipe_in.write_all(b"</body></html>\n");
    });
    let mut stdout = child.stdout.take().expect("stdout");
    let (seen, first) = mpsc::channel();
    std::thread::spawn(move || {
        let mut head = [0u8; 64];
        let read = stdout.read_exact(&mut head).map(|()| head);
        let _ = seen.send(read);
        // Closing standard output here makes the program's next write fail.
    });
    let head = first
        .recv_timeout(Duration::from_secs(120))
        .expect("output before the end of the input")
        .expect("output read");
    assert!(head.starts_with(b"<html><body>\n<p>The deal needed <span class=\"glossator\""));
    let _ = go.send(());
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut stderr)
        .expect("stderr read");
    let status = child.wait().expect("ends");
    let _ = feeder.join();
    assert_eq!(status.code(), Some(0), "{stderr}");
    assert_eq!(stderr, "");
}

#[test]
fn counts_are_grouped_for_people_and_plain_for_machines() {
    let text = "nemawashi ".repeat(1234);
    let src = scratch(&[("many.txt", text.as_bytes())]);
    let scan = |lang: &str, format: &str| {
        let output = glossator()
            .current_dir(src.path())
            .env("LANG", lang)
            .args(["scan", "-g", &glossary_arg(), "-f", format, "many.txt"])
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(0), "{lang} {format}");
        String::from_utf8(output.stdout).expect("UTF-8")
    };
    let ru = scan("ru_RU.UTF-8", "table");
    assert!(
        ru.contains("  1\u{a0}234  many.txt:1:1"),
        "the count column in Russian:\n{ru}"
    );
    assert!(
        ru.ends_with("\n1 статья, 1\u{a0}234 вхождения, 1 файл\n"),
        "{ru}"
    );
    let de = scan("de_DE.UTF-8", "table");
    assert!(de.contains("  1.234  many.txt:1:1"), "{de}");
    assert!(
        de.ends_with("\n1 Eintrag, 1.234 Vorkommen in 1 Datei\n"),
        "{de}"
    );
    let csv = scan("ru_RU.UTF-8", "csv");
    assert!(csv.contains(",1234,"), "{csv}");
    assert_eq!(csv, scan("C", "csv"));
    let json = scan("de_DE.UTF-8", "json");
    assert!(json.contains("\"count\":1234"), "{json}");
}
