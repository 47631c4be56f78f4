import { msg, type Message } from '../messages/index.js';
import type { DataPath, Problem } from '../problem.js';
import { problemAt, type Dataset, type Origin } from './dataset.js';

/** What the typeface is asked: whether it can print a code point. */
export type Printable = Pick<ReadonlySet<number>, 'has'>;

/** Characters laid out by the PDFs without a glyph: line breaks and tabs. */
const LAYOUT = new Set([0x0a, 0x09]);

/**
 * Text the documents print must be printable in their typeface: a character it lacks (a rare
 * kanji form such as 𠮷, a variation selector) would come out as a blank box, changing the
 * text without a word. Provenance notes are never printed and are left alone.
 */
export function checkTypeface(data: Dataset, printable: Printable): Problem[] {
  const problems: Problem[] = [];
  const visit = (value: unknown, at: Origin, path: DataPath) => {
    if (typeof value === 'string') {
      const bad = [...value].find((ch) => !printable.has(ch.codePointAt(0)!) && !LAYOUT.has(ch.codePointAt(0)!));
      if (bad !== undefined) problems.push(problemAt(at, path, unprintable(bad), msg('rules.standardForm')));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, at, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) if (key !== 'provenance') visit(child, at, [...path, key]);
    }
  };
  for (const located of [data.vision, data.region, data.policies, ...data.pillars, ...data.projects]) visit(located.value, located.at, []);
  return problems;
}

/** An invisible character or a lone combining mark cannot be shown on its own: its code point alone names it. */
function unprintable(ch: string): Message {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const shown = /\p{Default_Ignorable_Code_Point}|\p{M}/u.test(ch) ? msg('rules.codePoint', { code }) : msg('rules.glyph', { character: ch, code });
  return msg('rules.unprintable', { character: shown });
}
