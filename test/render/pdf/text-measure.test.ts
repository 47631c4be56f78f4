import { describe, expect, it } from 'vitest';
import { checkData } from '../../../src/check-data.js';
import { CHART, MIN_TABLE_FONT_SIZE } from '../../../src/render/pdf/system-chart.js';
import { lineCount, type Type } from '../../../src/render/pdf/text-measure.js';
import { serialize } from '../../../src/write/serialize.js';
import { SHIPPED_DATA } from '../../helpers/fixture.js';
import { centreY, readPdf } from '../../helpers/read-pdf.js';

describe('measured line breaks', () => {
  it('never come out fewer than pdfmake makes, and the same for the plan’s own texts where the chart prints them', async () => {
    const { model } = await checkData(SHIPPED_DATA);
    const regular: Type = { size: CHART.fontSize.table };
    const plan = [
      ...model!.projects.flatMap((p) => [167.3, 195.8].map((width) => ({ text: p.name, width, type: regular }))),
      ...model!.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields.map((f) => ({ text: `${f.letter}　${f.name}`, width: CHART.widths.field, type: regular })))),
      ...model!.policies.groups.map((g) => ({ text: g.name, width: 50.5, type: { ...regular, bold: true } })),
    ];
    const tricky = [
      'MICE誘致の推進',
      '「札幌UIターン就職センター」の広域利用',
      'ICTインフラ整備とDX（デジタル・トランスフォーメーション）の推進',
      '創業の促進（SAPPOROCITYREGIONALCOOPERATIONSTARTUPSUPPORTPROGRAMME）',
      'e-Taxの利用促進、マイナンバーカードの活用。https://www.city.sapporo.jp/kikaku/',
      'A・B・C・D・E・F・G・H・I・J・K・L・M・N・O・P',
      'ＡＢＣ１２３全角英数字の事業名',
      'ゃゅょっァィゥェォーーーゃゅょっァィゥェォーーー',
      'ﾊﾝｶｸｶﾀｶﾅﾉｼﾞｷﾞｮｳﾒｲﾊﾝｶｸｶﾀｶﾅﾉｼﾞｷﾞｮｳﾒｲ',
      'Sapporo regional cooperation for the winter sports economy 2030',
      '10％の削減と20℃の維持、CO2排出量の見える化',
      'あ'.repeat(40) + '。」）',
      '圏域の連携による地域経済の活性化と住民生活の質の向上に向けた取組の推進'.repeat(2),
    ].flatMap((text) => [22, 50.5, 112, 167.3].flatMap((width) => [regular, { size: MIN_TABLE_FONT_SIZE, bold: true }].map((type) => ({ text, width, type }))));
    const printed = await pdfmakeLines([...plan, ...tricky]);
    const counted = [...plan, ...tricky].map((c) => lineCount(c.text, c.width, c.type));
    expect([...plan, ...tricky].filter((_, i) => counted[i]! < printed[i]!)).toEqual([]);
    expect(plan.filter((_, i) => counted[i] !== printed[i])).toEqual([]);
  });
});

/** The lines pdfmake sets each text in, at its width and type: one table row each, read back from the PDF. */
async function pdfmakeLines(cases: readonly { text: string; width: number; type: Type }[]): Promise<number[]> {
  const marker = (i: number) => `§${i}§`;
  const groups = new Map<string, number[]>();
  cases.forEach((c, i) => {
    const key = `${c.width}/${c.type.size}/${c.type.bold ?? false}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const content = [...groups.values()].map((indices) => {
    const { width, type } = cases[indices[0]!]!;
    return {
      table: { widths: [24, width], dontBreakRows: true, body: indices.map((i) => [{ text: marker(i), fontSize: 5 }, { text: cases[i]!.text, fontSize: type.size, bold: type.bold ?? false }]) },
      margin: [0, 0, 0, 10],
    };
  });
  const definition = { pageSize: 'A4', defaultStyle: { font: 'BIZUDPGothic', lineHeight: CHART.lineHeight }, content } as never;
  const pdf = await readPdf(await serialize({ path: 'lines.pdf', kind: 'pdf', definition }));
  const lines = new Array<number>(cases.length).fill(0);
  for (const page of pdf.pages) {
    let at = -1;
    let ys = new Set<number>();
    const close = () => {
      if (at >= 0) lines[at] = ys.size;
    };
    // pdfmake writes a row's cells in order, so a text's lines follow its marker.
    for (const item of page.items) {
      const found = /^§(\d+)§$/.exec(item.str);
      if (found) {
        close();
        at = Number(found[1]);
        ys = new Set();
      } else ys.add(Math.round(centreY(item) * 10));
    }
    close();
  }
  return lines;
}
