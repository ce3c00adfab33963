/**
 * Offsets to 1-based line and column, and a short excerpt around a match.
 * The excerpt is cut to a window, so a one-line minified file does not send
 * its whole line to the page for every finding.
 */
export interface Located {
  line: number;
  column: number;
  excerpt: {before: string; text: string; after: string};
}

const CONTEXT = 48;

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** The 0-based line an offset is on. */
export function lineIndex(starts: number[], index: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= index) low = mid;
    else high = mid - 1;
  }
  return low;
}

export function locate(text: string, starts: number[], index: number, length: number): Located {
  const low = lineIndex(starts, index);
  const lineStart = starts[low];
  const lineEnd = low + 1 < starts.length ? starts[low + 1] - 1 : text.length;
  const end = Math.min(index + length, lineEnd);
  const from = Math.max(lineStart, index - CONTEXT);
  const to = Math.min(lineEnd, end + CONTEXT);
  return {
    line: low + 1,
    column: index - lineStart + 1,
    excerpt: {
      before: (from > lineStart ? '…' : '') + text.slice(from, index),
      text: text.slice(index, end),
      after: text.slice(end, to).replace(/\r$/, '') + (to < lineEnd ? '…' : ''),
    },
  };
}
