import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { LIMITS } from '../../src/limits.js';
import { generatePlan, writePlan } from '../../scripts/generate-data.js';
import { run } from '../helpers/cli.js';
import { fixture, lineOf, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';
import { readPdf, streamText } from '../helpers/read-pdf.js';
import { readWorkbook } from '../helpers/read-xlsx.js';
import { snapshot, snapshotBytes } from '../helpers/snapshot.js';

/**
 * One test per class of integrity hole: bad input of every kind is an error with its
 * position, exit 1, and an output folder left exactly as the last good build left it.
 */

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';
let out: string;
let before: Record<string, string>;

beforeAll(async () => {
  out = tempDir();
  expect((await run('build', '--data', MINIMAL, '--out', out)).code).toBe(0);
  before = snapshot(out);
});

/** validate and build both refuse the data, print `problem` at its place, and write nothing. */
async function refused(data: string, problem: RegExp): Promise<string> {
  const validated = await run('validate', '--data', data);
  expect(validated.code).toBe(1);
  expect(validated.out).not.toContain('valid');
  expect(validated.err).toMatch(problem);
  const built = await run('build', '--data', data, '--out', out);
  expect(built.code).toBe(1);
  expect(built.err).toMatch(problem);
  expect(built.err.split('\n').at(-1)).toBe('nothing was written');
  expect(snapshot(out)).toEqual(before);
  return validated.err;
}

const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const at = (data: string, file: string, line: number, column: number) => `${escapeRe(path.join(data, file))}:${line}:${column}  `;

describe('1. a file that cannot be parsed is an error, never ignored', () => {
  it('projects moved into a file whose first line lacks its colon: exit 1, nothing written', async () => {
    const moved = readFileSync(path.join(MINIMAL, P2), 'utf8').replace(/^projects:/, 'projects');
    const data = fixture({ [P2]: () => '', 'projects/pillar-2b.yaml': () => moved });
    await refused(data, new RegExp(`${at(data, 'projects/pillar-2b.yaml', 1, 1)}-  YAML syntax: `));
  });

  it.each([
    ['a syntax error', 'extra.yaml', 'projects: [\n', /extra\.yaml:2:1 {2}- {2}YAML syntax: /],
    ['a duplicate key', 'extra.yaml', 'projects: []\nprojects: []\n', /extra\.yaml:2:1 {2}projects {2}the key "projects" is written twice here; the first is on line 1/],
    ['a key that is 1 and "1"', 'extra.yaml', 'x:\n  1: a\n  "1": b\n', /extra\.yaml:3:3 {2}x\.1 {2}the key "1" is written twice here; the first is on line 2/],
    ['__proto__', 'extra.yaml', 'projects:\n  - __proto__: { polluted: true }\n', /extra\.yaml:2:5 {2}projects\[0\] {2}the key "__proto__" is not allowed/],
    ['an unresolved alias', 'extra.yaml', 'projects: *list\n', /extra\.yaml:1:11 {2}projects {2}\*list refers to no anchor &list written before it/],
    ['a list as a key', 'extra.yaml', '? [a, b]\n: c\n', /extra\.yaml:1:3 {2}- {2}a key must be plain text, not a list or a mapping/],
  ])('an extra file holding %s', async (_, name, text, problem) => {
    await refused(fixture({ [name]: () => text }), problem);
  });

  it('a file named .YAML (as saved on Windows) is read, not passed over', async () => {
    await refused(fixture({ 'projects/extra.YAML': () => 'projects: [\n' }), /extra\.YAML:2:1 {2}- {2}YAML syntax: /);
  });

  it('an alias bomb is refused where it passes the limit, without being expanded', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(', ')}]`);
    await refused(fixture({ 'bomb.yaml': () => `${levels.join('\n')}\n` }), /bomb\.yaml:4:36 {2}d\[7\] {2}the aliases expand to more than 10000 values/);
  });

  it('the yaml library prints nothing of its own', async () => {
    const warn = vi.spyOn(console, 'warn');
    const emit = vi.spyOn(process, 'emitWarning');
    await run('validate', '--data', fixture({ 'extra.yaml': () => '? { a: 1 }\n: c\n' }));
    expect(warn).not.toHaveBeenCalled();
    expect(emit).not.toHaveBeenCalled();
    warn.mockRestore();
    emit.mockRestore();
  });
});

describe('2. no text can grow a row past a page', () => {
  it('a role of 1,100 characters is an error at the role', async () => {
    const data = fixture({ [P2]: replaceOnce('sapporo: 救急医療体制を提供する', `sapporo: ${'救急'.repeat(550)}`) });
    await refused(data, new RegExp(`${at(data, P2, lineOf(data, P2, 'sapporo: 救急救急'), 18)}projects\\[0\\]\\.details\\.roles\\.sapporo  expected at most ${LIMITS.text.role} characters, found 1100`));
  });
});

describe('found by the mutation test: characters the typeface lacks', () => {
  it.each([
    ['a kanji form the typeface lacks', 'name: 創業の促進', 'name: 𠮷田創業', '「𠮷」 (U+20BB7)'],
    ['a variation selector', 'name: 創業の促進', 'name: 葛\u{E0100}城創業', 'U+E0100'],
  ])('%s is an error at the text, not a blank box in the PDF', async (_, from, to, shown) => {
    const data = fixture({ [P1]: replaceOnce(from, to) });
    const message = `projects[2].name  holds ${shown}, which the documents' typeface cannot print: it would come out blank`;
    await refused(data, new RegExp(`${at(data, P1, lineOf(data, P1, '創業'), 11)}${escapeRe(message)}`));
  });
});

describe('2. line breaks count as lines', () => {
  it.each([
    ['a role of eleven short lines', 'sapporo: 救急医療体制を提供する', `sapporo: "${Array(11).fill('役').join('\\n')}"`, 'projects[0].details.roles.sapporo', 'expected at most 10 lines, found 11'],
    ['a project name with a line break', 'name: 救急医療の推進', 'name: "救急医療の\\n推進"', 'projects[0].name', 'expected one line: remove the line break'],
  ])('%s is an error at the text', async (_, from, to, dataPath, message) => {
    const data = fixture({ [P2]: replaceOnce(from, to) });
    const { line, column } = positionOf(data, P2, to);
    await refused(data, new RegExp(`${at(data, P2, line, column + to.indexOf(':') + 2)}${escapeRe(`${dataPath}  ${message}`)}`));
  });
});

describe('3. limits checked before the work, each a positioned message', () => {
  it('a slug of 251 characters is an error at the slug, not a crash when the file is named', async () => {
    const long = `o${'t'.repeat(250)}`;
    const data = fixture({ 'region.yaml': replaceOnce('slug: otaru', `slug: ${long}`) });
    await refused(data, new RegExp(`region\\.municipalities\\[1\\]\\.slug  expected a slug of at most ${LIMITS.text.slug} characters \\(it names files\\), found 251`));
  });

  it('a list past the item limit is refused before the schema runs', async () => {
    const data = fixture({ 'extra.yaml': () => `projects:\n${'  - 1\n'.repeat(LIMITS.collectionItems + 1)}` });
    await refused(data, new RegExp(`${at(data, 'extra.yaml', 2, 3)}projects  a list of ${LIMITS.collectionItems + 1} items; at most ${LIMITS.collectionItems} are read`));
  });

  it('a file past the size limit is refused without being read', async () => {
    const data = fixture({ 'huge.yaml': () => '' });
    truncateSync(path.join(data, 'huge.yaml'), 600 * 1024 * 1024);
    await refused(data, new RegExp(`${escapeRe(path.join(data, 'huge.yaml'))}  -  is 600\\.0 MB; a file may hold at most 2\\.0 MB`));
  });

  it('more projects than the limit in all files together is one error on the folder', async () => {
    const many = Array.from({ length: 4 }, () => `projects:\n${'  - {}\n'.repeat(500)}`);
    const data = fixture(Object.fromEntries(many.map((text, f) => [`more-${f}.yaml`, () => text])));
    await refused(data, new RegExp(`${data}/  projects  the data files list 2005 projects together; at most ${LIMITS.projects} are allowed`));
  });

  it('folders nested too deep are an error, not silently skipped', async () => {
    const deep = Array.from({ length: LIMITS.folderDepth + 1 }, (_, i) => `d${i}`).join('/');
    const data = fixture({ [`${deep}/extra.yaml`]: () => 'projects: []\n' });
    await refused(data, new RegExp(`${deep}/  -  is nested more than ${LIMITS.folderDepth} folders deep; its files are not read`));
  });
});

describe('4. characters no workbook can hold', () => {
  it.each([
    ['U+FFFE typed into a name', P1, 'name: 創業の促進', 'name: 創業\ufffeの促進', 'projects[2].name', 'U+FFFE at character 3'],
    ['U+FFFF written as an escape', 'region.yaml', 'name: テスト圏', 'name: "テスト\\uFFFF圏"', 'region.name', 'U+FFFF at character 4'],
    ['a control character', 'vision.yaml', 'issuer: テスト市企画局', 'issuer: "テスト\\x01市"', 'vision.issuer', 'U+0001 at character 4'],
  ])('%s is an error at the text', async (_, file, from, to, dataPath, what) => {
    const data = fixture({ [file]: replaceOnce(from, to) });
    const { line, column } = positionOf(data, file, to);
    await refused(data, new RegExp(`${at(data, file, line, column + to.indexOf(':') + 2)}${escapeRe(`${dataPath}  holds ${what}, which no document can hold`)}`));
  });
});

/** Line and column (1-based) where `needle` starts in a file of the data set. */
function positionOf(dir: string, file: string, needle: string): { line: number; column: number } {
  const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return { line: line + 1, column: lines[line]!.indexOf(needle) + 1 };
}

describe('5. whatever build would reject, validate reports', () => {
  it('a slug such as `constructor` is only a name: the member gets its handout with its role', async () => {
    const data = fixture({
      'region.yaml': replaceOnce('slug: otaru', 'slug: constructor'),
      [P2]: (t) => t.replaceAll('otaru', 'constructor').replace('sapporo: 救急医療体制を提供する', 'sapporo: 救急医療体制を提供する\n        constructor: 搬送を受け入れる'),
    });
    const target = tempDir();
    const built = await run('build', '--data', data, '--out', target);
    expect(built.code).toBe(0);
    const sheet = (await readWorkbook(readFileSync(path.join(target, 'xlsx/annex/012033-constructor.xlsx')))).worksheets[1]!;
    const rows = sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? [row.filter((v) => typeof v === 'string').join('|')] : []));
    expect(rows.some((r) => r.includes('救急医療の推進') && r.endsWith('搬送を受け入れる'))).toBe(true);
  });

  it('a policy group without a policy is an error at the group', async () => {
    const data = fixture({ 'policies.yaml': replaceOnce('    - { id: living, name: ひと・くらし }', '    - { id: living, name: ひと・くらし }\n    - { id: empty, name: 空 }') });
    await refused(data, new RegExp(`${at(data, 'policies.yaml', 5, 7)}policies\\.groups\\[2\\]  group "empty" has no priority policy`));
  });

  it('a date whose fiscal year no era the documents know can name is an error; the first one that can be builds', async () => {
    const data = fixture({ 'vision.yaml': replaceOnce('start: 2024-04-01', 'start: 1927-03-31') });
    await refused(data, new RegExp(`${at(data, 'vision.yaml', lineOf(data, 'vision.yaml', 'start:'), 12)}vision\\.period\\.start  1927-03-31 is before 1927-04-01`));
    const first = fixture({ 'vision.yaml': replaceOnce('start: 2024-04-01', 'start: 1927-04-01') });
    const target = tempDir();
    expect((await run('build', '--data', first, '--out', target)).code).toBe(0);
    const listing = await readPdf(readFileSync(path.join(target, 'pdf/project-listing.pdf')));
    expect(streamText(listing.pages[0]!)).toContain('昭和2年度');
  });

  it('a chart too large for one page even in its smallest type is a warning from validate, before anything is rendered, naming the chart', async () => {
    const data = tempDir();
    writePlan(data, generatePlan({ projects: 300, members: 3 }));
    const { code, err } = await run('validate', '--data', data);
    expect(code).toBe(0);
    expect(err).toMatch(new RegExp(`^${escapeRe(data)}/  -  warning: the system chart \\(pdf/system-chart\\.pdf\\) does not fit on one A3 page even with its tables in 6 pt type, so it continues over \\d+ pages`, 'm'));
  });
});

describe('7. only UTF-8 is read', () => {
  it('a file saved as Shift_JIS is an error at its first non-UTF-8 byte, naming the encoding', async () => {
    // テスト in Shift_JIS: 83 65 83 58 83 67.
    const data = fixture();
    writeFileSync(path.join(data, 'extra.yaml'), Buffer.concat([Buffer.from('# メモ\nprojects: []\nnote: '), Buffer.from([0x83, 0x65, 0x83, 0x58, 0x83, 0x67]), Buffer.from('\n')]));
    const err = await refused(data, new RegExp(`${at(data, 'extra.yaml', 3, 7)}-  is not UTF-8: it looks like Shift_JIS`));
    expect(err).toContain('hint: re-save it as UTF-8');
  });

  it('after a byte order mark, the bad byte is still reported at its own line and column', async () => {
    const data = fixture();
    writeFileSync(path.join(data, 'extra.yaml'), Buffer.concat([Buffer.from('\ufeffprojects: []\r\n# あ'), Buffer.from([0x82, 0xa0]), Buffer.from('\r\n')]));
    await refused(data, new RegExp(`${at(data, 'extra.yaml', 2, 4)}-  is not UTF-8: byte 0x82 cannot start or continue a character`));
  });

  it('bytes that are no encoding are an error at the byte', async () => {
    const data = fixture();
    writeFileSync(path.join(data, 'extra.yaml'), Buffer.concat([Buffer.from('projects: []\n# '), Buffer.from([0xff, 0xff]), Buffer.from('\n')]));
    await refused(data, new RegExp(`${at(data, 'extra.yaml', 2, 3)}-  is not UTF-8: byte 0xff cannot start or continue a character`));
  });

  it('a byte order mark and CRLF line ends change neither the input hash nor a byte of the outputs', async () => {
    const data = fixture();
    for (const file of readdirSync(data, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'))) {
      const target = path.join(data, file);
      writeFileSync(target, `\ufeff${readFileSync(target, 'utf8').replaceAll('\n', '\r\n')}`);
    }
    const target = tempDir();
    expect((await run('build', '--data', data, '--out', target)).code).toBe(0);
    expect(snapshotBytes(target)).toEqual(snapshotBytes(out));
  });
});

describe('9. messages cannot be split or spoofed', () => {
  it('values with line breaks, separators and bidi controls are printed escaped, one line per problem', async () => {
    const data = fixture({ 'region.yaml': replaceOnce('kind: 村', 'kind: "村\\n偽の行\\r\\u2028\\u202e"'), 'vision.yaml': replaceOnce('  edition: 2\n', '  edition: 2\n  "x\\u2028y": 1\n') });
    const err = await refused(data, /found "村\\n偽の行\\r\\u\{2028\}\\u\{202E\}"/);
    expect(err).toContain('vision.x\\u{2028}y  unknown field "x\\u{2028}y"');
    expect(err).not.toMatch(/[\r\u2028\u202e\u001b]/);
    expect(errorLines(err, data)).toHaveLength(2);
  });

  it('a file name with a terminal escape sequence is printed escaped', async () => {
    const data = fixture({ 'bad\u001b]0;pwned\u0007.yaml': () => 'projects: [\n' });
    const err = await refused(data, /bad\\e\]0;pwned\\u\{0007\}\.yaml:2:1 {2}- {2}YAML syntax/);
    expect(err).not.toContain('\u001b');
  });

  it('a problem about the whole folder names the folder', async () => {
    const data = fixture();
    rmSync(path.join(data, 'vision.yaml'));
    const err = (await run('validate', '--data', data)).err;
    expect(err).toContain(`${data}/  vision  no data file defines \`vision\``);
  });
});

describe('11. only regular files in the data folder, and names compared as a reader sees them', () => {
  it('a link to a file of secrets is refused and nothing of it is printed', async () => {
    const data = fixture();
    symlinkSync('/proc/self/environ', path.join(data, 'env.yaml'));
    const err = await refused(data, new RegExp(`${escapeRe(path.join(data, 'env.yaml'))}  -  is a symbolic link; links are not followed`));
    expect(err).not.toContain(process.env['PATH']!);
  });

  it('a link back to the folder is refused, and each file is read once', async () => {
    const data = fixture();
    symlinkSync('.', path.join(data, 'loop'));
    const err = await refused(data, new RegExp(`${escapeRe(path.join(data, 'loop'))}  -  is a symbolic link`));
    expect(errorLines(err, data)).toHaveLength(1);
  });

  it('a named pipe is refused without waiting for a writer', async () => {
    const data = fixture();
    execFileSync('mkfifo', [path.join(data, 'pipe.yaml')]);
    await refused(data, new RegExp(`${escapeRe(path.join(data, 'pipe.yaml'))}  -  is not a regular file`));
  });

  it.each([
    ['a zero-width space', '小樽市\u200b'],
    ['a full-width space', '小樽市\u3000'],
    ['full-width letters', 'ｏｔａｒｕ'],
  ])('names that differ only by %s are the same name', async (_, twin) => {
    const data = fixture({ 'region.yaml': (t) => (twin.startsWith('ｏ') ? replaceOnce('slug: shinshinotsu', `slug: "${twin}"`)(t) : replaceOnce('name: 新篠津村', `name: "${twin}"`)(t)) });
    const problem = twin.startsWith('ｏ') ? /slug {2}expected an ASCII slug/ : /region\.municipalities\[2\]\.name {2}name "小樽市.*" is used twice; first at /;
    await refused(data, problem);
  });
});

/** The printed lines that are errors about files of the data folder. */
function errorLines(err: string, data: string): string[] {
  return err.split('\n').filter((l) => l.startsWith(data) && !l.includes('  warning: '));
}
