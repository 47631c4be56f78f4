export { INPUT_TEMPLATE, INPUT_TEMPLATE_KEYS, INPUT_WORKBOOK_PATH, ITEM_VALUE_COLUMNS, TABLES, type CellKind, type Column, type InputSheets, type InputValue, type Row, type Table, type TableKey } from './layout.js';
export { inputSheets, roleKey } from './tables.js';
export { baseRows, readBaseRows, type DataText } from './base-data.js';
