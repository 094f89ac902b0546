# The program's own messages, English. Every other cli.ftl translates these ids.

## Errors

error-io = cannot read { $path }: { $reason }
io-not-found = no such file or folder
io-permission-denied = permission denied
io-is-a-directory = it is a folder, not a file
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = invalid glossary: { $detail }
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
error-automaton = cannot compile the glossaries: { $detail }

## Warnings

warning-duplicate-message = { $path }: message “{ $id }” is defined again; the later one wins
warning-format = definition “{ $id }” ({ $lang }): { $detail }
warning-no-definition = entry “{ $entry }” of glossary “{ $glossary }” has no definition in any language tried
warning-fallback = glossary “{ $glossary }” has no definitions in { $requested }; using { $used }

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
cli-arg-notes = Numbered notes at the end instead of glosses after each term (text format)

## HTML and Markdown

error-html-text-too-long = { $path }: the text starting at byte { $offset } runs past { $limit } bytes without a tag; raise the limit or split the text
error-html-selector = “{ $selector }” is not a selector glossator can use: { $detail }
error-html-rewrite = { $path }: cannot rewrite the HTML: { $detail }
error-html-write = cannot write { $path }: { $reason }
html-label-notes = Notes
html-label-terms = Terms in this article
html-label-back = Back to the text
