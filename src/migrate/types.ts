/**
 * What the migration checker reports. Pure data: the page, the Markdown
 * export and the benchmark all read the same findings.
 */

/** breaks: fails or is silently ignored on the latest release; warning: still works there, deprecated; info: worth knowing. */
export type Severity = 'breaks' | 'warning' | 'info';

export type FileKind = 'java' | 'scala' | 'python' | 'sql' | 'flink-conf' | 'config-yaml' | 'pom' | 'gradle';

export interface Finding {
  /** What matched: an apiChanges id, `config:<key>`, `class:<name>` or `build:<rule>`. */
  rule: string;
  severity: Severity;
  /** 1-based line and column of the match, and its length on that line. */
  line: number;
  column: number;
  length: number;
  /** The text that matched, with a little of its line on either side. */
  excerpt: {before: string; text: string; after: string};
  /** What it is, in one line: "`FsStateBackend` / `MemoryStateBackend`". */
  title: string;
  /** "1.13 弃用，2.0 移除", "1.20 起弃用，2.3 仍可用". */
  status: string;
  /** The release from which it no longer works (removed, or still declared but ignored), and the one that deprecated it: for filtering by the reader's version. */
  removedIn?: string;
  deprecatedIn?: string;
  replacement: string;
  example?: {lang: string; code: string};
  source: {title: string; url: string};
  /** Hub note that explains it. */
  note?: string;
}

export interface FileReport {
  name: string;
  kind: FileKind;
  findings: Finding[];
  /** What the checker could not read, in the reader's words (a YAML error with its line, a binary file…). */
  problems: string[];
}
