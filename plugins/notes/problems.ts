/** One mistake in a page under docs/ (or in a data file that a page uses). */
export interface DocProblem {
  /** Repository path: docs/blogs/state-backends.mdx, src/data/glossary.ts… */
  file: string;
  /** The field, entry or code block within the file, when there is one. */
  where?: string;
  /** What is wrong and how to fix it. */
  message: string;
}

export function formatDocProblem({file, where, message}: DocProblem): string {
  return where ? `${file} › ${where}：${message}` : `${file}：${message}`;
}
