import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toUtcDate } from '../calendar-date.js';
import { fitRowHeights, PAGE_MARGINS, type CellSpec, type SheetSpec, type WorkbookSpec } from '../render/xlsx/spec.js';

const PAPER = { A4: 9, A3: 8 } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FF333333' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's limits for a data validation's error title and message. */
const ERROR_TITLE_MAX = 32;
const ERROR_MESSAGE_MAX = 255;

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
  // Stored, not compressed: repack() compresses once, as it must rewrite every entry anyway.
  const buffer = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as Parameters<typeof workbook.xlsx.writeBuffer>[0]);
  return repack(new Uint8Array(buffer as ArrayBuffer), date, spec.font);
}

function addSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, font: WorkbookSpec['font']): void {
  const ws = workbook.addWorksheet(spec.name, {
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [],
    pageSetup: {
      paperSize: PAPER[spec.print.paper] as ExcelJS.PaperSize,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: spec.print.onePage ? 1 : 0,
      horizontalCentered: true,
      margins: { ...PAGE_MARGINS },
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
  for (const [row, height] of fitRowHeights(spec, font.size)) ws.getRow(row).height = height;
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
      ...(v.error ? { errorTitle: within(v.error.title, ERROR_TITLE_MAX, 'title'), error: within(v.error.message, ERROR_MESSAGE_MAX, 'message') } : {}),
    });
  }
}

/** Excel refuses a workbook whose validation texts are longer than it allows, so such a text stops the build. */
function within(text: string, max: number, what: string): string {
  if (text.length > max) throw new Error(`a data validation's error ${what} has ${text.length} characters; Excel allows ${max}: ${text}`);
  return text;
}

function writeCell(target: ExcelJS.Cell, spec: CellSpec | null, font: WorkbookSpec['font']): void {
  const style = spec?.style ?? {};
  // An empty text is left as an empty cell, as a user typing nothing would.
  if (spec?.value !== null && spec?.value !== undefined && spec.value !== '') target.value = cellValue(spec.value);
  // Each run names the cell's whole font, so no reader has to decide what a run's unnamed properties fall back to.
  if (spec?.runs) target.value = { richText: spec.runs.map((r) => ({ text: literal(r.text), font: { name: font.name, size: style.fontSize ?? font.size, bold: r.bold ?? style.bold ?? false, ...(r.underline ? { underline: true } : {}) } })) };
  if (style.numberFormat) target.numFmt = style.numberFormat;
  target.font = shared({ name: font.name, size: style.fontSize ?? font.size, bold: style.bold ?? false });
  target.alignment = shared({
    horizontal: style.horizontal ?? 'left',
    vertical: style.vertical ?? 'middle',
    wrapText: style.wrap ?? false,
    ...(style.verticalText ? { textRotation: 'vertical' as const } : {}),
  });
  if (style.fill) target.fill = shared({ type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.toUpperCase()}` } });
  if (spec) target.border = BORDER;
}

const styles = new Map<string, object>();

/**
 * One object for each distinct font, alignment or fill: exceljs keeps what it is given on
 * every cell, and a council workbook of a thousand projects by two hundred members has a
 * quarter of a million cells. It writes each distinct style once all the same.
 */
function shared<T extends object>(style: T): T {
  const key = JSON.stringify(style);
  let one = styles.get(key);
  if (!one) styles.set(key, (one = style));
  return one as T;
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
 * exceljs gives the Normal style Calibri 11. Excel and LibreOffice measure column widths in
 * digits of that font, and LibreOffice, where Calibri is missing, substitutes a wider one: the
 * same workbook printed a third smaller there. The workbook font takes its place, so widths
 * (see UNIT_POINTS) mean the same everywhere and empty cells are in it too.
 */
function withNormalFont(xml: string, font: WorkbookSpec['font']): string {
  const calibri = '<font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font>';
  if (!xml.includes(calibri)) throw new Error('xl/styles.xml: exceljs no longer writes the Normal font this writer replaces');
  const name = font.name.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  return xml.replace(calibri, `<font><sz val="${font.size}"/><name val="${name}"/></font>`);
}

/**
 * exceljs stamps every zip entry with the time it was written, so two builds differ. The
 * entries are copied, in order, into a new zip that carries the data's date instead.
 */
async function repack(bytes: Uint8Array, date: Date, font: WorkbookSpec['font']): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  for (const entry of Object.values(source.files)) {
    if (entry.dir) continue;
    const content = entry.name === 'xl/styles.xml' ? withNormalFont(await entry.async('string'), font) : await entry.async('uint8array');
    target.file(entry.name, content, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
