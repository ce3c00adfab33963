/** Edits (insert, delete, replace one character) that turn a into b. */
function distance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * The candidate a mistyped word most likely meant, for "did you mean" in a
 * message; undefined when none is close enough (by default, more edits than
 * a third of the word).
 */
export function closest(
  word: string,
  candidates: Iterable<string>,
  maxEdits = Math.max(1, Math.floor(word.length / 3)),
): string | undefined {
  let best: {candidate: string; edits: number} | undefined;
  for (const candidate of candidates) {
    const edits = distance(word, candidate);
    if (!best || edits < best.edits) best = {candidate, edits};
  }
  return best && best.edits <= maxEdits ? best.candidate : undefined;
}
