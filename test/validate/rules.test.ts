import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/build.js';
import { errorsOf } from '../helpers/check.js';
import { fixture, lineOf, MINIMAL, replaceOnce } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';

describe('cross-reference rules', () => {
  it('accepts the minimal fixture with one summarised warning', async () => {
    const { model, problems } = await checkData(MINIMAL);
    expect(model?.projects.map((p) => p.no)).toEqual([1, 2, 3, 4, 5]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ severity: 'warning', path: 'projects[0].participants' });
    expect(problems[0]!.message).toBe('participation is unconfirmed for 3 of 5 projects (NO 1–3)');
  });

  it('reports a duplicate NO at the second use, naming the first', async () => {
    const dir = fixture({ [P1]: replaceOnce('- no: 3', '- no: 2') });
    const [duplicate, gap, ...rest] = await errorsOf(dir);
    expect(rest).toEqual([]);
    expect(duplicate).toMatchObject({ name: P1, line: 16, column: 9, path: 'projects[2].no' });
    expect(duplicate!.message).toMatch(/^NO 2 is used twice; first at .*pillar-1\.yaml:10:9$/);
    // With 3 gone, the run also breaks before 4.
    expect(gap).toMatchObject({ name: P2, line: 2, path: 'projects[0].no', message: 'NOs must run 1..N without a gap: NO 3 is missing before NO 4' });
  });

  it('reports a gap in the NOs where the run breaks', async () => {
    const dir = fixture({ [P2]: replaceOnce('- no: 4', '- no: 6') });
    const errors = await errorsOf(dir);
    // 4 disappears and 5, 6 follow 3: the break is at NO 5 (NO 4 missing) and 6 comes out of order.
    const gap = errors.find((e) => e.path === 'projects[1].no');
    expect(gap).toMatchObject({ name: P2, line: lineOf(dir, P2, 'no: 5'), column: 9 });
    expect(gap!.message).toBe('NOs must run 1..N without a gap: NO 4 is missing before NO 5');
  });

  it('reports a field that no pillar defines, with the known ids as a hint', async () => {
    const dir = fixture({ [P2]: replaceOnce('field: 2-2a', 'field: 2-9z') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P2, line: lineOf(dir, P2, 'field: 2-9z'), column: 12, path: 'projects[1].field' });
    expect(error!.message).toBe('NO 5 names field "2-9z", which no pillar defines');
    expect(error!.hint).toBe('known fields: 1a, 1b, 2-1a, 2-2a');
  });

  it("requires each field's projects to be one run in chart order", async () => {
    const dir = fixture({ [P1]: replaceOnce('name: 創業の促進\n    field: 1b', 'name: 創業の促進\n    field: 1a') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P1, path: 'projects[2].field', line: 18 });
    expect(error!.message).toBe('NO 3 is in field 1a (経済戦略の推進), but NO 2 before it is in field 1b, which comes later in the chart');
  });

  it('reports a page that decreases as NO grows', async () => {
    const dir = fixture({ [P2]: replaceOnce('page: 13', 'page: 9') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: P2, line: lineOf(dir, P2, 'page: 9'), column: 11, path: 'projects[1].page' });
    expect(error!.message).toBe('page 9 of NO 5 comes before page 12 of NO 4');
  });

  it('checks marks: at least one, existing, not repeated', async () => {
    const dir = fixture({
      [P1]: (t) => replaceOnce('marks: [1]', 'marks: []')(replaceOnce('marks: [2]', 'marks: [2, 7, 2]')(t)),
    });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['projects[1].marks', lineOf(dir, P1, 'marks: []'), 'NO 2 has no mark: every project serves at least one priority policy'],
      ['projects[2].marks[1]', lineOf(dir, P1, 'marks: [2, 7, 2]'), 'NO 3 marks policy 7, which does not exist'],
      ['projects[2].marks[2]', lineOf(dir, P1, 'marks: [2, 7, 2]'), 'NO 3 marks policy 2 twice'],
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
      ['projects[1].details.roles.sapporo', lineOf(dir, P2, 'sapporo: 調整'), 'role given for "sapporo", which does not take part in NO 5'],
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

  it('requires unique field ids and letters in order', async () => {
    const dir = fixture({ 'structure.yaml': replaceOnce('{ id: 2-2a, letter: a', '{ id: 1a, letter: b') });
    const errors = await errorsOf(dir);
    const line = lineOf(dir, 'structure.yaml', '{ id: 1a, letter: b');
    expect(errors.map((e) => [e.path, e.line, e.message])).toEqual([
      ['pillars[1].sections[1].fields[0].id', line, expect.stringMatching(/^field id "1a" is used twice; first at .*structure\.yaml:5:9$/)],
      ['pillars[1].sections[1].fields[0].letter', line, 'field letters run a, b, c… in order: expected a, found b'],
      // 2-2a is gone, so NO 5 now points nowhere.
      ['projects[1].field', 13, 'NO 5 names field "2-2a", which no pillar defines'],
    ]);
  });

  it('requires the policies of one group to sit together, numbered in order', async () => {
    const dir = fixture({ 'policies.yaml': (t) => replaceOnce('number: 2, text: 産業を支援する, group: industry', 'number: 2, text: 産業を支援する, group: living')(replaceOnce('number: 3, text: 人材を育成する, group: living', 'number: 4, text: 人材を育成する, group: industry')(t)) });
    const errors = await errorsOf(dir);
    expect(errors.map((e) => [e.path, e.message])).toEqual([
      ['policies.priorities[2].number', 'priority policies are numbered 1, 2, 3… in order: expected 3, found 4'],
      ['policies.priorities[2].group', 'the policies of group "industry" must be next to each other'],
      // with policy 3 renumbered, marks naming 3 now dangle
      ['projects[0].marks[2]', 'NO 1 marks policy 3, which does not exist'],
      ['projects[0].marks[0]', 'NO 4 marks policy 3, which does not exist'],
      ['projects[1].marks[1]', 'NO 5 marks policy 3, which does not exist'],
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
    expect(errors.map((e) => [e.path, e.message])).toEqual([['projects[2].marks[0]', 'NO 3 marks policy 9, which does not exist']]);
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
