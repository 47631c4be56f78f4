import { readFile } from 'node:fs/promises';
import type { CellValue, Workbook, Worksheet } from 'exceljs';
import { parseRange } from '../render/xlsx/spec.js';

/** A cell as the workbook holds it, before any column gives it a meaning. */
export type RawCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'number'; readonly value: number }
  /** A date cell, read as midnight UTC of its day. */
  | { readonly kind: 'date'; readonly date: Date }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** A formula, with the text of its last computed result: never read as a value. */
  | { readonly kind: 'formula'; readonly formula: string; readonly result: string }
  /** #N/A, #REF! and the like. */
  | { readonly kind: 'error'; readonly text: string };

export type Range = ReturnType<typeof parseRange>;

export interface SheetCells {
  readonly name: string;
  /** Cells that hold something, by 1-based row, then 1-based column. */
  readonly rows: ReadonlyMap<number, ReadonlyMap<number, RawCell>>;
  readonly merges: readonly Range[];
}

/**
 * Every sheet's cells as plain values, in the workbook's order. Excel and LibreOffice write the
 * same content with different structure (shared or inline strings, rich text runs, shared
 * formulas); exceljs reads both, and this keeps only what a cell says.
 */
export async function readWorkbook(file: string): Promise<readonly SheetCells[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook: Workbook = new ExcelJS.Workbook();
  // Read as bytes: exceljs's own file reader leaves a stream open on a file that is not a zip.
  await workbook.xlsx.load((await readFile(file)) as unknown as ArrayBuffer);
  return workbook.worksheets.map(sheetCells);
}

function sheetCells(sheet: Worksheet): SheetCells {
  const rows = new Map<number, Map<number, RawCell>>();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells = new Map<number, RawCell>();
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      // A merged cell's other cells repeat its master's value: only the master holds it.
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const raw = rawCell(cell.value);
      if (raw) cells.set(column, raw);
    });
    if (cells.size > 0) rows.set(rowNumber, cells);
  });
  return { name: sheet.name, rows, merges: merges(sheet) };
}

function rawCell(value: CellValue): RawCell | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return { kind: 'text', text: value };
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', date: value };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = 'result' in value && value.result !== undefined && value.result !== null ? resultText(value.result) : '';
    return { kind: 'formula', formula: 'formula' in value ? String(value.formula) : String(value.sharedFormula), result };
  }
  if ('richText' in value) return { kind: 'text', text: value.richText.map((run) => run.text).join('') };
  if ('error' in value) return { kind: 'error', text: String(value.error) };
  // A hyperlink's text may itself be rich text, though the types say it is a string.
  if ('text' in value) {
    const text: unknown = value.text;
    return { kind: 'text', text: typeof text === 'string' ? text : ((text as { richText?: { text: string }[] }).richText ?? []).map((run) => run.text).join('') };
  }
  return undefined;
}

function resultText(result: unknown): string {
  if (result instanceof Date) return result.toISOString().slice(0, 10);
  if (typeof result === 'object' && result !== null && 'error' in result) return String((result as { error: unknown }).error);
  return String(result);
}

/** exceljs keeps merges as A1 ranges in the sheet's model. */
function merges(sheet: Worksheet): Range[] {
  return ((sheet.model as { merges?: string[] }).merges ?? []).map(parseRange);
}
