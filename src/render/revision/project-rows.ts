import type { Comparison, ProjectChange, Renumbering } from '../../compare/index.js';
import type { Model, Project } from '../../model/index.js';
import type { Words } from '../types.js';
import { participantsText } from '../xlsx/projects-sheet.js';
import { compareTexts, whole } from './marked-text.js';
import type { ProjectCells, Row } from './table.js';

/**
 * Project rows and renumbering rows. Template keys used: fieldCell, allParticipants,
 * unconfirmed, added, removed, remarkNew, remarkAddition, remarkChanged, remarkRemoved,
 * renumberOne, renumberRun, renumberedDown, renumberedUp.
 */

/** Every priority number either side prints, ascending: a mark dropped with its policy still needs its column. */
export function markColumns(model: Model, comparison: Comparison): number[] {
  const numbers = new Set(model.policies.priorities.map((p) => p.number));
  for (const change of comparison.projects) for (const number of change.before?.marks ?? []) numbers.add(number);
  return [...numbers].sort((a, b) => a - b);
}

export function projectRow(change: ProjectChange, marks: readonly number[], words: Words): Row {
  const { before, after } = change;
  if (!before) return { kind: 'sides', after: { kind: 'project', cells: wholeRow(after!, marks, words) }, before: { kind: 'placeholder', text: words('added') }, remark: words('remarkNew') };
  if (!after) return { kind: 'sides', after: { kind: 'placeholder', text: words('removed') }, before: { kind: 'project', cells: wholeRow(before, marks, words) }, remark: words('remarkRemoved') };
  const old = texts(before, words);
  const now = texts(after, words);
  const side = (which: 'before' | 'after', project: Project): ProjectCells => {
    const text = (key: keyof typeof now) => compareTexts(old[key], now[key])[which];
    return {
      no: text('no'),
      name: text('name'),
      field: text('field'),
      // A mark that came or went is underlined on both sides: the new ● and the cell that had none, and the other way round.
      marks: marks.map((n) => ({ on: project.marks.includes(n), changed: before.marks.includes(n) !== after.marks.includes(n) })),
      page: text('page'),
      participants: text('participants'),
    };
  };
  return { kind: 'sides', after: { kind: 'project', cells: side('after', after) }, before: { kind: 'project', cells: side('before', before) }, remark: words(change.additionsOnly ? 'remarkAddition' : 'remarkChanged') };
}

export function renumberingRow(run: Renumbering, words: Words): Row {
  const direction = renumberDirection(run.from.first, run.to.first, words);
  const key = run.from.first === run.from.last ? 'renumberOne' : 'renumberRun';
  return { kind: 'renumbering', text: words(key, { from: run.from, to: run.to, direction }), remark: direction };
}

/** 繰下げ when the numbers go up (moved down the list), 繰上げ when they go down. */
export function renumberDirection(from: number, to: number, words: Words): string {
  return words(to > from ? 'renumberedDown' : 'renumberedUp');
}

/** The cells of a project on a side where it alone stands (new or removed): every printed character underlined; empty mark cells are not, as nothing there changed on its own. */
function wholeRow(project: Project, marks: readonly number[], words: Words): ProjectCells {
  const t = texts(project, words);
  return {
    no: whole(t.no, true),
    name: whole(t.name, true),
    field: whole(t.field, true),
    marks: marks.map((n) => ({ on: project.marks.includes(n), changed: project.marks.includes(n) })),
    page: whole(t.page, true),
    participants: whole(t.participants, true),
  };
}

/** The project's cells as the plan prints them. */
function texts(project: Project, words: Words) {
  return {
    no: String(project.no),
    name: project.name,
    field: words('fieldCell', { project }),
    page: String(project.page),
    participants: participantsText(project, words),
  };
}
