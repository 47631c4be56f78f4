import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/index.js';
import { compareModels, isUnchanged, type Comparison } from '../../src/compare/index.js';
import { fixture, MINIMAL, replaceOnce, type Edits } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';

/** The minimal fixture as base, the same with `edits` as current. */
async function compare(edits: Edits): Promise<Comparison> {
  const [base, current] = await Promise.all([checkData(MINIMAL), checkData(fixture(edits))]);
  if (!base.model || !current.model) throw new Error(`fixture must be valid: ${JSON.stringify(current.problems.filter((p) => p.severity === 'error'))}`);
  return compareModels(base.model, current.model);
}

const summary = (c: Comparison) => c.projects.map((p) => [p.id, p.before?.no ?? null, p.after?.no ?? null, p.aspects.join(','), p.additionsOnly]);

const NEW_IN_1B = '  - id: p06\n    name: 新しい連携事業\n    field: 1b\n    page: 11\n    marks: [1]\n    participants: all\n';

describe('compareModels', () => {
  it('finds nothing between a plan and itself', async () => {
    const c = await compare({});
    expect(isUnchanged(c)).toBe(true);
    expect(c.base.asOf.iso).toBe(c.current.asOf.iso);
  });

  it('an inserted project is one new project and one renumbering of the projects after it', async () => {
    const c = await compare({ [P1]: replaceOnce('  - id: p03\n', `${NEW_IN_1B}  - id: p03\n`) });
    expect(summary(c)).toEqual([['p06', null, 3, 'added', false]]);
    expect(c.renumberings).toEqual([{ from: { first: 3, last: 5 }, to: { first: 4, last: 6 } }]);
    expect(c.items).toEqual([]);
  });

  it('a removed project sits where it was, and the projects after it move up', async () => {
    const c = await compare({ [P1]: (t) => t.replace(/  - id: p02\n(    .*\n)+/, '') });
    expect(summary(c)).toEqual([['p02', 2, null, 'removed', false]]);
    expect(c.renumberings).toEqual([{ from: { first: 3, last: 5 }, to: { first: 2, last: 4 } }]);
  });

  it('tells a rename, a page, marks gained (追加) and marks replaced (変更) apart', async () => {
    const c = await compare({
      [P1]: (t) => replaceOnce('name: 企業誘致の推進', 'name: 企業誘致の強化')(replaceOnce('marks: [2]', 'marks: [2, 3]')(t)),
      [P2]: (t) => replaceOnce('marks: [1, 3]', 'marks: [2, 3]')(replaceOnce('page: 13', 'page: 14')(t)),
    });
    expect(summary(c)).toEqual([
      ['p02', 2, 2, 'renamed', false],
      ['p03', 3, 3, 'marks', true],
      ['p05', 5, 5, 'marks,page', false],
    ]);
    expect(c.renumberings).toEqual([]);
  });

  it('participants gained is 追加; a listed member dropped is 変更; confirmation counts as a change', async () => {
    const c = await compare({
      [P2]: (t) => replaceOnce('participants: [sapporo, otaru]', 'participants: [sapporo, otaru, shinshinotsu]')(replaceOnce('participants: [otaru]', 'participants: [sapporo]')(t)),
      [P1]: replaceOnce('projectProvenance:\n  participants: unconfirmed\n', ''),
    });
    expect(summary(c)).toEqual([
      ['p01', 1, 1, 'participants', false],
      ['p02', 2, 2, 'participants', false],
      ['p03', 3, 3, 'participants', false],
      ['p04', 4, 4, 'participants', true],
      ['p05', 5, 5, 'participants', false],
    ]);
  });

  it('a project moved to another field is listed with its new NO; only the projects it passed are renumbered', async () => {
    const c = await compare({ [P1]: replaceOnce('name: 企業誘致の推進\n    field: 1b', 'name: 企業誘致の推進\n    field: 2-1a') });
    expect(summary(c)).toEqual([['p02', 2, 3, 'renumbered,field', false]]);
    expect(c.renumberings).toEqual([{ from: { first: 3, last: 3 }, to: { first: 2, last: 2 } }]);
  });

  it('lists the printed items that changed: vision text, headings, policies, members and roles', async () => {
    const c = await compare({
      'vision.yaml': (t) => t.replace(/lead: .*/, 'lead: 新しい冒頭文'),
      'structure.yaml': replaceOnce('name: 地域医療', 'name: 地域医療の充実'),
      'policies.yaml': replaceOnce('text: 産業を支援する', 'text: 産業を育てる'),
      'region.yaml': replaceOnce('slug: otaru }', 'slug: otaru, agreementSigned: 2019-04-01 }'),
      [P2]: replaceOnce('sapporo: 救急医療体制を提供する', 'sapporo: 救急医療体制を提供し、調整する'),
    });
    expect(c.projects).toEqual([]);
    expect(c.items.map((i) => [i.subject, i.before, i.after])).toEqual([
      [{ kind: 'vision', key: 'lead' }, expect.any(String), '新しい冒頭文'],
      [{ kind: 'field', id: '2-1a' }, '２⑴　a　地域医療', '２⑴　a　地域医療の充実'],
      [{ kind: 'priority', number: 2 }, '産業を支援する', '産業を育てる'],
      [{ kind: 'member', code: '012033', name: '小樽市', key: 'agreementSigned' }, '2019-03-29', '2019-04-01'],
      [{ kind: 'role', projectId: 'p04', no: 4, name: '救急医療の推進', slug: 'sapporo', member: '札幌市' }, '救急医療体制を提供する', '救急医療体制を提供し、調整する'],
    ]);
  });

  it('a member added is one change, not a participants change in every project that says 全市町村', async () => {
    const shinshinotsu = '    - { code: "013048", name: 新篠津村, kind: 村, role: 連携市町村, bureau: 石狩振興局, slug: shinshinotsu }\n';
    const c = await compare({ 'region.yaml': replaceOnce(shinshinotsu, `${shinshinotsu}    - { code: "012173", name: 江別市, kind: 市, role: 連携市町村, bureau: 石狩振興局, slug: ebetsu }\n`) });
    expect(c.projects).toEqual([]);
    expect(c.items).toEqual([{ subject: { kind: 'member', code: '012173', name: '江別市', key: 'entry' }, after: '江別市' }]);
  });

  it('a priority moved to another group changes both groups as the chart prints them', async () => {
    const c = await compare({ 'policies.yaml': replaceOnce('number: 2, text: 産業を支援する, group: industry', 'number: 2, text: 産業を支援する, group: living') });
    expect(c.items.map((i) => [i.subject.kind, i.before, i.after])).toEqual([
      ['group', expect.stringMatching(/（①②）$/), expect.stringMatching(/（①）$/)],
      ['group', expect.stringMatching(/（③）$/), expect.stringMatching(/（②③）$/)],
    ]);
  });

  it("a field moved to another pillar moves its projects; a field's id renamed alone changes nothing printed", async () => {
    const moved = await compare({
      'structure.yaml': (t) => replaceOnce('          - { id: 2-1a, letter: a, name: 地域医療 }\n', '          - { id: 2-1a, letter: a, name: 地域医療 }\n          - { id: 1b, letter: b, name: 戦略産業の育成 }\n')(replaceOnce('      - { id: 1b, letter: b, name: 戦略産業の育成 }\n', '')(t)),
      [P1]: (t) => t.replace(/page: 11/g, 'page: 12'),
    });
    expect(moved.items.map((i) => [i.before, i.after])).toEqual([['１　b　戦略産業の育成', '２⑴　b　戦略産業の育成']]);
    expect(summary(moved).map(([id, , , aspects]) => [id, aspects])).toEqual([['p02', 'renumbered,field,page'], ['p03', 'renumbered,field,page']]);
    expect(moved.renumberings).toEqual([{ from: { first: 4, last: 4 }, to: { first: 2, last: 2 } }]);

    const renamedId = await compare({ 'structure.yaml': replaceOnce('id: 1b,', 'id: one-b,'), [P1]: (t) => t.replace(/field: 1b/g, 'field: one-b') });
    expect(isUnchanged(renamedId)).toBe(true);
  });

  it('a project moved within its field is listed; the one it passed is renumbered', async () => {
    const c = await compare({ [P1]: (t) => { const [head, p01, p02, p03] = t.split(/(?=  - id: )/) as [string, string, string, string]; return [head, p01, p03, p02].join(''); } });
    expect(summary(c)).toEqual([['p02', 2, 3, 'renumbered', false]]);
    expect(c.renumberings).toEqual([{ from: { first: 3, last: 3 }, to: { first: 2, last: 2 } }]);
  });

  it("a member's slug renamed moves no role", async () => {
    const c = await compare({ 'region.yaml': replaceOnce('slug: sapporo }', 'slug: sapporo-city }'), [P2]: replaceOnce('participants: [sapporo, otaru]\n    details:\n      roles:\n        sapporo:', 'participants: [sapporo-city, otaru]\n    details:\n      roles:\n        sapporo-city:') });
    expect(c.items.filter((i) => i.subject.kind === 'role')).toEqual([]);
    expect(c.projects).toEqual([]);
  });
});
