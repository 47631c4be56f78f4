import type { Model, Project } from '../../model/index.js';
import type { Words } from '../types.js';
import { centred, header, mark, MARK, markValidation, text } from './cells.js';
import { columnLetter, fitWidth, pageLayout, type ListValidation, type SheetSpec } from './spec.js';

export interface ProjectsSheetOptions {
  readonly name: string;
  /** Printed in the page header. */
  readonly title: string;
  readonly projects: readonly Project[];
  /** The last column, after ページ. */
  readonly extra: { readonly title: string; readonly value: (project: Project) => string };
  /** What a ● cell says when something else is typed; without it, Excel's or LibreOffice's own message. */
  readonly markError?: ListValidation['error'];
}

/**
 * One row per project, for filtering and sorting; header frozen and filtered; A4 landscape at
 * 90 % with the text columns wrapping, or A3 when even that is too narrow. Used for the
 * council workbook's 連携事業一覧 and each handout's list. Template keys used: columnNo,
 * columnPillar, columnSection, columnField, columnProject, columnCommon, columnPage,
 * pillarCell, sectionCell, fieldCell, footerBefore, footerAfter.
 */
export function projectsSheet(model: Model, words: Words, options: ProjectsSheetOptions): SheetSpec {
  const { priorities } = model.policies;
  const headings = [
    words('columnNo'), words('columnPillar'), words('columnSection'), words('columnField'), words('columnProject'),
    ...priorities.map((p) => p.mark), words('columnCommon'), words('columnPage'), options.extra.title,
  ];
  const rows = options.projects.map((project) => {
    const section = project.section.label === null ? '' : words('sectionCell', { section: project.section });
    return [
      centred(project.no),
      text(words('pillarCell', { pillar: project.pillar })),
      text(section),
      text(words('fieldCell', { field: project.field })),
      text(project.name),
      ...priorities.map((p) => mark(project.marks.includes(p.number))),
      // The common policy applies to every project.
      mark(true),
      centred(project.page),
      text(options.extra.value(project)),
    ];
  });
  const last = columnLetter(headings.length);
  const firstMark = 6;
  const textColumn = (i: number) => rows.map((r) => String(r[i]!.value ?? ''));
  // Text columns wrap rather than shrink the page: each may narrow to its minimum.
  const flex = (i: number, min: number, max = 60) => ({ texts: [headings[i]!, ...textColumn(i)], min, max });
  const layout = pageLayout(
    [
      fitWidth([headings[0]!, ...textColumn(0)], 4),
      flex(1, 8),
      flex(2, 6),
      flex(3, 10),
      flex(4, 14),
      ...priorities.map((p) => fitWidth([p.mark, MARK], 3.5)),
      { texts: [words('columnCommon')], min: 4 },
      fitWidth([words('columnPage'), ...textColumn(headings.length - 2)], 4),
      flex(headings.length - 1, 8, 50),
    ],
    'landscape',
  );
  return {
    name: options.name,
    columns: layout.columns,
    rows: [headings.map((h) => header(h)), ...rows],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    ...(rows.length > 0 ? { autoFilter: `A1:${last}${rows.length + 1}` } : {}),
    listValidations: rows.length > 0 ? [markValidation(`${columnLetter(firstMark)}2:${columnLetter(firstMark + priorities.length)}${rows.length + 1}`, options.markError)] : [],
    print: { paper: layout.paper, orientation: 'landscape', titleRows: '1:1', header: options.title, footer: { before: words('footerBefore'), after: words('footerAfter') } },
  };
}

/** Names where the data gives them; "all" says so, and unconfirmed participation is marked. */
export function participantsText(project: Project, words: Words): string {
  const { participation } = project;
  const names = participation.mode === 'all' ? words('allParticipants') : participation.municipalities.map((m) => m.name).join('、');
  return participation.confirmed ? names : `${names}（${words('unconfirmed')}）`;
}
