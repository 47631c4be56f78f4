import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../src/build.js';
import { fixture, MINIMAL, replaceOnce, tempDir } from '../../helpers/fixture.js';
import { readPdf } from '../../helpers/read-pdf.js';
import { readWorkbook, rowValues } from '../../helpers/read-xlsx.js';

const INSERTED = '  - id: p06\n    name: 新しい連携事業\n    field: 1b\n    page: 11\n    marks: [1]\n    participants: [shinshinotsu]\n';

/** Since the minimal base: a project for 新篠津村 inserted before NO 3, NO 5 changed for 小樽市, 札幌市's role reworded. */
const CURRENT = {
  'projects/pillar-1.yaml': replaceOnce('  - id: p03\n', `${INSERTED}  - id: p03\n`),
  'projects/pillar-2.yaml': (t: string) => replaceOnce('sapporo: 救急医療体制を提供する', 'sapporo: 救急医療体制を調整する')(replaceOnce('page: 13', 'page: 14')(t)),
};

const lines = async (file: string) => (await readPdf(readFileSync(file))).pages.flatMap((p) => p.items.map((i) => i.str));

describe("the handouts' 「前回からの変更」", () => {
  const withBase = tempDir();
  const without = tempDir();
  beforeAll(async () => {
    const data = fixture(CURRENT);
    await build({ dataDir: data, outDir: withBase, base: MINIMAL });
    await build({ dataDir: data, outDir: without });
  });

  it('lists the changes to the projects the member takes part in, and the renumbering that moves them', async () => {
    const text = (await lines(path.join(withBase, 'pdf/annex/012033-otaru.pdf'))).join('\n');
    const from = text.indexOf('前回からの変更');
    expect(from).toBeGreaterThan(0);
    const section = text.slice(from).split('\n');
    expect(section[0]).toBe('前回からの変更（令和6年(2024年)3月29日時点のデータとの比較）');
    expect(section.slice(1, 4)).toEqual(['NO.', '連携事業名', '変更の内容']);
    // Then the page's footer.
    expect(section.slice(4, 10)).toEqual(['6', '地域公共交通の維持', 'NO.の変更（5 → 6）', 'ページの変更（13 → 14）', 'NO.3〜5 を NO.4〜6 に繰下げ', 'テスト圏域ビジョン']);
  });

  it("names the member's own role change, and a new project it joins", async () => {
    const sapporo = (await lines(path.join(withBase, 'pdf/annex/011002-sapporo.pdf'))).join('');
    expect(sapporo).toContain('札幌市の役割の変更（旧：救急医療体制を提供する）');
    const shinshinotsu = (await lines(path.join(withBase, 'pdf/annex/013048-shinshinotsu.pdf'))).join('');
    expect(shinshinotsu).toMatch(/前回からの変更.*3新しい連携事業新設/);
  });

  it('says so when nothing changed for the member, and the workbook has the same sheet', async () => {
    const unchanged = tempDir();
    await build({ dataDir: MINIMAL, outDir: unchanged, base: MINIMAL });
    expect((await lines(path.join(unchanged, 'pdf/annex/012033-otaru.pdf'))).join('')).toContain('小樽市が参加する連携事業に、前回からの変更はありません。');
    const workbook = await readWorkbook(readFileSync(path.join(withBase, 'xlsx/annex/012033-otaru.xlsx')));
    const sheet = workbook.getWorksheet('前回からの変更')!;
    expect(rowValues(sheet, 2, 3)).toEqual(['NO.', '連携事業名', '変更の内容']);
    expect(rowValues(sheet, 3, 3)).toEqual([6, '地域公共交通の維持', 'NO.の変更（5 → 6）\nページの変更（13 → 14）']);
    expect(rowValues(sheet, 4, 3)).toEqual([null, 'NO.3〜5 を NO.4〜6 に繰下げ', null]);
  });

  it('a build without a base has no such section or sheet', async () => {
    expect((await lines(path.join(without, 'pdf/annex/012033-otaru.pdf'))).join('')).not.toContain('前回からの変更');
    const workbook = await readWorkbook(readFileSync(path.join(without, 'xlsx/annex/012033-otaru.xlsx')));
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['概要', '参加事業']);
  });

  it("says in Japanese what a ● cell of the member's workbook accepts", async () => {
    const workbook = await readWorkbook(readFileSync(path.join(without, 'xlsx/annex/012033-otaru.xlsx')));
    const validation = workbook.getWorksheet('参加事業')!.getCell('F3').dataValidation;
    expect(validation).toMatchObject({ type: 'list', formulae: ['"●"'], showErrorMessage: true, errorTitle: '入力できない値です', error: '● を入力するか、空欄にしてください。セル右の ▼ から ● を選べます。' });
  });
});
