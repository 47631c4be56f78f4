import type { Section } from '../section.js';

/**
 * What a data file's values must look like (src/validate/schema.ts, src/validate/shape.ts).
 * `found` is always a `shape.found.*` message; `count` is a length (characters, items or lines).
 */
export const SHAPE = {
  // How a value that was found is named.
  'shape.found.nothing': { ja: '何も書かれていない値', en: 'nothing (an empty value)' },
  'shape.found.list': { ja: 'リスト', en: 'a list' },
  'shape.found.mapping': { ja: '「キー: 値」の組', en: 'a mapping' },
  'shape.found.text': { ja: '「{{text}}」', en: '"{{text}}"' },
  'shape.found.longText': { ja: '「{{text}}…」', en: '"{{text}}…"' },
  'shape.found.number': { ja: '数値「{{number}}」', en: 'the number {{number}}' },
  'shape.found.fraction': { ja: '整数でない数値「{{number}}」', en: 'the number {{number}} (not whole)' },
  'shape.found.value': { ja: '「{{value}}」', en: '{{value}}' },

  // What kind of value was expected.
  'shape.type.string': { ja: '文字', en: 'text' },
  'shape.type.number': { ja: '数値', en: 'a number' },
  'shape.type.int': { ja: '整数', en: 'a whole number' },
  'shape.type.array': { ja: 'リスト', en: 'a list' },
  'shape.type.object': { ja: '「キー: 値」の組', en: 'a mapping (key: value lines)' },
  'shape.type.boolean': { ja: 'true または false', en: 'true or false' },

  // The file as a whole.
  'shape.noData': { ja: 'このファイルにはデータがありません', en: 'the file holds no data' },
  'shape.notSections': { ja: 'ファイルの一番上の階層には vision: や projects: などのセクションを書きますが、{{found}}が書かれています', en: 'expected a mapping of sections, found {{found}}' },
  'shape.sectionsHint': { ja: '次のうち1つ以上を書いてください：{{keys}}', en: 'expected one or more of: {{keys}}' },

  // Keys.
  'shape.unknownField': { ja: '項目「{{key}}」はここには書けません', en: 'unknown field "{{key}}"' },
  'shape.allowedHere': { ja: 'ここに書ける項目', en: 'allowed here' },
  'shape.missing': { ja: '必須の項目 {{field}} がありません', en: 'missing required field "{{field}}"' },
  'shape.missingId': { ja: '必須の項目 id がありません。事業には、NO が変わっても変わらない id を付けます', en: 'missing required field "id": every project has a stable id that stays when its NO moves' },
  'shape.writeId': { ja: '「id: {{id}}」と書いてください（まだどの事業にも使われていない id です）', en: 'write `id: {{id}}` (an id no other project has used)' },
  'shape.badKey': { ja: 'ここのキーが正しくありません：{{reason}}', en: 'a key here is not valid: {{reason}}' },
  'shape.andAlso': { ja: '{{first}}。{{then}}', en: '{{first}}; {{then}}' },
  'shape.noWritten': {
    ja: 'NO はデータに書かなくなりました。体系図での事業の並び（柱 → 節 → 政策分野 → ファイル内の順）から決まります',
    en: 'NO is no longer written in the data: it is computed from the order of the projects in the chart (pillar → section → field → order in the file)',
  },
  'shape.replaceNo': {
    ja: '{{line}} 行目の「no: {{no}}」を「id: {{id}}」に書き換えてください（行頭の「- 」は残します）。事業の順番を変えるときは、その事業の項目ごと移動します',
    en: 'on line {{line}}, replace `no: {{no}}` with `id: {{id}}` (keep the `- ` that starts the item); to move a project, move its entry',
  },
  'shape.replaceNoEach': {
    ja: '{{line}} 行目の「no: {{no}}」を「id: {{id}}」に書き換え、このファイルのほかの事業（{{others}} 行目）も同じように「no: N」を「id: pNN」にしてください（行頭の「- 」は残します）。事業の順番を変えるときは、その事業の項目ごと移動します',
    en: 'on line {{line}}, replace `no: {{no}}` with `id: {{id}}`, and do the same on each other project in this file (lines {{others}}), keeping the `- ` that starts each item; to move a project, move its entry',
  },
  'shape.removeNo': {
    ja: '{{line}} 行目の「no:」を消してください（id があるので不要です。行頭の「- 」は残します）',
    en: 'remove `no:` on line {{line}}: the project has an id (keep the `- ` if it starts the item)',
  },
  'shape.removeNoEach': {
    ja: '{{line}} 行目と、このファイルのほかの事業（{{others}} 行目）の「no:」を消してください（行頭の「- 」は残します）',
    en: 'remove `no:` on line {{line}} and on each other project in this file (lines {{others}}), keeping the `- ` that starts an item',
  },

  // Values, whatever the field.
  'shape.wrongType': { ja: '{{expected}}を書くところに{{found}}が書かれています', en: 'expected {{expected}}, found {{found}}' },
  'shape.quoteHint': { ja: '値を "…" で囲んでください。囲まないと YAML が数値として読み、先頭の 0 が消えます', en: 'put the value in quotes so YAML keeps it as text (a leading zero is otherwise lost)' },
  'shape.notOneOf': { ja: '{{choices}} のどれかを書いてください（{{found}}が書かれています）', en: 'expected one of {{choices}}, found {{found}}' },
  'shape.atLeast': { ja: '{{min}} 以上の数を書いてください（{{found}}が書かれています）', en: 'expected at least {{min}}, found {{found}}' },
  'shape.moreThan': { ja: '{{min}} より大きい数を書いてください（{{found}}が書かれています）', en: 'expected more than {{min}}, found {{found}}' },
  'shape.atMost': { ja: '{{max}} 以下の数を書いてください（{{found}}が書かれています）', en: 'expected at most {{max}}, found {{found}}' },
  'shape.lessThan': { ja: '{{max}} より小さい数を書いてください（{{found}}が書かれています）', en: 'expected less than {{max}}, found {{found}}' },
  'shape.tooFewItem': { ja: '{{min}} 件以上書いてください（{{count}} 件です）', en: 'expected at least {{min}} item, found {{count}}' },
  'shape.tooFewItems': { ja: '{{min}} 件以上書いてください（{{count}} 件です）', en: 'expected at least {{min}} items, found {{count}}' },
  'shape.tooManyItems': { ja: '{{items}}は {{max}} 件までです（{{count}} 件あります）', en: 'expected at most {{max}} {{items}}, found {{count}}' },
  'shape.invalid': { ja: 'この値は使えません（{{detail}}）', en: '{{detail}}' },

  // A number or a date written as people write them by hand: the value to write instead.
  'shape.fullWidthDigits': { ja: '{{field}}に全角数字「{{found}}」があります', en: '{{field}} is written with full-width digits "{{found}}"' },
  'shape.writeHalfWidth': { ja: '半角で {{value}} と書いてください', en: 'write {{value}}' },
  'shape.writeNumberOnly': { ja: '数字だけで {{value}} と書いてください', en: 'write {{value}}' },
  'shape.field.page': { ja: 'ページ', en: 'page' },
  'shape.field.marks': { ja: '●の番号', en: 'marks' },
  'shape.field.number': { ja: '番号', en: 'number' },
  'shape.field.edition': { ja: '版', en: 'edition' },
  'shape.writeDate': { ja: '日付は {{iso}} の形で書いてください（{{written}} → {{iso}}）', en: 'write the date as {{iso}} ({{written}} → {{iso}})' },
  'shape.dateOutsideEra': { ja: '{{written}}という日はありません。{{era}}は {{first}} から {{last}} までです', en: 'there was no such date: {{era}} ran from {{first}} to {{last}}' },
  'shape.dateBeforeEra': { ja: '{{written}}という日はありません。{{era}}は {{first}} からです', en: 'there was no such date: {{era}} began on {{first}}' },
  'shape.noSuchDay': { ja: '{{written}}という日はありません', en: 'there is no such day as {{written}}' },

  // The schema's own checks (src/validate/schema.ts), by field.
  'shape.empty': { ja: '空にはできません。値を書いてください', en: 'must not be empty' },
  'shape.tooLong': { ja: '{{max}} 文字以内で書いてください（{{count}} 文字あります）', en: 'expected at most {{max}} characters, found {{count}}' },
  'shape.oneLine': { ja: '1行で書いてください。改行を削除してください', en: 'expected one line: remove the line break' },
  'shape.tooManyLines': { ja: '{{max}} 行以内で書いてください（{{count}} 行あります）', en: 'expected at most {{max}} lines, found {{count}}' },
  'shape.isoDate': { ja: '日付は YYYY-MM-DD の形で書きます（{{found}}が書かれています）', en: 'expected a date written YYYY-MM-DD, found {{found}}' },
  'shape.slug': { ja: '英小文字で始まり、英小文字・数字・ハイフンだけの名前（slug）を書いてください（{{found}}が書かれています）', en: 'expected an ASCII slug: lower-case letters, digits and hyphens, starting with a letter, found {{found}}' },
  'shape.slugTooLong': { ja: 'slug はファイル名に使われるので {{max}} 文字以内で書いてください（{{count}} 文字あります）', en: 'expected a slug of at most {{max}} characters (it names files), found {{count}}' },
  'shape.revisionLabel': { ja: '改定には、「一部変更」のように、どのような変更かを示す label を書いてください', en: 'a revision needs a label saying what kind of change it was, such as 一部変更' },
  'shape.municipalityCode': { ja: '市町村コードは "011002" のように6桁の数字を引用符で囲んで書きます（{{found}}が書かれています）', en: 'expected a six-digit code in quotes, e.g. "011002", found {{found}}' },
  'shape.policyNumber': {
    ja: '重点施策の番号は 1 から {{max}} までです（{{found}}が書かれています）。どの表にも番号ごとに●の列があります',
    en: 'policy numbers run from 1 to {{max}}, found {{found}}: every table has a ● column for each',
  },
  'shape.fieldId': { ja: '政策分野の id は 3-1a のように数字・英小文字・ハイフンで書きます（{{found}}が書かれています）', en: 'expected a field id of digits, lower-case letters and hyphens, e.g. 3-1a, found {{found}}' },
  'shape.idTooLong': { ja: 'id は {{max}} 文字以内で書いてください（{{count}} 文字あります）', en: 'expected an id of at most {{max}} characters, found {{count}}' },
  'shape.letter': { ja: '英小文字1字を書いてください（{{found}}が書かれています）', en: 'expected one lower-case letter, found {{found}}' },
  'shape.pillarParts': { ja: '柱には fields（節がないとき）か sections のどちらか一方だけを書きます', en: 'a pillar has either `fields` (no sections) or `sections`, not both and not neither' },
  'shape.projectId': {
    ja: '事業の id は p54 のように、英小文字で始まり英小文字・数字・ハイフンだけで書きます（{{found}}が書かれています）',
    en: 'expected an ASCII id: lower-case letters, digits and hyphens, starting with a letter, e.g. p54, found {{found}}',
  },
  'shape.writeAll': { ja: '全市町村が参加するときは「participants: all」と半角英字で書いてください', en: 'when every member takes part, write `participants: all`' },
  'shape.participantByName': { ja: '参加市町村は名前ではなく slug で書きます。「{{found}}」は {{slug}} と書いてください', en: 'participants are written by slug, not by name: write {{slug}} for "{{found}}"' },
  'shape.participantsAreSlugs': { ja: '各市町村の slug は region.yaml の municipalities に書かれています（例: 札幌市 → sapporo）', en: "each member's slug is in region.yaml under municipalities (e.g. 札幌市 → sapporo)" },
  'shape.codeUnquoted': { ja: '市町村コードが引用符なしで書かれているため、先頭の 0 が消えて {{found}} と読まれています', en: 'the municipality code is not in quotes, so its leading zero is lost and it reads as {{found}}' },
  'shape.writeCode': { ja: '「code: \"{{code}}\"」のように引用符で囲んで書いてください', en: 'write it in quotes: code: "{{code}}"' },
  'shape.markSymbol': { ja: 'marks には ● ではなく、●を付ける重点施策の番号を書きます（{{found}}が書かれています）', en: 'marks holds the numbers of the priority policies marked ●, not the marks themselves; found {{found}}' },
  'shape.marksExample': { ja: '例: ①と③に●を付けるときは「marks: [1, 3]」', en: 'e.g. for ● under ① and ③ write `marks: [1, 3]`' },
  'shape.participants': {
    ja: 'participants には all か、[sapporo, otaru] のような市町村の slug のリストを書きます（{{found}}が書かれています）',
    en: 'expected `all` or a list of municipality slugs, e.g. [sapporo, otaru], found {{found}}',
  },

  // What a list holds, for the limit on its length.
  'shape.items.revisions': { ja: '改定', en: 'revisions' },
  'shape.items.municipalities': { ja: '市町村', en: 'municipalities' },
  'shape.items.groups': { ja: '重点施策のグループ', en: 'groups' },
  'shape.items.priorities': { ja: '重点施策', en: 'priority policies' },
  'shape.items.fields': { ja: '政策分野', en: 'fields' },
  'shape.items.sections': { ja: '節', en: 'sections' },
  'shape.items.pillars': { ja: '柱', en: 'pillars' },
  'shape.items.projects': { ja: '連携事業', en: 'projects' },
  'shape.items.marks': { ja: '●の印', en: 'marks' },
  'shape.items.participants': { ja: '参加市町村', en: 'participants' },
  'shape.items.indicators': { ja: '指標', en: 'indicators' },
} as const satisfies Section;
