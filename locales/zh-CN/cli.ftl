# 程序自身的消息（简体中文）。ID 与 locales/en/cli.ftl 相同。

## 错误

error-io = 无法读取 { $path }：{ $reason }
io-not-found = 文件或文件夹不存在
io-permission-denied = 权限不足
io-is-a-directory = 这是文件夹，不是文件
io-other = { $reason }
error-syntax = { $location }: { $detail }
ron-detail = 术语表无效：{ $detail }
ftl-detail = 定义文件无效：{ $detail }
error-invalid = { $location }: { $problem }
invalid-glossary-id = 术语表 ID“{ $id }”只能由小写字母、数字、“-”和“_”组成（且不能是“cli”）
invalid-glossary-language = “{ $tag }”不是语言标签（可以试试“en”“ru”“ja”）
invalid-entry-id = 词条 ID“{ $id }”必须以字母开头，且只能包含字母、数字、“-”和“_”
invalid-no-forms = 词条“{ $entry }”没有任何词形
invalid-form-control = 词条“{ $entry }”的一个词形含有控制字符：“{ $form }”
invalid-empty-form = 词条“{ $entry }”有一个不含字母的词形：“{ $form }”
invalid-stemming = 没有适用于“{ $lang }”的词干提取器（支持：{ $supported }）
error-duplicate-entry = { $location }: 词条“{ $entry }”已在 { $other } 定义
error-duplicate-form = { $location }: 词条“{ $entry }”的词形“{ $form }”已是词条“{ $other-entry }”的词形（{ $other }）
error-no-glossaries = { $path } 中没有术语表文件（.ron）
error-utf8 = { $path }：第 { $offset } 字节处不是有效的 UTF-8
error-language = “{ $tag }”不是语言标签（可以试试“en”“ru”“ja”）
error-matcher-size = 无法编译术语表：其词形需要超过 4,294,967,294 个前缀树节点

## 警告

warning-duplicate-message = { $path }：消息“{ $id }”被重复定义，以后一个为准
warning-format = 定义“{ $id }”（{ $lang }）：{ $detail }
warning-no-definition = 术语表“{ $glossary }”的词条“{ $entry }”在所尝试的任何语言中都没有定义
warning-fallback = 术语表“{ $glossary }”中有 { $count } 个词条（{ $entries }）没有 { $requested } 的定义，改用 { $used }
warning-transliteration = 词条“{ $entry }”无法用 { $system } 书写：{ $detail }

## 命令行

cli-error = 错误：{ $message }
cli-warning = 警告：{ $message }
cli-about = 在文本中查找专业术语，并为其加注定义、原文写法、读音和罗马字转写。
cli-annotate-about = 为每个输入中的术语加注
cli-arg-inputs = 要读取的文件；“-”或不指定则读取标准输入
cli-arg-glossary = 用于替代内置术语表的术语表文件或文件夹（可重复）
cli-arg-lang = 定义所用的语言（如 en、ru、ja、fr-CA 之类的标签）
cli-arg-format = 输出格式
cli-arg-all = 为每一处出现加注，而不只是每个术语的第一次出现
cli-arg-notes = 在末尾使用编号注释，而不是在每个术语后加说明（文本）或提示框（HTML）；Markdown 始终使用脚注
cli-arg-annotate-format = 输出格式；auto 将 .html、.htm、.xhtml 作为 HTML，将 .md、.markdown、.mdown、.mkd 作为 Markdown，其余文件和标准输入作为文本读取
cli-arg-markup = HTML 中提示框所用的元素；在 Markdown 中，abbr 会写入行内 <abbr title> 而不是脚注
cli-arg-terms-list = 附加“本文术语”列表（HTML）
cli-arg-stylesheet = 将提示框样式表嵌入页面（HTML）
cli-arg-skip = 同时跳过与此 CSS 选择器匹配的元素中的文本（HTML；元素名也适用于 Markdown；可重复）
cli-arg-container = 只在与此 CSS 选择器匹配的元素内加注，并把注释放在每个此类元素的末尾（HTML）

## HTML 与 Markdown

error-html-text-too-long = { $path }：从第 { $offset } 字节开始的文本超过 { $limit } 字节仍没有标签；请提高上限或拆分文本
error-html-selector = “{ $selector }”不是 glossator 可用的选择器：{ $detail }
error-html-rewrite = { $path }：无法改写 HTML：{ $detail }
error-html-write = 无法写入 { $path }：{ $reason }
html-label-notes = 注释
html-label-terms = 本文术语
html-label-back = 返回正文

## 批量处理：输入、输出、JSON Lines

error-write = 无法写入 { $path }：{ $reason }
error-glob = 无效的通配模式“{ $glob }”：{ $detail }
error-not-a-folder = { $path } 是文件，不是文件夹
error-stdin-output-dir = 标准输入没有可用于写入输出文件夹的文件名；请改为指定文件
error-stdin-in-place = 标准输入无法就地修改
error-output-collision = { $input } 将被写入 { $path }，而 { $other } 已写入该处
error-jsonl = { $location }: { $problem }
jsonl-syntax = 不是 JSON：{ $detail }
jsonl-no-text = 应为带有字符串“text”的 JSON 对象

## lookup

error-lookup-none = 没有词条具有词形“{ $term }”
error-lookup-suggest = 没有词条具有词形“{ $term }”；您是不是要找 { $suggestions }？
lookup-heading = { $entry }（术语表 { $glossary }，{ $location }）
lookup-forms = 词形
lookup-original = 原文
lookup-reading = 读音
lookup-romanization = 罗马字
lookup-case = 大小写
lookup-case-sensitive = 必须按原样匹配
lookup-tags = 标签
lookup-definition = 定义
lookup-attr-literal = 字面意思
lookup-attr-note = 注
lookup-language = 语言
lookup-fallback = { $used }（没有 { $requested } 的定义）
lookup-no-definition = 所尝试的语言中都没有

## scan

scan-none = 未找到术语
scan-col-entry = 词条
scan-col-original = 原文
scan-col-count = 次数
scan-col-first = 首次出现
scan-col-files = 文件
scan-summary = { $entries } 个词条，共出现 { $occurrences } 次，涉及 { $files } 个文件

## list

list-col-glossary = 术语表
list-col-language = 语言
list-col-entries = 词条数
list-col-definitions = 定义
list-col-source = 来源
list-definitions = { $lang } { $defined }/{ $entries }

## check

error-check-path = { $path } 既不是术语表（.ron）、语言文件（.ftl），也不是文件夹
check-finding = { $location }: { $problem }
check-summary = { $glossaries } 个术语表文件，{ $locales } 个语言文件：{ $problems ->
    [0] 没有问题
   *[other] { $problems } 个问题
}
check-utf8 = 第 { $offset } 字节处不是有效的 UTF-8
check-detail = { $detail }
check-unknown-field = { $item } 中有未知字段“{ $field }”（拼写错误？）
check-ftl-syntax = 无效的 Fluent：{ $detail }
check-duplicate-entry = 词条“{ $entry }”已在 { $other } 定义
check-duplicate-form = 词条“{ $entry }”的词形“{ $form }”已是词条“{ $other-entry }”的词形（{ $other }）
check-case-collision = 词条“{ $entry }”的词形“{ $form }”与词条“{ $other-entry }”的词形“{ $other-form }”（{ $other }）只有大小写不同，而两个词条中只有一个区分大小写
check-locale-folder = 文件夹名“{ $folder }”不是语言标签
check-orphan-locale = 此文件没有对应的术语表“{ $glossary }”
check-no-source-locale = 术语表“{ $glossary }”没有其自身语言 { $lang } 的定义
check-missing-locale = 术语表“{ $glossary }”没有 { $lang } 的定义
check-duplicate-message = 消息“{ $id }”已在 { $other } 定义
check-orphan-message = 消息“{ $id }”不是术语表“{ $glossary }”的词条
check-reading = 词条“{ $entry }”的读音“{ $reading }”不是假名：{ $detail }
check-romanization = 词条“{ $entry }”的罗马字“{ $romanization }”与其读音“{ $reading }”不符（黑本式：{ $derived }）
check-no-source-definition = 词条“{ $entry }”没有术语表自身语言 { $lang } 的定义
check-missing-definition = 没有词条“{ $entry }”的定义（{ $location }）

## 命令行：帮助

cli-heading-usage = 用法：
cli-heading-commands = 命令
cli-heading-arguments = 参数
cli-heading-options = 选项
cli-heading-global = 全局选项
cli-help-choices = { $help } [{ $values }；默认：{ $default }]
cli-help-default = { $help } [默认：{ $default }]
cli-arg-help = 显示帮助
cli-arg-version = 显示版本
cli-arg-ui-lang = 程序自身消息的语言（默认取自 LC_ALL、LC_MESSAGES 或 LANG）
cli-arg-quiet = 不显示警告、进度和摘要，只显示错误
cli-arg-verbose = 详细说明正在进行的操作
cli-arg-color = 何时为消息着色（auto 遵循 NO_COLOR）
cli-arg-threads = 使用的线程数（默认：每个核心一个）
cli-arg-paths = 要读取的文件或文件夹（会搜索文件夹）；“-”或不指定则读取标准输入
cli-arg-output-dir = 将每个结果写入此文件夹，保持输入的目录结构
cli-arg-in-place = 用加注后的版本替换每个输入文件
cli-arg-backup = 与 --in-place 一起使用时，将每个原文件另存为“文件名+后缀”
cli-arg-glob = 只保留文件夹中路径或名称匹配的文件；“!模式”排除匹配项（可重复）
cli-arg-hidden = 同时读取隐藏的文件和文件夹
cli-arg-lossy = 替换不是 UTF-8 的字节，而不是报错退出
cli-scan-about = 报告输入中用到了哪些术语、出现多少次、在哪些文件中以及首次出现的位置
cli-arg-scan-lang = csv 和 json 报告中定义所用的语言
cli-arg-scan-format = 报告格式
cli-arg-missing-lang = 只列出在此语言中没有定义的词条
cli-arg-sort = 词条顺序：首次出现、次数或词条 ID
cli-lookup-about = 通过任一词形查找并显示一个词条
cli-arg-term = 词条的任一词形（任何文字、任何大小写）或其 ID
cli-check-about = 校验术语表和语言文件（有问题时退出码为 1）
cli-arg-check-paths = 术语表文件或文件夹；不指定则校验内置术语表
cli-list-about = 列出正在使用的术语表和语言文件，以及词条数和定义数
cli-completions-about = 输出某个 shell 的补全脚本
cli-arg-shell = shell：bash、elvish、fish、powershell 或 zsh
cli-man-about = 输出手册页（roff）
cli-help-about = 显示程序或某个命令的帮助
cli-arg-help-command = 要说明的命令

## 命令行：运行

cli-in-place-json = --in-place 不能写入 json（那会替换掉文本）；请使用 --output-dir，或 --format text 或 jsonl
cli-failed-inputs = { $total } 个输入中有 { $failed } 个失败：{ $names }
cli-no-inputs = 没有可读取的文件（文件夹中没有匹配的文件）
cli-progress-annotate = 正在加注
cli-progress-scan = 正在扫描
cli-verbose-loaded = 已加载 { $glossaries } 个术语表，共 { $entries } 个词条，定义涵盖 { $languages } 种语言
cli-verbose-written = { $input }：已为 { $matches } 个术语加注

## strip、--romanization、复数类别检查（议题 20）

cli-strip-about = 从 HTML 和 Markdown 中移除 glossator 的注释，逐字节还原原始输入
cli-arg-strip-format = 输入格式；auto 将 .html、.htm、.xhtml 作为 HTML，将 .md、.markdown、.mdown、.mkd 作为 Markdown；文本原样输出
cli-arg-romanization = 每个术语旁显示的罗马字转写或转写方式（默认按 --lang：俄语用波利瓦诺夫式，日语不显示，其他用黑本式）
cli-verbose-stripped = { $input }：已移除注释
check-plural-category = 变体“[{ $category }]”不是 { $lang } 的复数类别（它有 { $categories }）
lookup-transliteration = 罗马字（{ $system }）
cli-help-values = { $help } [{ $values }]
cli-progress-strip = 正在移除注释
cli-arg-strip-in-place = 用移除注释后的版本替换每个输入文件

## 命令行：参数解析错误

clap-missing-value = “{ $arg }”需要一个值
clap-invalid-value = “{ $value }”不是“{ $arg }”的有效值（可用的值：{ $values }）
clap-bad-value = “{ $value }”不是“{ $arg }”的有效值
clap-unknown-argument = 意外的参数“{ $arg }”
clap-unknown-command = 未知命令“{ $command }”
clap-no-equals = “{ $arg }”的值需要写在“=”之后
clap-too-many-values = “{ $arg }”有多余的值“{ $value }”
clap-wrong-number = “{ $arg }”的值数目不对
clap-conflict = “{ $arg }”不能与“{ $other }”同时使用
clap-missing-argument = 缺少必需的参数：{ $arg }
clap-missing-command = 需要指定一个命令
clap-invalid-utf8 = 有参数不是有效的 UTF-8
clap-other = { $detail }
clap-did-you-mean = { $message }；您是不是要找“{ $suggestion }”？
clap-more-info = 更多信息请运行“{ $command } --help”。

## Command line: accessible HTML markup (issue 18)

cli-arg-focusable-terms = 让每个带提示框的术语进入 Tab 键顺序；不用此选项时，定义还会列在页末，键盘用户可在那里找到（HTML）
cli-arg-its = 用 W3C ITS 2.0 术语属性（its-term、its-term-info-ref）标记术语（HTML）
cli-arg-script = 从此 URL 加载提示框脚本（assets/glossator.js：Esc 键关闭，轻触打开和关闭）（HTML）
