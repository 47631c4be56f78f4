import type ExcelJS from 'exceljs';
import { checkData, DEFAULT_TEMPLATES_DIR, wordsFor } from '../../../src/index.js';
import { compareModels, type Comparison } from '../../../src/compare/index.js';
import { readTemplates } from '../../../src/load/index.js';
import type { Model } from '../../../src/model/index.js';
import type { OutputDocument } from '../../../src/render/index.js';
import { shinkyuTaishohyo, SHINKYU_PDF_PATH, SHINKYU_XLSX_PATH } from '../../../src/render/revision/shinkyu-taishohyo.js';
import { serialize } from '../../../src/write/serialize.js';
import { fixture, MINIMAL, type Edits } from '../../helpers/fixture.js';
import { centreX, readPdf, type PdfPage, type PdfReadBack, type Segment, type TextItem } from '../../helpers/read-pdf.js';
import { readWorkbook } from '../../helpers/read-xlsx.js';

async function modelOf(dir: string): Promise<Model> {
  const { model, problems } = await checkData(dir);
  if (!model) throw new Error(`${dir} is not valid data: ${problems.map((p) => p.message).join('; ')}`);
  return model;
}

/** The 新旧対照表's documents for a base and a current data set, each a copy of `from` with its edits. */
export async function render(baseEdits: Edits, currentEdits: Edits, from = MINIMAL): Promise<{ comparison: Comparison; documents: readonly OutputDocument[] }> {
  const [base, current] = await Promise.all([modelOf(fixture(baseEdits, from)), modelOf(fixture(currentEdits, from))]);
  const comparison = compareModels(base, current);
  const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
  const documents = shinkyuTaishohyo.render(current, wordsFor(shinkyuTaishohyo, current, templates), { municipalities: current.region.municipalities, comparison });
  return { comparison, documents };
}

export interface Compared {
  readonly comparison: Comparison;
  readonly pdfBytes: Uint8Array;
  readonly xlsxBytes: Uint8Array;
  readonly pdf: PdfReadBack;
  readonly workbook: ExcelJS.Workbook;
}

/** Both documents as bytes and read back. */
export async function compared(baseEdits: Edits, currentEdits: Edits, from = MINIMAL): Promise<Compared> {
  const { comparison, documents } = await render(baseEdits, currentEdits, from);
  const bytes = async (path: string) => serialize(documents.find((d) => d.path === path)!);
  const [pdfBytes, xlsxBytes] = await Promise.all([bytes(SHINKYU_PDF_PATH), bytes(SHINKYU_XLSX_PATH)]);
  return { comparison, pdfBytes, xlsxBytes, pdf: await readPdf(pdfBytes), workbook: await readWorkbook(xlsxBytes) };
}

/** One row of the PDF's table: its text items on each side, its 備考, its underlines. */
export interface PdfRow {
  readonly after: readonly TextItem[];
  readonly before: readonly TextItem[];
  readonly remark: string;
  /** Underlines (thin filled bars) on each side. */
  readonly afterLines: readonly Segment[];
  readonly beforeLines: readonly Segment[];
  readonly top: number;
  readonly bottom: number;
}

const joined = (items: readonly TextItem[]) => items.map((i) => i.str).join('').replace(/[\s　]/g, '');

export const textOf = joined;

/**
 * The body rows of one page, found from the header: 備考 items start rows, the second NO.
 * heading is where the 改正前 side begins. A row spans from its 備考's top to the next one's.
 */
export function pageRows(page: PdfPage): PdfRow[] {
  const remarkHead = page.items.find((i) => i.str === '備考')!;
  const noHeads = page.items.filter((i) => i.str === 'NO.');
  const headerBottom = noHeads[0]!.y + noHeads[0]!.size;
  const split = noHeads[1]!.x - 3;
  const footer = page.items.find((i) => /^- \d+ -$/.test(i.str))!.y;
  const remarks = page.items.filter((i) => i.y > headerBottom && i.y < footer && Math.abs(centreX(i) - centreX(remarkHead)) < 4);
  const underlines = page.segments.filter((s) => s.paint === 'fill' && s.height < 1.5);
  return remarks.map((remark, n) => {
    const top = remark.y - 1;
    const bottom = (remarks[n + 1]?.y ?? footer) - 1;
    const inRow = page.items.filter((i) => i !== remark && i.y >= top && i.y < bottom);
    const lines = underlines.filter((s) => s.y >= top && s.y < bottom && s.x < remark.x - 3);
    return {
      after: inRow.filter((i) => i.x < split),
      before: inRow.filter((i) => i.x >= split && i.x < remark.x - 3),
      remark: remark.str,
      afterLines: lines.filter((s) => s.x < split),
      beforeLines: lines.filter((s) => s.x >= split),
      top,
      bottom,
    };
  });
}

export function rowsOf(pdf: PdfReadBack): PdfRow[] {
  return pdf.pages.flatMap(pageRows);
}

/** The text of a rich-text cell's underlined runs, joined; '' when none is. */
export function underlined(cell: ExcelJS.Cell): string {
  const v = cell.value as { richText?: { text: string; font?: { underline?: unknown } }[] } | null;
  return (v?.richText ?? []).filter((r) => r.font?.underline).map((r) => r.text).join('');
}

/** A cell's text whether plain or rich. */
export function cellText(cell: ExcelJS.Cell): string {
  const v = cell.value as unknown;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return (v as { richText: { text: string }[] }).richText.map((r) => r.text).join('');
  return String(v);
}
