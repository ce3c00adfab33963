/** Medians and the printed tables, shared by the benchmark scripts. */
import path from 'node:path';
import {rmSync} from 'node:fs';
import {runMeasured, type Measured} from './processTree';

export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The median of each numeric field; other fields are taken from the run with the median LCP. */
export function medianOf<T extends {lcpMs: number}>(list: T[]): T {
  const fields = Object.keys(list[0]) as (keyof T)[];
  const byLcp = [...list].sort((a, b) => a.lcpMs - b.lcpMs);
  const typical = byLcp[Math.floor(byLcp.length / 2)];
  return Object.fromEntries(
    fields.map((field) => [
      field,
      typeof list[0][field] === 'number' ? median(list.map((item) => Number(item[field]))) : typical[field],
    ]),
  ) as T;
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(2)} s`;
export const ms = (milliseconds: number) => `${Math.round(milliseconds)} ms`;
/** `a / b` as a ratio, or — when there is nothing to compare with. */
export const ratio = (value: number, baseline: number | undefined) =>
  baseline ? `${(value / baseline).toFixed(2)}×` : '—';

// Terminal columns: CJK characters and full-width punctuation take two.
const columns = (text: string) => [...text].reduce((n, char) => n + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);

/** One table row: the first cell left-aligned in `first` columns, the others right-aligned in `rest`. */
export function row(cells: string[], first = 24, rest = 19): string {
  return cells
    .map((cell, i) => {
      const fill = ' '.repeat(Math.max(0, (i === 0 ? first : rest) - columns(cell)));
      return i === 0 ? cell + fill : fill + cell;
    })
    .join(' ');
}

/**
 * A cold build: no Rspack persistent cache. The sites share one node_modules
 * (and so one cache folder); letting them write it in turn corrupts it, and
 * a cold build is also the fair comparison.
 */
export async function coldBuild(siteDir: string, outDir: string): Promise<Measured> {
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  return runMeasured(path.join(siteDir, 'node_modules', '.bin', 'docusaurus'), ['build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
}
