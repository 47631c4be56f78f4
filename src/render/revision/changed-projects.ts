import type { Comparison, ProjectAspect, ProjectChange } from '../../compare/index.js';
import { centred, header, text } from '../xlsx/cells.js';
import { fitWidth, type CellSpec, type SheetSpec } from '../xlsx/spec.js';
import type { Words } from '../types.js';
import { withRenumberings } from './order.js';
import { renumberDirection } from './project-rows.js';

const ASPECT_KEYS: Record<Exclude<ProjectAspect, 'renumbered'>, string> = {
  added: 'aspectAdded',
  removed: 'aspectRemoved',
  renamed: 'aspectRenamed',
  field: 'aspectField',
  marks: 'aspectMarks',
  page: 'aspectPage',
  participants: 'aspectParticipants',
};

/**
 * 変更事業一覧: one row per changed project (id, old and new NO, name, the kinds of change), in
 * the order of the 新旧対照表. Projects only renumbered are not listed one by one in the
 * comparison, so each renumbered run is a row of its own with its two ranges.
 */
export function changedProjectsSheet(words: Words, comparison: Comparison): SheetSpec {
  const rows = withRenumberings(comparison.projects, comparison.renumberings).map((entry): CellSpec[] => {
    if ('id' in entry) return projectRow(entry, words);
    const range = (r: { first: number; last: number }) => (r.first === r.last ? r.first : words('noRange', r));
    return [text(''), centred(range(entry.from)), centred(range(entry.to)), text(''), text(renumberDirection(entry.from.first, entry.to.first, words))];
  });
  const headings = [words('columnId'), words('columnOldNo'), words('columnNewNo'), words('columnProject'), words('columnKinds')];
  const column = (i: number) => [headings[i]!, ...rows.map((r) => String(r[i]!.value ?? ''))];
  return {
    name: words('sheetProjects'),
    columns: [fitWidth(column(0), 6, 20), fitWidth(column(1), 10, 16), fitWidth(column(2), 10, 16), fitWidth(column(3), 20, 50), fitWidth(column(4), 16, 50)],
    rows: [headings.map((h) => header(h)), ...rows],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:E${rows.length + 1}`,
    listValidations: [],
    print: { paper: 'A4', orientation: 'landscape', titleRows: '1:1', header: words('sheetProjects'), footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}

function projectRow(change: ProjectChange, words: Words): CellSpec[] {
  const { before, after } = change;
  const kinds = change.aspects.map((a) => (a === 'renumbered' ? renumberDirection(before!.no, after!.no, words) : words(ASPECT_KEYS[a])));
  return [text(change.id), centred(before?.no ?? null), centred(after?.no ?? null), text((after ?? before)!.name), text(kinds.join('、'))];
}
