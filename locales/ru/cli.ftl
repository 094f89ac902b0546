# Сообщения самой программы, по-русски. Идентификаторы те же, что в locales/en/cli.ftl.

## Ошибки

error-io = не удаётся прочитать { $path }: { $reason }
io-not-found = нет такого файла или папки
io-permission-denied = доступ запрещён
io-is-a-directory = это папка, а не файл
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = неверный глоссарий: { $detail }
ftl-detail = неверный файл определений: { $detail }
error-invalid = { $location }: { $problem }
invalid-glossary-id = идентификатор глоссария «{ $id }» может состоять только из строчных латинских букв, цифр, «-» и «_» (и не может быть «cli»)
invalid-glossary-language = «{ $tag }» — не языковой тег (попробуйте «en», «ru», «ja»)
invalid-entry-id = идентификатор статьи «{ $id }» должен начинаться с буквы и состоять только из букв, цифр, «-» и «_»
invalid-no-forms = у статьи «{ $entry }» нет ни одной формы
invalid-form-control = форма статьи «{ $entry }» содержит управляющий символ: «{ $form }»
invalid-empty-form = у статьи «{ $entry }» есть форма без букв: «{ $form }»
invalid-stemming = для языка «{ $lang }» нет стеммера (поддерживаются: { $supported })
error-duplicate-entry = { $location }: статья «{ $entry }» уже определена в { $other }
error-duplicate-form = { $location }: форма «{ $form }» статьи «{ $entry }» уже принадлежит статье «{ $other-entry }» ({ $other })
error-no-glossaries = в { $path } нет файлов глоссариев (.ron)
error-utf8 = { $path }: недопустимая последовательность UTF-8 в байте { $offset }
error-language = «{ $tag }» — не языковой тег (попробуйте «en», «ru», «ja»)
error-matcher-size = не удаётся скомпилировать глоссарии: их формам нужно больше 4 294 967 294 узлов префиксного дерева

## Предупреждения

warning-duplicate-message = { $path }: сообщение «{ $id }» определено повторно; действует последнее определение
warning-format = определение «{ $id }» ({ $lang }): { $detail }
warning-no-definition = у статьи «{ $entry }» глоссария «{ $glossary }» нет определения ни на одном из опробованных языков
warning-fallback = { $count ->
    [one] у { $count } статьи глоссария «{ $glossary }» ({ $entries }) нет определения на языке { $requested }; используется { $used }
   *[other] у { $count } статей глоссария «{ $glossary }» ({ $entries }) нет определений на языке { $requested }; используется { $used }
}
warning-transliteration = статью «{ $entry }» нельзя записать в системе { $system }: { $detail }

## Командная строка

cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-about = Находит специальные термины в тексте и снабжает их определениями, написанием в оригинале, чтением и латинской транскрипцией.
cli-annotate-about = Аннотировать термины в каждом входном файле
cli-arg-inputs = Файлы для чтения; «-» или отсутствие файлов — стандартный ввод
cli-arg-glossary = Файл или папка глоссария вместо встроенных глоссариев (можно указать несколько раз)
cli-arg-lang = Язык определений (тег вида en, ru, ja, fr-CA)
cli-arg-format = Формат вывода
cli-arg-all = Аннотировать каждое вхождение, а не только первое для каждого термина
cli-arg-notes = Нумерованные примечания в конце вместо пояснений после каждого термина (text) или всплывающих подсказок (HTML); в Markdown сноски и так
cli-arg-annotate-format = Формат вывода; auto читает .html, .htm, .xhtml как HTML, .md, .markdown, .mdown, .mkd как Markdown, всё остальное и стандартный ввод как текст
cli-arg-markup = Элемент всплывающей подсказки в HTML; в Markdown abbr пишет встроенный <abbr title> вместо сносок
cli-arg-terms-list = Добавить список «термины в этой статье» (HTML)
cli-arg-stylesheet = Встроить в страницу таблицу стилей подсказок (HTML)
cli-arg-skip = Не трогать также текст элементов, подходящих под этот CSS-селектор (HTML; имена элементов действуют и в Markdown; можно повторять)
cli-arg-container = Аннотировать только внутри элементов, подходящих под этот CSS-селектор, и помещать примечания в конец каждого (HTML)

## HTML

error-html-text-too-long = { $path }: текст, начинающийся с байта { $offset }, длиннее { $limit ->
    [one] { $limit } байта
   *[other] { $limit } байт
} и не прерывается ни одним тегом; увеличьте предел или разбейте текст
error-html-selector = «{ $selector }» — не селектор, который может использовать glossator: { $detail }
error-html-rewrite = { $path }: не удаётся переписать HTML: { $detail }
error-html-write = не удаётся записать { $path }: { $reason }
html-label-notes = Примечания
html-label-terms = Термины в этой статье
html-label-back = Вернуться к тексту

## Пакетная обработка: входные и выходные файлы, JSON Lines

error-write = не удаётся записать { $path }: { $reason }
error-glob = неверный шаблон «{ $glob }»: { $detail }
error-not-a-folder = { $path } — файл, а не папка
error-stdin-output-dir = у стандартного ввода нет имени файла для записи в выходную папку; укажите файлы
error-stdin-in-place = стандартный ввод нельзя изменить на месте
error-output-collision = { $input } был бы записан в { $path }, куда уже записывается { $other }
error-jsonl = { $location }: { $problem }
jsonl-syntax = не JSON: { $detail }
jsonl-no-text = ожидался объект JSON со строкой «text»

## lookup

error-lookup-none = ни у одной статьи нет формы «{ $term }»
error-lookup-suggest = ни у одной статьи нет формы «{ $term }»; возможно, вы имели в виду { $suggestions }?
lookup-heading = { $entry } (глоссарий { $glossary }, { $location })
lookup-forms = формы
lookup-original = оригинал
lookup-reading = чтение
lookup-romanization = латиница
lookup-case = регистр
lookup-case-sensitive = совпадает только при точном написании
lookup-tags = метки
lookup-definition = определение
lookup-attr-literal = дословно
lookup-attr-note = примечание
lookup-language = язык
lookup-fallback = { $used } (на языке { $requested } определения нет)
lookup-no-definition = нет ни на одном из опробованных языков

## scan

scan-none = термины не найдены
scan-col-entry = СТАТЬЯ
scan-col-original = ОРИГИНАЛ
scan-col-count = ЧИСЛО
scan-col-first = ПЕРВОЕ
scan-col-files = ФАЙЛЫ
scan-summary = { $entries ->
    [one] { $entries } статья
    [few] { $entries } статьи
    [many] { $entries } статей
   *[other] { $entries } статьи
}, { $occurrences ->
    [one] { $occurrences } вхождение
    [few] { $occurrences } вхождения
    [many] { $occurrences } вхождений
   *[other] { $occurrences } вхождения
}, { $files ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}

## list

list-col-glossary = ГЛОССАРИЙ
list-col-language = ЯЗЫК
list-col-entries = СТАТЕЙ
list-col-definitions = ОПРЕДЕЛЕНИЯ
list-col-source = ИСТОЧНИК
list-definitions = { $lang } { $defined }/{ $entries }

## check

error-check-path = { $path } — не глоссарий (.ron), не файл локали (.ftl) и не папка
check-finding = { $location }: { $problem }
check-summary = { $glossaries ->
    [one] { $glossaries } файл глоссария
    [few] { $glossaries } файла глоссариев
    [many] { $glossaries } файлов глоссариев
   *[other] { $glossaries } файла глоссариев
}, { $locales ->
    [one] { $locales } файл локали
    [few] { $locales } файла локалей
    [many] { $locales } файлов локалей
   *[other] { $locales } файла локалей
}: { $problems ->
    [0] проблем нет
    [one] { $problems } проблема
    [few] { $problems } проблемы
    [many] { $problems } проблем
   *[other] { $problems } проблемы
}
check-utf8 = недопустимая последовательность UTF-8 в байте { $offset }
check-detail = { $detail }
check-unknown-field = неизвестное поле «{ $field }» в { $item } (опечатка?)
check-ftl-syntax = ошибка Fluent: { $detail }
check-duplicate-entry = статья «{ $entry }» уже определена в { $other }
check-duplicate-form = форма «{ $form }» статьи «{ $entry }» уже принадлежит статье «{ $other-entry }» ({ $other })
check-case-collision = форма «{ $form }» статьи «{ $entry }» отличается от формы «{ $other-form }» статьи «{ $other-entry }» ({ $other }) только регистром, а регистр учитывает лишь одна из двух статей
check-locale-folder = имя папки «{ $folder }» — не языковой тег
check-orphan-locale = для этого файла нет глоссария «{ $glossary }»
check-no-source-locale = у глоссария «{ $glossary }» нет определений на его собственном языке, { $lang }
check-missing-locale = у глоссария «{ $glossary }» нет определений на языке { $lang }
check-duplicate-message = сообщение «{ $id }» уже определено в { $other }
check-orphan-message = сообщение «{ $id }» не соответствует ни одной статье глоссария «{ $glossary }»
check-reading = чтение «{ $reading }» статьи «{ $entry }» записано не каной: { $detail }
check-romanization = латиница «{ $romanization }» статьи «{ $entry }» не соответствует чтению «{ $reading }» (по Хэпбёрну: { $derived })
check-no-source-definition = у статьи «{ $entry }» нет определения на языке { $lang }, собственном языке глоссария
check-missing-definition = нет определения статьи «{ $entry }» ({ $location })

## Командная строка: справка

cli-heading-usage = Использование:
cli-heading-commands = Команды
cli-heading-arguments = Аргументы
cli-heading-options = Параметры
cli-heading-global = Общие параметры
cli-help-choices = { $help } [{ $values }; по умолчанию: { $default }]
cli-help-default = { $help } [по умолчанию: { $default }]
cli-arg-help = Показать справку
cli-arg-version = Показать версию
cli-arg-ui-lang = Язык сообщений самой программы (по умолчанию берётся из LC_ALL, LC_MESSAGES или LANG)
cli-arg-quiet = Не выводить предупреждения, ход работы и итоги — только ошибки
cli-arg-verbose = Подробно сообщать, что делается
cli-arg-color = Когда раскрашивать сообщения (auto учитывает NO_COLOR)
cli-arg-threads = Сколько потоков использовать (по умолчанию по одному на ядро)
cli-arg-paths = Файлы или папки для чтения (папки просматриваются целиком); «-» или отсутствие путей — стандартный ввод
cli-arg-output-dir = Записывать результаты в эту папку, повторяя структуру входных папок
cli-arg-in-place = Заменить каждый входной файл его аннотированной версией
cli-arg-backup = Вместе с --in-place сохранять исходный файл под прежним именем с добавленным СУФФИКСОМ
cli-arg-glob = Брать из папок только файлы, путь или имя которых подходит под шаблон; «!ШАБЛОН» исключает подходящие (можно указать несколько раз)
cli-arg-hidden = Читать также скрытые файлы и папки
cli-arg-lossy = Заменять байты, не являющиеся UTF-8, а не завершаться ошибкой
cli-scan-about = Показать, какие термины встречаются во входных файлах, сколько раз, в каких файлах и где впервые
cli-arg-scan-lang = Язык определений в отчётах csv и json
cli-arg-scan-format = Формат отчёта
cli-arg-missing-lang = Показать только статьи без определения на этом языке
cli-arg-sort = Порядок статей: по первому появлению, по числу вхождений или по идентификатору
cli-lookup-about = Показать одну статью, найденную по любой из её форм
cli-arg-term = Форма статьи в любой письменности и любом регистре или её идентификатор
cli-check-about = Проверить глоссарии и локали (код выхода 1, если найдены проблемы)
cli-arg-check-paths = Файлы или папки глоссариев; без них проверяются встроенные глоссарии
cli-list-about = Показать используемые глоссарии и локали с числом статей и определений
cli-completions-about = Вывести скрипт автодополнения для оболочки
cli-arg-shell = Оболочка: bash, elvish, fish, powershell или zsh
cli-man-about = Вывести страницу руководства (roff)
cli-help-about = Показать справку по программе или по одной команде
cli-arg-help-command = Команда, о которой нужна справка

## Командная строка: работа

cli-in-place-json = --in-place не может записывать json (он заменил бы текст); используйте --output-dir либо --format text или jsonl
cli-failed-inputs = не удалось обработать { $failed } из { $total ->
    [one] { $total } входного файла
   *[other] { $total } входных файлов
}: { $names }
cli-no-inputs = нечего читать (в папках нет подходящих файлов)
cli-progress-annotate = аннотирование
cli-progress-scan = поиск терминов
cli-verbose-loaded = загружено: { $glossaries ->
    [one] { $glossaries } глоссарий
    [few] { $glossaries } глоссария
    [many] { $glossaries } глоссариев
   *[other] { $glossaries } глоссария
}, { $entries ->
    [one] { $entries } статья
    [few] { $entries } статьи
    [many] { $entries } статей
   *[other] { $entries } статьи
}, определения на { $languages ->
    [one] { $languages } языке
   *[other] { $languages } языках
}
cli-verbose-written = { $input }: { $matches ->
    [one] аннотирован { $matches } термин
    [few] аннотировано { $matches } термина
    [many] аннотировано { $matches } терминов
   *[other] аннотировано { $matches } термина
}

## strip, --romanization, проверка форм множественного числа (задача 20)

cli-strip-about = Удалить аннотации glossator из HTML и Markdown, вернув исходный текст байт в байт
cli-arg-strip-format = Формат входных данных; auto читает .html, .htm, .xhtml как HTML и .md, .markdown, .mdown, .mkd как Markdown; текст проходит без изменений
cli-arg-romanization = Латинская транскрипция или транслитерация рядом с каждым термином (по умолчанию по --lang: Поливанов для русского, никакой для японского, Хэпбёрн для остальных)
cli-verbose-stripped = { $input }: аннотации удалены
check-plural-category = вариант «[{ $category }]» — не категория множественного числа языка { $lang } (в нём есть { $categories })
lookup-transliteration = транскрипция ({ $system })
cli-help-values = { $help } [{ $values }]
cli-progress-strip = удаление аннотаций
cli-arg-strip-in-place = Заменить каждый входной файл версией без аннотаций

## Командная строка: ошибки разбора

clap-missing-value = для «{ $arg }» нужно значение
clap-invalid-value = «{ $value }» — недопустимое значение для «{ $arg }» (возможные значения: { $values })
clap-bad-value = «{ $value }» — недопустимое значение для «{ $arg }»
clap-unknown-argument = неожиданный аргумент «{ $arg }»
clap-unknown-command = неизвестная команда «{ $command }»
clap-no-equals = для «{ $arg }» значение нужно указать после «=»
clap-too-many-values = лишнее значение «{ $value }» для «{ $arg }»
clap-wrong-number = неверное число значений для «{ $arg }»
clap-conflict = «{ $arg }» нельзя использовать вместе с «{ $other }»
clap-missing-argument = не указан обязательный аргумент: { $arg }
clap-missing-command = нужно указать команду
clap-invalid-utf8 = аргумент не является корректной строкой UTF-8
clap-other = { $detail }
clap-did-you-mean = { $message }; возможно, вы имели в виду «{ $suggestion }»?
clap-more-info = Подробнее: «{ $command } --help».

## Command line: accessible HTML markup (issue 18)

cli-arg-focusable-terms = Включить каждый термин с подсказкой в порядок перехода по Tab; без этого определения также перечисляются в конце, где их найдут пользователи клавиатуры (HTML)
cli-arg-its = Размечать термины атрибутами терминологии W3C ITS 2.0 (its-term, its-term-info-ref) (HTML)
cli-arg-script = Загружать скрипт подсказок (assets/glossator.js: Escape, открытие и закрытие касанием) с этого URL (HTML)
