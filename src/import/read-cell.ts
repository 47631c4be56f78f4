import { calendarDate, parseCalendarDate } from '../calendar-date.js';
import { formatJapaneseDate } from '../format/japanese-date.js';
import { readWrittenDate } from '../format/era-date.js';
import type { CellKind, InputValue } from '../input-workbook/index.js';
import { msg, type Message } from '../messages/index.js';
import { MARK } from '../render/xlsx/cells.js';
import { closest } from '../validate/suggest.js';
import type { RawCell } from './read-workbook.js';

/** A cell read as its column means it: the value, with a warning when it was read other than as typed; or why it cannot be read. */
export type ReadCell =
  | { readonly value: InputValue; readonly warning?: Message }
  | { readonly error: Message; readonly hint?: Message };

/** ○, 〇 (ideographic zero) and ◯ typed by people who mean ●. */
const MARK_LOOKALIKES = new Set(['○', '〇', '◯', '⚫', '⬤']);
/** Ends a value may carry by accident: half- and full-width spaces, tabs, line breaks. */
const EDGE_SPACE = /^[\s\u3000]+|[\s\u3000]+$/g;
/** 1899-12-30, day 0 of Excel's (1900) date serials. */
const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * Reads what people type the way they mean it: full-width digits, 和暦 dates, ○ for ●, stray
 * spaces, a page typed as 「61頁」. Each such reading comes with a warning that says what it was
 * read as, so nothing is changed silently; what cannot be read for sure is an error.
 */
export function readCell(raw: RawCell | undefined, kind: CellKind, choices: readonly string[] = []): ReadCell {
  if (raw?.kind === 'formula') return { error: msg('import.formula', { formula: raw.formula }), hint: msg('import.formulaHint', { result: raw.result }) };
  if (raw?.kind === 'error') return { error: msg('import.errorValue', { value: raw.text }) };
  if (raw?.kind === 'boolean') return { error: msg('import.booleanValue', { value: String(raw.value).toUpperCase() }) };
  switch (kind) {
    case 'derived':
      return { value: null };
    case 'id':
    case 'reference':
    case 'text':
    case 'lines':
      return readText(raw, kind === 'lines');
    case 'integer':
      return readInteger(raw);
    case 'code':
      return readCode(raw);
    case 'mark':
      return readMark(raw);
    case 'choice':
      return readChoice(raw, choices);
    case 'date':
      return readDate(raw);
  }
}

/** The text a cell shows: a date cell in a text column is refused, since what its text should be is a guess. */
function plainText(raw: RawCell | undefined): { text: string } | { error: Message } {
  if (raw === undefined) return { text: '' };
  if (raw.kind === 'text') return { text: raw.text };
  if (raw.kind === 'number') return { text: String(raw.value) };
  if (raw.kind === 'date') return { error: msg('import.dateInText', { date: isoOf(raw.date) }) };
  return { text: '' };
}

function readText(raw: RawCell | undefined, lines: boolean): ReadCell {
  const plain = plainText(raw);
  if ('error' in plain) return plain;
  // Excel on Windows keeps a line break typed with Alt+Enter as LF, but a pasted one may be CRLF.
  const text = plain.text.replace(/\r\n?/g, '\n');
  const trimmed = text.replace(EDGE_SPACE, '');
  if (trimmed === '') return { value: null };
  const value = lines ? trimmed.split('\n').map((line) => line.replace(/[ \t\u3000]+$/, '')).join('\n') : trimmed;
  return value === text ? { value } : { value, warning: msg('import.spacesRemoved', { value }) };
}

function readInteger(raw: RawCell | undefined): ReadCell {
  if (raw?.kind === 'number') return Number.isInteger(raw.value) ? { value: raw.value } : { error: msg('import.notWhole', { value: String(raw.value) }), hint: msg('import.wholeHint', { value: Math.round(raw.value) }) };
  const plain = plainText(raw);
  if ('error' in plain) return plain;
  if (plain.text.replace(EDGE_SPACE, '') === '') return { value: null };
  // NFKC makes ６１ 61; a page written 「61頁」「61ページ」「p.61」 is the number alone.
  const digits = plain.text.normalize('NFKC').replace(/\s/g, '').replace(/^p\.?/i, '').replace(/(頁|ページ|ぺーじ|p)$/i, '');
  if (!/^\d+$/.test(digits)) return { error: msg('import.notANumber', { value: plain.text }) };
  const value = Number(digits);
  return digits === plain.text ? { value } : { value, warning: msg('import.readAsNumber', { value: plain.text, number: value }) };
}

/** A 団体コード: six digits kept as text; one typed as a number loses its leading zero, which is put back. */
function readCode(raw: RawCell | undefined): ReadCell {
  if (raw?.kind === 'number') {
    const digits = String(raw.value);
    if (!Number.isInteger(raw.value) || digits.length > 6) return { error: msg('import.notACode', { value: digits }) };
    const code = digits.padStart(6, '0');
    return code === digits ? { value: code } : { value: code, warning: msg('import.codePadded', { value: digits, code }) };
  }
  const text = readText(raw, false);
  if (!('value' in text) || typeof text.value !== 'string') return text;
  const code = text.value.normalize('NFKC').replace(/\s/g, '');
  if (code === text.value) return text;
  return { value: code, warning: msg('import.readAsCode', { value: text.value, code }) };
}

function readMark(raw: RawCell | undefined): ReadCell {
  const plain = plainText(raw);
  if ('error' in plain) return plain;
  const text = plain.text.replace(EDGE_SPACE, '');
  if (text === '') return { value: null };
  if (text === MARK) return text === plain.text ? { value: MARK } : { value: MARK, warning: msg('import.spacesRemoved', { value: MARK }) };
  if (MARK_LOOKALIKES.has(text)) return { value: MARK, warning: msg('import.readAsMark', { value: text }) };
  return { error: msg('import.notAMark', { value: plain.text }), hint: msg('import.markHint') };
}

function readChoice(raw: RawCell | undefined, choices: readonly string[]): ReadCell {
  const plain = plainText(raw);
  if ('error' in plain) return plain;
  if (choices.includes(plain.text)) return { value: plain.text };
  const trimmed = plain.text.replace(EDGE_SPACE, '');
  if (trimmed === '') return { value: null };
  // Full-width and half-width forms, and spaces inside, differ only in how they were typed.
  const loose = (s: string) => s.normalize('NFKC').replace(/[\s\u3000]/g, '');
  const match = choices.find((c) => loose(c) === loose(trimmed));
  if (match !== undefined) return { value: match, warning: msg('import.readAsChoice', { value: plain.text, choice: match }) };
  const near = closest(choices, trimmed);
  return { error: msg('import.notAChoice', { value: plain.text }), hint: near === undefined ? msg('import.choicesHint', { choices: choices.join('、') }) : msg('import.choiceNear', { near, choices: choices.join('、') }) };
}

function readDate(raw: RawCell | undefined): ReadCell {
  if (raw?.kind === 'date') {
    const date = calendarDate(isoOf(raw.date));
    // A time of day typed with the date (2025/4/1 13:00) is not part of what the plan records.
    return raw.date.getTime() % DAY_MS === 0 ? { value: { date } } : { value: { date }, warning: msg('import.timeDropped', { date: formatJapaneseDate(date) }) };
  }
  if (raw?.kind === 'number') {
    // A date cell whose format was lost (pasted as a value) holds the day's serial number.
    if (!Number.isInteger(raw.value) || raw.value < 1 || raw.value > 2_958_465) return { error: msg('import.notADate', { value: String(raw.value) }), hint: msg('import.dateHint') };
    const date = calendarDate(isoOf(new Date(SERIAL_EPOCH + raw.value * DAY_MS)));
    return { value: { date }, warning: msg('import.readSerialAsDate', { value: raw.value, date: formatJapaneseDate(date) }) };
  }
  const plain = plainText(raw);
  if ('error' in plain) return plain;
  const text = plain.text.replace(EDGE_SPACE, '');
  if (text === '') return { value: null };
  const iso = parseCalendarDate(text);
  if (iso) return { value: { date: iso }, ...(text === plain.text ? {} : { warning: msg('import.spacesRemoved', { value: text }) }) };
  const written = readWrittenDate(text);
  if (written?.kind === 'date') {
    const date = calendarDate(written.iso);
    return { value: { date }, warning: msg('import.readAsDate', { value: plain.text, date: formatJapaneseDate(date) }) };
  }
  if (written?.kind === 'outsideEra') return { error: msg('import.outsideEra', { value: plain.text, era: written.era, first: written.first, last: written.last ?? '' }), hint: msg('import.dateHint') };
  if (written?.kind === 'noSuchDay') return { error: msg('import.noSuchDay', { value: plain.text }), hint: msg('import.dateHint') };
  return { error: msg('import.notADate', { value: plain.text }), hint: msg('import.dateHint') };
}

/** The day of a date exceljs read from a serial, which it reads as UTC: the day it falls in, whatever its time. */
function isoOf(date: Date): string {
  return new Date(Math.floor(date.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
