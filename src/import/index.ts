export { importWorkbook, type FileChange, type ImportOptions, type ImportResult } from './import-workbook.js';
