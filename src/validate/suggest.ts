/** "did you mean …?" for a value that is close to one of the allowed ones. */
export function choicesHint(label: string, choices: readonly string[], near: string): string {
  // Two edits catch a swapped pair of letters; on short values they would match almost anything.
  const limit = near.length <= 4 ? 1 : 2;
  const close = choices.find((c) => editDistance(near.toLowerCase(), c.toLowerCase()) <= limit);
  return close ? `did you mean "${close}"? ${label}: ${choices.join(', ')}` : `${label}: ${choices.join(', ')}`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
