import { describe, expect, it } from 'vitest';
import { checkData } from '../../src/index.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA } from '../helpers/fixture.js';

describe('buildModel', () => {
  it('resolves the shipped vision: counts, chart order and notation', async () => {
    const { model } = await checkData(SHIPPED_DATA);
    if (!model) throw new Error('shipped data must be valid');
    expect(model.region.municipalities.map((m) => m.slug)).toEqual(['sapporo', 'otaru', 'iwamizawa', 'ebetsu', 'chitose', 'eniwa', 'kitahiroshima', 'ishikari', 'tobetsu', 'shinshinotsu', 'nanporo', 'naganuma']);
    expect(model.policies.priorities.map((p) => p.mark).join('')).toBe('①②③④⑤⑥');
    expect(model.policies.groups.map((g) => [g.name, g.priorityNumbers])).toEqual([['産業', [1, 2]], ['インフラ・行政サービス', [3, 4]], ['ひと・くらし', [5, 6]]]);
    expect(model.pillars.map((p) => [p.label, p.sections.length, p.projectCount])).toEqual([['１', 1, 12], ['２', 1, 5], ['３', 3, 36]]);
    expect(model.pillars[2]!.sections.map((s) => s.label)).toEqual(['⑴', '⑵', '⑶']);
    expect(model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields)).length).toBe(23);
    expect(model.projects.map((p) => p.no)).toEqual(Array.from({ length: 53 }, (_, i) => i + 1));
    const p44 = model.projects[43]!;
    expect(p44).toMatchObject({ name: '「札幌UIターン就職センター」の広域的利用', page: 80, marks: [6], field: { id: '3-2d', name: '交流・移住促進' }, section: { label: '⑵' }, pillar: { label: '３' } });
    expect(p44.participation).toMatchObject({ mode: 'all', confirmed: false });
    expect(p44.participation.municipalities).toHaveLength(12);
    expect(p44.provenance.status).toMatchObject({ name: 'certain', marks: 'reconstructed', participants: 'unconfirmed' });
    expect(model.projects.filter((p) => p.marks.length === 6).map((p) => p.no)).toEqual([1, 34]);
    expect(model.vision.asOf.iso).toBe('2024-03-29');
    expect(Object.isFrozen(model.projects[0]!.marks)).toBe(true);
  });

  it('resolves listed participants in official order and keeps roles', async () => {
    const { model } = await checkData(fixture({ 'projects/pillar-2.yaml': replaceOnce('participants: [sapporo, otaru]', 'participants: [otaru, sapporo]') }));
    const p4 = model!.projects[3]!;
    expect(p4.participation.mode).toBe('listed');
    expect(p4.participation.confirmed).toBe(true);
    expect(p4.participation.municipalities.map((m) => m.name)).toEqual(['札幌市', '小樽市']);
    expect([...p4.details.roles]).toEqual([['sapporo', '救急医療体制を提供する']]);
  });

  it('dates the data by its latest revision', async () => {
    const { model } = await checkData(fixture({ 'vision.yaml': replaceOnce('revisions: []', 'revisions:\n    - { date: 2025-04-01, label: 一部変更 }\n    - { date: 2026-04-01, label: 一部変更 }') }, MINIMAL));
    expect(model!.vision.asOf.iso).toBe('2026-04-01');
    expect(model!.vision.revisions.map((r) => r.date.iso)).toEqual(['2025-04-01', '2026-04-01']);
    expect(model!.vision.latestRevision?.date.iso).toBe('2026-04-01');
  });

  it('has no latest revision before the first', async () => {
    const { model } = await checkData(MINIMAL);
    expect(model!.vision.latestRevision).toBeNull();
  });

  it('numbers projects by chart order: field first, then the order the file lists them', async () => {
    const move = (t: string) => {
      const entries = t.split(/(?=  - id: )/);
      const [head, p01, p02, p03] = entries as [string, string, string, string];
      // p01 (field 1a) written last and p03 before p02 (both 1b).
      return [head, p03, p02, p01].join('');
    };
    const { model } = await checkData(fixture({ 'projects/pillar-1.yaml': move }));
    expect(model!.projects.map((p) => [p.no, p.id])).toEqual([[1, 'p01'], [2, 'p03'], [3, 'p02'], [4, 'p04'], [5, 'p05']]);
  });
});
