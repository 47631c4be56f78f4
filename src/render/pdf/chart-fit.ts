import type { Model, Pillar, Project } from '../../model/index.js';
import type { Words } from '../types.js';
import {
  CHART, COLUMN_WIDTH, CONTENT_HEIGHT, lineOf, RULE, sizeLadder, spanContent, spanWidth, stretched, tableWidths, type ChartSizes,
} from './chart-geometry.js';
import { VERTICAL_LINE_HEIGHT } from './style.js';
import { lineCount, textWidth, widestUnit, type Type } from './text-measure.js';

/**
 * How the system chart fits its A3 pages, decided by measuring its text with the typeface
 * before anything is laid out. The chart first uses its room: the two columns balanced at a
 * pillar boundary, else at a field's (see onePage); then rows and type tighten step by step
 * down to MIN_TABLE_FONT_SIZE. Only a plan too large even then continues on further pages,
 * each with the top line and table headers again, and the fit says by how much.
 */
export interface ChartFit {
  readonly sizes: ChartSizes;
  readonly pages: readonly ChartPage[];
  /** More than one page: the plan does not fit one at the smallest sizes. */
  readonly overflow: boolean;
  /** With an overflow: about how many rows the tables would have to lose to fit one page. */
  readonly shortBy?: number;
}

export interface ChartPage {
  readonly columns: readonly [ChartColumn, ChartColumn];
}

export interface ChartColumn {
  /** The policy panel heads the first column of the first page. */
  readonly panel: boolean;
  readonly tables: readonly PillarPart[];
  /** Measured height of the column's content, points; never less than pdfmake makes it. */
  readonly height: number;
}

/** A pillar's table, or the part of it that one column holds. */
export interface PillarPart {
  readonly pillar: Pillar;
  /** The pillar's title line, marked as continued when an earlier column holds its first rows. */
  readonly title: string;
  /** Whether the pillar prints a section column. */
  readonly sectioned: boolean;
  /** Top margins that centre the labels spanning the two header rows: field, project name, page, NO. */
  readonly headerMargins: readonly [number, number, number, number];
  readonly sections: readonly SectionPart[];
}

export interface SectionPart {
  /** Printed one character per line; empty in a pillar without sections. */
  readonly label: string;
  readonly labelHeight: number;
  readonly fields: readonly FieldPart[];
}

export interface FieldPart {
  readonly label: string;
  readonly labelHeight: number;
  /** A field without projects keeps one empty row. */
  readonly rows: readonly ChartRow[];
}

export interface ChartRow {
  readonly project: Project | undefined;
  /** Content height to give pdfmake: at least a row, the row's own text, and its share of the labels spanning it. */
  readonly height: number;
}

/**
 * Room kept free at the foot of each column: the measure never comes out below pdfmake's, and
 * this absorbs the rounding of many rows added up.
 */
const SAFETY = 2;

/** The chart's fit for this plan and its words: pure, and quick enough to run before anything is rendered. */
export function fitChart(model: Model, words: Words): ChartFit {
  const text = printedText(model, words);
  const page = measurePage(model, text);
  const rowCount = model.pillars.flatMap((p) => p.sections.flatMap((s) => s.fields)).reduce((n, f) => n + Math.max(1, f.projects.length), 0);
  // Every row at its least height already overfills this many pages' columns: not worth measuring.
  const overfills = (sizes: ChartSizes, pages: number) => page.panel + rowCount * (sizes.rowHeight + RULE) > pages * (2 * page.room(pages) + CHART.gaps.table);
  const ladder = sizeLadder();
  for (const sizes of ladder) {
    if (overfills(sizes, 1)) continue;
    const chart = measure(model, text, sizes, page);
    const one = onePage(chart, START, END(chart), true, chart.room(1));
    if (one) return { sizes, pages: [one], overflow: false };
  }
  // Beyond one page: as few pages as the smallest sizes allow, and on them the largest sizes
  // that need no more, since more pages are no reason to keep the type at its smallest.
  const smallest = measure(model, text, ladder.at(-1)!, page);
  const pages = paginate(smallest);
  const shortBy = rowsOver(smallest);
  for (const sizes of ladder.slice(0, -1)) {
    if (overfills(sizes, pages.length)) continue;
    const larger = paginate(measure(model, text, sizes, page));
    if (larger.length <= pages.length) return { sizes, pages: larger, overflow: true, shortBy };
  }
  return { sizes: smallest.sizes, pages, overflow: true, shortBy };
}

/** How many rows, taken off the end, would let the chart fit one page at these sizes. */
function rowsOver(chart: Measured): number {
  const places = chart.pillars.flatMap((p, pillar) => p.rows.map((_, row): Cursor => ({ pillar, row })));
  const fits = (rows: number) => onePage(chart, START, places[rows] ?? END(chart), true, chart.room(1)) !== undefined;
  // The most rows that fit, by bisection: fewer rows never fit worse.
  let [low, high] = [0, places.length];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return places.length - low;
}

/** Every word the chart prints that depends on the data, read from the templates once. */
interface PrintedText {
  readonly chartTitle: string;
  readonly topRight: (page: number, pages: number) => string;
  readonly heading: string;
  readonly lead: string;
  readonly policyLabels: readonly string[];
  readonly commonBand: string;
  readonly columns: { readonly field: string; readonly project: string; readonly page: string; readonly no: string };
  readonly pillars: readonly {
    readonly title: string;
    readonly continued: string;
    readonly sections: readonly { readonly label: string; readonly fields: readonly string[] }[];
  }[];
}

function printedText(model: Model, words: Words): PrintedText {
  const sectioned = (pillar: Pillar) => pillar.sections.some((s) => s.number !== null);
  return {
    chartTitle: words('chartTitle'),
    topRight: (page, pages) => topLineRight(words, page, pages),
    heading: words('heading'),
    lead: words('lead'),
    policyLabels: model.policies.priorities.map((policy) => words('policyLabel', { policy })),
    commonBand: words('commonBand', { common: model.policies.common }),
    columns: { field: words('columnField'), project: words('columnProject'), page: words('columnPage'), no: words('columnNo') },
    pillars: model.pillars.map((pillar) => ({
      title: words('pillarTitle', { pillar }),
      continued: words('pillarTitleContinued', { pillar }),
      sections: pillar.sections.map((section) => ({
        label: sectioned(pillar) ? words('sectionLabel', { section }) : '',
        fields: section.fields.map((field) => words('fieldLabel', { field })),
      })),
    })),
  };
}

/** The right of the top line: the issuer, and the page when there are several. */
export function topLineRight(words: Words, page: number, pages: number): string {
  const issuer = words('issuerLine');
  return pages > 1 ? issuer + words('pageOf', { page, pages }) : issuer;
}

/** A place in the chart's rows: a pillar, and a row of it (0: its first). */
interface Cursor {
  readonly pillar: number;
  readonly row: number;
}

const START: Cursor = { pillar: 0, row: 0 };

/** A pillar's rows in chart order, one a project (or an empty field), with where each may split. */
interface Row {
  readonly section: number;
  readonly field: number;
  readonly project: Project | undefined;
  /** Content height of the row's own cells. */
  readonly content: number;
  /** The row begins a field (or a section): a split before it keeps every field label whole. */
  readonly startsField: boolean;
}

interface MeasuredPillar {
  readonly pillar: Pillar;
  readonly rows: readonly Row[];
  /** Height of the part from row `from` to row `to` (excluded), as a table with its title. */
  height(from: number, to: number): number;
  part(from: number, to: number): PillarPart;
}

/** What the page leaves the pillar tables, whatever their sizes. */
interface PageRoom {
  /** Height of the policy panel with the space under it. */
  readonly panel: number;
  /** Height the tables may take in a column of a chart of this many pages (the top line names the page when there are several). */
  room(pages: number): number;
}

/** A plan measured at one set of sizes. */
interface Measured extends PageRoom {
  readonly sizes: ChartSizes;
  readonly pillars: readonly MeasuredPillar[];
}

function measurePage(model: Model, text: PrintedText): PageRoom {
  const rooms = new Map<number, number>();
  return {
    panel: panelHeight(model, text),
    room(pages) {
      let room = rooms.get(pages);
      if (room === undefined) {
        const topLine = Math.max(...Array.from({ length: pages }, (_, i) => topLineHeight(text.chartTitle, text.topRight(i + 1, pages)))) + CHART.gaps.topLine;
        room = CONTENT_HEIGHT - topLine - SAFETY;
        rooms.set(pages, room);
      }
      return room;
    },
  };
}

function measure(model: Model, text: PrintedText, sizes: ChartSizes, page: PageRoom): Measured {
  return {
    sizes,
    panel: page.panel,
    room: (pages) => page.room(pages),
    pillars: model.pillars.map((pillar, i) => measurePillar(model, pillar, text.pillars[i]!, text.columns, sizes)),
  };
}

/**
 * pdfmake gives an 'auto' column its natural width when the line has room, and shares the
 * room by the texts' least and natural widths when it has not; the '*' title takes the rest.
 */
function topLineHeight(title: string, issuer: string): number {
  const titleType: Type = { size: CHART.fontSize.title, bold: true };
  const issuerType: Type = { size: CHART.fontSize.issuer };
  const available = COLUMN_WIDTH * 2 + CHART.columnGap;
  const least = widestUnit(title, titleType) + widestUnit(issuer, issuerType);
  const natural = textWidth(title, titleType) + textWidth(issuer, issuerType);
  const issuerLeast = widestUnit(issuer, issuerType);
  const issuerNatural = textWidth(issuer, issuerType);
  const issuerWidth =
    least >= available ? issuerLeast : natural < available ? issuerNatural : issuerLeast + ((issuerNatural - issuerLeast) * (available - least)) / (natural - least);
  const titleWidth = least >= available ? widestUnit(title, titleType) : available - issuerWidth;
  return Math.max(
    lineCount(title, titleWidth, titleType) * lineOf(CHART.fontSize.title),
    CHART.gaps.issuerTop + lineCount(issuer, issuerWidth, issuerType) * lineOf(CHART.fontSize.issuer),
  );
}

/** The heading, the lead and the table of priorities, with the space under them. */
function panelHeight(model: Model, text: PrintedText): number {
  const { groups, priorities } = model.policies;
  const f = CHART.fontSize;
  const pad = CHART.gaps.panelPadding;
  const lines = (t: string, width: number, type: Type) => lineCount(t, width, type) * lineOf(type.size);
  const n = priorities.length;
  const cell = (COLUMN_WIDTH - n * 2 * CHART.cellPadding.x - (n + 1) * RULE) / n;
  const groupRow = Math.max(...groups.map((g) => lines(g.name, spanWidth(g.priorityNumbers.map(() => cell)), { size: f.group, bold: true })));
  const policyRow = Math.max(
    ...priorities.map((p, i) => lines(text.policyLabels[i]!, cell, { size: f.policyLabel, bold: true }) + CHART.gaps.policyText + lines(p.text, cell, { size: f.policy })),
  );
  const bandRow = lines(text.commonBand, spanWidth(priorities.map(() => cell)), { size: f.band, bold: true });
  const table = RULE + groupRow + policyRow + bandRow + 3 * (2 * pad + RULE);
  const heading = lines(text.heading, COLUMN_WIDTH, { size: f.heading, bold: true });
  const lead = CHART.gaps.leadTop + lines(text.lead, COLUMN_WIDTH, { size: f.lead }) + CHART.gaps.leadBottom;
  return heading + lead + table + CHART.gaps.panel;
}

function measurePillar(model: Model, pillar: Pillar, text: PrintedText['pillars'][number], columns: PrintedText['columns'], sizes: ChartSizes): MeasuredPillar {
  const sectioned = pillar.sections.some((s) => s.number !== null);
  const size = sizes.table;
  const line = lineOf(size);
  const pad = sizes.paddingY;
  const widths = tableWidths(sectioned, model.policies.priorities.length);
  const nameWidth = widths[sectioned ? 2 : 1]!;
  const w = CHART.widths;
  const regular: Type = { size };
  const bold: Type = { size, bold: true };

  // Header: the group names over their marks in the first row, the marks in the second; the
  // other labels span both and are centred by hand (pdfmake misplaces vertically centred cells
  // that span rows).
  const groupLines = Math.max(...model.policies.groups.map((g) => lineCount(g.name, spanWidth(g.priorityNumbers.map(() => w.mark)), bold)));
  const spanning = [
    lineCount(columns.field, sectioned ? spanWidth([w.section, w.field]) : w.field, bold),
    lineCount(columns.project, nameWidth, bold),
    lineCount(columns.page, w.page, bold),
    lineCount(columns.no, w.no, bold),
  ].map((n) => n * line);
  const headerRoom = spanContent([groupLines * line, line], pad);
  const headerContent = Math.max(headerRoom, ...spanning);
  const header = RULE + pad + headerContent + pad + RULE;
  const headerMargins = spanning.map((h) => Math.max(0, (headerRoom - h) / 2)) as [number, number, number, number];

  const titleHeight = (title: string) => lineCount(title, COLUMN_WIDTH, { size: CHART.fontSize.pillar, bold: true }) * lineOf(CHART.fontSize.pillar) + CHART.gaps.pillarTitle;
  const titles = { first: titleHeight(text.title), continued: titleHeight(text.continued) };

  // The section column holds one stacked column of characters: a second would not fit its width.
  const sectionHeights = text.sections.map((s) => [...s.label].length * size * VERTICAL_LINE_HEIGHT);
  const fieldHeights = text.sections.map((s) => s.fields.map((label) => lineCount(label, w.field, regular) * line));
  const rows: Row[] = [];
  pillar.sections.forEach((section, s) =>
    section.fields.forEach((field, f) => {
      const projects = field.projects.length > 0 ? field.projects : [undefined];
      projects.forEach((project, i) => {
        rows.push({ section: s, field: f, project, content: project ? lineCount(project.name, nameWidth, regular) * line : line, startsField: i === 0 });
      });
    }),
  );

  /**
   * The rows' content heights: each at least a row and its own text, then raised evenly where
   * a field or section label spanning them needs more. pdfmake grows a row for its own cells'
   * text but not for a cell spanning several rows, so the rows are stretched here.
   */
  const rowHeights = (from: number, to: number): number[] => {
    const out: number[] = [];
    for (let s = from; s < to; ) {
      const section = rows[s]!.section;
      const inSection: number[] = [];
      let f = s;
      while (f < to && rows[f]!.section === section) {
        const field = rows[f]!.field;
        const inField: number[] = [];
        while (f < to && rows[f]!.section === section && rows[f]!.field === field) inField.push(Math.max(sizes.rowHeight - 2 * pad, rows[f++]!.content));
        inSection.push(...stretched(inField, fieldHeights[section]![field]!, pad));
      }
      out.push(...(sectioned ? stretched(inSection, sectionHeights[section]!, pad) : inSection));
      s = f;
    }
    return out;
  };

  // A fit asks for the same parts again and again (every column holding a whole pillar).
  const heights = new Map<number, number>();
  return {
    pillar,
    rows,
    height: (from, to) => {
      const key = from * (rows.length + 1) + to;
      let height = heights.get(key);
      if (height === undefined) {
        height = (from > 0 ? titles.continued : titles.first) + header + rowHeights(from, to).reduce((sum, h) => sum + h + 2 * pad + RULE, 0);
        heights.set(key, height);
      }
      return height;
    },
    part: (from, to) => {
      const heights = rowHeights(from, to);
      const sections: SectionPart[] = [];
      let fields: FieldPart[] = [];
      let chartRows: ChartRow[] = [];
      for (let r = from; r < to; r++) {
        const row = rows[r]!;
        const previous = r > from ? rows[r - 1] : undefined;
        if (!previous || previous.section !== row.section) {
          fields = [];
          sections.push({ label: text.sections[row.section]!.label, labelHeight: sectionHeights[row.section]!, fields });
        }
        if (!previous || previous.section !== row.section || previous.field !== row.field) {
          chartRows = [];
          fields.push({ label: text.sections[row.section]!.fields[row.field]!, labelHeight: fieldHeights[row.section]![row.field]!, rows: chartRows });
        }
        chartRows.push({ project: row.project, height: heights[r - from]! });
      }
      return { pillar, title: from > 0 ? text.continued : text.title, sectioned, headerMargins, sections };
    },
  };
}

/** The parts of the chart from one place to another, in reading order. */
function partsBetween(chart: Measured, from: Cursor, to: Cursor): { pillar: MeasuredPillar; from: number; to: number }[] {
  const parts = [];
  for (let p = from.pillar; p < chart.pillars.length && (p < to.pillar || (p === to.pillar && to.row > 0)); p++) {
    const pillar = chart.pillars[p]!;
    const start = p === from.pillar ? from.row : 0;
    const end = p === to.pillar ? to.row : pillar.rows.length;
    if (end > start) parts.push({ pillar, from: start, to: end });
  }
  return parts;
}

function columnHeight(chart: Measured, from: Cursor, to: Cursor, panel: boolean): number {
  const tables = partsBetween(chart, from, to).map((p) => p.pillar.height(p.from, p.to));
  return (panel ? chart.panel : 0) + tables.reduce((a, b) => a + b, 0) + Math.max(0, tables.length - 1) * CHART.gaps.table;
}

function column(chart: Measured, from: Cursor, to: Cursor, panel: boolean): ChartColumn {
  return { panel, tables: partsBetween(chart, from, to).map((p) => p.pillar.part(p.from, p.to)), height: columnHeight(chart, from, to, panel) };
}

const END = (chart: Measured): Cursor => ({ pillar: chart.pillars.length, row: 0 });

/** Where a split between two columns falls, in order of preference (see onePage). */
type SplitKind = 'pillar' | 'field' | 'whole' | 'row';

/**
 * Every place the chart may split from `from` to `end`, with what it falls on. The left column
 * is never left empty, but may hold the policy panel alone.
 */
function splits(chart: Measured, from: Cursor, end: Cursor, panel: boolean): { at: Cursor; kind: SplitKind }[] {
  const out: { at: Cursor; kind: SplitKind }[] = [];
  for (let p = from.pillar; p <= end.pillar; p++) {
    const rows = chart.pillars[p]?.rows ?? [];
    const last = p === end.pillar ? end.row : rows.length - 1;
    for (let r = p === from.pillar ? from.row : 0; r <= last; r++) {
      const start = p === from.pillar && r === from.row;
      if (start && !panel) continue;
      const kind = p === end.pillar && r === end.row ? 'whole' : r === 0 ? 'pillar' : rows[r]!.startsField ? 'field' : 'row';
      out.push({ at: { pillar: p, row: r }, kind });
    }
  }
  return out;
}

/**
 * The chart from `from` to `end` on one page, the columns as even as they come: split at a
 * pillar boundary if one serves, else at a field's, else all in one column, else between rows
 * (a header repeated over a row or two reads worse than an empty column); undefined if it
 * cannot fit.
 */
function onePage(chart: Measured, from: Cursor, end: Cursor, panel: boolean, room: number): ChartPage | undefined {
  const whole = columnHeight(chart, from, end, panel);
  // Quick refusal: even cut anywhere, the two columns cannot hold it.
  if (whole > 2 * room + CHART.gaps.table) return undefined;
  const candidates = splits(chart, from, end, panel);
  const left = (at: Cursor) => columnHeight(chart, from, at, panel);
  const right = (at: Cursor) => columnHeight(chart, at, end, false);
  for (const kind of ['pillar', 'field', 'whole', 'row'] as const) {
    const places = candidates.filter((c) => c.kind === kind).map((c) => c.at);
    // The left column only grows and the right only shrinks as the split moves on, so the most
    // even split is one of the two where they cross; if neither fits, no split of this kind does.
    const crossing = firstWhere(places, (at) => left(at) >= right(at));
    let best: { at: Cursor; height: number } | undefined;
    for (const at of places.slice(Math.max(0, crossing - 1), crossing + 1)) {
      const height = Math.max(left(at), right(at));
      if (height <= room && (!best || height < best.height)) best = { at, height };
    }
    if (best) return { columns: [column(chart, from, best.at, panel), column(chart, best.at, end, false)] };
  }
  return undefined;
}

/** The index of the first item for which `test` holds, in a list where it fails up to some item and holds after; the length if it never holds. */
function firstWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  let [low, high] = [0, items.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(items[middle]!)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/**
 * The chart on as many pages as it needs: each column filled in reading order, a pillar split
 * at the last field that fits (between rows only when a field is longer than a column, or the
 * column holds nothing else), and the last page's two columns balanced.
 */
function paginate(chart: Measured): ChartPage[] {
  // The page count shows in the top line, so the room depends on it: grow the guess until it holds.
  for (let guess = 2; ; ) {
    const room = chart.room(guess);
    const pages: ChartPage[] = [];
    let at = START;
    for (;;) {
      const panel = pages.length === 0;
      const last = onePage(chart, at, END(chart), panel, room);
      if (last) {
        pages.push(last);
        break;
      }
      const left = fill(chart, at, panel, room);
      const right = fill(chart, left, false, room);
      pages.push({ columns: [column(chart, at, left, panel), column(chart, left, right, false)] });
      at = right;
    }
    if (chart.room(pages.length) >= room) return pages;
    guess = Math.max(guess + 1, pages.length);
  }
}

/** Where a column filled from `from` ends. */
function fill(chart: Measured, from: Cursor, panel: boolean, room: number): Cursor {
  const fits = (to: Cursor) => columnHeight(chart, from, to, panel) <= room;
  let at = from;
  while (at.pillar < chart.pillars.length) {
    const next: Cursor = { pillar: at.pillar + 1, row: 0 };
    if (fits(next)) {
      at = next;
      continue;
    }
    const rows = chart.pillars[at.pillar]!.rows;
    const lastFitting = (betweenRows: boolean) => {
      let last: Cursor | undefined;
      for (let r = at.row + 1; r < rows.length; r++) {
        if (!betweenRows && !rows[r]!.startsField) continue;
        if (!fits({ pillar: at.pillar, row: r })) break;
        last = { pillar: at.pillar, row: r };
      }
      return last;
    };
    const empty = !panel && at.pillar === from.pillar && at.row === from.row;
    const atField = lastFitting(false);
    // The field after the split: one longer than a whole column is split between rows wherever
    // it falls, so it may as well start in this column.
    const start = atField?.row ?? at.row;
    let end = start + 1;
    while (end < rows.length && !rows[end]!.startsField) end++;
    const longerThanColumn = chart.pillars[at.pillar]!.height(start, end) > room;
    const split = longerThanColumn || (empty && !atField) ? (lastFitting(true) ?? atField) : atField;
    if (split) return split;
    if (!empty) return at;
    // A column that cannot hold even one row of its first table takes the row all the same: the chart must move on.
    return at.row + 1 < rows.length ? { pillar: at.pillar, row: at.row + 1 } : next;
  }
  return at;
}
