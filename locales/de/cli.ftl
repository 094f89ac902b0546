# Die eigenen Meldungen des Programms, auf Deutsch. Die IDs sind dieselben wie in locales/en/cli.ftl.

## Fehler

error-io = { $path } kann nicht gelesen werden: { $reason }
io-not-found = Datei oder Ordner existiert nicht
io-permission-denied = Zugriff verweigert
io-is-a-directory = das ist ein Ordner, keine Datei
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = ungültiges Glossar: { $detail }
ftl-detail = ungültige Definitionen: { $detail }
error-invalid = { $location }: { $problem }
invalid-glossary-id = die Glossar-ID „{ $id }“ darf nur Kleinbuchstaben, Ziffern, „-“ und „_“ enthalten (und nicht „cli“ lauten)
invalid-glossary-language = „{ $tag }“ ist kein Sprach-Tag (versuchen Sie „en“, „ru“, „ja“)
invalid-entry-id = die Eintrags-ID „{ $id }“ muss mit einem Buchstaben beginnen und darf nur Buchstaben, Ziffern, „-“ und „_“ enthalten
invalid-no-forms = der Eintrag „{ $entry }“ hat keine Formen
invalid-form-control = eine Form des Eintrags „{ $entry }“ enthält ein Steuerzeichen: „{ $form }“
invalid-empty-form = der Eintrag „{ $entry }“ hat eine Form ohne Buchstaben: „{ $form }“
invalid-stemming = für „{ $lang }“ gibt es keinen Stemmer (unterstützt: { $supported })
error-duplicate-entry = { $location }: der Eintrag „{ $entry }“ ist bereits in { $other } definiert
error-duplicate-form = { $location }: die Form „{ $form }“ des Eintrags „{ $entry }“ ist bereits eine Form des Eintrags „{ $other-entry }“ ({ $other })
error-no-glossaries = { $path } enthält keine Glossardateien (.ron)
error-utf8 = { $path }: kein gültiges UTF-8 bei Byte { $offset }
error-language = „{ $tag }“ ist kein Sprach-Tag (versuchen Sie „en“, „ru“, „ja“)
error-matcher-size = die Glossare können nicht kompiliert werden: ihre Formen brauchen mehr als 4.294.967.294 Knoten im Präfixbaum

## Warnungen

warning-duplicate-message = { $path }: die Meldung „{ $id }“ ist erneut definiert; die spätere gilt
warning-format = Definition „{ $id }“ ({ $lang }): { $detail }
warning-no-definition = der Eintrag „{ $entry }“ des Glossars „{ $glossary }“ hat in keiner der versuchten Sprachen eine Definition
warning-fallback = { $count ->
    [one] der Eintrag „{ $entries }“ des Glossars „{ $glossary }“ hat keine Definition in { $requested }; verwendet wird { $used }
   *[other] { $count } Einträge des Glossars „{ $glossary }“ haben keine Definition in { $requested } ({ $entries }); verwendet wird { $used }
}
warning-transliteration = der Eintrag „{ $entry }“ lässt sich nicht in { $system } schreiben: { $detail }

## Befehlszeile

cli-error = Fehler: { $message }
cli-warning = Warnung: { $message }
cli-about = Findet Fachbegriffe in Texten und versieht sie mit Definition, Originalschrift, Lesung und Umschrift.
cli-annotate-about = Die Begriffe in jeder Eingabe annotieren
cli-arg-inputs = Zu lesende Dateien; „-“ oder keine Angabe liest die Standardeingabe
cli-arg-glossary = Eine Glossardatei oder ein Glossarordner anstelle der eingebauten Glossare (wiederholbar)
cli-arg-lang = Die Sprache der Definitionen (ein Tag wie en, ru, ja, fr-CA)
cli-arg-format = Ausgabeformat
cli-arg-all = Jedes Vorkommen annotieren, nicht nur das erste jedes Begriffs
cli-arg-notes = Nummerierte Anmerkungen am Ende statt Erläuterungen nach jedem Begriff (Text) oder Tooltips (HTML); Markdown erhält ohnehin Fußnoten
cli-arg-annotate-format = Ausgabeformat; auto liest .html, .htm, .xhtml als HTML, .md, .markdown, .mdown, .mkd als Markdown, alles andere und die Standardeingabe als Text
cli-arg-markup = Das Element eines Tooltips in HTML; in Markdown schreibt abbr ein eingebettetes <abbr title> statt Fußnoten
cli-arg-terms-list = Eine Liste „Begriffe in diesem Artikel“ anhängen (HTML)
cli-arg-stylesheet = Das Stylesheet der Tooltips in die Seite einbetten (HTML)
cli-arg-skip = Auch den Text von Elementen unverändert lassen, die auf diesen CSS-Selektor passen (HTML; Elementnamen auch in Markdown; wiederholbar)
cli-arg-container = Nur innerhalb von Elementen annotieren, die auf diesen CSS-Selektor passen, und die Anmerkungen ans Ende jedes solchen Elements setzen (HTML)

## HTML und Markdown

error-html-text-too-long = { $path }: der Text ab Byte { $offset } ist länger als { $limit ->
    [one] { $limit } Byte
   *[other] { $limit } Bytes
} ohne ein Tag; erhöhen Sie die Grenze oder teilen Sie den Text
error-html-selector = „{ $selector }“ ist kein Selektor, den glossator verwenden kann: { $detail }
error-html-rewrite = { $path }: das HTML kann nicht umgeschrieben werden: { $detail }
error-html-write = { $path } kann nicht geschrieben werden: { $reason }
html-label-notes = Anmerkungen
html-label-terms = Begriffe in diesem Artikel
html-label-back = Zurück zum Text

## Stapelverarbeitung: Eingaben, Ausgaben, JSON Lines

error-write = { $path } kann nicht geschrieben werden: { $reason }
error-glob = ungültiges Muster „{ $glob }“: { $detail }
error-not-a-folder = { $path } ist eine Datei, kein Ordner
error-stdin-output-dir = die Standardeingabe hat keinen Dateinamen, unter dem sie in den Ausgabeordner geschrieben werden könnte; geben Sie stattdessen Dateien an
error-stdin-in-place = die Standardeingabe kann nicht an Ort und Stelle geändert werden
error-output-collision = { $input } würde nach { $path } geschrieben, wohin bereits { $other } geschrieben wird
error-jsonl = { $location }: { $problem }
jsonl-syntax = kein JSON: { $detail }
jsonl-no-text = erwartet wurde ein JSON-Objekt mit einer Zeichenkette „text“

## lookup

error-lookup-none = kein Eintrag hat die Form „{ $term }“
error-lookup-suggest = kein Eintrag hat die Form „{ $term }“; meinten Sie { $suggestions }?
lookup-heading = { $entry } (Glossar { $glossary }, { $location })
lookup-forms = Formen
lookup-original = Original
lookup-reading = Lesung
lookup-romanization = Umschrift
lookup-case = Groß-/Kleinschreibung
lookup-case-sensitive = muss wie geschrieben übereinstimmen
lookup-tags = Schlagwörter
lookup-definition = Definition
lookup-attr-literal = wörtlich
lookup-attr-note = Anmerkung
lookup-language = Sprache
lookup-fallback = { $used } (in { $requested } gibt es keine)
lookup-no-definition = in keiner der versuchten Sprachen

## scan

scan-none = keine Begriffe gefunden
scan-col-entry = EINTRAG
scan-col-original = ORIGINAL
scan-col-count = ANZAHL
scan-col-first = ERSTMALS
scan-col-files = DATEIEN
scan-summary = { $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträge
}, { $occurrences } Vorkommen in { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}

## list

list-col-glossary = GLOSSAR
list-col-language = SPRACHE
list-col-entries = EINTRÄGE
list-col-definitions = DEFINITIONEN
list-col-source = QUELLE
list-definitions = { $lang } { $defined }/{ $entries }

## check

error-check-path = { $path } ist weder ein Glossar (.ron) noch eine Locale-Datei (.ftl) noch ein Ordner
check-finding = { $location }: { $problem }
check-summary = { $glossaries ->
    [one] { $glossaries } Glossardatei
   *[other] { $glossaries } Glossardateien
}, { $locales ->
    [one] { $locales } Locale-Datei
   *[other] { $locales } Locale-Dateien
}: { $problems ->
    [0] keine Probleme
    [one] { $problems } Problem
   *[other] { $problems } Probleme
}
check-utf8 = kein gültiges UTF-8 bei Byte { $offset }
check-detail = { $detail }
check-unknown-field = unbekanntes Feld „{ $field }“ in { $item } (ein Tippfehler?)
check-ftl-syntax = ungültiges Fluent: { $detail }
check-duplicate-entry = der Eintrag „{ $entry }“ ist bereits in { $other } definiert
check-duplicate-form = die Form „{ $form }“ des Eintrags „{ $entry }“ ist bereits eine Form des Eintrags „{ $other-entry }“ ({ $other })
check-case-collision = die Form „{ $form }“ des Eintrags „{ $entry }“ unterscheidet sich von der Form „{ $other-form }“ des Eintrags „{ $other-entry }“ ({ $other }) nur in der Groß-/Kleinschreibung, und nur einer der beiden Einträge beachtet sie
check-locale-folder = der Ordnername „{ $folder }“ ist kein Sprach-Tag
check-orphan-locale = zu dieser Datei gibt es kein Glossar „{ $glossary }“
check-no-source-locale = das Glossar „{ $glossary }“ hat keine Definitionen in seiner eigenen Sprache, { $lang }
check-missing-locale = das Glossar „{ $glossary }“ hat keine Definitionen in { $lang }
check-duplicate-message = die Meldung „{ $id }“ ist bereits in { $other } definiert
check-orphan-message = die Meldung „{ $id }“ ist kein Eintrag des Glossars „{ $glossary }“
check-reading = die Lesung „{ $reading }“ des Eintrags „{ $entry }“ ist kein Kana: { $detail }
check-romanization = die Umschrift „{ $romanization }“ des Eintrags „{ $entry }“ passt nicht zu seiner Lesung „{ $reading }“ (Hepburn: { $derived })
check-no-source-definition = der Eintrag „{ $entry }“ hat keine Definition in { $lang }, der eigenen Sprache des Glossars
check-missing-definition = keine Definition des Eintrags „{ $entry }“ ({ $location })

## Befehlszeile: Hilfe

cli-heading-usage = Aufruf:
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-heading-global = Globale Optionen
cli-help-choices = { $help } [{ $values }; Standard: { $default }]
cli-help-default = { $help } [Standard: { $default }]
cli-arg-help = Hilfe anzeigen
cli-arg-version = Die Version anzeigen
cli-arg-ui-lang = Die Sprache der Meldungen des Programms (Standard: aus LC_ALL, LC_MESSAGES oder LANG)
cli-arg-quiet = Keine Warnungen, keinen Fortschritt und keine Zusammenfassungen ausgeben, nur Fehler
cli-arg-verbose = Ausführlich mitteilen, was getan wird
cli-arg-color = Wann Meldungen farbig sind (auto beachtet NO_COLOR)
cli-arg-threads = Wie viele Threads verwendet werden (Standard: einer je Kern)
cli-arg-paths = Zu lesende Dateien oder Ordner (Ordner werden durchsucht); „-“ oder keine Angabe liest die Standardeingabe
cli-arg-output-dir = Jedes Ergebnis in diesen Ordner schreiben, mit der Ordnerstruktur der Eingaben
cli-arg-in-place = Jede Eingabedatei durch ihre annotierte Fassung ersetzen
cli-arg-backup = Mit --in-place jedes Original als DATEI mit angehängtem SUFFIX behalten
cli-arg-glob = Aus Ordnern nur Dateien nehmen, deren Pfad oder Name passt; „!MUSTER“ schließt Treffer aus (wiederholbar)
cli-arg-hidden = Auch versteckte Dateien und Ordner lesen
cli-arg-lossy = Bytes, die kein UTF-8 sind, ersetzen statt mit einem Fehler abzubrechen
cli-scan-about = Zeigen, welche Begriffe die Eingaben verwenden, wie oft, in welchen Dateien und wo zuerst
cli-arg-scan-lang = Die Sprache der Definitionen in csv- und json-Berichten
cli-arg-scan-format = Berichtsformat
cli-arg-missing-lang = Nur die Einträge auflisten, die in dieser Sprache keine Definition haben
cli-arg-sort = Reihenfolge der Einträge: erstes Auftreten, Anzahl oder Eintrags-ID
cli-lookup-about = Einen Eintrag zeigen, gefunden über eine beliebige seiner Formen
cli-arg-term = Eine Form des Eintrags in beliebiger Schrift und Schreibung, oder seine ID
cli-check-about = Glossare und Locales prüfen (Exit-Code 1, wenn es Probleme gibt)
cli-arg-check-paths = Glossardateien oder -ordner; ohne Angabe werden die eingebauten Glossare geprüft
cli-list-about = Die verwendeten Glossare und Locales auflisten, mit der Zahl der Einträge und Definitionen
cli-completions-about = Ein Vervollständigungsskript für eine Shell ausgeben
cli-arg-shell = Die Shell: bash, elvish, fish, powershell oder zsh
cli-man-about = Die Handbuchseite ausgeben (roff)
cli-help-about = Hilfe zum Programm oder zu einem Befehl anzeigen
cli-arg-help-command = Der zu erklärende Befehl

## Befehlszeile: Ausführung

cli-in-place-json = --in-place kann kein json schreiben (es würde den Text ersetzen); verwenden Sie --output-dir oder --format text bzw. jsonl
cli-failed-inputs = { $failed } von { $total ->
    [one] { $total } Eingabe
   *[other] { $total } Eingaben
} fehlgeschlagen: { $names }
cli-no-inputs = keine Dateien zu lesen (die Ordner enthalten keine passenden)
cli-progress-annotate = Annotieren
cli-progress-scan = Durchsuchen
cli-verbose-loaded = { $glossaries ->
    [one] { $glossaries } Glossar
   *[other] { $glossaries } Glossare
} mit { $entries ->
    [one] { $entries } Eintrag
   *[other] { $entries } Einträgen
} geladen, Definitionen in { $languages ->
    [one] { $languages } Sprache
   *[other] { $languages } Sprachen
}
cli-verbose-written = { $input }: { $matches ->
    [one] { $matches } Begriff annotiert
   *[other] { $matches } Begriffe annotiert
}

## strip, --romanization, Prüfung der Pluralformen (Issue 20)

cli-strip-about = Die Annotationen von glossator aus HTML und Markdown entfernen und die ursprüngliche Eingabe Byte für Byte zurückgeben
cli-arg-strip-format = Eingabeformat; auto liest .html, .htm, .xhtml als HTML und .md, .markdown, .mdown, .mkd als Markdown; Text bleibt unverändert
cli-arg-romanization = Die Umschrift oder Transliteration neben jedem Begriff (Standard: nach --lang: Poliwanow für Russisch, keine für Japanisch, sonst Hepburn)
cli-verbose-stripped = { $input }: Annotationen entfernt
check-plural-category = die Variante „[{ $category }]“ ist keine Pluralkategorie von { $lang } (es gibt { $categories })
lookup-transliteration = Umschrift ({ $system })
cli-help-values = { $help } [{ $values }]
cli-progress-strip = Entfernen
cli-arg-strip-in-place = Jede Eingabedatei durch ihre Fassung ohne Annotationen ersetzen

## Befehlszeile: Fehler beim Einlesen der Argumente

clap-missing-value = „{ $arg }“ braucht einen Wert
clap-invalid-value = „{ $value }“ ist kein gültiger Wert für „{ $arg }“ (mögliche Werte: { $values })
clap-bad-value = „{ $value }“ ist kein gültiger Wert für „{ $arg }“
clap-unknown-argument = unerwartetes Argument „{ $arg }“
clap-unknown-command = unbekannter Befehl „{ $command }“
clap-no-equals = „{ $arg }“ braucht seinen Wert nach „=“
clap-too-many-values = unerwarteter Wert „{ $value }“ für „{ $arg }“
clap-wrong-number = falsche Anzahl von Werten für „{ $arg }“
clap-conflict = „{ $arg }“ kann nicht zusammen mit „{ $other }“ verwendet werden
clap-missing-argument = ein erforderliches Argument fehlt: { $arg }
clap-missing-command = ein Befehl ist erforderlich
clap-invalid-utf8 = ein Argument ist kein gültiges UTF-8
clap-other = { $detail }
clap-did-you-mean = { $message }; meinten Sie „{ $suggestion }“?
clap-more-info = Weitere Informationen mit „{ $command } --help“.

## Command line: accessible HTML markup (issue 18)

cli-arg-focusable-terms = Jeden Begriff mit Tooltip in die Tabulatorreihenfolge aufnehmen; ohne diese Option werden die Definitionen zusätzlich am Ende aufgelistet, wo Tastaturnutzer sie erreichen (HTML)
cli-arg-its = Begriffe mit den Terminologie-Attributen von W3C ITS 2.0 auszeichnen (its-term, its-term-info-ref) (HTML)
cli-arg-script = Das Tooltip-Skript (assets/glossator.js: Escape, Antippen zum Öffnen und Schließen) von dieser URL laden (HTML)
