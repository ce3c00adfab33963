/**
 * The checker's limits, in a module of their own: the /migrate page states
 * them and refuses an oversized file before reading it, without loading the
 * engine and its data (checkInput.ts and checkFiles.ts import both).
 */

/** Larger input is refused with a message: 5 MB of source is far beyond any job, and the page must stay responsive. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Findings beyond this many per file are dropped with a note: a page of 10,000 identical findings helps nobody. */
export const MAX_FINDINGS = 1000;

/** The refusal for input over the limit; the page says it before reading a file far larger than that. */
export function tooLargeMessage(size: number): string {
  return `文件有 ${(size / 1024 / 1024).toFixed(1)} MB，超过了 5 MB 的上限：请只放入作业的源码、配置或构建文件。`;
}
