import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { toUtcDate } from '../calendar-date.js';
import { columnLetter, DEFAULT_ROW_HEIGHT, fitRowHeights, PAGE_MARGINS, type CellSpec, type CellStyle, type ListValidation, type SheetSpec, type WorkbookSpec } from '../render/xlsx/spec.js';

const PAPER = { A4: 9, A3: 8 } as const;
const THIN = { style: 'thin' as const, color: { argb: 'FF333333' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
/** Excel's limits for a data validation's error title and message. */
const ERROR_TITLE_MAX = 32;
const ERROR_MESSAGE_MAX = 255;
/** Excel's limit for a list written into its validation, its values joined by commas. */
const INLINE_LIST_MAX = 255;
/**
 * What a protected sheet still lets a user do: widen columns, heighten rows, insert a row (a
 * project where it belongs). Everything else, locked cells above all, stays as written.
 */
const PROTECTION = { sheet: true, formatColumns: true, formatRows: true, insertRows: true };

const require = createRequire(import.meta.url);
/**
 * The streaming writer alone: exceljs's front door also loads its reader, its in-memory
 * workbook and their dependencies, 0.4 s against 0.16 s at every start that writes a workbook.
 */
const WorkbookWriter = require('exceljs/lib/stream/xlsx/workbook-writer.js') as typeof ExcelJS.stream.xlsx.WorkbookWriter;
/** exceljs's own parts, which its streaming writer uses wrongly or not at all (see xlsxBytes). */
const SharedStringsXform = require('exceljs/lib/xlsx/xform/strings/shared-strings-xform.js') as new () => object;
const AppXform = require('exceljs/lib/xlsx/xform/core/app-xform.js') as new () => { toXml(model: object): string };
const PrintOptionsXform = require('exceljs/lib/xlsx/xform/sheet/print-options-xform.js') as new () => { toXml(model: object): string };

/** What of exceljs's streaming writer this writer reaches that its typings leave out. */
interface StreamWriter {
  sharedStrings: object;
  addApp(): Promise<void>;
  zip: { append(content: string, options: { name: string }): void };
  _worksheets: unknown[];
}
interface StreamSheet {
  /** Written as <sheetProtection>; its protect() would do the same, but returns a promise for the password's hash there is none of. */
  sheetProtection: object | null;
  dataValidations: { add(range: string, v: ExcelJS.DataValidation): void };
  pageSetup: Partial<ExcelJS.PageSetup>;
  stream: { write(xml: string): void };
  _writePageMargins(): void;
  commit(): void;
}

/**
 * An .xlsx for the spec, the same bytes for the same spec.
 *
 * Written with exceljs's streaming writer, a row at a time: its in-memory Workbook keeps every
 * cell as an object until the end, about 500 MiB for a council workbook of a thousand projects
 * by two hundred members (a quarter of a million cells). Here a row is written out as soon as no
 * merge still to be made reaches it, and only the spec stays in memory.
 */
export async function xlsxBytes(spec: WorkbookSpec): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const date = toUtcDate(spec.properties.date);
  const workbook = new WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: true,
    // Stored, not compressed: repack() compresses once, as it must rewrite every entry anyway.
    zip: { store: true },
  });
  Object.assign(workbook, {
    title: spec.properties.title,
    subject: spec.properties.subject,
    creator: spec.properties.creator,
    lastModifiedBy: spec.properties.creator,
    created: date,
    modified: date,
  });
  const writer = workbook as unknown as StreamWriter;
  // Its shared strings are keyed by String(value), so every rich text would be the first one
  // written ("[object Object]"): the in-memory writer's table keys rich text by its XML.
  writer.sharedStrings = new SharedStringsXform();
  // Its docProps/app.xml leaves out the company.
  writer.addApp = async () => {
    const xml = new AppXform().toXml({ worksheets: writer._worksheets.filter(Boolean), company: spec.properties.creator });
    writer.zip.append(xml, { name: 'docProps/app.xml' });
  };
  const styles = cellStyles(spec.font);
  const dimensions = spec.sheets.map((sheet) => addSheet(workbook, sheet, spec.font, styles));
  await workbook.commit();
  return repack(new Uint8Array(Buffer.concat(chunks)), date, spec.font, dimensions);
}

/** Writes the sheet; returns the range its cells with values or merges take (its <dimension>), as the in-memory writer reckons it. */
function addSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, spec: SheetSpec, font: WorkbookSpec['font'], styles: CellStyles): string | undefined {
  const ws = workbook.addWorksheet(spec.name, {
    ...(spec.hidden ? { state: 'hidden' as const } : {}),
    views: spec.freeze ? [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }] : [],
    pageSetup: {
      paperSize: PAPER[spec.print.paper] as ExcelJS.PaperSize,
      orientation: spec.print.orientation,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: spec.print.onePage ? 1 : 0,
      horizontalCentered: true,
      margins: { ...PAGE_MARGINS },
      // The streaming writer's workbook.xml turns this into the sheet's _xlnm.Print_Titles, as the in-memory one does.
      printTitlesRow: spec.print.titleRows,
    },
    headerFooter: {
      oddHeader: `&C${escape(spec.print.header)}`,
      oddFooter: `&C${escape(spec.print.footer.before)}&P${escape(spec.print.footer.after)}`,
    },
  });
  // Column styles are written with the first row, so they are set before any.
  spec.columns.forEach((width, i) => {
    const column = ws.getColumn(i + 1);
    column.width = width;
    const style = spec.columnStyles?.[i];
    if (style) column.style = excelStyle(style, font);
    else column.font = { name: font.name, size: font.size };
  });
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  const heights = fitRowHeights(spec, font.size);
  // A merge gives the cells it covers its first cell's style, so it is made once all its rows
  // are written, and a row is committed (written out and let go) only once every merge over it is made.
  const mergesEndingAt = new Map<number, string[]>();
  const lastRowOfMergesOver: number[] = [];
  for (const range of spec.merges) {
    const [top, bottom] = rowsOf(range);
    mergesEndingAt.set(bottom, [...(mergesEndingAt.get(bottom) ?? []), range]);
    for (let row = top; row <= bottom; row++) lastRowOfMergesOver[row] = Math.max(lastRowOfMergesOver[row] ?? row, bottom);
  }
  let committed = 0;
  const used = { top: 0, bottom: 0, left: 0, right: 0 };
  const lastRow = Math.max(spec.rows.length, ...heights.keys(), ...mergesEndingAt.keys());
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.getRow(r);
    // By row and column number: the worksheet's getCell(r, c) spells out an address only to parse it back.
    spec.rows[r - 1]?.forEach((c, i) => writeCell(row.getCell(i + 1), c, font, styles));
    const height = heights.get(r);
    if (height !== undefined) row.height = height;
    // exceljs leaves out a row without a value, and its cells would then take their columns'
    // style, which is for the rows below (open, say): a height has it written with its own.
    else if (spec.columnStyles && r <= spec.rows.length && !row.hasValues) row.height = DEFAULT_ROW_HEIGHT;
    for (const range of mergesEndingAt.get(r) ?? []) ws.mergeCells(range);
    let ready = committed;
    while (ready < r && (lastRowOfMergesOver[ready + 1] ?? ready + 1) <= r) ready++;
    if (ready > committed) {
      for (let k = committed + 1; k <= ready; k++) {
        const { min, max } = (ws.getRow(k).dimensions as unknown as { min: number; max: number } | undefined) ?? { min: 0, max: 0 };
        if (min === 0) continue;
        Object.assign(used, { top: used.top || k, bottom: k, left: Math.min(used.left || min, min), right: Math.max(used.right, max) });
      }
      ws.getRow(ready).commit();
      committed = ready;
    }
  }
  // One <dataValidation> per range (the worksheet's dataValidations is untyped but public).
  const sheet = ws as unknown as StreamSheet;
  for (const v of spec.listValidations) {
    sheet.dataValidations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v.list)],
      showErrorMessage: true,
      errorStyle: 'stop',
      ...(v.error ? { errorTitle: within(v.error.title, ERROR_TITLE_MAX, 'title'), error: within(v.error.message, ERROR_MESSAGE_MAX, 'message') } : {}),
    });
  }
  if (spec.protect) sheet.sheetProtection = PROTECTION;
  // The streaming writer leaves out <printOptions>, where the page is centred.
  const writeMargins = sheet._writePageMargins.bind(sheet);
  sheet._writePageMargins = () => {
    const { showRowColHeaders, showGridLines, horizontalCentered, verticalCentered } = sheet.pageSetup;
    sheet.stream.write(new PrintOptionsXform().toXml({ showRowColHeaders, showGridLines, horizontalCentered, verticalCentered }));
    writeMargins();
  };
  sheet.commit();
  return used.top ? `${columnLetter(used.left)}${used.top}:${columnLetter(used.right)}${used.bottom}` : undefined;
}

/** "B3:C9" → [3, 9]; "B3" → [3, 3]. */
function rowsOf(range: string): [number, number] {
  const [top, bottom = top] = range.split(':').map((address) => Number(/\d+$/.exec(address)?.[0]));
  if (!top || !bottom) throw new Error(`not a cell range: ${range}`);
  return [top, bottom];
}

/** Excel refuses a workbook whose validation texts are longer than it allows, so such a text stops the build. */
function within(text: string, max: number, what: string): string {
  if (text.length > max) throw new Error(`a data validation's error ${what} has ${text.length} characters; Excel allows ${max}: ${text}`);
  return text;
}

/**
 * A list of values as a validation's formula: quoted and joined by commas, checked against what
 * Excel can read back; or the reference of the cells that hold the values, as it is.
 */
function listFormula(list: ListValidation['list']): string {
  if ('cells' in list) return list.cells;
  const joined = list.join(',');
  if (list.some((value) => /[,"]/.test(value))) throw new Error(`a list validation's value holds a comma or a quotation mark, which would split or end the list: ${joined}`);
  if (joined.length > INLINE_LIST_MAX) throw new Error(`a list validation's values take ${joined.length} characters; Excel allows ${INLINE_LIST_MAX} (list them in cells and refer to those): ${joined}`);
  return `"${joined}"`;
}

function writeCell(target: ExcelJS.Cell, spec: CellSpec | null, font: WorkbookSpec['font'], styles: CellStyles): void {
  const style = spec?.style ?? {};
  // An empty text is left as an empty cell, as a user typing nothing would.
  if (spec?.value !== null && spec?.value !== undefined && spec.value !== '') target.value = cellValue(spec.value);
  // Each run names the cell's whole font, so no reader has to decide what a run's unnamed properties fall back to.
  if (spec?.runs) target.value = { richText: spec.runs.map((r) => ({ text: literal(r.text), font: { name: font.name, size: style.fontSize ?? font.size, bold: r.bold ?? style.bold ?? false, ...(r.underline ? { underline: true } : {}) } })) };
  // A cell says all of its style: none of its column's (see SheetSpec.columnStyles), which is for the cells no row writes.
  target.style = styles(style, spec !== null, target.effectiveType);
}

/** exceljs's style for a cell: its CellStyle, and the border of every cell a row writes. */
type CellStyles = (style: CellStyle, bordered: boolean, type: ExcelJS.ValueType) => Partial<ExcelJS.Style>;

/**
 * One style object for each distinct style in the workbook. exceljs finds a cell's style index
 * by writing the style out as XML, font, border and all, unless it has seen that very object
 * before: then it takes the index it found then, whatever the cell's type. The type matters,
 * though (a date without a number format is given one), so a type has objects of its own.
 * The objects are frozen, as one exceljs setter on one cell would restyle them all.
 */
function cellStyles(font: WorkbookSpec['font']): CellStyles {
  const made = new Map<string, Partial<ExcelJS.Style>>();
  return (style, bordered, type) => {
    const key = `${type} ${bordered} ${JSON.stringify(style)}`;
    let one = made.get(key);
    if (!one) made.set(key, (one = Object.freeze({ ...excelStyle(style, font), ...(bordered ? { border: BORDER } : {}) })));
    return one;
  };
}

/** A cell's or a column's number format, font, alignment, fill and protection. */
function excelStyle(style: CellStyle, font: WorkbookSpec['font']): Partial<ExcelJS.Style> {
  return {
    ...(style.numberFormat ? { numFmt: style.numberFormat } : {}),
    font: { name: font.name, size: style.fontSize ?? font.size, bold: style.bold ?? false },
    alignment: {
      horizontal: style.horizontal ?? 'left',
      vertical: style.vertical ?? 'middle',
      wrapText: style.wrap ?? false,
      ...(style.verticalText ? { textRotation: 'vertical' as const } : {}),
    },
    ...(style.fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: `FF${style.fill.toUpperCase()}` } } } : {}),
    ...(style.unlocked ? { protection: { locked: false } } : {}),
  };
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
 * The streaming writer cannot know a sheet's used range when it starts the sheet, so it writes
 * no <dimension>; some readers size a sheet by it. It goes where the in-memory writer puts it,
 * after <sheetPr>, spliced into the bytes (a council sheet is megabytes of XML).
 */
function withDimension(xml: Uint8Array, ref: string | undefined, name: string): Uint8Array {
  if (ref === undefined) return xml;
  const bytes = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength);
  const after = bytes.subarray(0, 4096).indexOf('</sheetPr>');
  if (after < 0) throw new Error(`${name}: exceljs no longer writes the <sheetPr> the dimension follows`);
  const at = after + '</sheetPr>'.length;
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(`<dimension ref="${ref}"/>`), bytes.subarray(at)]);
}

/**
 * exceljs stamps every zip entry with the time it was written, so two builds differ. The
 * entries are copied into a new zip that carries the data's date instead, [Content_Types].xml
 * first (where tools that sniff a file's type look for it), the rest in the order written.
 */
async function repack(bytes: Uint8Array, date: Date, font: WorkbookSpec['font'], dimensions: readonly (string | undefined)[]): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(bytes);
  const target = new JSZip();
  const entries = Object.values(source.files).filter((entry) => !entry.dir);
  const first = (name: string) => (name === '[Content_Types].xml' ? 0 : 1);
  for (const entry of entries.sort((a, b) => first(a.name) - first(b.name))) {
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name);
    const content =
      entry.name === 'xl/styles.xml'
        ? withNormalFont(await entry.async('string'), font)
        : sheet
          ? withDimension(await entry.async('uint8array'), dimensions[Number(sheet[1]) - 1], entry.name)
          : await entry.async('uint8array');
    target.file(entry.name, content, { date, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
