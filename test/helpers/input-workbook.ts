import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { checkData } from '../../src/check-data.js';
import { readTemplates } from '../../src/load/index.js';
import { wordsFor } from '../../src/render/index.js';
import { inputWorkbook, inputWorkbookSpec } from '../../src/render/input-workbook/input-workbook.js';
import { DEFAULT_TEMPLATES_DIR } from '../../src/templates-dir.js';
import { xlsxBytes } from '../../src/write/xlsx.js';

/** Writes the input workbook of a data folder, as `npm run export` does. */
export async function exportInputWorkbook(dataDir: string, file: string): Promise<void> {
  const { model, problems, inputs } = await checkData(dataDir);
  if (!model) throw new Error(`fixture data is invalid: ${JSON.stringify(problems)}`);
  const { templates } = await readTemplates(DEFAULT_TEMPLATES_DIR);
  writeFileSync(file, await xlsxBytes(inputWorkbookSpec(model, wordsFor(inputWorkbook, model, templates), inputs)));
}

/** Opens a workbook, lets `edit` change it as a user would, and saves it (as exceljs writes it). */
export async function editWorkbook(file: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
  edit(workbook);
  writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
}

/** The sheet of that name; throws when there is none, so a test fails at the right line. */
export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row on a sheet whose column `column` holds `value`. */
export function rowWith(worksheet: ExcelJS.Worksheet, column: number, value: string): number {
  let found: number | undefined;
  worksheet.eachRow((row, n) => {
    if (found === undefined && row.getCell(column).value === value) found = n;
  });
  if (found === undefined) throw new Error(`no row with ${value} in column ${column} of ${worksheet.name}`);
  return found;
}
