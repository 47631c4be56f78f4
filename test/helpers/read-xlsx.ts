import ExcelJS from 'exceljs';

/** Opens a workbook the way a user's spreadsheet would: from its bytes, with exceljs. */
export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** The plain value of a cell: text, number, a formula's result, or null. */
export function valueOf(cell: ExcelJS.Cell): string | number | null {
  const v = cell.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'object' && 'result' in v) return v.result as number;
  return v as string | number;
}

/** A row's values from column 1 to `width`. */
export function rowValues(sheet: ExcelJS.Worksheet, row: number, width: number): (string | number | null)[] {
  return Array.from({ length: width }, (_, i) => valueOf(sheet.getCell(row, i + 1)));
}
