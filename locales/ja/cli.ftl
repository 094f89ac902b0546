# プログラム自身のメッセージ（日本語）。ID は locales/en/cli.ftl と同じです。

## エラー

error-io = { $path } を読み込めません: { $reason }
io-not-found = ファイルまたはフォルダーが存在しません
io-permission-denied = アクセスが拒否されました
io-is-a-directory = ファイルではなくフォルダーです
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = 用語集が不正です: { $detail }
ftl-detail = 定義ファイルが不正です: { $detail }
error-invalid = { $location }: { $problem }
invalid-glossary-id = 用語集 ID「{ $id }」には英小文字、数字、「-」、「_」だけを使ってください（「cli」は使えません）
invalid-glossary-language = 「{ $tag }」は言語タグではありません（「en」「ru」「ja」などを指定してください）
invalid-entry-id = 項目 ID「{ $id }」は英字で始め、英字・数字・「-」・「_」だけを使ってください
invalid-no-forms = 項目「{ $entry }」に表記がありません
invalid-form-control = 項目「{ $entry }」の表記に制御文字が含まれています:「{ $form }」
invalid-empty-form = 項目「{ $entry }」に文字を含まない表記があります:「{ $form }」
invalid-stemming = 「{ $lang }」用のステマーはありません（対応している言語: { $supported }）
error-duplicate-entry = { $location }: 項目「{ $entry }」は { $other } で定義済みです
error-duplicate-form = { $location }: 項目「{ $entry }」の表記「{ $form }」は、すでに項目「{ $other-entry }」の表記です（{ $other }）
error-no-glossaries = { $path } に用語集ファイル（.ron）がありません
error-utf8 = { $path }: バイト { $offset } が正しい UTF-8 ではありません
error-language = 「{ $tag }」は言語タグではありません（「en」「ru」「ja」などを指定してください）
error-matcher-size = 用語集をコンパイルできません: 形のトライのノードが 4,294,967,294 を超えます

## 警告

warning-duplicate-message = { $path }: メッセージ「{ $id }」が再定義されています。後の定義が使われます
warning-format = 定義「{ $id }」（{ $lang }）: { $detail }
warning-no-definition = 用語集「{ $glossary }」の項目「{ $entry }」には、試したどの言語にも定義がありません
warning-fallback = 用語集「{ $glossary }」の { $count } 項目（{ $entries }）には { $requested } の定義がありません。{ $used } を使います
warning-transliteration = 項目「{ $entry }」は { $system } で表記できません: { $detail }

## コマンドライン

cli-error = エラー: { $message }
cli-warning = 警告: { $message }
cli-about = テキスト中の専門用語を見つけ、定義・原語表記・読み・ローマ字表記で注釈を付けます。
cli-annotate-about = 各入力の用語に注釈を付ける
cli-arg-inputs = 読み込むファイル。「-」または指定なしで標準入力を読む
cli-arg-glossary = 組み込み用語集の代わりに使う用語集ファイルまたはフォルダー（複数指定可）
cli-arg-lang = 定義の言語（en、ru、ja、fr-CA などのタグ）
cli-arg-format = 出力形式
cli-arg-all = 各用語の最初の出現だけでなく、すべての出現に注釈を付ける
cli-arg-notes = 用語ごとの注釈（text）やツールチップ（HTML）の代わりに、末尾に番号付きの注を付ける。Markdown はもともと脚注
cli-arg-annotate-format = 出力形式。auto は .html、.htm、.xhtml を HTML、.md、.markdown、.mdown、.mkd を Markdown、それ以外と標準入力をテキストとして読む
cli-arg-markup = HTML のツールチップに使う要素。Markdown では abbr を指定すると脚注の代わりにインラインの <abbr title> を書く
cli-arg-terms-list = 「この記事の用語」の一覧を末尾に付ける（HTML）
cli-arg-stylesheet = ツールチップのスタイルシートをページに埋め込む（HTML）
cli-arg-skip = この CSS セレクターに一致する要素のテキストにも手を付けない（HTML。要素名は Markdown でも有効。複数指定可）
cli-arg-container = この CSS セレクターに一致する要素の中だけに注釈を付け、注はそれぞれの末尾に置く（HTML）

## HTML

error-html-text-too-long = { $path }: バイト { $offset } から始まるテキストが、タグを挟まずに { $limit } バイトを超えています。上限を引き上げるか、テキストを分割してください
error-html-selector = 「{ $selector }」は glossator で使えるセレクターではありません: { $detail }
error-html-rewrite = { $path }: HTML を書き換えられません: { $detail }
error-html-write = { $path } に書き込めません: { $reason }
html-label-notes = 注
html-label-terms = この記事の用語
html-label-back = 本文に戻る

## 一括処理: 入力、出力、JSON Lines

error-write = { $path } に書き込めません: { $reason }
error-glob = glob パターン「{ $glob }」が不正です: { $detail }
error-not-a-folder = { $path } はフォルダーではなくファイルです
error-stdin-output-dir = 標準入力には出力フォルダーに書き込むためのファイル名がありません。ファイルを指定してください
error-stdin-in-place = 標準入力はその場で書き換えられません
error-output-collision = { $input } の出力先 { $path } には、すでに { $other } が書き込まれます
error-jsonl = { $location }: { $problem }
jsonl-syntax = JSON ではありません: { $detail }
jsonl-no-text = 文字列「text」を含む JSON オブジェクトが必要です

## lookup

error-lookup-none = 表記「{ $term }」を持つ項目はありません
error-lookup-suggest = 表記「{ $term }」を持つ項目はありません。{ $suggestions } のことですか？
lookup-heading = { $entry }（用語集 { $glossary }、{ $location }）
lookup-forms = 表記
lookup-original = 原語
lookup-reading = 読み
lookup-romanization = ローマ字
lookup-case = 大文字・小文字
lookup-case-sensitive = 表記どおりの場合だけ一致
lookup-tags = タグ
lookup-definition = 定義
lookup-attr-literal = 字義
lookup-attr-note = 注記
lookup-language = 言語
lookup-fallback = { $used }（{ $requested } の定義はありません）
lookup-no-definition = 試したどの言語にもありません

## scan

scan-none = 用語は見つかりませんでした
scan-col-entry = 項目
scan-col-original = 原語
scan-col-count = 回数
scan-col-first = 初出
scan-col-files = ファイル
scan-summary = { $entries } 項目、出現 { $occurrences } 回、ファイル { $files } 個

## list

list-col-glossary = 用語集
list-col-language = 言語
list-col-entries = 項目数
list-col-definitions = 定義
list-col-source = ソース
list-definitions = { $lang } { $defined }/{ $entries }

## check

error-check-path = { $path } は用語集（.ron）、ロケールファイル（.ftl）、フォルダーのいずれでもありません
check-finding = { $location }: { $problem }
check-summary = 用語集ファイル { $glossaries } 個、ロケールファイル { $locales } 個: { $problems ->
    [0] 問題はありません
   *[other] 問題 { $problems } 件
}
check-utf8 = バイト { $offset } が正しい UTF-8 ではありません
check-detail = { $detail }
check-unknown-field = { $item } に不明なフィールド「{ $field }」があります（入力ミスでは？）
check-ftl-syntax = Fluent の構文が不正です: { $detail }
check-duplicate-entry = 項目「{ $entry }」は { $other } で定義済みです
check-duplicate-form = 項目「{ $entry }」の表記「{ $form }」は、すでに項目「{ $other-entry }」の表記です（{ $other }）
check-case-collision = 項目「{ $entry }」の表記「{ $form }」と項目「{ $other-entry }」の表記「{ $other-form }」（{ $other }）は大文字・小文字だけが異なり、しかも大文字・小文字を区別するのは片方の項目だけです
check-locale-folder = フォルダー名「{ $folder }」は言語タグではありません
check-orphan-locale = このファイルに対応する用語集「{ $glossary }」がありません
check-no-source-locale = 用語集「{ $glossary }」には、用語集自身の言語（{ $lang }）の定義がありません
check-missing-locale = 用語集「{ $glossary }」には { $lang } の定義がありません
check-duplicate-message = メッセージ「{ $id }」は { $other } で定義済みです
check-orphan-message = メッセージ「{ $id }」は用語集「{ $glossary }」のどの項目にも対応していません
check-reading = 項目「{ $entry }」の読み「{ $reading }」が仮名ではありません: { $detail }
check-romanization = 項目「{ $entry }」のローマ字「{ $romanization }」が読み「{ $reading }」と一致しません（ヘボン式: { $derived }）
check-no-source-definition = 項目「{ $entry }」には、用語集自身の言語（{ $lang }）の定義がありません
check-missing-definition = 項目「{ $entry }」の定義がありません（{ $location }）

## コマンドライン: ヘルプ

cli-heading-usage = 使い方:
cli-heading-commands = コマンド
cli-heading-arguments = 引数
cli-heading-options = オプション
cli-heading-global = 共通オプション
cli-help-choices = { $help } [{ $values }、既定値: { $default }]
cli-help-default = { $help } [既定値: { $default }]
cli-arg-help = ヘルプを表示する
cli-arg-version = バージョンを表示する
cli-arg-ui-lang = このプログラム自身のメッセージの言語（既定では LC_ALL、LC_MESSAGES、LANG から決める）
cli-arg-quiet = 警告・進捗・集計を表示せず、エラーだけを表示する
cli-arg-verbose = 処理の内容を詳しく表示する
cli-arg-color = メッセージに色を付ける条件（auto は NO_COLOR に従う）
cli-arg-threads = 使用するスレッド数（既定ではコアごとに 1 つ）
cli-arg-paths = 読み込むファイルまたはフォルダー（フォルダーは中を検索する）。「-」または指定なしで標準入力を読む
cli-arg-output-dir = 結果をこのフォルダーに、入力と同じ構成で書き出す
cli-arg-in-place = 各入力ファイルを注釈付きの版で置き換える
cli-arg-backup = --in-place と併用し、元のファイルを「ファイル名＋SUFFIX」として残す
cli-arg-glob = フォルダー内のファイルのうち、パスまたは名前が一致するものだけを読む。「!GLOB」で一致するものを除外する（複数指定可）
cli-arg-hidden = 隠しファイルと隠しフォルダーも読む
cli-arg-lossy = UTF-8 でないバイトがあっても失敗せず、置換文字に置き換える
cli-scan-about = 入力に現れる用語について、回数・ファイル・初出位置を報告する
cli-arg-scan-lang = csv・json 形式の報告に含める定義の言語
cli-arg-scan-format = 報告の形式
cli-arg-missing-lang = この言語の定義がない項目だけを表示する
cli-arg-sort = 項目の並び順: 初出順、回数順、ID 順
cli-lookup-about = いずれかの表記から項目を探して表示する
cli-arg-term = 項目の表記（文字の種類や大文字・小文字は問わない）または ID
cli-check-about = 用語集とロケールを検証する（問題があれば終了コード 1）
cli-arg-check-paths = 用語集ファイルまたはフォルダー。指定しなければ組み込み用語集を検証する
cli-list-about = 使用中の用語集とロケールを、項目数・定義数とともに一覧表示する
cli-completions-about = シェル用の補完スクリプトを出力する
cli-arg-shell = シェル: bash、elvish、fish、powershell、zsh
cli-man-about = マニュアルページ（roff）を出力する
cli-help-about = プログラム全体または 1 つのコマンドのヘルプを表示する
cli-arg-help-command = ヘルプを表示するコマンド

## コマンドライン: 実行

cli-in-place-json = --in-place では json を書き込めません（本文が置き換わってしまいます）。--output-dir を使うか、--format に text または jsonl を指定してください
cli-failed-inputs = 入力 { $total } 件中 { $failed } 件を処理できませんでした: { $names }
cli-no-inputs = 読み込むファイルがありません（フォルダー内に該当するファイルがありません）
cli-progress-annotate = 注釈付け中
cli-progress-scan = 用語を検索中
cli-verbose-loaded = 用語集 { $glossaries } 個（{ $entries } 項目、定義の言語 { $languages } 個）を読み込みました
cli-verbose-written = { $input }: { $matches } 件の用語に注釈を付けました

## strip、--romanization、複数形の検査（課題 20）

cli-strip-about = HTML と Markdown から glossator の注釈を取り除き、元の入力をバイト単位でそのまま返す
cli-arg-strip-format = 入力形式。auto は .html、.htm、.xhtml を HTML、.md、.markdown、.mdown、.mkd を Markdown として読む。テキストはそのまま出力される
cli-arg-romanization = 各用語の横に示すローマ字表記または翻字の方式（既定値は --lang による: ロシア語はポリワーノフ式、日本語はなし、その他はヘボン式）
cli-verbose-stripped = { $input }: 注釈を取り除きました
check-plural-category = バリアント「[{ $category }]」は { $lang } の複数形カテゴリーではありません（あるのは { $categories }）
lookup-transliteration = ローマ字表記（{ $system }）
cli-help-values = { $help } [{ $values }]
cli-progress-strip = 注釈の除去
cli-arg-strip-in-place = 各入力ファイルを注釈を取り除いた版で置き換える

## コマンドライン: 引数の解析エラー

clap-missing-value = 「{ $arg }」には値が必要です
clap-invalid-value = 「{ $value }」は「{ $arg }」の値として使えません（使える値: { $values }）
clap-bad-value = 「{ $value }」は「{ $arg }」の値として使えません
clap-unknown-argument = 予期しない引数「{ $arg }」があります
clap-unknown-command = 不明なコマンド「{ $command }」です
clap-no-equals = 「{ $arg }」の値は「=」の後に指定してください
clap-too-many-values = 「{ $arg }」に余分な値「{ $value }」があります
clap-wrong-number = 「{ $arg }」の値の数が正しくありません
clap-conflict = 「{ $arg }」は「{ $other }」と同時に使えません
clap-missing-argument = 必須の引数がありません: { $arg }
clap-missing-command = コマンドを指定してください
clap-invalid-utf8 = 引数が正しい UTF-8 ではありません
clap-other = { $detail }
clap-did-you-mean = { $message }。「{ $suggestion }」のことですか？
clap-more-info = 詳しくは「{ $command } --help」を実行してください。

## Command line: accessible HTML markup (issue 18)

cli-arg-focusable-terms = ツールチップ付きの用語をそれぞれ Tab 移動の対象にする。指定しない場合、定義は末尾にも一覧され、キーボード利用者はそこで読める（HTML）
cli-arg-its = 用語に W3C ITS 2.0 の用語属性（its-term、its-term-info-ref）を付ける（HTML）
cli-arg-script = ツールチップのスクリプト（assets/glossator.js：Escape、タップで開閉）をこの URL から読み込む（HTML）
