import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toUtcDate } from '../calendar-date.js';
import { columnLetter, wrappedLines, type CellSpec, type SheetSpec, type WorkbookSpec } from '../render/xlsx/spec.js';

const PAPER = { A4: 9, A3: 8 } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FF333333' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Points per line of text, as a multiple of the font size. */
const LINE_HEIGHT = 1.4;

/** An .xlsx for the spec, the same bytes for the same spec. */
export async function xlsxBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const date = toUtcDate(spec.properties.date);
  Object.assign(workbook, {
    title: spec.properties.title,
    subject: spec.properties.subject,
    creator: spec.properties.creator,
    lastModifiedBy: spec.properties.creator,
    company: spec.properties.creator,
    created: date,
    modified: date,
  });
  for (const sheet of spec.sheets) addSheet(workbook, sheet, spec.font);
  const buffer = await workbook.xlsx.writeBuffer();
  return repack(new Uint8Array(buffer as ArrayBuffer), date);
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, font: WorkbookSpec['font']): void {
  const ws = workbook.addWorksheet(spec.name, {
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [],
    pageSetup: {
      paperSize: PAPER[spec.print.paper] as ExcelJS.PaperSize,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      printTitlesRow: spec.print.titleRows,
    },
    headerFooter: {
      oddHeader: `&C${escape(spec.print.header)}`,
      oddFooter: `&C${escape(spec.print.footer.before)}&P${escape(spec.print.footer.after)}`,
    },
  });
  spec.columns.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    column.font = { name: font.name, size: font.size };
  });
  spec.rows.forEach((row, r) => {
    row.forEach((c, i) => writeCell(ws.getCell(r + 1, i + 1), c, font));
  });
  for (const [row, height] of rowHeights(spec, font)) ws.getRow(row).height = height;
  for (const range of spec.merges) ws.mergeCells(range);
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  // One <dataValidation> per range (exceljs's worksheet.dataValidations is untyped but public).
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of spec.listValidations) {
    validations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${v.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      error: v.list.join(' / '),
    });
  }
}

/** Heights for rows whose wrapped text needs more than one line, unless the spec gives one. */
function rowHeights(spec: SheetSpec, font: WorkbookSpec['font']): Map<number, number> {
  const masters = new Set(spec.merges.map((range) => range.split(':')[0]));
  const heights = new Map<number, number>();
  spec.rows.forEach((row, r) => {
    const lines = Math.max(
      1,
      ...row.map((c, i) =>
        c?.style?.wrap && !c.style.verticalText && typeof c.value === 'string' && !masters.has(`${columnLetter(i + 1)}${r + 1}`) ? wrappedLines(c.value, spec.columns[i] ?? 8) : 1,
      ),
    );
    if (lines > 1) heights.set(r + 1, Math.ceil(lines * font.size * LINE_HEIGHT + 2));
  });
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) heights.set(Number(row), height);
  return heights;
}

function writeCell(target: ExcelJS.Cell, spec: CellSpec | null, font: WorkbookSpec['font']): void {
  const style = spec?.style ?? {};
  // An empty text is left as an empty cell, as a user typing nothing would.
  if (spec?.value !== null && spec?.value !== undefined && spec.value !== '') target.value = cellValue(spec.value);
  // Each run names the cell's whole font, so no reader has to decide what a run's unnamed properties fall back to.
  if (spec?.runs) target.value = { richText: spec.runs.map((r) => ({ text: literal(r.text), font: { name: font.name, size: style.fontSize ?? font.size, bold: r.bold ?? style.bold ?? false, ...(r.underline ? { underline: true } : {}) } })) };
  if (style.numberFormat) target.numFmt = style.numberFormat;
  target.font = { name: font.name, size: style.fontSize ?? font.size, bold: style.bold ?? false };
  target.alignment = {
    horizontal: style.horizontal ?? 'left',
    vertical: style.vertical ?? 'middle',
    wrapText: style.wrap ?? false,
    ...(style.verticalText ? { textRotation: 'vertical' as const } : {}),
  };
  if (style.fill) target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.toUpperCase()}` } };
  if (spec) target.border = BORDER;
}

function cellValue(value: NonNullable<CellSpec['value']>): ExcelJS.CellValue {
  if (typeof value === 'string') return literal(value);
  // exceljs turns a Date into a serial day number by its UTC value: midnight UTC is the day itself.
  if (typeof value === 'object' && 'date' in value) return toUtcDate(value.date);
  return value;
}

/** Header and footer codes start with &, so a literal & is doubled. */
function escape(text: string): string {
  return literal(text).replaceAll('&', '&&');
}

/**
 * Office reads `_xHHHH_` in a string as the character U+HHHH, and exceljs writes strings as
 * they are: 「事業_x0007_」 typed by a user would come back with a control character in it.
 * Its own escape for the underscore, `_x005F_`, keeps such text literal.
 */
function literal(text: string): string {
  return text.replace(/_([xX][0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/**
 * exceljs stamps every zip entry with the time it was written, so two builds differ. The
 * entries are copied, in order, into a new zip that carries the data's date instead.
 */
async function repack(bytes: Uint8Array, date: Date): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    target.file(entry.name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
