import { describe, expect, it } from 'vitest';
import { checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../../../src/index.js';
import { compareModels } from '../../../src/compare/index.js';
import { readTemplates } from '../../../src/load/index.js';
import { REVISION_PDF } from '../../../src/render/revision/pdf.js';
import { shinkyuTaishohyo } from '../../../src/render/revision/shinkyu-taishohyo.js';
import { MINIMAL, replaceOnce, SHIPPED_DATA, type Edits } from '../../helpers/fixture.js';
import { centreX, glyphSpan, type PdfPage, type Segment, type TextItem } from '../../helpers/read-pdf.js';
import { rowValues } from '../../helpers/read-xlsx.js';
import { cellText, compared, pageRows, render, rowsOf, textOf, underlined, type PdfRow } from './compared.js';

const P1 = 'projects/pillar-1.yaml';
const P2 = 'projects/pillar-2.yaml';
const edits = (file: string, search: string, replacement: string): Edits => ({ [file]: replaceOnce(search, replacement) });

const NEW_PROJECT = '  - id: p06\n    name: 新たな連携事業\n    field: 1b\n    page: 11\n    marks: [1, 3]\n    participants: all\n';
const P03 = '  - id: p03\n    name: 創業の促進\n    field: 1b\n    page: 11\n    marks: [2]\n    participants: all\n';

/** The one underline under characters `start`–`end` of `item`: its bar spans exactly those glyphs, just below them. */
function expectUnderline(lines: readonly Segment[], item: TextItem, start: number, end: number) {
  const span = glyphSpan(item, start, end);
  const under = lines.filter((s) => s.x < span.x + span.width && s.x + s.width > span.x);
  expect(under, `${item.str} [${start}, ${end})`).toHaveLength(1);
  expect(under[0]!.x).toBeCloseTo(span.x, 1);
  expect(under[0]!.width).toBeCloseTo(span.width, 1);
  expect(under[0]!.y).toBeGreaterThan(item.y + item.size * 0.9);
  expect(under[0]!.y).toBeLessThan(item.y + item.size * 1.4);
}

/** The characters of `items` with an underline below them (a bar under the glyph's centre), in order. */
function underlinedChars(items: readonly TextItem[], lines: readonly Segment[]): string {
  return items
    .flatMap((item) =>
      [...item.str].filter((_, k) => {
        const span = glyphSpan(item, k, k + 1);
        const middle = span.x + span.width / 2;
        return lines.some((s) => s.x < middle && s.x + s.width > middle && s.y > item.y + item.size * 0.9 && s.y < item.y + item.size * 1.4);
      }),
    )
    .join('');
}

const itemWith = (items: readonly TextItem[], text: string) => items.find((i) => i.str.includes(text))!;

/** Column heading items of a side (0: 改正後, 1: 改正前). */
const heading = (page: PdfPage, text: string, side: 0 | 1) => page.items.filter((i) => i.str === text)[side]!;

describe('新旧対照表: a renamed project', () => {
  const renamed = (name: string) => edits(P1, 'name: 企業誘致の推進', `name: ${name}`);

  it('is one 変更 row with the project on each side, 改正後 on the left', async () => {
    const { pdf } = await compared(renamed('連携した企業誘致の推進'), renamed('連携による企業誘致の推進'));
    const rows = rowsOf(pdf);
    expect(rows.map((r) => [textOf(r.after), textOf(r.before), r.remark])).toEqual([
      ['2１b戦略産業の育成連携による企業誘致の推進●11全市町村（未確認）', '2１b戦略産業の育成連携した企業誘致の推進●11全市町村（未確認）', '変更'],
    ]);
  });

  it('underlines 「による」 on the new side and 「した」 on the old side, nothing else', async () => {
    const { pdf } = await compared(renamed('連携した企業誘致の推進'), renamed('連携による企業誘致の推進'));
    const [row] = rowsOf(pdf) as [PdfRow];
    expect(row.afterLines).toHaveLength(1);
    expect(row.beforeLines).toHaveLength(1);
    expectUnderline(row.afterLines, itemWith(row.after, '連携による'), 2, 5);
    expectUnderline(row.beforeLines, itemWith(row.before, '連携した'), 2, 4);
  });

  it('underlines the same runs in the workbook', async () => {
    const { workbook } = await compared(renamed('連携した企業誘致の推進'), renamed('連携による企業誘致の推進'));
    const ws = workbook.getWorksheet('新旧対照表')!;
    // Minimal has three marks: a side is NO | 政策分野 | 連携事業名 | ①②③ | ページ | 参加市町村 (8), then 備考.
    expect(['A3', 'I3', 'Q3'].map((a) => cellText(ws.getCell(a)))).toEqual(['改正後', '改正前', '備考']);
    expect(rowValues(ws, 4, 16)).toEqual([...['NO.', '政策分野', '連携事業名', '①', '②', '③', 'ページ', '参加市町村'], ...['NO.', '政策分野', '連携事業名', '①', '②', '③', 'ページ', '参加市町村']]);
    expect(Array.from({ length: 17 }, (_, i) => cellText(ws.getCell(5, i + 1)))).toEqual([
      ...['2', '１b　戦略産業の育成', '連携による企業誘致の推進', '●', '', '', '11', '全市町村（未確認）'],
      ...['2', '１b　戦略産業の育成', '連携した企業誘致の推進', '●', '', '', '11', '全市町村（未確認）'],
      '変更',
    ]);
    expect(Array.from({ length: 17 }, (_, i) => underlined(ws.getCell(5, i + 1)))).toEqual(['', '', 'による', ...Array(7).fill(''), 'した', ...Array(6).fill('')]);
    expect(ws.getCell('C5').value).toEqual({
      richText: [
        { text: '連携', font: { name: 'BIZ UDPゴシック', size: 10 } },
        { text: 'による', font: { name: 'BIZ UDPゴシック', size: 10, underline: true } },
        { text: '企業誘致の推進', font: { name: 'BIZ UDPゴシック', size: 10 } },
      ],
    });
  });
});

describe('新旧対照表: a project inserted in a field', () => {
  it('on the shipped data, one project inserted in field 2b: one 新設 row, one 繰下げ row for NO.16〜53', async () => {
    const inserted = '  - id: p54\n    name: 新千歳空港との連携強化\n    field: 2b\n    page: 62\n    marks: [3, 4]\n    participants: all\n';
    const { pdf, comparison } = await compared({}, { 'projects/pillar-2.yaml': replaceOnce('  - id: p16\n', `${inserted}  - id: p16\n`) }, SHIPPED_DATA);
    expect(comparison.renumberings).toEqual([{ from: { first: 16, last: 53 }, to: { first: 17, last: 54 } }]);
    expect(rowsOf(pdf).map((r) => [textOf(r.before), r.remark])).toEqual([
      ['（新設）', '新設'],
      ['', '繰下げ'],
    ]);
    expect(textOf(rowsOf(pdf)[1]!.after)).toBe('NO.16〜53をNO.17〜54に繰下げ');
  });

  it('gives exactly one 新設 row and one 繰下げ row for the projects after it', async () => {
    const { pdf, comparison } = await compared({}, edits(P1, '  - id: p03\n', `${NEW_PROJECT}  - id: p03\n`));
    expect(comparison.renumberings).toEqual([{ from: { first: 3, last: 5 }, to: { first: 4, last: 6 } }]);
    const rows = rowsOf(pdf);
    expect(rows.map((r) => [textOf(r.after), textOf(r.before), r.remark])).toEqual([
      ['3１b戦略産業の育成新たな連携事業●●11全市町村（未確認）', '（新設）', '新設'],
      ['NO.3〜5をNO.4〜6に繰下げ', '', '繰下げ'],
    ]);
  });

  it('underlines the whole new row and nothing on the old side', async () => {
    const { pdf } = await compared({}, edits(P1, '  - id: p03\n', `${NEW_PROJECT}  - id: p03\n`));
    const [row] = rowsOf(pdf) as [PdfRow];
    expect(row.beforeLines).toEqual([]);
    // One bar per printed text: NO, field (two items around the full-width space, one bar), name, the two ●, page, participants.
    for (const item of row.after) {
      const bar = row.afterLines.find((s) => s.x <= item.x + 0.5 && s.x + s.width >= item.x + item.width - 0.5);
      expect(bar, item.str).toBeDefined();
    }
    expect(row.afterLines).toHaveLength(7);
  });

  it('lists the new project and the renumbered run in 変更事業一覧', async () => {
    const { workbook } = await compared({}, edits(P1, '  - id: p03\n', `${NEW_PROJECT}  - id: p03\n`));
    const ws = workbook.getWorksheet('変更事業一覧')!;
    expect([1, 2, 3].map((r) => rowValues(ws, r, 5))).toEqual([
      ['ID', '改正前NO.', '改正後NO.', '連携事業名', '変更の内容'],
      ['p06', null, 3, '新たな連携事業', '新設'],
      [null, '3〜5', '4〜6', null, '繰下げ'],
    ]);
    expect(ws.rowCount).toBe(3);
    const table = workbook.getWorksheet('新旧対照表')!;
    expect(cellText(table.getCell('A6'))).toBe('NO.3〜5 を NO.4〜6 に繰下げ');
    expect(table.model.merges).toContain('A6:P6');
  });
});

describe('新旧対照表: a removed project', () => {
  it('shows （削る） on the new side, the old row underlined, 削除, and the 繰上げ', async () => {
    const { pdf, workbook } = await compared({}, edits(P1, P03, ''));
    const rows = rowsOf(pdf);
    expect(rows.map((r) => [textOf(r.after), textOf(r.before), r.remark])).toEqual([
      ['（削る）', '3１b戦略産業の育成創業の促進●11全市町村（未確認）', '削除'],
      ['NO.4〜5をNO.3〜4に繰上げ', '', '繰上げ'],
    ]);
    expect(rows[0]!.afterLines).toEqual([]);
    expect(rows[0]!.beforeLines).toHaveLength(6);
    const ws = workbook.getWorksheet('変更事業一覧')!;
    expect([2, 3].map((r) => rowValues(ws, r, 5))).toEqual([
      ['p03', 3, null, '創業の促進', '削除'],
      [null, '4〜5', '3〜4', null, '繰上げ'],
    ]);
  });
});

describe('新旧対照表: marks', () => {
  it('a mark added is 追加: the new ● and the empty cell it replaces are both underlined', async () => {
    const { pdf, workbook } = await compared({}, edits(P1, '    marks: [1]\n', '    marks: [1, 2]\n'));
    const page = pdf.pages[0]!;
    const [row] = pageRows(page) as [PdfRow];
    expect([textOf(row.after), textOf(row.before), row.remark]).toEqual(['2１b戦略産業の育成企業誘致の推進●●11全市町村（未確認）', '2１b戦略産業の育成企業誘致の推進●11全市町村（未確認）', '追加']);
    // New side: the ● under ② is underlined, the ● under ① is not.
    const dots = row.after.filter((i) => i.str === '●');
    const second = dots.find((d) => Math.abs(centreX(d) - centreX(heading(page, '②', 0))) < 1)!;
    expect(row.afterLines).toHaveLength(1);
    expectUnderline(row.afterLines, second, 0, 1);
    // Old side: the ② cell is empty, yet a bar of a ●'s width is drawn in it, at the ●'s underline depth.
    const column = heading(page, '②', 1);
    expect(row.before.some((i) => Math.abs(centreX(i) - centreX(column)) < 4)).toBe(false);
    expect(row.beforeLines).toHaveLength(1);
    const bar = row.beforeLines[0]!;
    expect(bar.x + bar.width / 2).toBeCloseTo(centreX(column), 0);
    expect(bar.width).toBeCloseTo(second.width, 1);
    expect(bar.y).toBeCloseTo(row.afterLines[0]!.y, 0);

    const ws = workbook.getWorksheet('新旧対照表')!;
    expect(cellText(ws.getCell('E5'))).toBe('●');
    expect(underlined(ws.getCell('E5'))).toBe('●');
    expect(underlined(ws.getCell('D5'))).toBe('');
    // The empty old cell holds an underlined ideographic space, so a bar shows there too.
    expect(underlined(ws.getCell('M5'))).toBe('\u3000');
    expect(cellText(ws.getCell('Q5'))).toBe('追加');
    expect(rowValues(workbook.getWorksheet('変更事業一覧')!, 2, 5)).toEqual(['p02', 2, 2, '企業誘致の推進', '重点施策の変更']);
  });

  it('a mark replaced is 変更: both columns underlined on both sides', async () => {
    const { pdf } = await compared({}, edits(P1, 'marks: [2]', 'marks: [3]'));
    const page = pdf.pages[0]!;
    const [row] = pageRows(page) as [PdfRow];
    expect(row.remark).toBe('変更');
    const centres = (lines: readonly Segment[]) => lines.map((s) => s.x + s.width / 2).sort((a, b) => a - b);
    for (const side of [0, 1] as const) {
      const lines = side === 0 ? row.afterLines : row.beforeLines;
      expect(lines).toHaveLength(2);
      expect(centres(lines)[0]).toBeCloseTo(centreX(heading(page, '②', side)), 0);
      expect(centres(lines)[1]).toBeCloseTo(centreX(heading(page, '③', side)), 0);
    }
  });
});

describe('新旧対照表: other project changes', () => {
  it('a move to another field shows the new NO and field, and the project it passed is renumbered', async () => {
    const { pdf, workbook } = await compared({}, edits(P1, 'field: 1b\n    page: 11\n    marks: [2]', 'field: 1a\n    page: 11\n    marks: [2]'));
    const rows = rowsOf(pdf);
    expect(rows.map((r) => [textOf(r.after), textOf(r.before), r.remark])).toEqual([
      ['2１a経済戦略の推進創業の促進●11全市町村（未確認）', '3１b戦略産業の育成創業の促進●11全市町村（未確認）', '変更'],
      ['NO.2をNO.3に繰下げ', '', '繰下げ'],
    ]);
    // Every printed cell is compared character by character, the field's text too.
    const [row] = rows as [PdfRow];
    expect(underlinedChars(row.after, row.afterLines)).toBe('2a経済推進');
    expect(underlinedChars(row.before, row.beforeLines)).toBe('3b産業育成');
    expect(rowValues(workbook.getWorksheet('変更事業一覧')!, 2, 5)).toEqual(['p03', 3, 2, '創業の促進', '繰上げ、政策分野の移動']);
  });

  it('a page change underlines the changed digit', async () => {
    const { pdf, workbook } = await compared({}, edits(P2, 'page: 13', 'page: 14'));
    const [row] = rowsOf(pdf) as [PdfRow];
    expect([textOf(row.after), textOf(row.before), row.remark]).toEqual(['5２⑵a地域公共交通地域公共交通の維持●●14小樽市', '5２⑵a地域公共交通地域公共交通の維持●●13小樽市', '変更']);
    expectUnderline(row.afterLines, itemWith(row.after, '14'), 1, 2);
    expectUnderline(row.beforeLines, itemWith(row.before, '13'), 1, 2);
    expect(underlined(workbook.getWorksheet('新旧対照表')!.getCell('G5'))).toBe('4');
    expect(rowValues(workbook.getWorksheet('変更事業一覧')!, 2, 5)).toEqual(['p05', 5, 5, '地域公共交通の維持', 'ページ変更']);
  });

  it('a participant added is 追加, with only the added name underlined', async () => {
    const { pdf } = await compared({}, edits(P2, 'participants: [otaru]', 'participants: [otaru, shinshinotsu]'));
    const [row] = rowsOf(pdf) as [PdfRow];
    expect(row.remark).toBe('追加');
    const names = itemWith(row.after, '小樽市、新篠津村');
    expect(names.str).toBe('小樽市、新篠津村');
    expect(row.afterLines).toHaveLength(1);
    expectUnderline(row.afterLines, names, 3, 8);
    expect(row.beforeLines).toEqual([]);
  });
});

describe('新旧対照表: printed texts other than projects', () => {
  // What changed, the label on both sides, text both sides share, and the underlined characters on each side.
  const cases: [string, Edits, string, string, [string, string]][] = [
    ['a field name', edits('structure.yaml', '戦略産業の育成', '戦略産業の振興'), '政策分野（1b）', 'b　戦略産業の', ['振興', '育成']],
    ['a pillar name', edits('structure.yaml', '経済成長のけん引', '経済成長の牽引'), '柱１', '１　経済成長の', ['牽', 'けん']],
    ['a priority text', edits('policies.yaml', '人材を育成する', '人材を育成・確保する'), '重点施策③', '人材を育成', ['・確保', '']],
    ['the vision lead', edits('vision.yaml', '以下の３つを重点施策として推進します。', '以下の３つを重点施策として一体的に推進します。'), '重点施策の説明文', '以下の３つを重点施策として', ['一体的に', '']],
    ['a member bureau', edits('region.yaml', '後志総合振興局', '後志振興局'), '小樽市　振興局', '後志', ['', '総合']],
    ['a role', edits(P2, '救急医療体制を提供する', '救急医療体制を確保する'), 'NO.4 救急医療の推進　札幌市の役割分担', '救急医療体制を', ['確保', '提供']],
  ];
  it.each(cases)('%s: one 変更 row, labelled on both sides, the changed characters underlined', async (_, change, label, common, marked) => {
    const { pdf, workbook } = await compared({}, change);
    const [row, ...rest] = rowsOf(pdf) as [PdfRow];
    expect(rest).toEqual([]);
    expect(row.remark).toBe('変更');
    for (const side of [row.after, row.before]) {
      expect(textOf(side).startsWith(label.replace(/[\s　]/g, ''))).toBe(true);
      expect(textOf(side)).toContain(common.replace(/[\s　]/g, ''));
    }
    expect([underlinedChars(row.after, row.afterLines), underlinedChars(row.before, row.beforeLines)]).toEqual(marked);
    const ws = workbook.getWorksheet('新旧対照表')!;
    const [after, before] = [ws.getCell('A5'), ws.getCell('I5')];
    expect([underlined(after), underlined(before)]).toEqual(marked);
    expect(cellText(after).split('\n')[0]).toBe(label);
    expect(cellText(before).split('\n')[0]).toBe(label);
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A5:H5', 'I5:P5']));
  });

  it('the example pairs underline exactly the changed characters in the workbook', async () => {
    const { workbook } = await compared({}, edits('structure.yaml', '戦略産業の育成', '戦略産業の振興'));
    const ws = workbook.getWorksheet('新旧対照表')!;
    expect([underlined(ws.getCell('A5')), underlined(ws.getCell('I5'))]).toEqual(['振興', '育成']);
    expect(cellText(ws.getCell('A5'))).toBe('政策分野（1b）\n１　b　戦略産業の振興');
  });

  it('dates print in 和暦; a new field is 新設 with （新設） on the old side', async () => {
    const { pdf } = await compared({}, {
      'vision.yaml': replaceOnce('adopted: 2024-03-29', 'adopted: 2024-03-28'),
      'structure.yaml': replaceOnce('      - { id: 1b, letter: b, name: 戦略産業の育成 }\n', '      - { id: 1b, letter: b, name: 戦略産業の育成 }\n      - { id: 1c, letter: c, name: 地域経済の裾野拡大 }\n'),
    });
    const rows = rowsOf(pdf);
    expect(rows.map((r) => [textOf(r.after), textOf(r.before), r.remark])).toEqual([
      ['策定日令和6年(2024年)3月28日', '策定日令和6年(2024年)3月29日', '変更'],
      ['政策分野（1c）１c地域経済の裾野拡大', '（新設）', '新設'],
    ]);
    expect(underlinedChars(rows[0]!.after, rows[0]!.afterLines)).toBe('8');
    expect(underlinedChars(rows[1]!.after, rows[1]!.afterLines)).toBe('１c地域経済の裾野拡大');
  });
});

describe('新旧対照表: the document', () => {
  const everything: Edits = {
    [P1]: (t) => replaceOnce('marks: [2]', 'marks: [3]')(replaceOnce('name: 企業誘致の推進', 'name: 連携による企業誘致の推進')(replaceOnce('  - id: p03\n', `${NEW_PROJECT}  - id: p03\n`)(t))),
    [P2]: (t) => replaceOnce('救急医療体制を提供する', '救急医療体制を確保する')(replaceOnce('page: 13', 'page: 14')(t)),
    'structure.yaml': replaceOnce('戦略産業の育成', '戦略産業の振興'),
    'policies.yaml': replaceOnce('人材を育成する', '人材を育成・確保する'),
    'vision.yaml': (t) => replaceOnce('以下の３つを', '次の３つを')(replaceOnce('  revisions: []', '  revisions:\n    - { date: 2025-04-01, label: 一部変更 }')(t)),
    'region.yaml': replaceOnce('後志総合振興局', '後志振興局'),
  };

  it('orders the rows: vision, policies, structure, projects with their renumbering, members, roles', async () => {
    const { pdf } = await compared(edits(P1, 'name: 企業誘致の推進', 'name: 連携した企業誘致の推進'), everything);
    const rows = rowsOf(pdf);
    expect(rows.map((r) => `${textOf(r.after).slice(0, 8)} ${r.remark}`)).toEqual([
      '重点施策の説明文 変更',
      '重点施策③人材を 変更',
      '政策分野（1b） 変更',
      '2１b戦略産業の 変更',
      '3１b戦略産業の 新設',
      'NO.3〜5をN 繰下げ',
      '4１b戦略産業の 変更',
      '6２⑵a地域公共 変更',
      '小樽市振興局後志 変更',
      'NO.5救急医療 変更',
    ]);
  });

  it('is A4 landscape with a centred title naming the vision and both dates, and 「- n -」', async () => {
    const { pdf } = await compared({}, everything);
    const page = pdf.pages[0]!;
    expect([Math.round(page.width), Math.round(page.height)]).toEqual([842, 595]);
    const title = page.items.filter((i) => Math.abs(i.size - REVISION_PDF.fontSize.title) < 0.01);
    expect(title.map((i) => i.str).join('')).toBe('テスト圏域ビジョン新旧対照表');
    const left = Math.min(...title.map((i) => i.x));
    const right = Math.max(...title.map((i) => i.x + i.width));
    expect((left + right) / 2).toBeCloseTo(page.width / 2, 0);
    const body = page.items.filter((i) => i.y > title[0]!.y + 20).map((i) => i.size);
    expect(Math.max(...body)).toBeLessThan(REVISION_PDF.fontSize.title);
    const dates = page.items.filter((i) => Math.abs(i.size - REVISION_PDF.fontSize.dates) < 0.01).map((i) => i.str).join('');
    expect(dates).toBe('改正後令和7年(2025年)4月1日／改正前令和6年(2024年)3月29日');
    expect(page.items.find((i) => i.str === '- 1 -')).toBeDefined();
    expect(pdf.info).toMatchObject({ Title: 'テスト圏域ビジョン 新旧対照表', Author: 'テスト市企画局' });
  });

  it('repeats the header on every page of a long table, and numbers the pages', async () => {
    const many = (suffix: string) => ({
      'projects/pillar-9.yaml': () => `projects:\n${Array.from({ length: 70 }, (_, i) => `  - { id: x${i + 6}, name: 追加の連携事業${i + 6}${suffix}, field: 2-2a, page: 20, marks: [1], participants: [otaru] }`).join('\n')}\n`,
    });
    const { pdf } = await compared(many(''), many('の拡充'));
    expect(pdf.pages.length).toBeGreaterThan(1);
    const rows = rowsOf(pdf);
    expect(rows).toHaveLength(70);
    expect(rows.map((r) => textOf(r.after).match(/追加の連携事業(\d+)/)![1])).toEqual(Array.from({ length: 70 }, (_, i) => String(i + 6)));
    for (const [n, page] of pdf.pages.entries()) {
      const firstRow = pageRows(page)[0]!;
      for (const text of ['改正後', '改正前', '備考']) expect(page.items.find((i) => i.str === text)!.y, `page ${n + 1} ${text}`).toBeLessThan(firstRow.top);
      expect(page.items.filter((i) => i.str === 'NO.')).toHaveLength(2);
      for (const mark of ['①', '②', '③']) expect(page.items.filter((i) => i.str === mark && i.y < firstRow.top)).toHaveLength(2);
      const number = page.items.find((i) => i.str === `- ${n + 1} -`)!;
      expect(centreX(number)).toBeCloseTo(page.width / 2, 0);
    }
    // Every renamed row underlines 「の拡充」 on the new side only.
    for (const row of rows) expect([row.afterLines.length, row.beforeLines.length]).toEqual([1, 0]);
  });

  it('is print-ready as a workbook: A4 landscape, one page wide, the header rows repeated', async () => {
    const { workbook } = await compared({}, everything);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['新旧対照表', '変更事業一覧']);
    const ws = workbook.getWorksheet('新旧対照表')!;
    expect(cellText(ws.getCell('A1'))).toBe('テスト圏域ビジョン　新旧対照表');
    expect(cellText(ws.getCell('A2'))).toBe('改正後　令和7年(2025年)4月1日　／　改正前　令和6年(2024年)3月29日');
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:4' });
    expect(ws.headerFooter).toMatchObject({ oddHeader: '&Cテスト圏域ビジョン　新旧対照表', oddFooter: '&C- &P -' });
    expect(ws.model.merges).toEqual(expect.arrayContaining(['A1:Q1', 'A3:H3', 'I3:P3', 'Q3:Q4']));
    const remarks = Array.from({ length: ws.rowCount - 4 }, (_, i) => cellText(ws.getCell(i + 5, 17)));
    expect(remarks).toEqual(['変更', '変更', '変更', '変更', '新設', '繰下げ', '変更', '変更', '変更', '変更']);
    const list = workbook.getWorksheet('変更事業一覧')!;
    expect(Array.from({ length: list.rowCount - 1 }, (_, i) => rowValues(list, i + 2, 5))).toEqual([
      ['p02', 2, 2, '連携による企業誘致の推進', '名称変更'],
      ['p06', null, 3, '新たな連携事業', '新設'],
      [null, '3〜5', '4〜6', null, '繰下げ'],
      ['p03', 3, 4, '創業の促進', '繰下げ、重点施策の変更'],
      ['p05', 5, 6, '地域公共交通の維持', '繰下げ、ページ変更'],
    ]);
  });

  it('gives the same bytes for the same comparison', async () => {
    const [a, b] = await Promise.all([compared({}, everything), compared({}, everything)]);
    expect(Buffer.from(a.pdfBytes).equals(Buffer.from(b.pdfBytes))).toBe(true);
    expect(Buffer.from(a.xlsxBytes).equals(Buffer.from(b.xlsxBytes))).toBe(true);
  });
});

describe('新旧対照表: nothing to compare', () => {
  it('makes no document without a comparison, or when nothing changed', async () => {
    const { model } = await checkData(MINIMAL);
    const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
    const words = wordsFor(shinkyuTaishohyo, model!, templates);
    expect(shinkyuTaishohyo.render(model!, words, { municipalities: model!.region.municipalities })).toEqual([]);
    expect(shinkyuTaishohyo.render(model!, words, { municipalities: [], comparison: compareModels(model!, model!) })).toEqual([]);
    expect((await render({}, {})).documents).toEqual([]);
  });
});

describe('新旧対照表: a line break', () => {
  it('added to a multi-line text is shown as （改行） and underlined', async () => {
    const { pdf, workbook } = await compared({}, { 'vision.yaml': (t) => t.replace(/lead: (.{4})/, 'lead: |-\n    $1\n    ') });
    const [row] = rowsOf(pdf) as [PdfRow];
    expect(underlinedChars(row.after, row.afterLines)).toBe('（改行）');
    expect(underlinedChars(row.before, row.beforeLines)).toBe('');
    expect(underlined(workbook.getWorksheet('新旧対照表')!.getCell('A5'))).toBe('（改行）\n');
  });
});
