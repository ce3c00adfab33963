/**
 * What the config-keys table shows, without the data: row and cell types,
 * their labels, and the filter. The page's first load needs only this; the
 * rows themselves (rows.ts, which reads the generated data) are rendered
 * into the static HTML and loaded in the browser only when needed.
 */

/** Where the table lives; search records point at its rows. */
export const CONFIG_KEYS_PATH = '/docs/learning-sites/config-keys';

export type RowKind = 'renamed' | 'deprecated' | 'removed' | 'default';

export const ROW_KIND_LABELS: Record<RowKind, string> = {
  renamed: '改名（旧键名仍读取）',
  deprecated: '弃用（仍可用）',
  removed: '移除（不再读取）',
  default: '默认值变化',
};

/** How one release reads a key. */
export type CellState = 'option' | 'deprecated' | 'alias' | 'not-yet' | 'gone' | 'unknown';

export const CELL_LABELS: Record<CellState, string> = {
  option: '可用',
  deprecated: '弃用',
  alias: '旧键名',
  'not-yet': '尚无',
  gone: '已移除',
  unknown: '未记录',
};

export interface Cell {
  version: string;
  state: CellState;
  /** What the cell says: the state, or for a default change the default in that release. */
  text: string;
  /** The release where the key's state or default differs from the release before. */
  changed: boolean;
}

export interface ConfigRow {
  key: string;
  /** The row's id on the page: the key, without the brackets of a `<name>` segment. */
  anchor: string;
  kind: RowKind;
  /** `code` is marked with backticks, as in apiChanges.ts. */
  status: string;
  replacement: string;
  /** Further facts a reader needs, such as where the release notes disagree with the option classes. */
  remarks: string[];
  cells: Cell[];
  sources: {title: string; url: string}[];
  /** A hub note that explains the change. */
  note?: string;
}

export interface ConfigKeyTable {
  rows: ConfigRow[];
  /** The commit of apache/flink each release was read at (scripts/flink-data/generate.ts). */
  commits: {version: string; commit: string}[];
}

export interface RowFilter {
  /** Words to find in the key, the replacement or the status; all must match. */
  text: string;
  /** One kind, or '' for all. */
  kind: RowKind | '';
}

/** The rows a filter keeps. Case and backticks are ignored; several words must all appear. */
export function filterRows(rows: readonly ConfigRow[], {text, kind}: RowFilter): ConfigRow[] {
  const words = text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (kind && row.kind !== kind) return false;
    const haystack = `${row.key} ${row.replacement} ${row.status}`.toLowerCase().replaceAll('`', '');
    return words.every((word) => haystack.includes(word));
  });
}
