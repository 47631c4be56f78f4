import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/cli.js';
import { fixture, replaceOnce, SHIPPED_DATA, tempDir } from '../helpers/fixture.js';


describe('command line', () => {
  it('prints usage for --help and exits 0', async () => {
    const { code, out } = await run('build', '--help');
    expect(code).toBe(0);
    expect(out).toMatch(/^usage: npm run validate/);
  });

  it.each([
    [['build', '--colour'], "error: Unknown option '--colour'"],
    [['publish'], 'error: unknown command "publish"'],
    [[], 'error: no command given'],
    [['build', '--data'], "error: Option '--data <value>' argument missing"],
    [['validate', '--out', 'x'], 'error: --out applies to build only'],
    [['build', 'extra'], 'error: unexpected argument "extra"'],
  ])('exits 2 with a one-line reason and the usage for %j', async (argv, reason) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    const [first, second] = err.split('\n');
    expect(first).toBe(reason);
    expect(second).toBe('see --help for how to use it');
  });

  it('validates the shipped data and prints the summary', async () => {
    const { code, out, err } = await run('validate', '--data', SHIPPED_DATA);
    expect(code).toBe(0);
    expect(out).toContain('  12 municipalities\n  6 priority policies + 1 common policy\n  3 pillars, 23 fields\n  53 projects');
    // The unconfirmed participation is one summarised warning, not 53.
    expect(err.match(/warning:/g)).toHaveLength(1);
    expect(err).toContain('participation is unconfirmed for 53 of 53 projects (NO 1–53)');
  });

  it('builds the shipped data: manifest with input hash and date; same bytes twice', async () => {
    const out = tempDir();
    const first = await run('build', '--data', SHIPPED_DATA, '--out', out);
    expect(first.code).toBe(0);
    expect(first.out).toContain('53 projects');
    const manifestPath = path.join(out, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
    expect(manifest.vision).toEqual({ title: '第２期さっぽろ連携中枢都市圏ビジョン', date: '2024-03-29' });
    expect(manifest.inputSha256).toMatch(/^[0-9a-f]{64}$/);
    for (const output of manifest.outputs) {
      expect(existsSync(path.join(out, output.path))).toBe(true);
      expect(output.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const bytes = readFileSync(manifestPath);
    expect((await run('build', '--data', SHIPPED_DATA, '--out', out)).code).toBe(0);
    expect(readFileSync(manifestPath).equals(bytes)).toBe(true);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a broken copy of the shipped data: exit 1, every fault listed, the output folder untouched', async () => {
    const data = fixture(
      {
        'vision.yaml': replaceOnce('adopted: 2024-03-29', 'adopted: 2024-02-30'),
        'region.yaml': replaceOnce('code: "012106"', 'code: "012107"'),
        'policies.yaml': replaceOnce('group: living\n      provenance: { text: certain, number: certain', 'group: leisure\n      provenance: { text: certain, number: certain'),
        'structure.yaml': replaceOnce('{ id: 2c, letter: c,', '{ id: 2c, letter: b,'),
        'projects/pillar-2.yaml': replaceOnce('name: 丘珠空港の利用促進\n', 'name: 丘珠空港の利用促進\n    budget: 100\n'),
        'projects/pillar-1.yaml': (t) => replaceOnce('  - id: p09\n', '  - id: p08\n')(replaceOnce('    page: 59\n    marks: [1, 2]', '    page: fifty-nine\n    marks: [1, 2]')(t)),
        'projects/pillar-3.yaml': (t) => replaceOnce('field: 3-3c', 'field: 3-3z')(replaceOnce('  - id: p44\n    name: "「札幌UIターン就職センター」の広域的利用"\n    field: 3-2d\n    page: 80\n    marks: [6]\n    participants: all', '  - id: p44\n    name: "「札幌UIターン就職センター」の広域的利用"\n    field: 3-2d\n    page: 80\n    marks: [6]\n    participants: [sapporo, sapporro]')(t)),
      },
      SHIPPED_DATA,
    );
    const out = tempDir();
    mkdirSync(path.join(out, 'pdf'));
    writeFileSync(path.join(out, 'manifest.json'), 'previous build\n');
    const before = statSync(path.join(out, 'manifest.json')).mtimeMs;

    const { code, err } = await run('build', '--data', data, '--out', out);
    expect(code).toBe(1);
    const lines = err.split('\n');
    const expected: [string, string, string][] = [
      ['policies.yaml', 'policies.priorities[5].group', 'unknown group "leisure"'],
      ['projects/pillar-1.yaml', 'projects[8].id', 'id "p08" is used twice'],
      ['projects/pillar-1.yaml', 'projects[9].page', 'expected a number, found "fifty-nine"'],
      ['projects/pillar-3.yaml', 'projects[26].participants[1]', 'unknown municipality "sapporro"'],
      ['projects/pillar-3.yaml', 'projects[35].field', 'project p53 names field "3-3z", which no pillar defines'],
      ['region.yaml', 'region.municipalities[2].code', '012107 fails the check digit'],
      ['projects/pillar-2.yaml', 'projects[1].budget', 'unknown field "budget"'],
      ['structure.yaml', 'pillars[1].fields[2].letter', 'field letters run a, b, c… in order: expected c, found b'],
      ['vision.yaml', 'vision.adopted', '2024-02-30 is not a date in the calendar'],
    ];
    for (const [file, dataPath, message] of expected) {
      const line = lines.find((l) => l.includes(`  ${dataPath}  `) && l.includes(message));
      expect(line, `${file} ${dataPath}`).toMatch(new RegExp(`^${path.join(data, file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+  `));
    }
    expect(lines.at(-2)).toMatch(/^\d+ errors in 7 files$/);
    expect(lines.at(-1)).toBe('nothing was written');
    expect(readdirSync(out).sort()).toEqual(['manifest.json', 'pdf']);
    expect(readdirSync(path.join(out, 'pdf'))).toEqual([]);
    expect(readFileSync(path.join(out, 'manifest.json'), 'utf8')).toBe('previous build\n');
    expect(statSync(path.join(out, 'manifest.json')).mtimeMs).toBe(before);
  });

  it('creates no output folder when the data is invalid', async () => {
    const data = fixture({ 'vision.yaml': replaceOnce('edition: 2', 'edition: two') });
    const out = path.join(tempDir(), 'output');
    expect((await run('build', '--data', data, '--out', out)).code).toBe(1);
    expect(existsSync(out)).toBe(false);
  });

  it('runs as `npm run validate` with the exit codes the usage names', () => {
    const root = path.resolve(import.meta.dirname, '../..');
    const ok = spawnSync('npm', ['run', '--silent', 'validate', '--', '--data', SHIPPED_DATA], { cwd: root, encoding: 'utf8' });
    expect(ok.status).toBe(0);
    const bad = spawnSync('npm', ['run', '--silent', 'validate', '--', '--data', fixture({ 'vision.yaml': replaceOnce('edition: 2', 'edition: two') })], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(1);
    // In Japanese: the machine's locale (C.UTF-8 here, as on CI) names no language.
    expect(bad.stderr).toMatch(/vision\.yaml:3:12 {2}vision\.edition {2}.*「two」/);
    const usage = spawnSync('npm', ['run', '--silent', 'validate', '--', '--nope'], { cwd: root, encoding: 'utf8' });
    expect(usage.status).toBe(2);
  });
});

describe('command line: --municipality', () => {
  it('builds one handout and says which files it wrote', async () => {
    const out = tempDir();
    const { code, out: printed } = await run('build', '--data', SHIPPED_DATA, '--out', out, '--municipality', 'iwamizawa');
    expect(code).toBe(0);
    expect(printed).toContain(`wrote 2 outputs and the manifest to ${out}/\n  ${out}/pdf/annex/012106-iwamizawa.pdf`);
    expect(readdirSync(path.join(out, 'pdf', 'annex'))).toEqual(['012106-iwamizawa.pdf']);
    expect(existsSync(path.join(out, 'pdf', 'system-chart.pdf'))).toBe(false);
  });

  it('exits 2 for an unknown member, listing the choices', async () => {
    const { code, err } = await run('build', '--data', SHIPPED_DATA, '--out', tempDir(), '--municipality', 'sapporro');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toMatch(/^error: unknown municipality "sapporro"; did you mean "sapporo"\? choose a code, name or slug: 011002 札幌市 sapporo, 012033 小樽市 otaru, .* 014290 長沼町 naganuma$/);
  });

  it('is for build only', async () => {
    const { code, err } = await run('validate', '--municipality', 'otaru');
    expect(code).toBe(2);
    expect(err.split('\n')[0]).toBe('error: --municipality applies to build only');
  });
});
