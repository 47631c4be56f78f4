import { diffChars } from 'diff';

/** A stretch of printed text; `changed` stretches are underlined in the 新旧対照表. */
export interface Run {
  readonly text: string;
  readonly changed: boolean;
}

export type MarkedText = readonly Run[];

/** The text as one run, underlined in full (a new or removed thing) or not at all. */
export function whole(text: string, changed: boolean): MarkedText {
  return text === '' ? [] : [{ text, changed }];
}

/**
 * Both sides of a changed text, character by character: on the old side the characters that
 * were replaced or removed are changed, on the new side those that replaced them or were added.
 * diffChars works on code points, so a character outside the BMP is never split in two.
 */
export function compareTexts(before: string, after: string, lineBreakMark?: string): { readonly before: MarkedText; readonly after: MarkedText } {
  const parts = diffChars(before, after);
  // A line break added or removed has nothing to underline: a mark in words stands before it.
  const shown = (text: string, changed: boolean) => (changed && lineBreakMark !== undefined ? text.replace(/\n/g, `${lineBreakMark}\n`) : text);
  return {
    before: joined(parts.filter((p) => !p.added).map((p) => ({ text: shown(p.value, p.removed), changed: p.removed }))),
    after: joined(parts.filter((p) => !p.removed).map((p) => ({ text: shown(p.value, p.added), changed: p.added }))),
  };
}

export function plain(text: MarkedText): string {
  return text.map((r) => r.text).join('');
}

/** Neighbouring runs alike in being changed or not are one run: one underline, one text item. */
function joined(runs: readonly Run[]): MarkedText {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && last.changed === run.changed) out[out.length - 1] = { text: last.text + run.text, changed: run.changed };
    else if (run.text !== '') out.push(run);
  }
  return out;
}
