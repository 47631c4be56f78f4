/**
 * The system chart's grid: page, columns and the sizes the pillar tables may take. Shared by
 * the fit, which measures with it, and the renderer, which draws with it.
 */

/** Sizes in points. */
export const CHART = {
  page: { width: 1190.55, height: 841.89 },
  margins: { left: 28, top: 24, right: 28, bottom: 24 },
  columnGap: 18,
  widths: { section: 22, field: 118, mark: 22, page: 25, no: 22 },
  /** Height of a one-line project row, padding included, at the largest size; a row grows when its text wraps. */
  rowHeight: 18,
  cellPadding: { x: 3, y: 2.5 },
  lineHeight: 1.15,
  /** `table` is where the pillar tables start; they may shrink from it (see sizeLadder). */
  fontSize: { title: 13, issuer: 10, heading: 10.5, lead: 8, group: 7.5, policyLabel: 7.5, policy: 8.5, band: 9, pillar: 10, table: 7.5 },
  /** Space under the top line, under the policy panel and under each pillar table. */
  gaps: { topLine: 8, issuerTop: 2, panel: 10, pillarTitle: 3, table: 10, leadTop: 3, leadBottom: 5, policyText: 2, panelPadding: 3 },
} as const;

/**
 * The smallest type the pillar tables may be set in: 6 pt is the floor a printed A3 allows
 * (the chart is read on paper at arm's length, and at 6 pt the kanji of BIZ UDPGothic still
 * print with open counters). Below it the chart takes a second page instead.
 */
export const MIN_TABLE_FONT_SIZE = 6;

/** The sizes the pillar tables are set in; everything else on the page keeps its size. */
export interface ChartSizes {
  /** Type of the tables: headers, labels, rows. */
  readonly table: number;
  /** Height of a one-line project row, padding included. */
  readonly rowHeight: number;
  /** Padding above and below each cell's content. */
  readonly paddingY: number;
}

/** Width of the rules between rows and columns. */
export const RULE = 0.5;

/** Width of each of the page's two columns. */
export const COLUMN_WIDTH = (CHART.page.width - CHART.margins.left - CHART.margins.right - CHART.columnGap) / 2;

/** Height for the page's content: within the margins. */
export const CONTENT_HEIGHT = CHART.page.height - CHART.margins.top - CHART.margins.bottom;

/** Height of one line of type of this size. */
export function lineOf(fontSize: number): number {
  return fontSize * CHART.lineHeight;
}

/**
 * The sizes to try, largest first: the rows give up their slack half a point at a time, then
 * the padding, then the type a quarter point at a time down to the minimum, each row only as
 * high as one line and its padding.
 */
export function sizeLadder(): ChartSizes[] {
  const ladder: ChartSizes[] = [];
  const tight = (table: number, paddingY: number) => lineOf(table) + 2 * paddingY;
  const table = CHART.fontSize.table;
  for (let row = CHART.rowHeight; row > tight(table, CHART.cellPadding.y); row -= 0.5) ladder.push({ table, rowHeight: row, paddingY: CHART.cellPadding.y });
  for (let paddingY = CHART.cellPadding.y; paddingY >= 1.5; paddingY -= 0.5) ladder.push({ table, rowHeight: tight(table, paddingY), paddingY });
  for (let size = table - 0.25; size >= MIN_TABLE_FONT_SIZE; size -= 0.25) ladder.push({ table: size, rowHeight: tight(size, 1.5), paddingY: 1.5 });
  return ladder;
}

/** Widths of a pillar table's columns, left to right: section (when sectioned), field, name, a mark per priority, page, NO. */
export function tableWidths(sectioned: boolean, priorities: number): number[] {
  const w = CHART.widths;
  const fixed = [...(sectioned ? [w.section] : []), w.field, ...Array.from({ length: priorities }, () => w.mark), w.page, w.no];
  // The name column takes the rest of the page's column as a number, not '*': pdfmake widens a
  // '*' column to its longest unbreakable word, and a long word in Latin letters would push the
  // table over its neighbour instead of wrapping.
  const columns = fixed.length + 1;
  const name = COLUMN_WIDTH - fixed.reduce((a, b) => a + b, 0) - columns * 2 * CHART.cellPadding.x - (columns + 1) * RULE;
  return [...(sectioned ? [w.section] : []), w.field, name, ...Array.from({ length: priorities }, () => w.mark), w.page, w.no];
}

/** Width of a cell spanning these columns: their widths and the padding and rules between. */
export function spanWidth(widths: readonly number[]): number {
  return widths.reduce((a, b) => a + b, 0) + (widths.length - 1) * (2 * CHART.cellPadding.x + RULE);
}

/** The room for content in a cell spanning rows of these content heights: their padding and rules between count too. */
export function spanContent(heights: readonly number[], paddingY: number): number {
  return heights.reduce((a, b) => a + b, 0) + (heights.length - 1) * (2 * paddingY + RULE);
}

/** The row heights, each raised by the same amount if need be, so that `needed` fits across them. */
export function stretched(heights: readonly number[], needed: number, paddingY: number): number[] {
  const short = needed - spanContent(heights, paddingY);
  return short > 0 ? heights.map((h) => h + short / heights.length) : [...heights];
}

/** The top margin that centres `contentHeight` in a cell spanning rows of these heights. */
export function centring(heights: readonly number[], contentHeight: number, paddingY: number): number {
  return Math.max(0, (spanContent(heights, paddingY) - contentHeight) / 2);
}
