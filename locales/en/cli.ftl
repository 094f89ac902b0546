# The program's own messages, English. Every other cli.ftl translates these ids.

## Errors

error-io = cannot read { $path }: { $reason }
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = invalid glossary: { $detail }
ftl-detail = invalid definitions: { $detail }
error-invalid = { $location }: { $problem }
invalid-glossary-id = the glossary id “{ $id }” must be lowercase letters, digits, “-” or “_” (and not “cli”)
invalid-glossary-language = “{ $tag }” is not a language tag (try “en”, “ru”, “ja”)
invalid-entry-id = the entry id “{ $id }” must start with a letter and hold only letters, digits, “-” and “_”
invalid-no-forms = entry “{ $entry }” has no forms
invalid-form-control = a form of entry “{ $entry }” contains a control character: “{ $form }”
invalid-empty-form = entry “{ $entry }” has a form with no letters: “{ $form }”
invalid-stemming = there is no stemmer for “{ $lang }” (supported: { $supported })
error-duplicate-entry = { $location }: entry “{ $entry }” is already defined at { $other }
error-duplicate-form = { $location }: the form “{ $form }” of entry “{ $entry }” is already a form of entry “{ $other-entry }” ({ $other })
error-no-glossaries = { $path } holds no glossary (.ron) files
error-utf8 = { $path }: not valid UTF-8 at byte { $offset }
error-language = “{ $tag }” is not a language tag (try “en”, “ru”, “ja”)
error-matcher-size = cannot compile the glossaries: their forms need more than 4,294,967,294 trie nodes

## Warnings

warning-duplicate-message = { $path }: message “{ $id }” is defined again; the later one wins
warning-format = definition “{ $id }” ({ $lang }): { $detail }
warning-no-definition = entry “{ $entry }” of glossary “{ $glossary }” has no definition in any language tried
warning-fallback = { $count ->
    [one] entry “{ $entries }” of glossary “{ $glossary }” has no definition in { $requested }; using { $used }
   *[other] { $count } entries of glossary “{ $glossary }” have no definition in { $requested } ({ $entries }); using { $used }
}
warning-transliteration = entry “{ $entry }” cannot be written in { $system }: { $detail }

## Command line

cli-error = error: { $message }
cli-warning = warning: { $message }
cli-about = Finds specialist terms in text and annotates them with definitions, original script, reading and romanization.
cli-annotate-about = Annotate the terms in each input
cli-arg-inputs = Files to read; “-” or nothing reads standard input
cli-arg-glossary = A glossary file or folder, instead of the built-in glossaries (repeatable)
cli-arg-lang = The language of the definitions (a tag such as en, ru, ja, fr-CA)
cli-arg-format = Output format
cli-arg-all = Annotate every occurrence, not only the first of each term
cli-arg-notes = Numbered notes at the end instead of glosses after each term (text) or tooltips (HTML); Markdown gets footnotes anyway
cli-arg-annotate-format = Output format; auto reads .html, .htm, .xhtml as HTML, .md, .markdown, .mdown, .mkd as Markdown, anything else and standard input as text
cli-arg-markup = The element of a tooltip in HTML; in Markdown, abbr writes inline <abbr title> instead of footnotes
cli-arg-terms-list = Append a “terms in this article” list (HTML)
cli-arg-stylesheet = Embed the tooltip stylesheet in the page (HTML)
cli-arg-skip = Also leave alone the text of elements matching this CSS selector (HTML; element names also in Markdown; repeatable)
cli-arg-container = Annotate only inside elements matching this CSS selector, and put the notes at the end of each (HTML)

## HTML and Markdown

error-html-text-too-long = { $path }: the text starting at byte { $offset } runs past { $limit ->
    [one] { $limit } byte
   *[other] { $limit } bytes
} without a tag; raise the limit or split the text
error-html-selector = “{ $selector }” is not a selector glossator can use: { $detail }
error-html-rewrite = { $path }: cannot rewrite the HTML: { $detail }
error-html-write = cannot write { $path }: { $reason }
html-label-notes = Notes
html-label-terms = Terms in this article
html-label-back = Back to the text

## Batch work: inputs, outputs, JSON Lines

error-write = cannot write { $path }: { $reason }
error-glob = invalid glob “{ $glob }”: { $detail }
error-not-a-folder = { $path } is a file, not a folder
error-stdin-output-dir = standard input has no file name to write under the output folder; name files instead
error-stdin-in-place = standard input cannot be changed in place
error-output-collision = { $input } would be written to { $path }, which { $other } is written to already
error-jsonl = { $location }: { $problem }
jsonl-syntax = not JSON: { $detail }
jsonl-no-text = expected a JSON object with a “text” string

## lookup

error-lookup-none = no entry has the form “{ $term }”
error-lookup-suggest = no entry has the form “{ $term }”; did you mean { $suggestions }?
lookup-heading = { $entry } (glossary { $glossary }, { $location })
lookup-forms = forms
lookup-original = original
lookup-reading = reading
lookup-romanization = romanization
lookup-case = letter case
lookup-case-sensitive = must match as written
lookup-tags = tags
lookup-definition = definition
lookup-attr-literal = literally
lookup-attr-note = note
lookup-language = language
lookup-fallback = { $used } (there is none in { $requested })
lookup-no-definition = none in any language tried

## scan

scan-none = no terms found
scan-col-entry = ENTRY
scan-col-original = ORIGINAL
scan-col-count = COUNT
scan-col-first = FIRST
scan-col-files = FILES
scan-summary = { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, { $occurrences ->
    [one] { $occurrences } occurrence
   *[other] { $occurrences } occurrences
} in { $files ->
    [one] { $files } file
   *[other] { $files } files
}

## list

list-col-glossary = GLOSSARY
list-col-language = LANGUAGE
list-col-entries = ENTRIES
list-col-definitions = DEFINITIONS
list-col-source = SOURCE
list-definitions = { $lang } { $defined }/{ $entries }

## check

error-check-path = { $path } is not a glossary (.ron), a locale file (.ftl) or a folder
check-finding = { $location }: { $problem }
check-summary = { $glossaries ->
    [one] { $glossaries } glossary file
   *[other] { $glossaries } glossary files
}, { $locales ->
    [one] { $locales } locale file
   *[other] { $locales } locale files
}: { $problems ->
    [0] no problems
    [one] { $problems } problem
   *[other] { $problems } problems
}
check-utf8 = not valid UTF-8 at byte { $offset }
check-detail = { $detail }
check-unknown-field = unknown field “{ $field }” in { $item } (a typo?)
check-ftl-syntax = invalid Fluent: { $detail }
check-duplicate-entry = entry “{ $entry }” is already defined at { $other }
check-duplicate-form = the form “{ $form }” of entry “{ $entry }” is already a form of entry “{ $other-entry }” ({ $other })
check-case-collision = the form “{ $form }” of entry “{ $entry }” differs only in letter case from the form “{ $other-form }” of entry “{ $other-entry }” ({ $other }), and only one of the two entries is case-sensitive
check-locale-folder = the folder name “{ $folder }” is not a language tag
check-orphan-locale = there is no glossary “{ $glossary }” for this file
check-no-source-locale = glossary “{ $glossary }” has no definitions in its own language, { $lang }
check-missing-locale = glossary “{ $glossary }” has no definitions in { $lang }
check-duplicate-message = message “{ $id }” is already defined at { $other }
check-orphan-message = message “{ $id }” is not an entry of glossary “{ $glossary }”
check-reading = the reading “{ $reading }” of entry “{ $entry }” is not kana: { $detail }
check-romanization = the romanization “{ $romanization }” of entry “{ $entry }” does not agree with its reading “{ $reading }” (Hepburn: { $derived })
check-no-source-definition = entry “{ $entry }” has no definition in { $lang }, the glossary's own language
check-missing-definition = no definition of entry “{ $entry }” ({ $location })

## Command line: help

cli-heading-usage = Usage:
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-heading-global = Global options
cli-help-choices = { $help } [{ $values }; default: { $default }]
cli-help-default = { $help } [default: { $default }]
cli-arg-help = Print help
cli-arg-version = Print the version
cli-arg-ui-lang = The language of the program's own messages (default: from LC_ALL, LC_MESSAGES or LANG)
cli-arg-quiet = Print no warnings, progress or summaries, only errors
cli-arg-verbose = Tell what is being done
cli-arg-color = When to colour messages (auto honours NO_COLOR)
cli-arg-threads = How many threads to use (default: one per core)
cli-arg-paths = Files or folders to read (folders are searched); “-” or nothing reads standard input
cli-arg-output-dir = Write each result into this folder, mirroring the inputs' tree
cli-arg-in-place = Replace each input file with its annotated version
cli-arg-backup = With --in-place, keep each original as FILE followed by SUFFIX
cli-arg-glob = Keep only files found in folders whose path or name matches; “!GLOB” leaves matches out (repeatable)
cli-arg-hidden = Also read hidden files and folders
cli-arg-lossy = Replace bytes that are not UTF-8 instead of failing
cli-scan-about = Report which terms the inputs use, how often, in which files and where first
cli-arg-scan-lang = The language of the definitions in csv and json reports
cli-arg-scan-format = Report format
cli-arg-missing-lang = List only the entries that have no definition in this language
cli-arg-sort = Order of the entries: first appearance, count or entry id
cli-lookup-about = Show one entry, found by any of its forms
cli-arg-term = A form of the entry in any script or letter case, or its id
cli-check-about = Validate glossaries and locales (exit code 1 when there are problems)
cli-arg-check-paths = Glossary files or folders; nothing checks the built-in glossaries
cli-list-about = List the glossaries and locales in use, with entry and definition counts
cli-completions-about = Print a completion script for a shell
cli-arg-shell = The shell: bash, elvish, fish, powershell or zsh
cli-man-about = Print the manual page (roff)
cli-help-about = Print help for the program or one command
cli-arg-help-command = The command to explain

## Command line: running

cli-in-place-json = --in-place cannot write json (it would replace the text); use --output-dir, or --format text or jsonl
cli-failed-inputs = { $failed } of { $total ->
    [one] { $total } input
   *[other] { $total } inputs
} failed: { $names }
cli-no-inputs = no files to read (the folders hold none that match)
cli-progress-annotate = annotating
cli-progress-scan = scanning
cli-verbose-loaded = loaded { $glossaries ->
    [one] { $glossaries } glossary
   *[other] { $glossaries } glossaries
} with { $entries ->
    [one] { $entries } entry
   *[other] { $entries } entries
}, definitions in { $languages ->
    [one] { $languages } language
   *[other] { $languages } languages
}
cli-verbose-written = { $input }: { $matches ->
    [one] { $matches } term annotated
   *[other] { $matches } terms annotated
}

## strip, --romanization, plural checks (issue 20)

cli-strip-about = Remove glossator's annotations from HTML and Markdown, giving back the original input byte for byte
cli-arg-strip-format = Input format; auto reads .html, .htm, .xhtml as HTML and .md, .markdown, .mdown, .mkd as Markdown; text passes through unchanged
cli-arg-romanization = The romanization or transliteration shown beside each term (default: by --lang: Polivanov for Russian, none for Japanese, Hepburn otherwise)
cli-verbose-stripped = { $input }: annotations removed
check-plural-category = the variant “[{ $category }]” is not a plural category of { $lang } (it has { $categories })
lookup-transliteration = romanization ({ $system })
cli-help-values = { $help } [{ $values }]
cli-progress-strip = stripping
cli-arg-strip-in-place = Replace each input file with its stripped version

## Command line: parse errors

clap-missing-value = “{ $arg }” needs a value
clap-invalid-value = “{ $value }” is not a valid value for “{ $arg }” (possible values: { $values })
clap-bad-value = “{ $value }” is not a valid value for “{ $arg }”
clap-unknown-argument = unexpected argument “{ $arg }”
clap-unknown-command = unknown command “{ $command }”
clap-no-equals = “{ $arg }” needs its value after “=”
clap-too-many-values = unexpected value “{ $value }” for “{ $arg }”
clap-wrong-number = wrong number of values for “{ $arg }”
clap-conflict = “{ $arg }” cannot be used with “{ $other }”
clap-missing-argument = a required argument is missing: { $arg }
clap-missing-command = a command is required
clap-invalid-utf8 = an argument is not valid UTF-8
clap-other = { $detail }
clap-did-you-mean = { $message }; did you mean “{ $suggestion }”?
clap-more-info = For more information, try “{ $command } --help”.

## Command line: accessible HTML markup (issue 18)

cli-arg-focusable-terms = Put each term with a tooltip in the tab order; without it the definitions are also listed at the end, where keyboard users reach them (HTML)
cli-arg-its = Mark terms with W3C ITS 2.0 terminology attributes (its-term, its-term-info-ref) (HTML)
cli-arg-script = Load the tooltip script (assets/glossator.js: Escape, tap to open and close) from this URL (HTML)
