import { LIMITS } from '../limits.js';

/**
 * What an editor shows for each property of a data file (hover and completion, through the JSON
 * Schemas in schema/): what it is, how to write it, an example. Kept apart from the zod schema so
 * that its wording and its messages can change independently; scripts/generate-schemas.ts refuses
 * a property without a description and a description without a property, so the two cannot drift.
 *
 * Keys are schema paths: keys joined by `.`, `[]` for the items of a list, `.*` for any key of a
 * mapping (`projects[].details.roles.*`).
 */

const T = LIMITS.text;
const L = LIMITS.lines;

/** The length limit of a text, as a reader counts it. */
const upTo = (chars: number, lines = 1) => (lines === 1 ? `${chars}字まで` : `${chars}字・${lines}行まで`);

const date = (what: string, example: string) => `${what}。YYYY-MM-DD で書きます。例: ${example}`;

const status = (what: string) =>
  `${what}の出典の確かさ。certain（資料に印刷されている）、reconstructed（抽出した文の順序や意味から復元した）、public-fact（資料の外の公開情報。note に出典を書きます）、unconfirmed（未確認）のいずれか。例: certain`;

const note = `出典についての補足（任意、${upTo(T.note, L.note)}）。public-fact の出典などを書きます。例: 計画期間と策定日は北広島市のウェブページによる`;

/** The same provenance keys serve a file's default (`projectProvenance`) and one project's own. */
function projectProvenance(prefix: string): Record<string, string> {
  return {
    [`${prefix}.no`]: status('NO（計画の体系での順番）'),
    [`${prefix}.name`]: status('連携事業名'),
    [`${prefix}.page`]: status('ページ'),
    [`${prefix}.marks`]: status('● の付く列'),
    [`${prefix}.field`]: status('政策分野'),
    [`${prefix}.participants`]: status('参加市町村'),
    [`${prefix}.note`]: note,
  };
}

/** A pillar without sections and a section hold the same list of fields. */
function fields(prefix: string, holder: string): Record<string, string> {
  return {
    [prefix]: `${holder}の政策分野を計画の体系の順に並べます。`,
    [`${prefix}[].id`]: `政策分野の識別子（半角英小文字・数字・ハイフン、${upTo(T.id)}）。事業の field でこの値を書きます。例: 3-1a`,
    [`${prefix}[].letter`]: '柱（節があれば節）の中での記号。a, b, c… の順に半角英小文字一字。例: a',
    [`${prefix}[].name`]: `政策分野の名称（${upTo(T.structureName)}）。例: 地域医療`,
  };
}

export const DESCRIPTIONS: Readonly<Record<string, string>> = {
  vision: 'ビジョン（計画）そのもの: 各資料が印刷する名称と日付。data/vision.yaml に書きます。',
  'vision.title': `ビジョンの正式名称。すべての資料の表題に印刷されます（${upTo(T.visionTitle)}）。例: 第２期さっぽろ連携中枢都市圏ビジョン`,
  'vision.edition': '第何期のビジョンか（半角数字）。例: 2',
  'vision.issuer': `発行する部局。PDF の作成者にもなります（${upTo(T.issuer)}）。例: 札幌市まちづくり政策局`,
  'vision.documentLabel': `計画の体系に印刷する資料番号（${upTo(T.documentLabel)}）。例: 資料５`,
  'vision.chartTitle': `計画の体系（A3 一枚）の一番上に印刷する表題（${upTo(T.chartTitle)}）。例: ■第２期さっぽろ連携中枢都市圏ビジョン【計画の体系】`,
  'vision.heading': `計画の体系で重点施策の欄の見出し（${upTo(T.heading)}）。例: ●６つの重点施策＋脱炭素の促進`,
  'vision.lead': `見出しの下に印刷する文（${upTo(T.lead, L.lead)}）。例: 圏域市町村の特徴や強みを踏まえ、以下の６つを重点施策として推進していきます。`,
  'vision.period': '計画期間。start（初日）と end（最終日）を書きます。',
  'vision.period.start': date('計画期間の初日', '2024-04-01'),
  'vision.period.end': date('計画期間の最終日（初日より後）', '2029-03-31'),
  'vision.adopted': date('策定日', '2024-03-29'),
  'vision.revisions': `ビジョンの変更（一部変更など）を古い順に並べます（${LIMITS.revisions}件まで）。変更がなければ []。最新の変更が各資料の表題の版名（令和7年(2025年)4月変更版）になります。例: [{ date: 2025-04-01, label: 一部変更, summary: 連携事業の追加 }]`,
  'vision.revisions[].date': date('変更した日（策定日より後、計画期間内、前の変更より後）', '2025-04-01'),
  'vision.revisions[].label': `変更の区分。改定履歴の「区分」に印刷されます（${upTo(T.revisionLabel)}）。例: 一部変更`,
  'vision.revisions[].summary': `変更の概要（任意、${upTo(T.revisionSummary, L.revisionSummary)}）。改定履歴の「概要」に印刷されます。例: 連携事業の追加`,
  'vision.provenance': 'vision の各項目の出典の確かさ。項目ごとに certain などを書きます。',
  'vision.provenance.title': status('名称'),
  'vision.provenance.issuer': status('発行する部局'),
  'vision.provenance.documentLabel': status('資料番号'),
  'vision.provenance.chartTitle': status('計画の体系の表題'),
  'vision.provenance.heading': status('見出し'),
  'vision.provenance.lead': status('見出しの下の文'),
  'vision.provenance.period': status('計画期間'),
  'vision.provenance.adopted': status('策定日'),
  'vision.provenance.revisions': status('変更の記録'),
  'vision.provenance.note': note,

  region: '連携中枢都市圏とその構成市町村。data/region.yaml に書きます。',
  'region.name': `圏域の名称（${upTo(T.regionName)}）。例: さっぽろ連携中枢都市圏`,
  'region.declared': date('連携中枢都市宣言の日', '2018-11-28'),
  'region.agreementsSigned': date('連携協約を締結した日（宣言の日以後）。市町村ごとの agreementSigned がなければこの日です', '2019-03-29'),
  'region.provenance': 'region の日付の出典の確かさ。',
  'region.provenance.declared': status('連携中枢都市宣言の日'),
  'region.provenance.agreementsSigned': status('連携協約の締結日'),
  'region.provenance.note': note,
  'region.municipalities': '構成市町村を公式の順（団体コードの順）に並べます。連携中枢都市はちょうど一つです。例: - { code: "011002", name: 札幌市, kind: 市, role: 連携中枢都市, bureau: 石狩振興局, slug: sapporo }',
  'region.municipalities[].code': '全国地方公共団体コード（6桁、最後の桁は検査数字）。先頭の 0 が消えないよう必ず引用符で囲みます。例: "011002"',
  'region.municipalities[].name': `市町村名（${upTo(T.municipalityName)}）。例: 札幌市`,
  'region.municipalities[].kind': '市・町・村のいずれか。例: 市',
  'region.municipalities[].role': '連携中枢都市（圏域に一つ）か連携市町村。例: 連携市町村',
  'region.municipalities[].bureau': `所管の振興局（${upTo(T.bureau)}）。例: 石狩振興局`,
  'region.municipalities[].slug': `ファイル名に使う名前（半角英小文字・数字・ハイフン、英字で始める、${upTo(T.slug)}）。事業の participants と roles でもこの名前を書きます。例: sapporo`,
  'region.municipalities[].agreementSigned': date('この市町村だけ別の日に連携協約を締結したときのその日（任意）', '2019-03-29'),
  'region.membersProvenance': '構成市町村の各項目の出典の確かさ（全市町村に共通）。',
  'region.membersProvenance.name': status('市町村名'),
  'region.membersProvenance.code': status('団体コード'),
  'region.membersProvenance.kind': status('市・町・村の別'),
  'region.membersProvenance.role': status('連携中枢都市・連携市町村の別'),
  'region.membersProvenance.bureau': status('振興局'),
  'region.membersProvenance.note': note,

  policies: '重点施策（①〜⑥）、その列をまとめるグループ、共通施策。data/policies.yaml に書きます。',
  'policies.groups': `重点施策の列をまとめるグループを、表の左から順に並べます（${LIMITS.groups}件まで）。`,
  'policies.groups[].id': 'グループの識別子（半角英小文字・数字・ハイフン、英字で始める）。重点施策の group でこの値を書きます。例: industry',
  'policies.groups[].name': `グループ名。計画の体系でその列の上に印刷されます（${upTo(T.groupName)}）。例: 産業`,
  'policies.priorities': `重点施策を並べます（${LIMITS.priorities}件まで）。それぞれが表の ● の列になります。`,
  'policies.priorities[].number': `重点施策の番号（半角数字、1〜${LIMITS.priorities}）。①なら 1。事業の marks でこの番号を書きます。例: 1`,
  'policies.priorities[].text': `重点施策の文（${upTo(T.policyText)}）。例: 圏域の経済を支える産業を支援する`,
  'policies.priorities[].group': 'この重点施策が属するグループの id。例: industry',
  'policies.priorities[].provenance': 'この重点施策の各項目の出典の確かさ。',
  'policies.priorities[].provenance.text': status('重点施策の文'),
  'policies.priorities[].provenance.number': status('番号'),
  'policies.priorities[].provenance.group': status('グループ'),
  'policies.priorities[].provenance.note': note,
  'policies.common': 'すべての事業に共通する施策。',
  'policies.common.label': `共通施策の見出し（${upTo(T.commonLabel)}）。例: 共通施策`,
  'policies.common.text': `共通施策の文（${upTo(T.commonText)}）。例: 脱炭素の促進`,
  'policies.common.provenance': '共通施策の出典の確かさ。',
  'policies.common.provenance.text': status('共通施策の文'),
  'policies.common.provenance.note': note,

  pillars: `連携事業の柱を計画の体系の順に並べます（${LIMITS.pillars}件まで）。柱は fields（政策分野）か sections（節）のどちらか一方を持ちます。data/structure.yaml に書きます。`,
  'pillars[].number': '柱の番号（半角数字）。例: 1',
  'pillars[].name': `柱の名称（${upTo(T.structureName)}）。例: 圏域全体の経済成長のけん引`,
  ...fields('pillars[].fields', '節のない柱（sections と一緒には書けません）'),
  'pillars[].sections': '柱を節（⑴⑵⑶）に分けるときの節を順に並べます（fields と一緒には書けません）。',
  'pillars[].sections[].number': '節の番号（半角数字）。⑴なら 1。例: 1',
  'pillars[].sections[].name': `節の名称（${upTo(T.structureName)}）。例: 生活機能の強化`,
  ...fields('pillars[].sections[].fields', 'この節'),

  projectProvenance: 'このファイルの事業すべてに共通する出典の確かさ。事業ごとの provenance に書いた項目はそちらが優先します。',
  ...projectProvenance('projectProvenance'),
  projects: '連携事業を計画の体系の順（政策分野の中の順）に並べます。NO は書きません: この並び順から決まります。data/projects/*.yaml に書きます。',
  'projects[].id': `事業の識別子。変わらず、他の事業に使い回しません（半角英小文字・数字・ハイフン、${upTo(T.id)}）。新しい事業には使われたことのない番号を付けます。例: p54`,
  'projects[].name': `連携事業名。計画書に印刷されているとおりに書きます（${upTo(T.projectName)}）。例: 連携した企業誘致の推進`,
  'projects[].field': 'この事業が属する政策分野の id（data/structure.yaml の fields の id）。例: 1b',
  'projects[].page': '計画書でこの事業が載っているページ（半角数字）。例: 61',
  'projects[].marks': '● を付ける重点施策の番号（半角数字）を並べます。一つ以上、同じ番号は一度だけ。例: [3, 5]',
  'projects[].participants': '参加する市町村。全市町村なら all、そうでなければ市町村の slug を並べます。例: [sapporo, otaru]',
  'projects[].details': '事業の詳細（任意）: 概要、成果指標、市町村ごとの役割分担。',
  'projects[].details.summary': `事業の概要（任意、${upTo(T.summary, L.summary)}）。例: 圏域の企業誘致に向けて合同でプロモーションを行います。`,
  'projects[].details.kpi': `成果指標（KPI）を並べます（任意、${LIMITS.kpis}件まで）。例: - { indicator: 誘致企業数, baseline: 10社, target: 20社 }`,
  'projects[].details.kpi[].indicator': `指標の名前（${upTo(T.kpi)}）。例: 誘致企業数`,
  'projects[].details.kpi[].baseline': `基準値（任意、${upTo(T.kpi)}）。例: 10社（令和4年度）`,
  'projects[].details.kpi[].target': `目標値（任意、${upTo(T.kpi)}）。例: 20社（令和10年度）`,
  'projects[].details.roles': '市町村ごとの役割分担。参加する市町村の slug をキーにして書きます。例: { sapporo: 事業の総括, otaru: 情報発信 }',
  'projects[].details.roles.*': `この市町村の役割（${upTo(T.role, L.role)}）。キーは参加する市町村の slug。例: 事業の総括`,
  'projects[].provenance': 'この事業だけの出典の確かさ。ここに書いた項目は projectProvenance より優先します。',
  ...projectProvenance('projects[].provenance'),
};
