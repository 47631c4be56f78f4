import { INPUT_TEMPLATE, INPUT_TEMPLATE_KEYS, INPUT_WORKBOOK_PATH, inputSheets, type DataText } from '../../input-workbook/index.js';
import { baseSheet } from './base-sheet.js';
import type { Model } from '../../model/index.js';
import type { OutputDocument, Renderer, Words } from '../types.js';
import { WORKBOOK_FONT } from '../xlsx/cells.js';
import { columnCells, type WorkbookSpec } from '../xlsx/spec.js';
import { guideSheet } from './guide-sheet.js';
import { tableSheet } from './table-sheet.js';
import { visionSheet } from './vision-sheet.js';

/**
 * The workbook planning staff edit and `npm run import` reads back (入力用). Made by `npm run
 * export` alone, never by a build: it is not one of `renderers`. A Renderer all the same, so its
 * template keys are checked as every document's are.
 */
export const inputWorkbook: Renderer = {
  name: 'input workbook',
  per: 'plan',
  templates: { file: INPUT_TEMPLATE, keys: INPUT_TEMPLATE_KEYS },
  render(model, words): OutputDocument[] {
    return [{ path: INPUT_WORKBOOK_PATH, kind: 'xlsx', workbook: inputWorkbookSpec(model, words) }];
  },
};

/**
 * 記入方法, then a sheet per table as inputSheets() gives them, cell for cell: 連携事業,
 * 参加市町村, 役割分担, 市町村, and 計画 with its 改定履歴.
 */
/** `base`: the data files the model was built from, kept in a hidden sheet for import (see base-sheet.ts). */
export function inputWorkbookSpec(model: Model, words: Words, base?: readonly DataText[]): WorkbookSpec {
  const input = inputSheets(model, words);
  const { tables } = input;
  const guide = guideSheet(words, input);
  const members = words('sheetMembers');
  // 役割分担 chooses a member from the names on 市町村, which may be too many to write into a validation.
  const memberNames = columnCells(members, tables.members.columns.findIndex((c) => c.key === 'name') + 1, 2, tables.members.rows.length + 1);
  return {
    properties: { title: words('title'), subject: words('subject'), creator: model.vision.issuer, date: model.vision.asOf },
    font: WORKBOOK_FONT,
    sheets: [
      guide.sheet,
      tableSheet(words, { name: words('sheetProjects'), key: 'projects', table: tables.projects, listedIn: { field: guide.fieldCells }, orientation: 'landscape' }),
      tableSheet(words, { name: words('sheetParticipants'), key: 'participants', table: tables.participants, orientation: 'landscape' }),
      tableSheet(words, { name: words('sheetRoles'), key: 'roles', table: tables.roles, listedIn: { member: memberNames }, orientation: 'portrait' }),
      tableSheet(words, { name: members, key: 'members', table: tables.members, orientation: 'portrait' }),
      visionSheet(words, words('sheetVision'), tables.vision, tables.revisions),
      ...(base ? [baseSheet(words, base)] : []),
    ],
  };
}
