/**
 * The hub's own notes: where each lives and its title, so catalog cards can
 * link to them by name. `__tests__/notes.test.ts` checks that every path here
 * is a page under docs/ whose frontmatter title matches, and that every note
 * page is listed, so this list cannot drift from the pages.
 */
export interface Note {
  path: string;
  title: string;
}

export const notes: Note[] = [
  {path: '/docs/learning-sites/flink-2-changes', title: 'Flink 2.x 相对 1.x 的主要变化'},
  {path: '/docs/blogs/state-keyed-vs-operator', title: 'Keyed State 与 Operator State'},
  {path: '/docs/blogs/state-backends', title: '状态后端与 RocksDB 调优'},
  {path: '/docs/blogs/state-practices', title: '状态与检查点的使用建议'},
  {path: '/docs/blogs/job-execution', title: '作业执行：从 StreamGraph 到 ExecutionGraph'},
  {path: '/docs/blogs/memory-management', title: '内存管理'},
  {path: '/docs/blogs/canal-to-hive', title: 'Canal + Flink 增量同步到 Hive'},
  {path: '/docs/source-analysis/managed-vs-raw-state', title: '托管状态与原始状态'},
  {path: '/docs/source-analysis/checkpoint-principles', title: '检查点原理：屏障、对齐与非对齐'},
  {path: '/docs/source-analysis/metrics', title: '指标体系 Metrics'},
  {path: '/docs/practice/hive-file-sink', title: 'Flink 写入 Hive：FileSink'},
  {path: '/docs/practice/clickhouse', title: 'Flink 写入 ClickHouse'},
  {path: '/docs/practice/oppo', title: 'OPPO：基于 Flink SQL 的实时数仓'},
  {path: '/docs/practice/youzan', title: '有赞：实时计算迁移到 Flink'},
  {path: '/docs/practice/qutoutiao', title: '趣头条：Flink + ClickHouse 实时分析'},
  {path: '/docs/practice/beike', title: '贝壳找房：Flink 实时平台建设'},
];

const byPath = new Map(notes.map((note) => [note.path, note.title]));

/** The title of a note; the path itself if the note is unknown (the tests forbid that). */
export function noteTitle(path: string): string {
  return byPath.get(path) ?? path;
}
