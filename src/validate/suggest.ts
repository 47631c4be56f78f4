import { msg, type Message } from '../messages/index.js';

/** The allowed values, with "did you mean …?" when `near` is close to one of them; `label` names the list (a message of its own). */
export function choicesHint(label: Message, choices: readonly string[], near: string): Message {
  const close = closest(choices, near);
  return close === undefined ? msg('common.choices', { label, choices }) : msg('common.didYouMean', { close, label, choices });
}

/** The allowed value a typed one is probably meant to be, if any. */
export function closest(choices: readonly string[], near: string): string | undefined {
  // A swap counts as one edit; two edits on short values would match almost anything.
  const limit = near.length <= 4 ? 1 : 2;
  return choices.find((c) => editDistance(near.toLowerCase(), c.toLowerCase()) <= limit);
}

/** Edits from one to the other, a swap of two neighbouring letters (pgae → page) counting as one. */
function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) current[j] = Math.min(current[j]!, before[j - 2]! + 1);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}
