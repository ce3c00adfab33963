/**
 * The SQL changelog lab's vocabulary: row kinds, rows, the four query shapes
 * with their fixed tables, and the scenario a reader edits. Pure data, no
 * React: the simulation, the URL format and the UI all read it.
 *
 * Every Flink source this lab follows is cited as a path at the release-2.3
 * commit of apache/flink, f3953d2a141929a5266593fa8071a273c3808209, i.e.
 * https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/<path>
 * (FLINK_SOURCE below builds these addresses for the page).
 */

export const FLINK_COMMIT = 'f3953d2a141929a5266593fa8071a273c3808209';
export const FLINK_SOURCE = `https://github.com/apache/flink/blob/${FLINK_COMMIT}/`;

/**
 * The four kinds of a changelog row, written as Flink prints them
 * (RowKind#shortString: flink-core/src/main/java/org/apache/flink/types/RowKind.java).
 */
export const ROW_KINDS = ['+I', '-U', '+U', '-D'] as const;
export type RowKind = (typeof ROW_KINDS)[number];

export type Value = string | number | null;
export type Row = readonly Value[];

export interface Change {
  kind: RowKind;
  row: Row;
}

/** +I and +U add a row; -U and -D take one back (RowDataUtil#isAccumulateMsg / #isRetractMsg). */
export const isAccumulate = (kind: RowKind) => kind === '+I' || kind === '+U';

export type ColumnType = 'STRING' | 'INT';

export interface Column {
  name: string;
  type: ColumnType;
}

export interface SourceTable {
  name: string;
  /** Short alias used in the query (o, p) or the name itself. */
  alias: string;
  columns: Column[];
}

export const SHAPES = ['agg', 'join', 'dedup', 'topn'] as const;
export type Shape = (typeof SHAPES)[number];

export const SHAPE_LABELS: Record<Shape, string> = {
  agg: 'GROUP BY 聚合',
  join: '双流 Join',
  dedup: 'ROW_NUMBER 去重',
  topn: 'Top-N',
};

export const AGG_FUNCTIONS = ['count', 'sum'] as const;
export type AggFunction = (typeof AGG_FUNCTIONS)[number];
export const JOIN_TYPES = ['inner', 'left'] as const;
export type JoinType = (typeof JOIN_TYPES)[number];
export const KEEPS = ['first', 'last'] as const;
export type Keep = (typeof KEEPS)[number];
export const TIME_ORDERS = ['proctime', 'rowtime'] as const;
export type TimeOrder = (typeof TIME_ORDERS)[number];
export const CONFLICTS = ['none', 'deduplicate', 'nothing', 'error'] as const;
export type Conflict = (typeof CONFLICTS)[number];

export const CONFLICT_LABELS: Record<Conflict, string> = {
  none: '不写 ON CONFLICT',
  deduplicate: 'ON CONFLICT DO DEDUPLICATE',
  nothing: 'ON CONFLICT DO NOTHING',
  error: 'ON CONFLICT DO ERROR',
};

/** Which input an event belongs to: the join reads two tables, the other shapes one. */
export type Side = 'L' | 'R';

/**
 * One input event as the reader wrote it. Values stay text until the
 * simulation checks them, so a half-typed number neither jumps nor vanishes
 * from the editor or the address.
 */
export interface InputEvent {
  side: Side;
  /** A row kind, or WM: a watermark (only event-time deduplication reads it). */
  kind: RowKind | 'WM';
  values: string[];
}

export interface Scenario {
  shape: Shape;
  agg: AggFunction;
  join: JoinType;
  keep: Keep;
  order: TimeOrder;
  /** Top-N: how many rows per category, and whether row_num is in the output. */
  n: number;
  rowNumber: boolean;
  /** The upsert sink: its primary key (output columns), ON CONFLICT, and table.exec.sink.require-on-conflict. */
  pk: string[];
  conflict: Conflict;
  requireOnConflict: boolean;
  events: InputEvent[];
  /** The step the reader is looking at: 0 before the first event, events.length after the last. */
  step: number;
}

/**
 * Bounds that keep every step's work small (see the lab page's URL section).
 * 200 input rows is far more than a step-by-step reading needs; a join over
 * 200 rows of one key can still emit tens of thousands of rows, so the run
 * also stops once the result's changelog reaches MAX_OUTPUT_ROWS.
 */
export const MAX_EVENTS = 200;
export const MAX_OUTPUT_ROWS = 2000;
export const MAX_VALUE_LENGTH = 40;
export const MAX_TOP_N = 10;
/** Flink SQL's INT range. */
export const INT_MIN = -2147483648;
export const INT_MAX = 2147483647;

/** The tables each shape reads, with their columns (the lab's own small schemas). */
export function sourceTables(shape: Shape, order: TimeOrder): SourceTable[] {
  switch (shape) {
    case 'agg':
      return [
        {
          name: 'orders',
          alias: 'orders',
          columns: [
            {name: 'customer', type: 'STRING'},
            {name: 'amount', type: 'INT'},
          ],
        },
      ];
    case 'join':
      return [
        {
          name: 'orders',
          alias: 'o',
          columns: [
            {name: 'order_id', type: 'STRING'},
            {name: 'product_id', type: 'STRING'},
          ],
        },
        {
          name: 'products',
          alias: 'p',
          columns: [
            {name: 'id', type: 'STRING'},
            {name: 'name', type: 'STRING'},
          ],
        },
      ];
    case 'dedup':
      return [
        {
          name: 'orders',
          alias: 'orders',
          columns: [
            {name: 'order_id', type: 'STRING'},
            {name: 'product', type: 'STRING'},
            {name: 'num', type: 'INT'},
            ...(order === 'rowtime' ? [{name: 'ts', type: 'INT' as const}] : []),
          ],
        },
      ];
    case 'topn':
      return [
        {
          name: 'shop_sales',
          alias: 'shop_sales',
          columns: [
            {name: 'product_id', type: 'STRING'},
            {name: 'category', type: 'STRING'},
            {name: 'sales', type: 'INT'},
          ],
        },
      ];
  }
}

/** The table an event is read from. */
export function tableOf(scenario: Pick<Scenario, 'shape' | 'order'>, side: Side): SourceTable {
  const tables = sourceTables(scenario.shape, scenario.order);
  return side === 'R' && tables.length > 1 ? tables[1] : tables[0];
}

export function formatValue(value: Value): string {
  return value === null ? 'NULL' : String(value);
}

/** A change the way Flink's tests write it: +U[Mary, 2]. */
export function formatChange(change: Change): string {
  return `${change.kind}[${change.row.map(formatValue).join(', ')}]`;
}

export const sameRow = (a: Row, b: Row) => a.length === b.length && a.every((value, i) => value === b[i]);
