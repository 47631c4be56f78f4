import type { Section } from '../section.js';

/**
 * The rules that look across values and files (src/validate/rules.ts, dataset.ts, typeface.ts).
 * The Japanese names things as the plan does: 柱, 区分, 政策分野, 重点施策, 計画の体系, 策定日;
 * data keys stay in ASCII where the user types them.
 */
export const RULES = {
  // Files brought together
  'rules.sectionTwice': { ja: '{{section}}: が二度書かれています。最初は {{first}} です。', en: '`{{section}}` is written twice; the first is at {{first}}' },
  'rules.keepOne': { ja: 'どちらか一つを残し、もう一方を削除してください。', en: 'keep one and delete the other' },
  'rules.sectionMissing': { ja: 'どのデータファイルにも {{section}}: がありません。', en: 'no data file defines `{{section}}`' },
  'rules.addSection': { ja: 'いずれか一つの YAML ファイルに、字下げせずに {{section}}: と書いて加えてください。', en: 'add a top-level `{{section}}:` section to one YAML file' },
  'rules.listEmpty': { ja: 'どのデータファイルにも {{section}}: の項目が一つもありません。', en: 'no data file lists any `{{section}}`' },
  'rules.tooMany': { ja: 'データファイル全体で {{section}} が {{count}} 件あります。書けるのは {{limit}} 件までです。', en: 'the data files list {{count}} {{section}} together; at most {{limit}} are allowed' },

  // Dates
  'rules.notInCalendar': { ja: '{{date}} は暦にない日付です。', en: '{{date}} is not a date in the calendar' },
  'rules.checkMonthDay': { ja: '月と日を確かめてください。', en: 'check the month and day' },
  'rules.beforeEarliest': {
    ja: '{{date}} は {{earliest}} より前の日付です。文書に日付と年度を書けるのは {{earliest}} 以降です。',
    en: '{{date}} is before {{earliest}}, the first day whose date and fiscal year the documents can write',
  },
  'rules.periodBackwards': { ja: '計画期間が {{start}} から {{end}} になっています。終わりの日付は始まりより後にしてください。', en: 'the period must end after it starts: {{start}} to {{end}}' },
  'rules.revisionOrder': { ja: '改定日 {{date}} が、{{what}}（{{previous}}）より後になっていません。', en: 'revisions must ascend by date: {{date}} is not after {{previous}} ({{what}})' },
  'rules.adoptionDate': { ja: '策定日', en: 'the adoption date' },
  'rules.revisionNumber': { ja: '{{no}} 番目の改定', en: 'revision {{no}}' },
  'rules.revisionsOldestFirst': { ja: '改定は日付の古い順に並べ、どれも策定日より後の日付にしてください。', en: 'list revisions oldest first, each after the adoption date' },
  'rules.revisionOutsidePeriod': { ja: '{{no}} 番目の改定（{{date}}）が、計画期間 {{start}}～{{end}} の外にあります。', en: 'revision {{no}} ({{date}}) falls outside the period {{start}} to {{end}}' },
  'rules.revisionWithinPeriod': { ja: '改定は計画期間の中で行うものです。改定日か計画期間を確かめてください。', en: 'a revision changes the plan while it runs: check the date, or the period' },

  // The region
  'rules.checkDigit': {
    ja: '団体コード {{code}} の検査数字（最後の桁）が合いません。最後の桁は {{found}} ではなく {{expected}} になるはずです。',
    en: '{{code}} fails the check digit: expected last digit {{expected}}, found {{found}}',
  },
  'rules.checkCodeList': { ja: '全国地方公共団体コードの一覧と照らし合わせてください。', en: 'check the code against 全国地方公共団体コード' },
  'rules.memberTwice': { ja: '{{field}}「{{value}}」が二度使われています。最初は {{first}} です。', en: '{{field}} "{{value}}" is used twice; first at {{first}}' },
  'rules.agreementBeforeDeclaration': {
    ja: '連携協約の締結日 {{date}} が、連携中枢都市宣言の日 {{declared}} より前になっています。',
    en: 'an agreement ({{date}}) cannot precede the declaration ({{declared}})',
  },
  'rules.centralCity': { ja: 'role が 連携中枢都市 の市町村はちょうど一つのはずですが、{{found}} 件あります。', en: 'expected exactly one 連携中枢都市, found {{found}}' },

  // Policies
  'rules.groupIdTwice': { ja: 'グループの id「{{id}}」が二度使われています。最初は {{first}} です。', en: 'group id "{{id}}" is used twice; first at {{first}}' },
  'rules.priorityNumber': {
    ja: '重点施策の番号は 1、2、3… と順に振ります。ここは {{found}} ではなく {{expected}} と書いてください。',
    en: 'priority policies are numbered 1, 2, 3… in order: expected {{expected}}, found {{found}}',
  },
  'rules.unknownGroup': { ja: 'グループ「{{group}}」は groups にありません。', en: 'unknown group "{{group}}"' },
  'rules.groupChoices': { ja: '書けるグループ：{{groups}}', en: 'groups: {{groups}}' },
  'rules.groupApart': { ja: 'グループ「{{group}}」の重点施策が離れています。同じグループの重点施策は続けて並べてください。', en: 'the policies of group "{{group}}" must be next to each other' },
  'rules.groupHeadsColumns': { ja: '計画の体系では、並んだ列の上にグループ名を一つだけ書くためです。', en: 'the chart heads their columns with one group name' },
  'rules.groupWithoutPolicy': { ja: 'グループ「{{group}}」の重点施策が一つもありません。', en: 'group "{{group}}" has no priority policy' },
  'rules.giveGroupPolicy': { ja: 'いずれかの重点施策の group を {{group}} にするか、このグループを削除してください。', en: 'give one of the priorities this group, or remove the group' },

  // The structure of the chart
  'rules.pillarTwice': { ja: '柱 {{number}} が二度書かれています。最初は {{first}} です。', en: 'pillar {{number}} is defined twice; first at {{first}}' },
  'rules.pillarGap': {
    ja: '柱の番号は 1、2、3… と飛ばさずに振ります。ここは {{found}} ではなく {{expected}} と書いてください。',
    en: 'pillars are numbered 1, 2, 3… without a gap: expected {{expected}}, found {{found}}',
  },
  'rules.sectionNumber': {
    ja: '区分の番号は 1、2、3… と順に振ります。ここは {{found}} ではなく {{expected}} と書いてください。',
    en: 'sections are numbered 1, 2, 3… in order: expected {{expected}}, found {{found}}',
  },
  'rules.fieldIdTwice': { ja: '政策分野の id「{{id}}」が二度使われています。最初は {{first}} です。', en: 'field id "{{id}}" is used twice; first at {{first}}' },
  'rules.fieldLetter': {
    ja: '政策分野の letter は a、b、c… と順に振ります。ここは {{found}} ではなく {{expected}} と書いてください。',
    en: 'field letters run a, b, c… in order: expected {{expected}}, found {{found}}',
  },
  'rules.emptyField': { ja: '政策分野 {{id}}（{{name}}）に事業が一つもありません。', en: 'field {{id}} ({{name}}) has no project' },
  'rules.emptyRow': { ja: '計画の体系では、この政策分野が空の行で印刷されます。', en: 'the chart will print it with an empty row' },

  // Projects
  'rules.projectById': { ja: '事業 {{id}}', en: 'project {{id}}' },
  'rules.projectByNo': { ja: 'NO {{no}} ({{id}})', en: 'NO {{no}} ({{id}})' },
  'rules.projectIdTwice': { ja: 'id「{{id}}」が二度使われています。最初は {{first}} です。', en: 'id "{{id}}" is used twice; first at {{first}}' },
  'rules.newProjectId': {
    ja: 'id は事業ごとにずっと変わらない目印です。新しい方の事業に、まだどの事業にも使われていない id を付けてください。',
    en: 'each project keeps its own id for good: give the newer one an id no project has used',
  },
  'rules.unknownField': { ja: '{{project}} の field「{{field}}」は、どの柱にもない政策分野です。', en: '{{project}} names field "{{field}}", which no pillar defines' },
  'rules.knownFields': { ja: '書ける field', en: 'known fields' },
  'rules.pageOrder': {
    ja: 'ページ {{page}}（{{project}}）が、前の {{previousProject}} のページ {{previousPage}} より前になっています。',
    en: 'page {{page}} of {{project}} comes before page {{previousPage}} of {{previousProject}}',
  },
  'rules.pagesAscend': {
    ja: 'ページは計画の体系の順に減らないように書きます。ページを確かめるか、事業を正しい位置に移してください。',
    en: 'pages never decrease along the chart order: check the page, or move the project to where it belongs',
  },
  'rules.noMark': { ja: '{{project}} に ● が一つもありません（marks が空です）。どの事業も一つ以上の重点施策に ● を付けます。', en: '{{project}} has no mark: every project serves at least one priority policy' },
  'rules.markChoices': { ja: 'marks に書けるのは重点施策の番号です：{{numbers}}', en: 'marks are policy numbers: {{numbers}}' },
  'rules.unknownMark': { ja: '{{project}} の marks にある {{mark}} は、重点施策の番号にありません。', en: '{{project}} marks policy {{mark}}, which does not exist' },
  'rules.markTwice': { ja: '{{project}} の marks に {{mark}} が二度書かれています。一つにしてください。', en: '{{project}} marks policy {{mark}} twice' },

  // Participants
  'rules.noParticipant': { ja: '{{project}} の participants に市町村が一つもありません。', en: '{{project}} lists no participant' },
  'rules.allOrMember': { ja: '全市町村が参加するなら all と書き、そうでなければ参加する市町村を一つ以上書いてください。', en: 'write `all` or name at least one municipality' },
  'rules.municipalities': { ja: '書ける市町村', en: 'municipalities' },
  'rules.unknownMember': { ja: '「{{slug}}」という市町村は region にありません。', en: 'unknown municipality "{{slug}}"' },
  'rules.memberListedTwice': { ja: '市町村「{{slug}}」が二度書かれています。一つにしてください。', en: 'municipality "{{slug}}" is listed twice' },
  'rules.roleForUnknown': { ja: 'roles にある「{{slug}}」という市町村は region にありません。', en: 'role given for unknown municipality "{{slug}}"' },
  'rules.roleForNonParticipant': {
    ja: '「{{slug}}」の役割が書かれていますが、{{slug}} は {{project}} に参加していません。',
    en: 'role given for "{{slug}}", which does not take part in {{project}}',
  },
  'rules.addParticipantOrRemoveRole': { ja: '{{slug}} を participants に加えるか、この役割を削除してください。', en: 'add it to participants or remove the role' },
  'rules.someIds': { ja: '{{ids}} ほか {{more}} 件', en: '{{ids}} and {{more}} more' },
  'rules.unconfirmed': {
    ja: '{{total}} 事業のうち {{count}} 事業で、参加市町村がまだ確かめられていません（{{which}}）。',
    en: 'participation is unconfirmed for {{count}} of {{total}} projects ({{which}})',
  },
  'rules.projectNumbers': { ja: 'NO {{ranges}}', en: 'NO {{ranges}}' },
  'rules.transcribeParticipants': {
    ja: '出力には、参加市町村に関わる箇所でその旨が記されます。計画書から各事業の participants を書き写すと、この警告は消えます。',
    en: "outputs say so where they depend on it; transcribe each project's participants from the plan to clear this",
  },

  // The typeface
  'rules.unprintable': {
    ja: '{{character}}が含まれています。文書の書体では印刷できず、空白になります。',
    en: "holds {{character}}, which the documents' typeface cannot print: it would come out blank",
  },
  'rules.glyph': { ja: '「{{character}}」（{{code}}）', en: '「{{character}}」 ({{code}})' },
  'rules.codePoint': { ja: '単独では表示されない文字（{{code}}）', en: '{{code}}' },
  'rules.standardForm': {
    ja: '標準の字体に直すか（𠮷 → 吉。髙 と 﨑 は印刷できます）、字の後ろにある見えない異体字セレクタを削除してください。',
    en: 'use the standard form of the character (𠮷 → 吉, 髙 and 﨑 print), or remove an invisible selector after it',
  },
} as const satisfies Section;
