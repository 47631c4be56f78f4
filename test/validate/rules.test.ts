import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/index.js';
import { errorsOf, inWords } from '../helpers/check.js';
import { fixture, lineOf, MINIMAL, replaceOnce } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';

describe('cross-reference rules', () => {
  it('accepts the minimal fixture with one summarised warning', async () => {
    const { model, problems } = await checkData(MINIMAL);
    expect(model?.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
    expect(inWords(problems)).toEqual([expect.objectContaining({ severity: 'warning', path: 'projects[0].participants', message: 'participation is unconfirmed for 3 of 5 projects (NO 1–3)' })]);
  });

  it('reports a duplicate id at the second use, naming the first', async () => {
    const dir = fixture({ [P1]: replaceOnce('- id: p03', '- id: p02') });
    const [duplicate, ...rest] = await errorsOf(dir);
    expect(rest).toEqual([]);
    expect(duplicate).toMatchObject({ name: P1, line: lineOf(dir, P1, 'name: 創業の促進') - 1, column: 9, path: 'projects[2].id' });
    expect(duplicate!.message).toMatch(/^id "p02" is used twice; first at .*pillar-1\.yaml:10:9$/);
  });

  it('says once per file that NO is computed now; with ids already written, to remove `no:` only', async () => {
    const withNumbers = (t: string) => t.replace(/- id: p0(\d)\n/g, (line, n: string) => `${line}    no: ${n}\n`);
    const dir = fixture({ [P1]: withNumbers, [P2]: withNumbers });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.name, e.path, e.line, e.column])).toEqual([
      [P1, 'projects[0].no', lineOf(dir, P1, 'no: 1'), 5],
      [P2, 'projects[0].no', lineOf(dir, P2, 'no: 4'), 5],
    ]);
    expect(errors[0]!.message).toBe('NO is no longer written in the data: it is computed from the order of the projects in the chart (pillar → section → field → order in the file)');
    expect(errors[0]!.hint).toBe(`remove \`no:\` on line ${lineOf(dir, P1, 'no: 1')} and on each other project in this file (lines ${lineOf(dir, P1, 'no: 2')}, ${lineOf(dir, P1, 'no: 3')}), keeping the \`- \` that starts an item`);
  });

  it('a file from before ids (`- no: 3` starting each item) is told to turn each NO into an id in place, which then validates', async () => {
    const old = (t: string) => t.replace(/- id: p0(\d)\n/g, (_, n: string) => `- no: ${n}\n`);
    const dir = fixture({ [P1]: old });
    const [error, ...rest] = await errorsOf(dir);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ name: P1, path: 'projects[0].no', line: lineOf(dir, P1, 'no: 1'), column: 5 });
    expect(error!.hint).toBe(`on line ${lineOf(dir, P1, 'no: 1')}, replace \`no: 1\` with \`id: p01\`, and do the same on each other project in this file (lines ${lineOf(dir, P1, 'no: 2')}, ${lineOf(dir, P1, 'no: 3')}), keeping the \`- \` that starts each item; to move a project, move its entry`);
    const [ja] = await errorsOf(dir, 'ja');
    expect(ja!.hint).toMatch(/^\d+ 行目の「no: 1」を「id: p01」に書き換え、/);
    // Doing what the hint says gives valid data.
    const followed = fixture({ [P1]: (t) => old(t).replace(/- no: (\d)\n/g, (_, n: string) => `- id: p0${n}\n`) });
    expect(await errorsOf(followed)).toEqual([]);
  });

  it('asks for a missing id, offering one no project uses', async () => {
    const dir = fixture({ [P2]: replaceOnce('- id: p05\n    name:', '- name:') });
    const [error, ...rest] = await errorsOf(dir);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ name: P2, path: 'projects[1].id', line: lineOf(dir, P2, '地域公共交通の維持') });
    expect(error!.message).toBe('missing required field "id": every project has a stable id that stays when its NO moves');
    expect(error!.hint).toBe('write `id: p05` (an id no other project has used)');
  });

  it('reports a field that no pillar defines, with the known ids as a hint', async () => {
    const dir = fixture({ [P2]: replaceOnce('field: 2-2a', 'field: 2-9z') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P2, line: lineOf(dir, P2, 'field: 2-9z'), column: 12, path: 'projects[1].field' });
    expect(error!.message).toBe('project p05 names field "2-9z", which no pillar defines');
    expect(error!.hint).toBe('known fields: 1a, 1b, 2-1a, 2-2a');
  });

  it('reports a page that decreases along the chart order', async () => {
    const dir = fixture({ [P2]: replaceOnce('page: 13', 'page: 9') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P2, line: lineOf(dir, P2, 'page: 9'), column: 11, path: 'projects[1].page' });
    expect(error!.message).toBe('page 9 of NO 5 (p05) comes before page 12 of NO 4 (p04)');
  });

  it('checks marks: at least one, existing, not repeated', async () => {
    const dir = fixture({
      [P1]: (t) => replaceOnce('marks: [1]', 'marks: []')(replaceOnce('marks: [2]', 'marks: [2, 7, 2]')(t)),
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['projects[1].marks', lineOf(dir, P1, 'marks: []'), 'NO 2 (p02) has no mark: every project serves at least one priority policy'],
      ['projects[2].marks[1]', lineOf(dir, P1, 'marks: [2, 7, 2]'), 'NO 3 (p03) marks policy 7, which does not exist'],
      ['projects[2].marks[2]', lineOf(dir, P1, 'marks: [2, 7, 2]'), 'NO 3 (p03) marks policy 2 twice'],
    ]);
    expect(errors[1]!.column).toBe(16);
  });

  it('checks the municipality code check digit and uniqueness', async () => {
    const dir = fixture({ 'region.yaml': (t) => replaceOnce('"012033"', '"012034"')(replaceOnce('slug: shinshinotsu', 'slug: otaru')(t)) });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['region.municipalities[1].code', lineOf(dir, 'region.yaml', '012034'), '012034 fails the check digit: expected last digit 3, found 4'],
      ['region.municipalities[2].slug', lineOf(dir, 'region.yaml', '新篠津村'), expect.stringMatching(/^slug "otaru" is used twice; first at .*region\.yaml:9:\d+$/)],
    ]);
  });

  it('reports a participant that is not a member, and a role for a non-participant', async () => {
    const dir = fixture({
      [P2]: (t) => replaceOnce('participants: [sapporo, otaru]', 'participants: [sapporo, otaruu]')(replaceOnce('participants: [otaru]', 'participants: [otaru]\n    details:\n      roles:\n        sapporo: 調整')(t)),
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['projects[0].participants[1]', lineOf(dir, P2, 'otaruu'), 'unknown municipality "otaruu"'],
      ['projects[1].details.roles.sapporo', lineOf(dir, P2, 'sapporo: 調整'), 'role given for "sapporo", which does not take part in NO 5 (p05)'],
    ]);
    expect(errors[0]!.hint).toMatch(/^did you mean "otaru"\?/);
  });

  it('rejects impossible dates, a period that ends before it starts, and revisions out of order', async () => {
    const dir = fixture({
      'vision.yaml': (t) =>
        replaceOnce('revisions: []', 'revisions:\n    - { date: 2025-04-01, label: 一部変更 }\n    - { date: 2025-03-01, label: 再変更 }')(replaceOnce('end: 2029-03-31', 'end: 2023-03-31')(t)),
      'region.yaml': replaceOnce('declared: 2018-11-28', 'declared: 2019-02-29'),
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.name, e.path, e.line, e.message])).toEqual([
      ['region.yaml', 'region.declared', 3, '2019-02-29 is not a date in the calendar'],
      ['vision.yaml', 'vision.period.end', 11, 'the period must end after it starts: 2024-04-01 to 2023-03-31'],
      ['vision.yaml', 'vision.revisions[1].date', 15, 'revisions must ascend by date: 2025-03-01 is not after 2025-04-01 (revision 1)'],
    ]);
  });

  // With the period itself wrong (the test above), its revisions are not said to fall outside it too.
  it('requires revisions within the period', async () => {
    const revisions = (dates: string) => replaceOnce('revisions: []', `revisions:\n${dates}`);
    const outside = fixture({ 'vision.yaml': revisions('    - { date: 2024-03-30, label: 一部変更 }\n    - { date: 2025-04-01, label: 一部変更 }\n    - { date: 2029-04-01, label: 一部変更 }') });
    const errors = await errorsOf(outside);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['vision.revisions[0].date', lineOf(outside, 'vision.yaml', '2024-03-30'), 'revision 1 (2024-03-30) falls outside the period 2024-04-01 to 2029-03-31'],
      ['vision.revisions[2].date', lineOf(outside, 'vision.yaml', '2029-04-01'), 'revision 3 (2029-04-01) falls outside the period 2024-04-01 to 2029-03-31'],
    ]);
    expect(errors[0]!.hint).toBe('a revision changes the plan while it runs: check the date, or the period');
    // The first and last days of the period are in it.
    expect(await errorsOf(fixture({ 'vision.yaml': revisions('    - { date: 2024-04-01, label: 一部変更 }\n    - { date: 2029-03-31, label: 一部変更 }') }))).toEqual([]);
  });

  it('asks for a revision label that says something, and for none but the one fault', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('revisions: []', 'revisions:\n    - { date: 2025-04-01, label: "" }\n    - { date: 2026-04-01, label: "　 " }') });
    const errors = await errorsOf(dir);
    const message = 'a revision needs a label saying what kind of change it was, such as 一部変更';
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['vision.revisions[0].label', lineOf(dir, 'vision.yaml', '2025-04-01'), message],
      ['vision.revisions[1].label', lineOf(dir, 'vision.yaml', '2026-04-01'), message],
    ]);
  });

  it('requires unique field ids and letters in order', async () => {
    const dir = fixture({ 'structure.yaml': replaceOnce('{ id: 2-2a, letter: a', '{ id: 1a, letter: b') });
    const errors = await errorsOf(dir);
    const line = lineOf(dir, 'structure.yaml', '{ id: 1a, letter: b');
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['pillars[1].sections[1].fields[0].id', line, expect.stringMatching(/^field id "1a" is used twice; first at .*structure\.yaml:5:9$/)],
      ['pillars[1].sections[1].fields[0].letter', line, 'field letters run a, b, c… in order: expected a, found b'],
      // 2-2a is gone, so NO 5 now points nowhere.
      ['projects[1].field', 13, 'project p05 names field "2-2a", which no pillar defines'],
    ]);
  });

  it('requires the policies of one group to sit together, numbered in order', async () => {
    const dir = fixture({ 'policies.yaml': (t) => replaceOnce('number: 2, text: 産業を支援する, group: industry', 'number: 2, text: 産業を支援する, group: living')(replaceOnce('number: 3, text: 人材を育成する, group: living', 'number: 4, text: 人材を育成する, group: industry')(t)) });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['policies.priorities[2].number', 'priority policies are numbered 1, 2, 3… in order: expected 3, found 4'],
      ['policies.priorities[2].group', 'the policies of group "industry" must be next to each other'],
      // with policy 3 renumbered, marks naming 3 now dangle
      ['projects[0].marks[2]', 'NO 1 (p01) marks policy 3, which does not exist'],
      ['projects[0].marks[0]', 'NO 4 (p04) marks policy 3, which does not exist'],
      ['projects[1].marks[1]', 'NO 5 (p05) marks policy 3, which does not exist'],
    ]);
  });
});

describe('cross-reference rules: one fault, one message', () => {
  it('reports a gap in pillar numbers once', async () => {
    const dir = fixture({ 'structure.yaml': replaceOnce('  - number: 2\n    name: 生活', '  - number: 3\n    name: 生活') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([['pillars[1].number', 'pillars are numbered 1, 2, 3… without a gap: expected 2, found 3']]);
  });

  it('reports an unknown mark once even when repeated', async () => {
    const dir = fixture({ [P1]: replaceOnce('marks: [2]', 'marks: [9, 9]') });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([['projects[2].marks[0]', 'NO 3 (p03) marks policy 9, which does not exist']]);
  });

  it("checks a member's own agreement date against the declaration, and dates before the first fiscal year the documents can write", async () => {
    const dir = fixture({
      'region.yaml': (t) =>
        replaceOnce('slug: otaru }', 'slug: otaru, agreementSigned: 2010-01-01 }')(replaceOnce('slug: shinshinotsu }', 'slug: shinshinotsu, agreementSigned: 1900-01-01 }')(t)),
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['region.municipalities[2].agreementSigned', '1900-01-01 is before 1927-04-01, the first day whose date and fiscal year the documents can write'],
      ['region.municipalities[1].agreementSigned', 'an agreement (2010-01-01) cannot precede the declaration (2018-11-28)'],
    ]);
  });

  it('says once that the data folder is missing', async () => {
    const errors = await errorsOf(`${MINIMAL}-missing`);
    expect(errors.map((e) => e.message)).toEqual(['data folder not found']);
  });
});

describe('cross-reference rules in Japanese: what was found, what is expected, at the same place', () => {
  it('names the first use of a duplicate id', async () => {
    const dir = fixture({ [P1]: replaceOnce('- id: p03', '- id: p02') });
    const [duplicate, ...rest] = await errorsOf(dir, 'ja');
    expect(rest).toEqual([]);
    expect(duplicate).toMatchObject({ name: P1, line: lineOf(dir, P1, 'name: 創業の促進') - 1, column: 9, path: 'projects[2].id' });
    expect(duplicate!.message).toMatch(/^id「p02」が二度使われています。最初は .*pillar-1\.yaml:10:9 です。$/);
    expect(duplicate!.hint).toBe('id は事業ごとにずっと変わらない目印です。新しい方の事業に、まだどの事業にも使われていない id を付けてください。');
  });

  it('says which page comes before which', async () => {
    const dir = fixture({ [P2]: replaceOnce('page: 13', 'page: 9') });
    const errors = await errorsOf(dir, 'ja');
    expect(errors).toEqual([
      expect.objectContaining({
        name: P2,
        line: lineOf(dir, P2, 'page: 9'),
        column: 11,
        path: 'projects[1].page',
        message: 'ページ 9（NO 5 (p05)）が、前の NO 4 (p04) のページ 12 より前になっています。',
        hint: 'ページは計画の体系の順に減らないように書きます。ページを確かめるか、事業を正しい位置に移してください。',
      }),
    ]);
  });

  it('lists the fields that can be written, each once, offering the one probably meant', async () => {
    const unknown = fixture({ [P2]: replaceOnce('field: 2-2a', 'field: 2-9z') });
    expect(await errorsOf(unknown, 'ja')).toEqual([
      expect.objectContaining({
        name: P2,
        line: lineOf(unknown, P2, 'field: 2-9z'),
        column: 12,
        path: 'projects[1].field',
        message: '事業 p05 の field「2-9z」は、どの柱にもない政策分野です。',
        hint: '書ける field：1a、1b、2-1a、2-2a',
      }),
    ]);
    // 2-2a renamed to a second 1a: the list names 1a once.
    const gone = fixture({ 'structure.yaml': replaceOnce('{ id: 2-2a, letter: a', '{ id: 1a, letter: a') });
    const errors = await errorsOf(gone, 'ja');
    expect(errors.at(-1)).toMatchObject({ path: 'projects[1].field', hint: '「2-1a」の誤りではありませんか。書ける field：1a、1b、2-1a' });
  });

  it('names a mark that is not a priority policy, and the numbers that are', async () => {
    const dir = fixture({ [P1]: replaceOnce('marks: [2]', 'marks: [2, 7]') });
    expect(await errorsOf(dir, 'ja')).toEqual([
      expect.objectContaining({
        name: P1,
        line: lineOf(dir, P1, 'marks: [2, 7]'),
        column: 16,
        path: 'projects[2].marks[1]',
        message: 'NO 3 (p03) の marks にある 7 は、重点施策の番号にありません。',
        hint: 'marks に書けるのは重点施策の番号です：1、2、3',
      }),
    ]);
  });

  it('says which revision a date must follow', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('revisions: []', 'revisions:\n    - { date: 2025-04-01, label: 一部変更 }\n    - { date: 2025-03-01, label: 再変更 }') });
    expect(await errorsOf(dir, 'ja')).toEqual([
      expect.objectContaining({
        name: 'vision.yaml',
        line: lineOf(dir, 'vision.yaml', '2025-03-01'),
        column: 15,
        path: 'vision.revisions[1].date',
        message: '改定日 2025-03-01 が、1 番目の改定（2025-04-01）より後になっていません。',
        hint: '改定は日付の古い順に並べ、どれも策定日より後の日付にしてください。',
      }),
    ]);
  });

  it('summarises unconfirmed participation by NO', async () => {
    const { problems } = await checkData(MINIMAL);
    expect(inWords(problems, 'ja')).toEqual([
      expect.objectContaining({
        path: 'projects[0].participants',
        message: '5 事業のうち 3 事業で、参加市町村がまだ確かめられていません（NO 1–3）。',
        hint: '出力には、参加市町村に関わる箇所でその旨が記されます。計画書から各事業の participants を書き写すと、この警告は消えます。',
      }),
    ]);
  });
});
