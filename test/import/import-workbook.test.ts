import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatMessage } from '../../src/messages/index.js';
import { importWorkbook } from '../../src/import/index.js';
import type { Problem } from '../../src/problem.js';
import { columnLetter } from '../../src/render/xlsx/spec.js';
import { fixture, MINIMAL, replaceOnce, SHIPPED_DATA, tempDir } from '../helpers/fixture.js';
import { snapshotBytes } from '../helpers/snapshot.js';
import { editWorkbook, exportInputWorkbook, rowWith, sheet } from '../helpers/input-workbook.js';

const FILES = ['region.yaml', 'vision.yaml', 'policies.yaml', 'structure.yaml', 'projects/pillar-1.yaml', 'projects/pillar-2.yaml'];

function text(dir: string, file: string): string {
  return readFileSync(path.join(dir, file), 'utf8');
}

/** `連携事業!F12  連携事業名  message` for each problem, as the command line prints the place. */
function where(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity} ${p.cell ? `${p.cell.sheet}!${columnLetter(p.cell.column)}${p.cell.row}` : `${path.basename(p.file)}:${p.line ?? ''}`}  ${p.path}  ${formatMessage(p.message, 'ja')}`);
}

async function exported(data: string): Promise<string> {
  const file = path.join(tempDir(), 'input.xlsx');
  await exportInputWorkbook(data, file);
  return file;
}

describe('import: export then import with no edit changes nothing', () => {
  it.each([
    ['the shipped data', SHIPPED_DATA],
    ['a fixture with roles and listed participants', MINIMAL],
  ])('%s: zero bytes change', async (_, from) => {
    const data = fixture({}, from);
    const before = snapshotBytes(data);
    const result = await importWorkbook({ workbook: await exported(data), dataDir: data, write: true });
    expect(where(result.problems)).toEqual([]);
    expect(result.ok && result.changes).toEqual([]);
    expect(result.ok && result.written).toBe(false);
    expect(snapshotBytes(data)).toEqual(before);
  });
});

/** The edits of the "must show" case, on the minimal fixture's workbook. */
async function editFixture(file: string): Promise<void> {
  await editWorkbook(file, (workbook) => {
    const projects = sheet(workbook, '連携事業');
    const p02 = rowWith(projects, 1, 'p02');
    projects.getCell(p02, 4).value = '企業誘致の推進（拡充）';
    const p03 = rowWith(projects, 1, 'p03');
    projects.getCell(p03, 8).value = '●';
    const p05 = rowWith(projects, 1, 'p05');
    const added = p05 + 1;
    projects.getCell(added, 3).value = projects.getCell(p05, 3).value;
    projects.getCell(added, 4).value = '観光客の周遊促進';
    projects.getCell(added, 5).value = 14;
    projects.getCell(added, 6).value = '●';
    projects.getCell(added, 9).value = '個別';

    const participants = sheet(workbook, '参加市町村');
    participants.getCell(rowWith(participants, 1, 'p05'), 4).value = '●';
    const newRow = rowWith(participants, 1, 'p05') + 1;
    participants.getCell(newRow, 3).value = '観光客の周遊促進';
    participants.getCell(newRow, 4).value = '●';
    participants.getCell(newRow, 5).value = '●';

    const roles = sheet(workbook, '役割分担');
    let otaruOfP04 = 0;
    roles.eachRow((row, n) => {
      if (row.getCell(1).value === 'p04' && row.getCell(3).value === '小樽市') otaruOfP04 = n;
    });
    roles.getCell(otaruOfP04, 4).value = '患者搬送で協力する';
    let last = 0;
    roles.eachRow((_, n) => (last = n));
    roles.getCell(last + 1, 2).value = '観光客の周遊促進';
    roles.getCell(last + 1, 3).value = '小樽市';
    roles.getCell(last + 1, 4).value = '周遊ルートを案内する';

    const members = sheet(workbook, '市町村');
    members.getCell(rowWith(members, 1, 'otaru'), 7).value = 'R6.4.1';
  });
}

const EXPECTED: Record<string, (text: string) => string> = {
  'projects/pillar-1.yaml': (t) => replaceOnce('    marks: [2]\n', '    marks: [2, 3]\n')(replaceOnce('name: 企業誘致の推進\n', 'name: 企業誘致の推進（拡充）\n')(t)),
  'projects/pillar-2.yaml': (t) =>
    replaceOnce('        sapporo: 救急医療体制を提供する\n', '        sapporo: 救急医療体制を提供する\n        otaru: 患者搬送で協力する\n')(
      replaceOnce('    participants: [otaru]\n', '    participants: [sapporo, otaru]\n')(t),
    ) +
    '  - id: p06\n    name: 観光客の周遊促進\n    field: 2-2a\n    page: 14\n    marks: [1]\n    participants: [sapporo, otaru]\n    details:\n      roles:\n        otaru: 周遊ルートを案内する\n',
  'region.yaml': replaceOnce('slug: otaru }', 'slug: otaru, agreementSigned: 2024-04-01 }'),
};

describe('import: an edited workbook', () => {
  it('imports to exactly the expected YAML, and says what it read other than as typed', async () => {
    const data = fixture();
    const original = Object.fromEntries(FILES.map((f) => [f, text(data, f)]));
    const file = await exported(data);
    await editFixture(file);
    const dry = await importWorkbook({ workbook: file, dataDir: data, write: false });
    expect(where(dry.problems)).toEqual(['warning 市町村!G3  連携協約締結日  「R6.4.1」を 令和6年(2024年)4月1日 と読みました']);
    expect(FILES.map((f) => text(data, f))).toEqual(Object.values(original));
    const result = await importWorkbook({ workbook: file, dataDir: data, write: true });
    expect(result.ok && result.written).toBe(true);
    for (const f of FILES) expect(text(data, f), f).toBe((EXPECTED[f] ?? ((t: string) => t))(original[f]!));
    if (!result.ok) throw new Error('import failed');
    expect(result.changes.map((c) => c.file.split('/').slice(-2).join('/')).sort()).toEqual(['minimal/region.yaml', 'projects/pillar-1.yaml', 'projects/pillar-2.yaml'].map((f) => (f.startsWith('minimal') ? path.basename(data) + '/region.yaml' : f)).sort());
    const aspects = Object.fromEntries(result.comparison.projects.map((c) => [c.id, c.aspects]));
    expect(aspects).toEqual({ p02: ['renamed'], p03: ['marks'], p05: ['participants'], p06: ['added'] });
  });

  it('imports the same after LibreOffice re-saves the workbook', async () => {
    const data = fixture();
    const file = await exported(data);
    await editFixture(file);
    const out = tempDir();
    const resaved = path.join(tempDir(), 'input.xlsx');
    copyFileSync(file, resaved);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${tempDir()}`, '--convert-to', 'xlsx', '--outdir', out, resaved], { stdio: 'ignore' });
    const original = Object.fromEntries(FILES.map((f) => [f, text(data, f)]));
    const result = await importWorkbook({ workbook: path.join(out, 'input.xlsx'), dataDir: data, write: true });
    expect(where(result.problems)).toEqual(['warning 市町村!G3  連携協約締結日  「R6.4.1」を 令和6年(2024年)4月1日 と読みました']);
    for (const f of FILES) expect(text(data, f), f).toBe((EXPECTED[f] ?? ((t: string) => t))(original[f]!));
  }, 120_000);
});

describe('import: a workbook exported before another was imported', () => {
  /** Two members fill in copies of the same workbook; the second is imported after the first. */
  it('changes only what was typed in it, and keeps what the first import changed', async () => {
    const data = fixture();
    const [first, second, third] = [await exported(data), await exported(data), await exported(data)];
    await editWorkbook(first, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p02'), 4).value = '企業誘致の推進（拡充）';
      const roles = sheet(wb, '役割分担');
      roles.eachRow((row) => {
        if (row.getCell(1).value === 'p04' && row.getCell(3).value === '小樽市') row.getCell(4).value = '患者搬送で協力する';
      });
    });
    await editWorkbook(second, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p03'), 8).value = '●';
      const roles = sheet(wb, '役割分担');
      roles.eachRow((row) => {
        if (row.getCell(1).value === 'p04' && row.getCell(3).value === '札幌市') row.getCell(4).value = '救急医療体制を提供し、調整する';
      });
    });
    await editWorkbook(third, (wb) => {
      const projects = sheet(wb, '連携事業');
      projects.getCell(rowWith(projects, 1, 'p02'), 4).value = '企業誘致の強化';
    });
    const original = Object.fromEntries(FILES.map((f) => [f, text(data, f)]));
    expect((await importWorkbook({ workbook: first, dataDir: data, write: true })).ok).toBe(true);
    const result = await importWorkbook({ workbook: second, dataDir: data, write: true });
    expect(where(result.problems)).toEqual(['warning input.xlsx:    このブックを書き出した後に data/ が変わっています。このブックで変更したセルだけを data/ に反映します']);
    expect(result.ok && result.comparison.projects.map((c) => [c.id, c.aspects])).toEqual([['p03', ['marks']]]);
    expect(text(data, 'projects/pillar-1.yaml')).toBe(replaceOnce('    marks: [2]\n', '    marks: [2, 3]\n')(replaceOnce('name: 企業誘致の推進\n', 'name: 企業誘致の推進（拡充）\n')(original['projects/pillar-1.yaml']!)));
    expect(text(data, 'projects/pillar-2.yaml')).toBe(
      replaceOnce('        sapporo: 救急医療体制を提供する\n', '        sapporo: 救急医療体制を提供し、調整する\n        otaru: 患者搬送で協力する\n')(original['projects/pillar-2.yaml']!),
    );
    const before = snapshotBytes(data);
    const conflict = await importWorkbook({ workbook: third, dataDir: data, write: true });
    expect(conflict.ok).toBe(false);
    expect(where(conflict.problems)).toEqual(['warning input.xlsx:    このブックを書き出した後に data/ が変わっています。このブックで変更したセルだけを data/ に反映します', 'error 連携事業!D3  連携事業名  ブックを書き出した後に、data/ でもこの項目が変わっています（いまは「企業誘致の推進（拡充）」）']);
    expect(snapshotBytes(data)).toEqual(before);
  });
});
