import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, runWith } from '../helpers/cli.js';
import { readPdf } from '../helpers/read-pdf.js';
import { fixture, tempDir } from '../helpers/fixture.js';
import { editWorkbook, rowWith, sheet } from '../helpers/input-workbook.js';
import { snapshotBytes } from '../helpers/snapshot.js';

async function exportedWith(data: string, edit: Parameters<typeof editWorkbook>[1]): Promise<string> {
  const file = path.join(tempDir(), 'input.xlsx');
  expect((await run('export', '--data', data, '--out', file)).code).toBe(0);
  await editWorkbook(file, edit);
  return file;
}

describe('npm run import', () => {
  it('without --write: says what would change and writes nothing', async () => {
    const data = fixture();
    const file = await exportedWith(data, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p02'), 4).value = '企業誘致の推進（拡充）';
    });
    const before = snapshotBytes(data);
    const { code, out, err } = await runWith({}, 'import', file, '--data', data);
    expect(err).toBe('');
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe(`${file} を取り込むと、${data}/ は次のように変わります（まだ書き込んでいません）：`);
    expect(out).toMatch(/名称の変更\s+1 {2}NO 2 企業誘致の推進（拡充）（p02）/);
    expect(out).toContain(`  ${data}/projects/pillar-1.yaml  1 か所`);
    expect(lines.at(-1)).toBe(`この内容で書き換えるには、--write を付けて実行してください：npm run import -- ${file} --data ${data} --write`);
    expect(snapshotBytes(data)).toEqual(before);
  });

  it('with --write: replaces the data files and says what changed', async () => {
    const data = fixture();
    const file = await exportedWith(data, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p03'), 5).value = 12;
    });
    const { code, out } = await run('import', file, '--data', data, '--write');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toBe(`imported ${file}; ${data}/ changed as follows:`);
    expect(out).toMatch(/page changed\s+1 {2}NO 3 創業の促進 \(p03\)/);
    expect(readFileSync(path.join(data, 'projects/pillar-1.yaml'), 'utf8')).toContain('    name: 創業の促進\n    field: 1b\n    page: 12\n');
  });

  it('a bad cell: the cell, its heading and what is wrong; exit 1 and nothing written', async () => {
    const data = fixture();
    const file = await exportedWith(data, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p03'), 5).value = 'p.十二';
    });
    const before = snapshotBytes(data);
    const { code, err } = await runWith({}, 'import', file, '--data', data, '--write');
    expect(code).toBe(1);
    expect(err.split('\n')).toEqual([
      `${file} 連携事業!E4  ページ  「p.十二」を数として読めません。半角の数字で入力してください`,
      '1 ファイルにエラー 1 件',
      '何も書き込んでいません',
    ]);
    expect(snapshotBytes(data)).toEqual(before);
  });

  it('usage: the workbook is required, --write is for import only', async () => {
    expect(await run('import')).toMatchObject({ code: 2 });
    expect((await run('import')).err).toContain('name the workbook to import');
    expect((await run('build', '--write')).err).toContain('--write applies to import only');
  });
});

describe('npm run import, then build and compare', () => {
  it('a removed row removes its project; compare --base git:HEAD shows the edit in the 新旧対照表', async () => {
    const root = tempDir('vision-git-');
    const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd: root, stdio: 'pipe' });
    git('init', '-q');
    const data = path.join(root, 'data');
    cpSync(fixture(), data, { recursive: true });
    git('add', '.');
    git('commit', '-qm', 'published');
    const file = await exportedWith(data, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.spliceRows(rowWith(projects, 1, 'p03'), 1);
      projects.getCell(rowWith(projects, 1, 'p02'), 4).value = '企業誘致の推進（拡充）';
    });
    const imported = await run('import', file, '--data', data, '--write');
    expect(imported.code).toBe(0);
    expect(imported.out).toMatch(/removed\s+1 {2}NO 3 創業の促進 \(p03\)/);
    // The rows of 参加市町村 and 役割分担 that were about p03 go with it, with a word about each.
    expect(imported.err).toContain('参加市町村!A4  id  warning: the project p03 has been removed from the projects sheet, so this row is not imported');
    expect(readFileSync(path.join(data, 'projects/pillar-1.yaml'), 'utf8')).not.toContain('p03');
    const out = path.join(tempDir(), 'out');
    const compared = await run('compare', '--base', 'git:HEAD', '--data', data, '--out', out);
    expect(compared.code).toBe(0);
    const pdf = await readPdf(readFileSync(path.join(out, 'pdf/revision/shinkyu-taishohyo.pdf')));
    const table = pdf.pages.flatMap((page) => page.items.map((item) => item.str)).join('');
    expect(table).toContain('企業誘致の推進（拡充）');
    expect(table).toContain('（削る）');
    expect(table).toContain('創業の促進');
  });
});
