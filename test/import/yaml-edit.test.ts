import { readFileSync } from 'node:fs';
import path from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { applyYamlEdits, YamlEditError, type YamlEdit } from '../../src/import/yaml-edit.js';
import { parseYaml } from '../../src/load/index.js';
import { SHIPPED_DATA } from '../helpers/fixture.js';

// Copies of the shipped data files, so the expected texts below stay put when the data changes.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/yaml-edit');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name), 'utf8');
const REGION = fixture('region.yaml');
const VISION = fixture('vision.yaml');
const POLICIES = fixture('policies.yaml');
const PILLAR = fixture('pillar-1.yaml');

/** Parsed as the loader parses the data files. */
function parsed(text: string) {
  const { file, problems } = parseYaml('test.yaml', text);
  expect(problems).toEqual([]);
  return file;
}

function edit(text: string, edits: YamlEdit[]): string {
  return applyYamlEdits(parsed(text), edits);
}

/** The text with each `from` (which must occur exactly once) replaced: an exact expectation for the whole file. */
function swap(text: string, ...changes: [from: string, to: string][]): string {
  let out = text;
  for (const [from, to] of changes) {
    expect(out.split(from), `"${from}" occurs once`).toHaveLength(2);
    out = out.replace(from, () => to);
  }
  return out;
}

const set = (path: (string | number)[], value: unknown): YamlEdit => ({ kind: 'set', path, value });
const del = (path: (string | number)[]): YamlEdit => ({ kind: 'delete', path });
const insert = (path: (string | number)[], index: number, value: unknown): YamlEdit => ({ kind: 'insert', path, index, value });

describe('applyYamlEdits', () => {
  it('returns every data file byte for byte for no edits, and for edits that change no value', async () => {
    const files = await fg('**/*.yaml', { cwd: SHIPPED_DATA });
    expect(files.length).toBeGreaterThan(4);
    for (const name of files) {
      const file = parsed(readFileSync(path.join(SHIPPED_DATA, name), 'utf8'));
      expect(applyYamlEdits(file, [])).toBe(file.text);
      // The folded note, the aligned comments and the flow maps would all be rewritten if written anew.
      const same = Object.entries(file.data as Record<string, unknown>).map(([key, value]) => set([key], value));
      expect(applyYamlEdits(file, same)).toBe(file.text);
    }
  });

  describe('replacing a value', () => {
    it('keeps a plain scalar plain, and an aligned comment after it where it was', () => {
      expect(edit(REGION, [set(['region', 'declared'], '2019-01-01')])).toBe(swap(REGION, ['  declared: 2018-11-28          #', '  declared: 2019-01-01          #']));
    });

    it('quotes a text that would read back as a number if written plain', () => {
      expect(edit(VISION, [set(['vision', 'edition'], '3'), set(['vision', 'adopted'], 20240329)])).toBe(
        swap(VISION, ['  edition: 2\n', '  edition: "3"\n'], ['  adopted: 2024-03-29\n', '  adopted: 20240329\n']),
      );
    });

    it('keeps a double-quoted scalar double-quoted', () => {
      const out = edit(REGION, [set(['region', 'municipalities', 1, 'code'], '012034')]);
      expect(out).toBe(swap(REGION, ['{ code: "012033", name: 小樽市', '{ code: "012034", name: 小樽市']));
    });

    it('writes a list in flow style where the file does, unpadded, and a list for a scalar and back in place', () => {
      const text = 'projects:\n  - id: p01\n    marks: [1, 2]\n    participants: all\n  - id: p02\n    marks: [3]   # one\n    participants: [sapporo, otaru]\n';
      const out = edit(text, [
        set(['projects', 0, 'marks'], [1, 2, 3]),
        set(['projects', 0, 'participants'], ['sapporo', 'otaru']),
        set(['projects', 1, 'marks'], [3, 4]),
        set(['projects', 1, 'participants'], 'all'),
      ]);
      expect(out).toBe('projects:\n  - id: p01\n    marks: [1, 2, 3]\n    participants: [sapporo, otaru]\n  - id: p02\n    marks: [3, 4]   # one\n    participants: all\n');
    });

    it('writes a list of maps for a scalar in block style, keeping the comment on the key line', () => {
      expect(edit('a: none  # to fill\nb: 2\n', [set(['a'], [{ x: 1 }, { x: 2, y: [1, 2] }])])).toBe('a:  # to fill\n  - x: 1\n  - x: 2\n    y: [1, 2]\nb: 2\n');
    });

    it('replaces a block value with a block value from its first line, keeping the comment after the key', () => {
      const text = 'a:  # kept\n  - x: 1\n  - x: 2\nb: 2\n';
      expect(edit(text, [set(['a'], [{ x: 3 }])])).toBe('a:  # kept\n  - x: 3\nb: 2\n');
      expect(edit(text, [set(['a'], 'none')])).toBe('a: none\nb: 2\n');
    });

    it('writes multi-line text as a literal block scalar, into a folded one folded, and in a flow map double-quoted', () => {
      const out = edit(VISION, [set(['vision', 'lead'], '一行目\n二行目'), set(['vision', 'provenance', 'note'], 'Period: 北広島市.\nAdoption: 石狩市.')]);
      const lead = VISION.slice(VISION.indexOf('  lead: '), VISION.indexOf('\n', VISION.indexOf('  lead: ')) + 1);
      const note = VISION.slice(VISION.indexOf('    note: >-'));
      expect(out).toBe(swap(VISION, [lead, '  lead: |-\n    一行目\n    二行目\n'], [note, '    note: >-\n      Period: 北広島市.\n\n      Adoption: 石狩市.\n']));
      const flow = edit(REGION, [set(['region', 'municipalities', 0, 'name'], '札幌市\n(中枢)')]);
      expect(flow).toBe(swap(REGION, ['{ code: "011002", name: 札幌市,', '{ code: "011002", name: "札幌市\\n(中枢)",']));
    });

    it('keeps a comment after the old value on the first line of a multi-line one, where it cannot become its text', () => {
      const out = edit(REGION, [set(['region', 'declared'], '二行の\n説明')]);
      expect(out).toBe(swap(REGION, ['  declared: 2018-11-28          # 連携中枢都市宣言 by 札幌市\n', '  declared: |-          # 連携中枢都市宣言 by 札幌市\n    二行の\n    説明\n']));
    });

    it('keeps a folded scalar folded for one line of text', () => {
      const out = edit(VISION, [set(['vision', 'provenance', 'note'], 'Public pages.')]);
      expect(out).toBe(VISION.slice(0, VISION.indexOf('    note: >-')) + '    note: >-\n      Public pages.\n');
    });

    it('rewrites a whole list item in the style of the one it replaces', () => {
      const out = edit(POLICIES, [set(['policies', 'priorities', 1], { number: 2, text: '産業を支援する', group: 'industry', provenance: { text: 'certain' } })]);
      expect(out).toBe(
        swap(POLICIES, [
          '    - number: 2\n      text: 圏域の経済を支える産業を支援する\n      group: industry\n      provenance: { text: certain, number: reconstructed, group: reconstructed }\n',
          '    - number: 2\n      text: 産業を支援する\n      group: industry\n      provenance: { text: certain }\n',
        ]),
      );
    });
  });

  describe('adding keys', () => {
    it('adds a key to a flow map inside a list of flow maps before its closing brace', () => {
      const out = edit(REGION, [set(['region', 'municipalities', 2, 'note'], '2006年, 合併'), set(['region', 'municipalities', 3, 'extra'], { since: 1970 })]);
      expect(out).toBe(
        swap(REGION, ['bureau: 空知総合振興局, slug: iwamizawa }', 'bureau: 空知総合振興局, slug: iwamizawa, note: "2006年, 合併" }'], ['slug: ebetsu }', 'slug: ebetsu, extra: { since: 1970 } }']),
      );
    });

    it('adds keys to a project after its last pair, creating the maps along the path in block style', () => {
      const out = edit(PILLAR, [
        set(['projects', 0, 'details', 'roles', 'sapporo'], '全体の調整'),
        set(['projects', 0, 'details', 'summary'], '概要'),
        set(['projects', 1, 'provenance', 'participants'], 'certain'),
        set(['projects', 2, 'provenance'], { participants: 'certain' }),
      ]);
      expect(out).toBe(
        swap(
          PILLAR,
          ['    marks: [1, 2, 3, 4, 5, 6]\n    participants: all\n', '    marks: [1, 2, 3, 4, 5, 6]\n    participants: all\n    details:\n      roles:\n        sapporo: 全体の調整\n      summary: 概要\n'],
          ['(戦略産業の育成); b is assumed.\n', '(戦略産業の育成); b is assumed.\n      participants: certain\n'],
          ['    name: 創業の促進\n    field: 1b\n    page: 55\n    marks: [1, 2]\n    participants: all\n', '    name: 創業の促進\n    field: 1b\n    page: 55\n    marks: [1, 2]\n    participants: all\n    provenance:\n      participants: certain\n'],
        ),
      );
    });

    it('adds a key after a last pair whose value is a nested block, and at the end of a file without a final line break', () => {
      expect(edit(VISION, [set(['vision', 'sources'], ['000', '002'])])).toBe(`${VISION}  sources: ["000", "002"]\n`);
      expect(edit('a: 1\nb:\n  c: 2', [set(['b', 'd'], 3), set(['e'], 4)])).toBe('a: 1\nb:\n  c: 2\n  d: 3\ne: 4\n');
    });

    it('follows the file in padding a new flow map', () => {
      expect(edit('a: [{x: 1}]\n', [set(['a', 0, 'y'], { z: 1 })])).toBe('a: [{x: 1, y: {z: 1}}]\n');
    });
  });

  describe('deleting', () => {
    const LIST = [
      'projects:',
      '  # pillar 1, field a',
      '  - id: p01',
      '    name: 企画',
      '  # field b starts here',
      '  - id: p02   # the middle one',
      '    name: 誘致',
      '    provenance:',
      '      # why',
      '      note: assumed.',
      '  # the last one',
      '  - id: p03',
      '    name: 創業',
      '    marks: [1, 2]',
      '# after the list',
      'other: 1',
      '',
    ].join('\n');

    it('removes a middle and a last list item with their whole lines, leaving the comments between items', () => {
      expect(edit(LIST, [del(['projects', 1]), del(['projects', 2])])).toBe(
        ['projects:', '  # pillar 1, field a', '  - id: p01', '    name: 企画', '  # field b starts here', '  # the last one', '# after the list', 'other: 1', ''].join('\n'),
      );
    });

    it('removes a block pair with its nested lines', () => {
      expect(edit(LIST, [del(['projects', 1, 'provenance']), del(['other'])])).toBe(swap(LIST, ['    provenance:\n      # why\n      note: assumed.\n', ''], ['other: 1\n', '']));
    });

    it("moves a list item's next key onto the dash's line when its first key goes", () => {
      expect(edit(LIST, [del(['projects', 2, 'id'])])).toBe(swap(LIST, ['  - id: p03\n    name: 創業', '  - name: 創業']));
    });

    it('removes flow items with their commas', () => {
      const text = 'a: [1, 2, 3, 4]\nb: { x: 1, y: 2, z: 3 }\n';
      expect(edit(text, [del(['a', 0]), del(['a', 2]), del(['a', 3]), del(['b', 'y']), del(['b', 'z'])])).toBe('a: [2]\nb: { x: 1 }\n');
      expect(edit(text, [del(['a', 0]), del(['a', 1]), del(['b', 'x'])])).toBe('a: [3, 4]\nb: { y: 2, z: 3 }\n');
    });

    it('writes an emptied collection as [] or {}', () => {
      expect(edit('a:\n  - 1\n  - 2\nb: [1]\nc:\n  x: 1  # gone\n', [del(['a', 0]), del(['a', 1]), del(['b', 0]), del(['c', 'x'])])).toBe('a: []\nb: []\nc: {}  # gone\n');
    });
  });

  describe('inserting into a list', () => {
    type Project = { id: string; name: string; field: string; page: number; marks: number[]; participants: string | string[] };
    const p54: Project = { id: 'p54', name: '新しい事業', field: '1a', page: 54, marks: [1, 2], participants: 'all' };
    const p55: Project = { id: 'p55', name: '最後の事業', field: '1d', page: 60, marks: [1], participants: ['sapporo', 'otaru'] };
    const lines = (p: Project) => `  - id: ${p.id}\n    name: ${p.name}\n    field: ${p.field}\n    page: ${p.page}\n    marks: [${p.marks.join(', ')}]\n    participants: ${Array.isArray(p.participants) ? `[${p.participants.join(', ')}]` : p.participants}\n`;

    it('writes a new project in the middle and at the end like its neighbours', () => {
      const out = edit(PILLAR, [insert(['projects'], 1, p54), insert(['projects'], 12, p55)]);
      expect(out).toBe(swap(PILLAR, ['  - id: p02\n', `${lines(p54)}  - id: p02\n`]) + lines(p55));
    });

    it('keeps the given order of inserts at one index, and applies a delete at that index too', () => {
      const out = edit(PILLAR, [insert(['projects'], 1, p54), del(['projects', 1]), insert(['projects'], 1, p55)]);
      const p02 = PILLAR.slice(PILLAR.indexOf('  - id: p02\n'), PILLAR.indexOf('  - id: p03\n'));
      expect(out).toBe(swap(PILLAR, [p02, lines(p54) + lines(p55)]));
    });

    it('writes a new member as a flow map, like the others', () => {
      const out = edit(REGION, [insert(['region', 'municipalities'], 12, { code: '099999', name: '新町', kind: '町', role: '連携市町村', bureau: '石狩振興局', slug: 'shin' })]);
      expect(out).toBe(swap(REGION, ['slug: naganuma }\n', 'slug: naganuma }\n    - { code: "099999", name: 新町, kind: 町, role: 連携市町村, bureau: 石狩振興局, slug: shin }\n']));
    });

    it('inserts into a flow list at the index', () => {
      const text = 'marks: [2, 4]\nnone: []\n';
      expect(edit(text, [insert(['marks'], 0, 1), insert(['marks'], 1, 3), insert(['marks'], 2, 5), insert(['none'], 0, 'sapporo')])).toBe('marks: [1, 2, 3, 4, 5]\nnone: [sapporo]\n');
    });

    it('turns revisions: [] given maps into a block list under its key', () => {
      const revisions = [
        { date: '2025-04-01', label: '一部変更' },
        { date: '2026-04-01', label: '一部変更', summary: '事業の追加' },
      ];
      const expected = swap(VISION, ['  revisions: []\n', '  revisions:\n    - date: 2025-04-01\n      label: 一部変更\n    - date: 2026-04-01\n      label: 一部変更\n      summary: 事業の追加\n']);
      expect(edit(VISION, [set(['vision', 'revisions'], revisions)])).toBe(expected);
      expect(edit(VISION, revisions.map((r) => insert(['vision', 'revisions'], 0, r)))).toBe(expected);
    });
  });

  it('leaves every line outside the edit byte-identical', () => {
    const out = edit(PILLAR, [set(['projects', 5, 'name'], '企業進出を契機とした連携')]);
    const before = PILLAR.split('\n');
    const after = out.split('\n');
    expect(after).toHaveLength(before.length);
    const changed = before.flatMap((line, i) => (line === after[i] ? [] : [i]));
    expect(changed).toEqual([before.indexOf('    name: 新たな企業進出等を契機とした連携の推進')]);
    expect(after[changed[0]!]).toBe('    name: 企業進出を契機とした連携');
  });

  describe('refuses', () => {
    const refused = (text: string, edits: YamlEdit[]) => () => edit(text, edits);

    it('a path that is not there', () => {
      expect(refused(PILLAR, [set(['projects', 12, 'name'], 'x')])).toThrow(new YamlEditError('projects[12]: not found'));
      expect(refused(PILLAR, [del(['projects', 0, 'details'])])).toThrow(new YamlEditError('projects[0].details: not found'));
      expect(refused(PILLAR, [set(['projects', 0, 'name', 'x'], 1)])).toThrow(new YamlEditError('projects[0].name.x: not found'));
      expect(refused(PILLAR, [set(['projects', 0, 'details', 0], 'x')])).toThrow(YamlEditError);
      expect(refused(PILLAR, [insert(['projectProvenance'], 0, 'x')])).toThrow(new YamlEditError('projectProvenance: not a list, so nothing can be inserted into it'));
      expect(refused(PILLAR, [insert(['projects', 0, 'marks'], 7, 1)])).toThrow(new YamlEditError('projects[0].marks: no place 7 in a list of 6'));
    });

    it('edits that overlap', () => {
      expect(refused(PILLAR, [del(['projects', 1]), set(['projects', 1, 'name'], 'x')])).toThrow(new YamlEditError('edits at projects[1] and projects[1].name overlap'));
      expect(refused(PILLAR, [set(['projects'], []), insert(['projects'], 0, {})])).toThrow(new YamlEditError('edits at projects and projects overlap'));
      expect(refused(PILLAR, [set(['projects', 0, 'details'], {}), set(['projects', 0, 'details', 'kpi'], [])])).toThrow(YamlEditError);
    });

    it('a __proto__ key', () => {
      expect(refused(PILLAR, [set(['projects', 0, '__proto__'], {})])).toThrow(new YamlEditError('projects[0].__proto__: __proto__ is no key a data file may hold'));
    });
  });

  describe('the safety net', () => {
    it('checks a normal call: the new text reads back as the edited data', () => {
      const file = parsed(PILLAR);
      const out = applyYamlEdits(file, [del(['projects', 0]), set(['projects', 1, 'page'], 56), insert(['projects', 2, 'marks'], 1, 3)]);
      const data = structuredClone(file.data) as { projects: { page: number; marks: number[] }[] };
      data.projects[1]!.page = 56;
      data.projects[2]!.marks.splice(1, 0, 3);
      data.projects.splice(0, 1);
      expect(parseDocument(out).toJS()).toEqual(data);
    });

    it('throws instead of writing text that reads back as something else', () => {
      // A document that is not the text's: the ranges point at the wrong bytes.
      const shifted = { text: 'a: 10\nb: 2\n', doc: parseDocument('a: 1\nb: 2\n') };
      expect(() => applyYamlEdits(shifted, [set(['b'], 3)])).toThrow(YamlEditError);
      // A kept block scalar's trailing blank lines are its text: a key added after it would take them.
      expect(() => edit('a:\n  k: |+\n    text\n\n\nb: 1\n', [set(['a', 'j'], 1)])).toThrow(new YamlEditError('the edited text reads back differently at a.k'));
      expect(() => edit('a: 1\n', [set(['b'], undefined)])).toThrow(new YamlEditError('the edited text reads back differently at b'));
    });
  });
});
