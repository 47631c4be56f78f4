import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/index.js';
import { compareModels } from '../../../src/compare/index.js';
import type { Model } from '../../../src/model/index.js';
import { memberChanges } from '../../../src/render/handout/member-changes.js';
import { fixture, MINIMAL, replaceOnce, type Edits } from '../../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';

async function changesFor(slug: string, edits: Edits) {
  const [base, current] = await Promise.all([checkData(MINIMAL), checkData(fixture(edits))]);
  const model = current.model as Model;
  const member = model.region.municipalities.find((m) => m.slug === slug)!;
  const changes = memberChanges(compareModels(base.model!, model), member, model.projects);
  return { rows: changes.rows.map((r) => [r.project.no, r.project.name, r.details.map((d) => [d.kind, d.before, d.after].filter((x) => x !== undefined).join(' '))]), renumberings: changes.renumberings };
}

describe("a member's changes since the base", () => {
  it('lists only the projects the member takes part in, on either side, with what changed for it', async () => {
    const edits: Edits = {
      [P1]: replaceOnce('name: 創業の促進', 'name: 創業の支援'),
      [P2]: (t) => replaceOnce('participants: [sapporo, otaru]', 'participants: [sapporo]')(replaceOnce('marks: [1, 3]', 'marks: [3]')(replaceOnce('page: 13', 'page: 14')(t))),
    };
    // otaru: all-projects rename, left NO 4, NO 5 marks and page.
    expect((await changesFor('otaru', edits)).rows).toEqual([
      [3, '創業の支援', ['renamed 創業の促進 創業の支援']],
      [4, '救急医療の推進', ['left']],
      [5, '地域公共交通の維持', ['marks ①③ ③', 'page 13 14']],
    ]);
    // sapporo takes part in NO 4 on both sides, so the list changed without it joining or leaving; not in NO 5.
    expect((await changesFor('sapporo', edits)).rows).toEqual([
      [3, '創業の支援', ['renamed 創業の促進 創業の支援']],
      [4, '救急医療の推進', ['participants']],
    ]);
  });

  it("adds the member's role text and the renumbering runs that move its projects", async () => {
    const inserted = '  - id: p06\n    name: 新しい連携事業\n    field: 1b\n    page: 11\n    marks: [1]\n    participants: [shinshinotsu]\n';
    const { rows, renumberings } = await changesFor('sapporo', {
      [P1]: replaceOnce('  - id: p03\n', `${inserted}  - id: p03\n`),
      [P2]: replaceOnce('sapporo: 救急医療体制を提供する', 'sapporo: 救急医療体制を調整する'),
    });
    expect(rows).toEqual([[5, '救急医療の推進', ['role 救急医療体制を提供する 救急医療体制を調整する']]]);
    expect(renumberings).toEqual([{ from: { first: 3, last: 5 }, to: { first: 4, last: 6 } }]);
    expect((await changesFor('shinshinotsu', { [P1]: replaceOnce('  - id: p03\n', `${inserted}  - id: p03\n`) })).rows).toEqual([[3, '新しい連携事業', ['added']]]);
  });

  it('a member new since the base joined each project it takes part in', async () => {
    const shinshinotsu = '    - { code: "013048", name: 新篠津村, kind: 村, role: 連携市町村, bureau: 石狩振興局, slug: shinshinotsu }\n';
    const edits: Edits = { 'region.yaml': replaceOnce(shinshinotsu, `${shinshinotsu}    - { code: "012173", name: 江別市, kind: 市, role: 連携市町村, bureau: 石狩振興局, slug: ebetsu }\n`) };
    expect((await changesFor('ebetsu', edits)).rows).toEqual([
      [1, '連携事業の企画', ['joined']],
      [2, '企業誘致の推進', ['joined']],
      [3, '創業の促進', ['joined']],
    ]);
    expect((await changesFor('otaru', edits)).rows).toEqual([]);
  });
});
