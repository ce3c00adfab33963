/**
 * What Flink 2.3's planner decides about the lab's query before any row
 * flows: which changes the result contains, its upsert key, and whether
 * each of three sinks accepts it. The rules and the message texts follow
 * FlinkChangelogModeInferenceProgram (paths at apache/flink
 * f3953d2a141929a5266593fa8071a273c3808209, release-2.3):
 * flink-table/flink-table-planner/src/main/scala/org/apache/flink/table/planner/plan/optimize/program/FlinkChangelogModeInferenceProgram.scala
 * with the upsert keys of FlinkRelMdUpsertKeys / FlinkRelMdUniqueKeys and the
 * sink's helpers in StreamPhysicalSink:
 * flink-table/flink-table-planner/src/main/scala/org/apache/flink/table/planner/plan/metadata/FlinkRelMdUpsertKeys.scala
 * flink-table/flink-table-planner/src/main/scala/org/apache/flink/table/planner/plan/metadata/FlinkRelMdUniqueKeys.scala
 * flink-table/flink-table-planner/src/main/scala/org/apache/flink/table/planner/plan/nodes/physical/stream/StreamPhysicalSink.scala
 *
 * Node descriptions in the messages are built in the format of the planner's
 * explain output (its tests' plans, e.g. TableSinkTest.xml, JoinTest.xml,
 * RankTest.xml); the lab composes them, it does not run the planner.
 */
import {sourceTables, type Scenario, type Side, type SourceTable} from './model';

export type ModifyKind = 'INSERT' | 'UPDATE' | 'DELETE';
/** ModifyKind's declaration order, which the error message sorts by. */
const MODIFY_KINDS: ModifyKind[] = ['INSERT', 'UPDATE', 'DELETE'];
const ALL_CHANGES: ModifyKind[] = MODIFY_KINDS;

export interface QueryPlan {
  sql: string;
  /** CREATE TABLE of each source, with the format its changelog mode comes from. */
  ddl: string[];
  columns: string[];
  /** The result's ModifyKindSet. */
  kinds: ModifyKind[];
  /**
   * Upsert keys of the result (column names). The planner answers "none" in
   * two ways, and its message prints them differently: an empty set (a join
   * of keyless inputs) or null (a Top-N over a keyless input).
   */
  upsertKeys: string[][] | null;
  /** The planner node that produces the result's changes, as an error message names it. */
  node: string;
  /** The runtime function that computes the rows, for the reader. */
  runtime: string;
  /** Sources declaring a WATERMARK (ON CONFLICT DO ERROR / DO NOTHING needs all of them to). */
  sources: {name: string; watermark: boolean}[];
}

const CATALOG = 'default_catalog.default_database.';

/** The query's output columns, which are also the sinks' columns. */
export function outputColumns(scenario: Pick<Scenario, 'shape' | 'agg' | 'order' | 'rowNumber'>): string[] {
  switch (scenario.shape) {
    case 'agg':
      return ['customer', scenario.agg === 'count' ? 'cnt' : 'total'];
    case 'join':
      return ['order_id', 'product_id', 'id', 'name'];
    case 'dedup':
      return ['order_id', 'product', 'num', ...(scenario.order === 'rowtime' ? ['ts'] : [])];
    case 'topn':
      return ['product_id', 'category', 'sales', ...(scenario.rowNumber ? ['row_num'] : [])];
  }
}

function ddl(table: SourceTable, changelog: boolean, watermark: boolean): string {
  const columns = table.columns.map((column) =>
    column.name === 'ts' ? '  ts TIMESTAMP(3)' : `  ${column.name} ${column.type}`,
  );
  if (watermark) columns.push('  WATERMARK FOR ts AS ts');
  // The json format decodes insert-only, debezium-json all four row kinds
  // (JsonFormatFactory, DebeziumJsonDecodingFormat#getChangelogMode).
  const format = changelog ? 'debezium-json' : 'json';
  return `CREATE TABLE ${table.name} (\n${columns.join(',\n')}\n) WITH ('connector' = '…', 'format' = '${format}');`;
}

function querySql(scenario: Scenario): string {
  switch (scenario.shape) {
    case 'agg':
      return scenario.agg === 'count'
        ? 'SELECT customer, COUNT(*) AS cnt\nFROM orders\nGROUP BY customer'
        : 'SELECT customer, SUM(amount) AS total\nFROM orders\nGROUP BY customer';
    case 'join':
      return `SELECT *\nFROM orders AS o\n${scenario.join === 'left' ? 'LEFT JOIN' : 'JOIN'} products AS p ON o.product_id = p.id`;
    case 'dedup': {
      const time = scenario.order === 'rowtime' ? 'ts' : 'proctime';
      const direction = scenario.keep === 'first' ? 'ASC' : 'DESC';
      return `SELECT ${outputColumns(scenario).join(', ')}\nFROM (\n  SELECT *,\n    ROW_NUMBER() OVER (PARTITION BY order_id ORDER BY ${time} ${direction}) AS row_num\n  FROM orders)\nWHERE row_num = 1`;
    }
    case 'topn':
      return `SELECT ${outputColumns(scenario).join(', ')}\nFROM (\n  SELECT *,\n    ROW_NUMBER() OVER (PARTITION BY category ORDER BY sales DESC) AS row_num\n  FROM shop_sales)\nWHERE row_num <= ${scenario.n}`;
  }
}

/**
 * The query's plan. `changelogSides` are the inputs that carry more than
 * +I: their tables are declared with a changelog format, so the planner
 * assumes every row kind from them (ModifyKindSetTrait.fromChangelogMode of
 * the source's ChangelogMode), whatever rows actually arrive.
 */
export function planQuery(scenario: Scenario, changelogSides: ReadonlySet<Side>): QueryPlan {
  const tables = sourceTables(scenario.shape, scenario.order);
  const sides: Side[] = ['L', 'R'];
  const changelogTable = (index: number) => changelogSides.has(sides[index]);
  const watermark = scenario.shape === 'dedup' && scenario.order === 'rowtime';
  const anyChangelog = tables.some((_, index) => changelogTable(index));
  const sourceKinds = (index: number): ModifyKind[] => (changelogTable(index) ? ALL_CHANGES : ['INSERT']);
  const columns = outputColumns(scenario);
  const common = {
    sql: querySql(scenario),
    ddl: tables.map((table, index) => ddl(table, changelogTable(index), watermark)),
    columns,
    sources: tables.map((table) => ({name: table.name, watermark})),
  };

  switch (scenario.shape) {
    case 'agg': {
      // StreamPhysicalGroupAggregate: INSERT and UPDATE, plus DELETE when the
      // input has updates or deletes. A retracting input makes the explain
      // show *_RETRACT aggregates (GroupAggregate in TableSinkTest.xml and
      // the retraction plans of the planner tests).
      const fn = scenario.agg === 'count' ? 'COUNT' : 'SUM';
      const call = `${fn}${anyChangelog ? '_RETRACT' : ''}(${scenario.agg === 'count' ? '*' : 'amount'}) AS ${columns[1]}`;
      return {
        ...common,
        kinds: anyChangelog ? ALL_CHANGES : ['INSERT', 'UPDATE'],
        // getUpsertKeys(Aggregate): the grouping keys.
        upsertKeys: [['customer']],
        node: `GroupAggregate(groupBy=[customer], select=[customer, ${call}])`,
        runtime: 'GroupAggFunction',
      };
    }
    case 'join': {
      // StreamPhysicalJoin: an inner join forwards the union of its inputs'
      // changes; any other join "may produce any kinds of changes".
      const inner = scenario.join === 'inner';
      const kinds = inner
        ? MODIFY_KINDS.filter((kind) => sourceKinds(0).includes(kind) || sourceKinds(1).includes(kind))
        : ALL_CHANGES;
      return {
        ...common,
        kinds,
        // getJoinUpsertKeys → FlinkRelMdUniqueKeys#getJoinUniqueKeys: built
        // from the inputs' keys (null for a table without primary key, see
        // getTableUniqueKeys), it returns an empty set.
        upsertKeys: [],
        node: `Join(joinType=[${inner ? 'InnerJoin' : 'LeftOuterJoin'}], where=[(product_id = id)], select=[${columns.join(', ')}], leftInputSpec=[NoUniqueKey], rightInputSpec=[NoUniqueKey])`,
        runtime: 'StreamingJoinOperator',
      };
    }
    case 'dedup': {
      // A deduplicating Rank over an insert-only input is insert-only iff it
      // keeps the first row and mini-batch is off
      // (RankUtil.outputInsertOnlyInDeduplicate); otherwise all changes.
      const order = scenario.order === 'rowtime' ? 'ROWTIME ts' : 'proctime';
      const direction = scenario.keep === 'first' ? 'ASC' : 'DESC';
      return {
        ...common,
        kinds: scenario.keep === 'first' ? ['INSERT'] : ALL_CHANGES,
        // getUpsertKeys(Rank) for a deduplication: the partition key.
        upsertKeys: [['order_id']],
        // The physical rule creates the Rank with RankProcessStrategy.UNDEFINED_STRATEGY
        // (StreamPhysicalRankRule); the strategy is chosen after this check.
        node: `Rank(strategy=[UndefinedStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=1], partitionBy=[order_id], orderBy=[${order} ${direction}], select=[order_id, product, num, ${scenario.order === 'rowtime' ? 'ts' : 'proctime'}])`,
        runtime: dedupFunction(scenario),
      };
    }
    case 'topn':
      return {
        ...common,
        // "Rank supports consuming all changes" and provides ALL_CHANGES.
        kinds: ALL_CHANGES,
        // getRankUniqueKeys: partition key + rank number for ROW_NUMBER when
        // the number is output; without it, the input's keys: null for a
        // table without primary key.
        upsertKeys: scenario.rowNumber ? [['category', 'row_num']] : null,
        node: `Rank(strategy=[UndefinedStrategy], rankType=[ROW_NUMBER], rankRange=[rankStart=1, rankEnd=${scenario.n}], partitionBy=[category], orderBy=[sales DESC], select=[product_id, category, sales${scenario.rowNumber ? ', w0$o0' : ''}])`,
        runtime: anyChangelog ? 'RetractableTopNFunction' : 'AppendOnlyTopNFunction',
      };
  }
}

function dedupFunction({keep, order}: Scenario): string {
  if (order === 'proctime')
    return keep === 'first' ? 'ProcTimeDeduplicateKeepFirstRowFunction' : 'ProcTimeDeduplicateKeepLastRowFunction';
  return keep === 'first' ? 'RowTimeDeduplicateKeepFirstRowFunction' : 'RowTimeDeduplicateFunction';
}

export type SinkId = 'append' | 'upsert' | 'retract';

export const SINK_TABLES: Record<SinkId, string> = {
  append: 'append_sink',
  upsert: 'upsert_sink',
  retract: 'retract_sink',
};

export interface SinkVerdict {
  sink: SinkId;
  accepted: boolean;
  /** The planner's exception text when the sink rejects the query. */
  message?: string;
  /**
   * What reaches the sink when it accepts: the changelog with -U
   * ('retract'), without it ('upsert'), or only inserts.
   */
  receives?: 'inserts' | 'retract' | 'upsert';
  /** The operator the planner puts before the sink to resolve primary-key conflicts, if any. */
  materializer?: string;
  /** Why, in the reader's words. */
  notes: string[];
}

const keyList = (names: readonly string[]) => `[${names.join(', ')}]`;
const isSubset = (small: readonly string[], big: readonly string[]) => small.every((name) => big.includes(name));
const sameSet = (a: readonly string[], b: readonly string[]) => isSubset(a, b) && isSubset(b, a);

/** The three sinks' answers for this query and the upsert sink's settings. */
export function sinkVerdicts(plan: QueryPlan, scenario: Scenario): SinkVerdict[] {
  return [appendSink(plan), upsertSink(plan, scenario), retractSink(plan)];
}

function appendSink(plan: QueryPlan): SinkVerdict {
  const extra = plan.kinds.filter((kind) => kind !== 'INSERT');
  if (extra.length === 0) {
    return {
      sink: 'append',
      accepted: true,
      receives: 'inserts',
      notes: ['查询结果只有插入（ModifyKindSet 只含 INSERT），只接受插入的结果表可以接收。'],
    };
  }
  // SatisfyModifyKindSetTraitVisitor#createNewNode: the kinds the node
  // provides beyond the requirement, sorted, lower-case, joined by " and ".
  const diff = extra.map((kind) => kind.toLowerCase()).join(' and ');
  return {
    sink: 'append',
    accepted: false,
    message: `Table sink '${CATALOG}${SINK_TABLES.append}' doesn't support consuming ${diff} changes which is produced by node ${plan.node}`,
    notes: [
      `结果表只接受 INSERT（ChangelogMode.insertOnly()），而产生结果的节点会产生 ${extra.join('、')} 变化：规划器在提交作业时就拒绝。`,
    ],
  };
}

function retractSink(plan: QueryPlan): SinkVerdict {
  const insertOnly = plan.kinds.length === 1;
  return {
    sink: 'retract',
    accepted: true,
    receives: insertOnly ? 'inserts' : 'retract',
    notes: [
      insertOnly
        ? '结果表接受全部四种行类型（ChangelogMode.all()）；这个查询只产生插入。'
        : '结果表接受全部四种行类型（ChangelogMode.all()），规划器要求上游把更新发成 -U 和 +U 两条（BEFORE_AND_AFTER）。',
    ],
  };
}

/**
 * An upsert sink (ChangelogMode.upsert(): +I, +U, -D) with the reader's
 * primary key, following SatisfyUpdateKindTraitVisitor's
 * analyzeUpsertMaterializeStrategy, validateOnConflictSpecifiedIfRequired,
 * validateSourcesHaveWatermarks and inferSinkRequiredTraits, with
 * table.exec.sink.upsert-materialize at its default, AUTO.
 */
function upsertSink(plan: QueryPlan, scenario: Scenario): SinkVerdict {
  const pk = scenario.pk;
  const conflict = scenario.conflict;
  const name = `${CATALOG}${SINK_TABLES.upsert}`;
  const insertOnly = plan.kinds.length === 1;
  const notes: string[] = [];

  if (conflict === 'error' || conflict === 'nothing') {
    const missing = plan.sources.filter((source) => !source.watermark).map((source) => `${CATALOG}${source.name}`);
    if (missing.length > 0) {
      return {
        sink: 'upsert',
        accepted: false,
        message: `ON CONFLICT DO ${conflict.toUpperCase()} requires all source tables to define watermarks, but the following source(s) do not: ${missing.join(', ')}. Please add a WATERMARK declaration to these tables.`,
        notes: ['DO ERROR 和 DO NOTHING 按水位线压缩缓冲的变更，要求每张源表都声明了 WATERMARK。'],
      };
    }
  }

  // StreamPhysicalSink#primaryKeysContainsUpsertKey: some upsert key lies
  // within the primary key. No upsert key at all counts as differing.
  const upsertKeys = plan.upsertKeys ?? [];
  const upsertKeyDiffersFromPk = !upsertKeys.some((key) => isSubset(key, pk));
  if (scenario.requireOnConflict && upsertKeyDiffersFromPk && conflict === 'none') {
    // getUpsertKeyNames: "none" for null, else each key as [a, b] joined by ", ".
    const upsertKeyNames = plan.upsertKeys === null ? 'none' : plan.upsertKeys.map(keyList).join(', ');
    return {
      sink: 'upsert',
      accepted: false,
      message:
        `The query has an upsert key that differs from the primary key of the sink table '${name}'. ` +
        `Primary key: ${keyList(pk)}, upsert key: ${upsertKeyNames}. ` +
        'This can lead to non-deterministic results when multiple records with different upsert keys map to the same primary key. ' +
        'Please specify an ON CONFLICT clause to define how conflicts should be handled: ' +
        'ON CONFLICT DO DEDUPLICATE (update to the latest record, state intensive, since we need to keep the entire history), or ' +
        'ON CONFLICT DO ERROR (fail on conflict), or ' +
        'ON CONFLICT DO NOTHING (keep first record).',
      notes: [
        upsertKeys.length === 0
          ? '查询推导不出 upsert key，结果表的主键自然「不一致」；2.3 默认（table.exec.sink.require-on-conflict = true）要求写 ON CONFLICT，否则规划失败。'
          : `主键 ${keyList(pk)} 不包含任何一个 upsert key；2.3 默认（table.exec.sink.require-on-conflict = true）要求写 ON CONFLICT，否则规划失败。`,
      ],
    };
  }

  // "For a DEDUPLICATE strategy and INSERT only input, we simply let the
  // inserts be handled as UPDATE_AFTER and overwrite previous value";
  // otherwise a differing key means materialization. CommonExecSink then
  // adds the operator only if the input has changes or the strategy is
  // DO ERROR / DO NOTHING (detectsDuplicateKeys).
  const deduplicates = conflict === 'none' || conflict === 'deduplicate';
  const materialize = upsertKeyDiffersFromPk && !(deduplicates && insertOnly);
  if (upsertKeyDiffersFromPk) {
    notes.push(
      materialize
        ? `主键 ${keyList(pk)} 与 upsert key 不一致：规划器在结果表前加一个物化算子，按主键保存状态来解决冲突。`
        : `主键 ${keyList(pk)} 与 upsert key 不一致，但结果只有插入、冲突策略是去重：插入直接按主键覆盖，不加物化算子。`,
    );
  }
  // inferSinkRequiredTraits: ONLY_UPDATE_AFTER only when an upsert key
  // equals the primary key (the lab's sources declare no immutable
  // columns); otherwise the sink is fed -U as well.
  const onlyAfter = upsertKeys.some((key) => sameSet(key, pk));
  let receives: SinkVerdict['receives'] = 'inserts';
  if (!insertOnly) {
    receives = onlyAfter ? 'upsert' : 'retract';
    notes.push(
      onlyAfter
        ? `主键 ${keyList(pk)} 正是 upsert key：规划器让上游不发 -U（ONLY_UPDATE_AFTER），结果表收到 upsert 编码。`
        : `主键 ${keyList(pk)} 不等于任何 upsert key：为了正确，上游照样发 -U（BEFORE_AND_AFTER）。`,
    );
  }
  if (conflict !== 'none') {
    notes.push(
      `${conflict === 'deduplicate' ? 'DO DEDUPLICATE' : `DO ${conflict.toUpperCase()}`} 只在主键冲突时起作用。`,
    );
  }
  return {
    sink: 'upsert',
    accepted: true,
    receives,
    // StreamExecSink: WatermarkCompactingSinkMaterializer for DO ERROR / DO
    // NOTHING, otherwise SinkUpsertMaterializer (the default strategy,
    // table.exec.sink.upsert-materialize-strategy.type = LEGACY).
    materializer: materialize
      ? deduplicates
        ? 'SinkUpsertMaterializer'
        : 'WatermarkCompactingSinkMaterializer'
      : undefined,
    notes,
  };
}
