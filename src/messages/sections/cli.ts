import type { Section } from '../section.js';

const USAGE_JA = `使い方: npm run validate -- [--data <フォルダー>]
        npm run build -- [--data <フォルダー>] [--out <フォルダー>] [--municipality <コード|名称|slug>] [--watch] [--force]
        npm run compare -- --base <フォルダー|git:版> [--data <フォルダー>] [--out <フォルダー>] [--json]
        npm run export -- [--data <フォルダー>] [--out <ファイル>]
        npm run import -- <ブック.xlsx> [--data <フォルダー>] [--write]

  --data <フォルダー>       データ（YAML ファイル）のフォルダー（既定: data）
  --out <フォルダー>        出力を書き込むフォルダー（既定: output）
  --out <ファイル>          export: 入力用のブック（Excel で編集して npm run import で取り込む）を
                            書き出すファイル（既定: output/xlsx/input.xlsx）
  --write                   import: ブックの変更で data/ のファイルを書き換える（付けなければ、
                            変わる内容を表示するだけ）
  --municipality <市町村>   その市町村の資料（PDF とブック）だけを作る。名称・コード・slug の
                            先頭だけでも可（江別 → 江別市）
  --base <フォルダー|git:版> compare: 比較元。データのフォルダー、または git の版の data/
                            （git:HEAD、git:HEAD~1、タグ）。すべての出力と新旧対照表を作る
  --json                    compare: 要約の代わりに変更の一覧を JSON で出す
  --watch, -w               build: データやテンプレートが変わるたびに作り直す（変わった出力だけ）
  --force                   中身の変わらない出力も含め、すべて作り直す（既定では変わったものだけ）
  --workers <数>            出力を並行して作るスレッドの数（既定: 1。コアの多い機械向け）
  --quiet, -q               進み具合を表示しない
  --lang <ja|en>            表示の言語（既定: 日本語。LANG=en… でも英語）
  --help, -h                この説明を表示する

終了コード: 0 完了（警告があっても）、1 データの誤りまたは出力の失敗、2 使い方の誤り`;

const USAGE_EN = `usage: npm run validate -- [--data <dir>]
       npm run build -- [--data <dir>] [--out <dir>] [--municipality <code|name|slug>] [--watch] [--force]
       npm run compare -- --base <dir|git:REF> [--data <dir>] [--out <dir>] [--json]
       npm run export -- [--data <dir>] [--out <file>]
       npm run import -- <workbook.xlsx> [--data <dir>] [--write]

  --data <dir>            folder of YAML data files (default: data)
  --out <dir>             folder the outputs are written to (default: output)
  --out <file>            export: the file the input workbook (edited in Excel, read back by
                          npm run import) is written to (default: output/xlsx/input.xlsx)
  --write                 import: write the workbook's changes into the data files (without it,
                          only show what would change)
  --municipality <which>  build only that member's handout (PDF and workbook); a unique
                          beginning of its name, code or slug is enough
  --base <dir|git:REF>    compare: the earlier version, a data folder or data/ at a git revision
                          (git:HEAD, git:HEAD~1, a tag); builds everything plus the 新旧対照表
  --json                  compare: print the change list as JSON instead of the summary
  --watch, -w             build: rebuild whenever the data or templates change (only what changed)
  --force                 remake every output, even those that would come out the same
  --workers <n>           threads that make outputs side by side (default 1; for machines with more cores)
  --quiet, -q             no progress line
  --lang <ja|en>          language of messages (default Japanese; LANG=en… gives English)
  --help, -h              show this text

exit status: 0 done (warnings allowed), 1 invalid data or failed output, 2 wrong usage`;

/** What the command line itself says: usage, summaries, progress, and its own errors. */
export const CLI = {
  'cli.usage': { ja: USAGE_JA, en: USAGE_EN },
  'cli.error': { ja: 'エラー: {{text}}', en: 'error: {{text}}' },
  'cli.warning': { ja: '警告: {{text}}', en: 'warning: {{text}}' },
  'cli.hint': { ja: 'ヒント: {{text}}', en: 'hint: {{text}}' },
  'cli.plain': { ja: '{{text}}', en: '{{text}}' },
  'cli.internalError': { ja: '内部エラー（プログラムの誤りです。開発者に知らせてください）: {{detail}}', en: 'internal error: {{detail}}' },
  'cli.nothingWritten': { ja: '何も書き込んでいません', en: 'nothing was written' },
  'cli.valid': { ja: 'データに誤りはありません', en: 'valid' },
  'cli.oneErrorOneFile': { ja: '1 ファイルにエラー 1 件', en: '1 error in 1 file' },
  'cli.oneError': { ja: '{{files}} ファイルにエラー 1 件', en: '1 error in {{files}} files' },
  'cli.errorsOneFile': { ja: '1 ファイルにエラー {{errors}} 件', en: '{{errors}} errors in 1 file' },
  'cli.errors': { ja: '{{files}} ファイルにエラー {{errors}} 件', en: '{{errors}} errors in {{files}} files' },
  'cli.oneWarning': { ja: '警告 1 件', en: '1 warning' },
  'cli.warnings': { ja: '警告 {{warnings}} 件', en: '{{warnings}} warnings' },
  'cli.and': { ja: '、', en: ', ' },
  'cli.summaryTitle': { ja: '{{title}}（{{date}} 時点のデータ）', en: '{{title}} (data as of {{date}})' },
  'cli.summaryMembers': { ja: '市町村 {{count}}', en: '{{count}} municipalities' },
  'cli.summaryPolicies': { ja: '重点施策 {{count}} ＋ 共通施策 1', en: '{{count}} priority policies + 1 common policy' },
  'cli.summaryStructure': { ja: '柱 {{pillars}}、政策分野 {{fields}}', en: '{{pillars}} pillars, {{fields}} fields' },
  'cli.summaryProjects': { ja: '連携事業 {{count}}', en: '{{count}} projects' },
  'cli.bytes': { ja: '{{bytes}} バイト', en: '{{bytes}} bytes' },
  'cli.wroteOne': { ja: '{{folder}} に出力 1 件と出力の一覧（manifest.json）を書き込みました', en: 'wrote 1 output and the manifest to {{folder}}' },
  'cli.wrote': { ja: '{{folder}} に出力 {{count}} 件と出力の一覧（manifest.json）を書き込みました', en: 'wrote {{count}} outputs and the manifest to {{folder}}' },
  'cli.skipped': { ja: '変更のない出力 {{count}} 件は作り直さず、そのままにしました（すべて作り直すには --force）', en: '{{count}} outputs were already up to date and were left as they are (--force remakes them)' },
  'cli.allCurrent': { ja: '{{folder}} の出力 {{count}} 件はすべて最新です。作り直したものはありません（すべて作り直すには --force）', en: 'all {{count}} outputs in {{folder}} are up to date: nothing was made again (--force remakes them)' },
  'cli.badWorkers': { ja: '--workers には 1 から {{max}} までの整数を書いてください（「{{value}}」と書かれています）', en: '--workers takes a whole number from 1 to {{max}} (got "{{value}}")' },
  'cli.progress': { ja: '作成中 {{done}}/{{total}}', en: 'making {{done}}/{{total}}' },
  'cli.staleOthers': {
    ja: 'ほかの出力 {{count}} 件は、いまのデータより前のデータから作ったものです。すべてを最新にするには {{command}} を実行してください',
    en: 'the other {{count}} outputs were made from older data than this; run {{command}} to bring them up to date',
  },
  'cli.rebuilt': { ja: '作り直した出力 {{changed}} 件（変更のない出力 {{unchanged}} 件はそのまま）', en: 'remade {{changed}} outputs ({{unchanged}} unchanged were not made again)' },
  'cli.watching': { ja: '{{folders}} の変更を待っています（終わるには Ctrl+C）', en: 'watching {{folders}} for changes (Ctrl+C to stop)' },
  'cli.badOption': { ja: 'コマンドの書き方に誤りがあります: {{error}}', en: '{{error}}' },
  'cli.badLang': { ja: '--lang は ja か en です（「{{lang}}」は使えません）', en: '--lang is ja or en, not "{{lang}}"' },
  'cli.unknownCommand': { ja: '「{{command}}」というコマンドはありません', en: 'unknown command "{{command}}"' },
  'cli.unknownCommandNear': { ja: '「{{command}}」というコマンドはありません。「{{near}}」のことですか', en: 'unknown command "{{command}}"; did you mean "{{near}}"?' },
  'cli.unknownOption': { ja: '「{{option}}」というオプションはありません', en: "Unknown option '{{option}}'" },
  'cli.unknownOptionNear': { ja: '「{{option}}」というオプションはありません。「{{near}}」のことですか', en: "Unknown option '{{option}}'; did you mean '{{near}}'?" },
  'cli.optionNeedsValue': { ja: '{{option}} の後に値を書いてください', en: "Option '{{option}} <value>' argument missing" },
  'cli.seeHelp': { ja: '使い方は --help で表示できます', en: 'see --help for how to use it' },
  'cli.noCommand': { ja: 'コマンドがありません', en: 'no command given' },
  'cli.unexpectedArgument': { ja: '余分な引数「{{argument}}」があります', en: 'unexpected argument "{{argument}}"' },
  'cli.needsFile': { ja: '{{option}} にはファイルを書いてください', en: '{{option}} needs a file' },
  'cli.exportNeedsXlsx': { ja: '--out のファイル名は .xlsx で終わるようにしてください（「{{file}}」と書かれています）', en: '--out names an .xlsx file (got "{{file}}")' },
  'cli.exported': { ja: '{{file}} に入力用のブックを書き出しました（{{bytes}} バイト）', en: 'wrote the input workbook to {{file}} ({{bytes}} bytes)' },
  'cli.importNeedsFile': { ja: '取り込むブック（.xlsx）を指定してください。例：npm run import -- output/xlsx/input.xlsx', en: 'name the workbook to import, such as npm run import -- output/xlsx/input.xlsx' },
  'cli.exportNext': { ja: 'Excel で編集して保存したら、npm run import で取り込みます', en: 'edit it in Excel, save it, and npm run import reads it back' },
  'cli.needsFolder': { ja: '{{option}} にはフォルダーを書いてください', en: '{{option}} needs a folder' },
  'cli.onlyFor': { ja: '{{option}} は {{command}} でだけ使えます', en: '{{option}} applies to {{command}} only' },
  'cli.municipalityEmpty': { ja: '--municipality には市町村のコード・名称・slug を書いてください', en: '--municipality needs a code, name or slug' },
  'cli.compareBuildsAll': { ja: '--municipality は build でだけ使えます。compare はすべての市町村の資料を作ります', en: '--municipality applies to build only: compare builds every handout' },
  'cli.compareNeedsBase': {
    ja: 'compare には --base <データのフォルダー> か --base git:<版> が必要です。例: --base git:HEAD',
    en: 'compare needs --base <data folder> or --base git:<revision>, e.g. --base git:HEAD',
  },
  'cli.unknownMunicipality': {
    ja: '市町村「{{wanted}}」が見つかりません。コード・名称・slug で指定してください: {{choices}}',
    en: 'unknown municipality "{{wanted}}"; choose a code, name or slug: {{choices}}',
  },
  'cli.unknownMunicipalityNear': {
    ja: '市町村「{{wanted}}」が見つかりません。「{{near}}」のことですか。コード・名称・slug で指定してください: {{choices}}',
    en: 'unknown municipality "{{wanted}}"; did you mean "{{near}}"? choose a code, name or slug: {{choices}}',
  },
  'cli.ambiguousMunicipality': {
    ja: '「{{wanted}}」で始まる市町村が複数あります: {{matches}}。もう少し長く書いてください',
    en: '"{{wanted}}" begins the name, code or slug of more than one member: {{matches}}; write more of it',
  },
} as const satisfies Section;
