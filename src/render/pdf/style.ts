import { toUtcDate, type CalendarDate } from '../../calendar-date.js';

/** The family every PDF uses; the write stage registers the font files under this name. */
export const FONT_FAMILY = 'BIZUDPGothic';

export const COLOURS = {
  rule: '#333333',
  headerFill: '#e4ebf3',
  groupFill: '#c9d7e8',
  sectionFill: '#f3f6fa',
  bandFill: '#dbeedd',
  accent: '#1f4e79',
} as const;

/** PDF properties from the data: the same data always gives the same bytes. */
export function pdfInfo(fields: { title: string; author: string; subject: string; date: CalendarDate }) {
  const date = toUtcDate(fields.date);
  return { title: fields.title, author: fields.author, subject: fields.subject, creator: fields.author, producer: 'sapporo-vision-docs', creationDate: date, modDate: date };
}

/** Line height of stacked vertical characters, as a multiple of the font size. */
export const VERTICAL_LINE_HEIGHT = 1;

/**
 * pdfmake has no vertical writing, so a vertical label is stacked one character per line.
 * When the characters do not fit in `maxPerColumn` lines, they continue in a further column
 * to the left, as Japanese vertical text runs right to left.
 */
export function verticalText(text: string, options: { fontSize: number; maxPerColumn: number; bold?: boolean }) {
  const chars = [...text];
  const perColumn = Math.max(1, options.maxPerColumn);
  const runs: string[][] = [];
  for (let i = 0; i < chars.length; i += perColumn) runs.push(chars.slice(i, i + perColumn));
  const stackOf = (run: string[]) => ({
    stack: run.map((c) => ({ text: c, alignment: 'center' as const, fontSize: options.fontSize, bold: options.bold ?? false, lineHeight: VERTICAL_LINE_HEIGHT })),
    width: options.fontSize + 1,
  });
  if (runs.length === 1) return { stack: [stackOf(runs[0]!)] };
  return { columns: runs.reverse().map(stackOf), columnGap: 1 };
}

/** Thin dark rules and even padding: the table look every PDF shares. */
export function ruledTable(padding: { x: number; y: number }) {
  return {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => COLOURS.rule,
    vLineColor: () => COLOURS.rule,
    paddingLeft: () => padding.x,
    paddingRight: () => padding.x,
    paddingTop: () => padding.y,
    paddingBottom: () => padding.y,
  };
}

/**
 * A footer with `left` at the left margin and `centre` on the page's centre line: equal side
 * columns keep the centre text centred whatever the left text's length.
 */
export function centredFooter(left: string, centre: string, margins: { left: number; right: number }, options: { side: number; fontSize: number }) {
  return {
    margin: [margins.left, 18, margins.right, 0] as [number, number, number, number],
    columns: [
      { text: left, fontSize: options.fontSize, width: options.side },
      { text: centre, fontSize: options.fontSize, alignment: 'center' as const, width: '*' },
      { text: '', width: options.side },
    ],
  };
}
