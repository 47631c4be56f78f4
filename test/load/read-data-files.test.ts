import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/load/index.js';
import { errorsOf, inWords } from '../helpers/check.js';
import { fixture, lineOf, replaceOnce, tempDir } from '../helpers/fixture.js';

const P1 = 'projects/pillar-1.yaml';

describe('readDataFiles', () => {
  it('finds every YAML file below the folder, sorted by path', async () => {
    const dir = fixture({ 'extra/notes.yml': () => 'projects: []\n' });
    const { files, problems } = await readDataFiles(dir);
    expect(problems).toEqual([]);
    expect(files.map((f) => f.name)).toEqual(['extra/notes.yml', 'policies.yaml', 'projects/pillar-1.yaml', 'projects/pillar-2.yaml', 'region.yaml', 'structure.yaml', 'vision.yaml']);
  });

  it('reports an empty data folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'nested'));
    const { files, problems } = await readDataFiles(dir);
    expect(files).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(inWords(problems)[0]!.message).toBe('no data files found (looked for *.yaml and *.yml)');
  });

  it('reports a data folder that does not exist', async () => {
    const { problems } = await readDataFiles(path.join(tempDir(), 'missing'));
    expect(inWords(problems).map((p) => p.message)).toEqual(['data folder not found']);
  });

  it('reports a syntax error with its line and column, not a stack trace', async () => {
    // A colon in unquoted text: the most common slip when typing Japanese prose into YAML.
    const dir = fixture({ 'vision.yaml': replaceOnce('lead: 以下の', 'lead: 重点施策: 以下の') });
    const errors = await errorsOf(dir);
    expect(errors).toEqual([
      expect.objectContaining({ name: 'vision.yaml', line: lineOf(dir, 'vision.yaml', 'lead:'), column: 9, path: '', message: 'YAML syntax: Nested mappings are not allowed in compact mappings' }),
    ]);
    // Nothing is reported missing: the unreadable file's sections are unknown, not absent.
  });

  it('reports a syntax error in Japanese, saying what the slip usually is', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('lead: 以下の', 'lead: 重点施策: 以下の') });
    const [error] = await errorsOf(dir, 'ja');
    expect(error).toMatchObject({ line: lineOf(dir, 'vision.yaml', 'lead:'), column: 9, message: 'YAML の書き方の誤り：この行の「: 」が、キーと値の区切りとして読めません', hint: '値の中に「: 」や記号を書くときは、値全体を "…" で囲んでください' });
  });

  const HINT = {
    en: 'YAML indents with half-width spaces only: replace the tabs and full-width spaces at the start of this line and of any other in the file with half-width spaces',
    ja: '字下げは半角スペースだけで書きます。この行と、ファイルのほかの行の字下げにあるタブや全角スペースを、半角スペースに直してください',
  };
  const TAB = { en: 'this line is indented with a tab', ja: 'この行の字下げ（行頭の空白）にタブが使われています' };
  const FULL_WIDTH = { en: 'this line is indented with a full-width space', ja: 'この行の字下げ（行頭の空白）に全角スペースが使われています' };

  it.each([
    // The parser itself trips on these, several times over.
    ['a tab', 'vision.yaml', replaceOnce('  edition: 2', '\tedition: 2'), 'edition: 2', 1, TAB],
    ['a tab after spaces', 'vision.yaml', replaceOnce('  edition: 2', '  \tedition: 2'), 'edition: 2', 3, TAB],
    ['full-width spaces', 'vision.yaml', replaceOnce('  edition: 2', '　　edition: 2'), 'edition: 2', 1, FULL_WIDTH],
    ['a full-width space before a list item', P1, replaceOnce('    marks: [1]\n', '    marks:\n    　- 1\n'), '- 1', 5, FULL_WIDTH],
    // The parser takes these without complaint: each key silently begins with the full-width space.
    ['full-width spaces throughout', 'vision.yaml', (t: string) => t.replace(/^((?:  )+)/gm, (m) => '　'.repeat(m.length / 2)), 'title: テスト', 1, FULL_WIDTH],
  ])('indentation with %s: one message for the file, at the first such line', async (_, file, edit, needle, column, message) => {
    const dir = fixture({ [file]: edit });
    const at = { name: file, line: lineOf(dir, file, needle), column, path: '' };
    // Nothing else: the parser's errors after it, and the sections the file would hold, follow from it.
    expect(await errorsOf(dir, 'en')).toEqual([expect.objectContaining({ ...at, message: message.en, hint: HINT.en })]);
    expect(await errorsOf(dir, 'ja')).toEqual([expect.objectContaining({ ...at, message: message.ja, hint: HINT.ja })]);
  });

  it('leaves a full-width space inside a text alone: it is not indentation there', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('  lead: 以下の３つを重点施策として推進します。', '  lead: |-\n    　以下の３つを重点施策として推進します。') });
    expect(await errorsOf(dir)).toEqual([]);
  });

  it('reports a duplicate key where it repeats', async () => {
    const dir = fixture({ 'vision.yaml': replaceOnce('  edition: 2\n', '  edition: 2\n  edition: 3\n') });
    const [error] = await errorsOf(dir);
    expect(error).toMatchObject({ name: 'vision.yaml', line: 4, column: 3 });
    expect(error!.message).toBe('the key "edition" is written twice here; the first is on line 3');
  });

  it('rejects __proto__ and friends as keys', async () => {
    const dir = fixture({ 'projects/pillar-2.yaml': replaceOnce('        sapporo: 救急医療体制を提供する', '        __proto__: { polluted: true }') });
    const [error, ...rest] = await errorsOf(dir);
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ name: 'projects/pillar-2.yaml', line: 10, column: 9, message: 'the key "__proto__" is not allowed' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps the alias limit: a billion-laughs file is refused, not expanded', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${prev}`).join(', ')}]`);
    }
    const dir = fixture({ 'bomb.yaml': () => `${levels.join('\n')}\n` });
    const errors = await errorsOf(dir);
    const bomb = errors.filter((e) => e.name === 'bomb.yaml');
    // Levels b and c expand to 1,220 values; the eighth alias of level d passes 10,000.
    expect(bomb).toEqual([expect.objectContaining({ line: 4, column: 8 + 4 * 7, message: 'the aliases expand to more than 10000 values' })]);
  });
});
