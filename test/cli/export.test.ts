import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATES_DIR, InvalidInputError } from '../../src/index.js';
import { exportInput } from '../../src/export.js';
import { formatMessage } from '../../src/messages/index.js';
import { readBaseRows } from '../../src/input-workbook/index.js';
import { run, runWith } from '../helpers/cli.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../helpers/fixture.js';
import { readWorkbook } from '../helpers/read-xlsx.js';

describe('npm run export', () => {
  it('writes the input workbook to --out, making its folder, and says so', async () => {
    const file = path.join(tempDir(), 'for', 'staff', 'input.xlsx');
    const { code, out, err } = await run('export', '--data', MINIMAL, '--out', file);
    expect(code).toBe(0);
    const bytes = readFileSync(file);
    expect(out).toBe(`wrote the input workbook to ${file} (${bytes.length} bytes)\nedit it in Excel, save it, and npm run import reads it back`);
    // The data's warnings, as validate prints them.
    expect(err).toContain('warning: participation is unconfirmed for 3 of 5 projects');
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['記入方法', '連携事業', '参加市町村', '役割分担', '市町村', '計画', '書き出し時のデータ']);
    // The data it was exported from, hidden and locked, read back file for file.
    const base = workbook.getWorksheet('書き出し時のデータ')!;
    expect(base.state).toBe('hidden');
    expect(base.getCell('A1').value).toBe('このシートは取り込み（npm run import）が使います。編集しないでください。');
    const rows: string[][] = [];
    base.eachRow((row, n) => {
      if (n > 1) rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    const files = readBaseRows(rows)!;
    expect(files.map((f) => f.path)).toEqual(['policies.yaml', 'projects/pillar-1.yaml', 'projects/pillar-2.yaml', 'region.yaml', 'structure.yaml', 'vision.yaml']);
    for (const f of files) expect(f.text).toBe(readFileSync(path.join(MINIMAL, f.path), 'utf8'));
    expect(readdirSync(path.dirname(file))).toEqual(['input.xlsx']);
  });

  it('speaks Japanese on a Japanese machine', async () => {
    const file = path.join(tempDir(), 'input.xlsx');
    const { code, out } = await runWith({}, 'export', '--data', MINIMAL, '--out', file);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([`${file} に入力用のブックを書き出しました（${readFileSync(file).length} バイト）`, 'Excel で編集して保存したら、npm run import で取り込みます']);
  });

  it('writes the same bytes from the same data', async () => {
    const [first, second] = [path.join(tempDir(), 'a.xlsx'), path.join(tempDir(), 'b.xlsx')];
    expect((await run('export', '--data', MINIMAL, '--out', first)).code).toBe(0);
    expect((await run('export', '--data', MINIMAL, '--out', second)).code).toBe(0);
    expect(readFileSync(first).equals(readFileSync(second))).toBe(true);
  });

  it('on invalid data: exit 1, the problems as validate reports them, and nothing written', async () => {
    const data = fixture({ 'vision.yaml': replaceOnce('edition: 2', 'edition: two') });
    const folder = path.join(tempDir(), 'out');
    const { code, out, err } = await run('export', '--data', data, '--out', path.join(folder, 'input.xlsx'));
    expect(code).toBe(1);
    expect(out).toBe('');
    const lines = err.split('\n');
    expect(lines).toContain(`${path.join(data, 'vision.yaml')}:3:12  vision.edition  expected a number, found "two"`);
    expect(lines.slice(-2)).toEqual(['1 error in 1 file, 1 warning', 'nothing was written']);
    expect(existsSync(folder)).toBe(false);
  });

  it('checks the template file for the keys the workbook needs, as a build checks its own', async () => {
    const templates = tempDir();
    cpSync(DEFAULT_TEMPLATES_DIR, templates, { recursive: true });
    const file = path.join(templates, 'input-workbook.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^guideTitle: .*\n/m, ''));
    const outDir = tempDir();
    const error = await exportInput({ dataDir: MINIMAL, templatesDir: templates, outDir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    const problems = (error as InvalidInputError).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => [p.file, p.path, formatMessage(p.message, 'en')])).toEqual([[file, 'guideTitle', expect.stringContaining('guideTitle')]]);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it.each([
    [['export', '--out', 'input.pdf'], 'error: --out names an .xlsx file (got "input.pdf")'],
    [['export', '--out', ''], 'error: --out needs a file'],
    [['export', '--municipality', '江別'], 'error: --municipality applies to build only'],
    [['export', '--force'], 'error: --force applies to build only'],
    [['export', '--base', 'git:HEAD'], 'error: --base applies to compare only'],
    [['export', '--watch'], 'error: --watch applies to build only'],
  ])('exits 2 for %j', async (argv, reason) => {
    const { code, err } = await run(...argv);
    expect(code).toBe(2);
    expect(err.split('\n')).toEqual([reason, 'see --help for how to use it']);
  });

  it('is in the usage', async () => {
    const { code, out } = await run('export', '--help');
    expect(code).toBe(0);
    expect(out).toContain('npm run export -- [--data <dir>] [--out <file>]');
  });
});

describe('the input workbook in the output folder', () => {
  it('goes to xlsx/input.xlsx, and builds leave it alone: a build with nothing to do still says everything is current', async () => {
    const outDir = tempDir();
    expect((await run('build', '--data', MINIMAL, '--out', outDir)).code).toBe(0);
    const result = await exportInput({ dataDir: MINIMAL, outDir });
    const file = path.join(outDir, 'xlsx', 'input.xlsx');
    expect(result.file).toBe(file);
    const bytes = readFileSync(file);
    expect(result.bytes).toBe(bytes.length);
    // Not an output of the build: neither listed in its manifest nor taken for a stray one.
    const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8')) as { outputs: { path: string }[] };
    expect(manifest.outputs.map((o) => o.path)).not.toContain('xlsx/input.xlsx');
    const again = await run('build', '--data', MINIMAL, '--out', outDir);
    expect(again.code).toBe(0);
    expect(again.out).toContain(`all ${manifest.outputs.length} outputs in ${outDir}/ are up to date`);
    expect((await run('build', '--data', MINIMAL, '--out', outDir, '--force')).code).toBe(0);
    expect(readFileSync(file).equals(bytes)).toBe(true);
    // Nor does the lock export holds while it writes outlive it.
    expect(readdirSync(outDir).sort()).toEqual(['manifest.json', 'pdf', 'xlsx']);
  });
});
