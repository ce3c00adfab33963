/**
 * Top-N (ROW_NUMBER() <= N, N >= 2) as Flink 2.3 runs it without mini-batch.
 * The planner picks the function from the input (RankProcessStrategy and
 * StreamExecRank): an insert-only input gets AppendOnlyTopNFunction; an
 * updating input without an upsert key containing the partition key (the
 * lab's tables have no key) gets RetractableTopNFunction.
 * flink-table/flink-table-planner/src/main/java/org/apache/flink/table/planner/plan/utils/RankProcessStrategy.java
 * flink-table/flink-table-planner/src/main/java/org/apache/flink/table/planner/plan/nodes/exec/stream/StreamExecRank.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/AppendOnlyTopNFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/utils/AppendOnlyTopNHelper.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/RetractableTopNFunction.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/AbstractTopNFunction.java (collect*, isInRankRange)
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/TopNBuffer.java
 * (paths at apache/flink f3953d2a141929a5266593fa8071a273c3808209, release-2.3).
 *
 * Rows with equal sort keys keep their arrival order, as in Flink's per-key
 * lists. The functions below follow Flink's loops step by step, so that the
 * rows they emit (and the order of those rows) are Flink's.
 */
import {formatValue, isAccumulate, sameRow, type Change, type Row, type RowKind, type Value} from '../model';
import {nothingOnWatermark, type Operator, type OperatorStep, type StateTable} from './types';

export interface TopNOptions {
  partitionIndex: number;
  sortIndex: number;
  /** ORDER BY sort DESC (the lab's query) or ASC (Flink's harness tests). */
  descending: boolean;
  n: number;
  outputRankNumber: boolean;
  generateUpdateBefore: boolean;
  /** Insert-only input: AppendOnlyTopNFunction; otherwise RetractableTopNFunction. */
  inputInsertOnly: boolean;
}

/** The emitters shared by both functions (AbstractTopNFunction#collect*, rankStart = 1). */
function collector(n: number, outputRankNumber: boolean, generateUpdateBefore: boolean, out: Change[]) {
  const inRange = (rank: number) => rank <= n && rank >= 1;
  const row = (input: Row, rank: number): Row => (outputRankNumber ? [...input, rank] : input);
  const ranked = (kind: RowKind) => (input: Row, rank: number) => {
    if (inRange(rank)) out.push({kind, row: row(input, rank)});
  };
  return {
    insertRanked: ranked('+I'),
    deleteRanked: ranked('-D'),
    updateAfterRanked: ranked('+U'),
    // collectUpdateBefore: only "if (generateUpdateBefore && isInRankRange(rank, rankEnd))".
    updateBeforeRanked: (input: Row, rank: number) => {
      if (generateUpdateBefore) ranked('-U')(input, rank);
    },
    // The unranked collectInsert / collectDelete emit whatever they get.
    insert: (input: Row) => out.push({kind: '+I', row: input}),
    delete: (input: Row) => out.push({kind: '-D', row: input}),
  };
}

/** What a ranked (row_num) run of the loops did, from the rows it emitted. */
function rankedNote(out: Change[], retracting: boolean, generateUpdateBefore: boolean, fn: string): string {
  if (out.length === 0) {
    return retracting
      ? '撤回的行不在前 N 之内：各名次都没变，不输出。'
      : '新行排在前 N 之外（并列时先到的在前）：不输出。';
  }
  const rank = out[0].row.at(-1);
  const pairs = generateUpdateBefore ? '-U 和 +U' : '+U';
  const shifted = out.some((change) => change.kind === '+U');
  if (retracting) {
    const freed = out.some((change) => change.kind === '-D');
    return shifted
      ? `撤回的行原本排第 ${rank} 名：它后面的行各前移一名，每个名次发 ${pairs}${freed ? '；最后一个名次空出来，发 -D' : ''}（${fn}）。`
      : `撤回的行原本排第 ${rank} 名，是最后一名：发 -D（${fn}）。`;
  }
  const added = out.some((change) => change.kind === '+I');
  return shifted
    ? `新行排第 ${rank} 名：从这一名起，每个名次上的行都变了，逐个发 ${pairs}${added ? '；被挤下去的行占了一个新名次，发 +I' : ''}（${fn}）。`
    : `新行排第 ${rank} 名，后面没有别的行：发 +I（${fn}）。`;
}

interface Bucket {
  key: number;
  rows: Row[];
}

export function topN(options: TopNOptions): Operator {
  return options.inputInsertOnly ? appendOnlyTopN(options) : retractableTopN(options);
}

function bucketTable(title: string, partitions: Map<Value, Bucket[]>, sortName: string): StateTable {
  return {
    title,
    columns: ['分区', sortName, '行'],
    rows: [...partitions].flatMap(([partition, buckets]) =>
      buckets.map((bucket) => [
        formatValue(partition),
        String(bucket.key),
        bucket.rows.map((row) => `(${row.map(formatValue).join(', ')})`).join(' '),
      ]),
    ),
  };
}

/** AppendOnlyTopNFunction#processElement with AppendOnlyTopNHelper, over a TopNBuffer per partition. */
function appendOnlyTopN({
  partitionIndex,
  sortIndex,
  descending,
  n,
  outputRankNumber,
  generateUpdateBefore,
}: TopNOptions) {
  const compare = (a: number, b: number) => (descending ? b - a : a - b);
  const buffers = new Map<Value, Bucket[]>();
  const size = (buffer: Bucket[]) => buffer.reduce((total, bucket) => total + bucket.rows.length, 0);

  function process(_side: unknown, {row}: Change): OperatorStep {
    const partition = row[partitionIndex];
    const sortKey = Number(row[sortIndex]);
    const buffer = buffers.get(partition) ?? [];
    buffers.set(partition, buffer);
    const out: Change[] = [];
    const emit = collector(n, outputRankNumber, generateUpdateBefore, out);

    // TopNBuffer#checkSortKeyInBufferRange: true if the buffer is empty, if
    // the key sorts before the worst key, or if fewer than N rows are held.
    const worst = buffer.at(-1);
    if (worst && !(compare(sortKey, worst.key) < 0) && !(size(buffer) < n)) {
      return {
        out,
        notes: [
          `${formatValue(partition)} 已有 ${n} 行，这一行排不进前 ${n}（并列时先到的在前）：不进缓冲区，不输出（AppendOnlyTopNFunction）。`,
        ],
      };
    }
    // TopNBuffer#put: append to the list of its sort key.
    let bucket = buffer.find((candidate) => candidate.key === sortKey);
    if (!bucket) {
      bucket = {key: sortKey, rows: []};
      const at = buffer.findIndex((candidate) => compare(sortKey, candidate.key) < 0);
      buffer.splice(at < 0 ? buffer.length : at, 0, bucket);
    }
    bucket.rows.push(row);

    if (outputRankNumber) {
      // AppendOnlyTopNHelper#processElementWithRowNumber
      let i = 0;
      let currentRank = 0;
      let findsSortKey = false;
      let currentRow: Row = row;
      while (i < buffer.length && currentRank <= n) {
        const entry = buffer[i++];
        if (!findsSortKey && entry.key === sortKey) {
          currentRank += entry.rows.length;
          currentRow = row;
          findsSortKey = true;
        } else if (findsSortKey) {
          let j = 0;
          while (j < entry.rows.length && currentRank <= n) {
            const prevRow = entry.rows[j++];
            emit.updateBeforeRanked(prevRow, currentRank);
            emit.updateAfterRanked(currentRow, currentRank);
            currentRow = prevRow;
            currentRank += 1;
          }
        } else {
          currentRank += entry.rows.length;
        }
      }
      // "there is no enough elements in Top-N, emit INSERT message for the new record."
      if (currentRank <= n) emit.insertRanked(currentRow, currentRank);
      // "remove the records associated to the sort key which is out of topN"
      buffer.splice(i);
      return {out, notes: [rankedNote(out, false, generateUpdateBefore, 'AppendOnlyTopNHelper')]};
    }

    // AppendOnlyTopNHelper#processElementWithoutRowNumber
    const notes: string[] = [];
    if (size(buffer) > n) {
      const last = buffer[buffer.length - 1];
      const lastElement = last.rows[last.rows.length - 1];
      if (last.rows.length <= 1) buffer.pop();
      else last.rows.pop();
      if (sameRow(row, lastElement)) {
        return {out, notes: ['新行与最后一名并列、排在它后面：被挤出前 N，不输出。']};
      }
      emit.delete(lastElement);
      notes.push('前 N 已满：被挤出的最后一名输出 -D（不带名次时即使不要 -U 也发 -D）。');
    }
    // "it first appears in the TopN, send INSERT message"
    emit.insert(row);
    notes.push('新行进入前 N：输出 +I；不带名次时，其他行的名次变化不输出（AppendOnlyTopNHelper）。');
    return {out, notes};
  }

  return {
    process,
    watermark: nothingOnWatermark,
    state: () => [bucketTable('每个分区的缓冲区（按排序键）', buffers, '排序键')],
  };
}

/** RetractableTopNFunction#processElement: a sorted map of sort key → count, and every row by sort key. */
function retractableTopN({
  partitionIndex,
  sortIndex,
  descending,
  n,
  outputRankNumber,
  generateUpdateBefore,
}: TopNOptions) {
  const compare = (a: number, b: number) => (descending ? b - a : a - b);
  // Per partition: the sorted map (sort key → count, in sort order) and dataState (sort key → rows).
  const partitions = new Map<Value, {sorted: {key: number; count: number}[]; data: Map<number, Row[]>}>();

  function process(_side: unknown, {kind, row}: Change): OperatorStep {
    const partition = row[partitionIndex];
    const state = partitions.get(partition) ?? {sorted: [], data: new Map<number, Row[]>()};
    partitions.set(partition, state);
    const {sorted, data} = state;
    const sortKey = Number(row[sortIndex]);
    const out: Change[] = [];
    const emit = collector(n, outputRankNumber, generateUpdateBefore, out);

    if (isAccumulate(kind)) {
      // "update sortedMap"
      const entry = sorted.find((candidate) => candidate.key === sortKey);
      if (entry) entry.count += 1;
      else {
        const at = sorted.findIndex((candidate) => compare(sortKey, candidate.key) < 0);
        sorted.splice(at < 0 ? sorted.length : at, 0, {key: sortKey, count: 1});
      }
      const note = outputRankNumber ? emitWithRowNumber() : emitWithoutRowNumber();
      // "update data state": the new row goes to the end of its key's list.
      data.set(sortKey, [...(data.get(sortKey) ?? []), row]);
      return {out, notes: [note]};
    }

    const removed = outputRankNumber ? retractWithRowNumber() : retractWithoutRowNumber();
    // "and then update sortedMap"
    const index = sorted.findIndex((candidate) => candidate.key === sortKey);
    if (index >= 0) {
      sorted[index].count -= 1;
      if (sorted[index].count === 0) sorted.splice(index, 1);
    }
    if (!removed.stateRemoved) {
      const rows = data.get(sortKey);
      if (rows) {
        const at = rows.findIndex((candidate) => sameRow(candidate, row));
        if (at >= 0) rows.splice(at, 1);
        if (rows.length === 0) data.delete(sortKey);
      }
    }
    return {out, notes: [removed.note]};

    function emitWithRowNumber(): string {
      let currentRank = 0;
      let currentRow: Row = row;
      let findsSortKey = false;
      for (let i = 0; i < sorted.length && currentRank <= n; i++) {
        const {key, count} = sorted[i];
        if (!findsSortKey && key === sortKey) {
          currentRank += count;
          currentRow = row;
          findsSortKey = true;
        } else if (findsSortKey) {
          const inputs = data.get(key) ?? [];
          for (let j = 0; j < inputs.length && currentRank <= n; j++) {
            const prevRow = inputs[j];
            emit.updateBeforeRanked(prevRow, currentRank);
            emit.updateAfterRanked(currentRow, currentRank);
            currentRow = prevRow;
            currentRank += 1;
          }
        } else {
          currentRank += count;
        }
      }
      if (currentRank <= n) emit.insertRanked(currentRow, currentRank);
      return rankedNote(out, false, generateUpdateBefore, 'RetractableTopNFunction');
    }

    function emitWithoutRowNumber(): string {
      let curRank = 0;
      let findsSortKey = false;
      let toCollect: Row | null = null;
      let toDelete: Row | null = null;
      for (let i = 0; i < sorted.length && curRank <= n; i++) {
        const {key, count} = sorted[i];
        if (!findsSortKey && key === sortKey) {
          curRank += count;
          if (curRank <= n && curRank >= 1) toCollect = row;
          findsSortKey = true;
        } else if (findsSortKey) {
          const inputs = data.get(key) ?? [];
          const rankOfLastRecord = curRank + count;
          // "deletes the record if there is a record recently downgrades to Top-(N+1)"
          if (rankOfLastRecord <= n) curRank = rankOfLastRecord;
          else {
            toDelete = inputs[n - curRank];
            break;
          }
        } else {
          curRank += count;
        }
      }
      if (toDelete) emit.delete(toDelete);
      if (toCollect) emit.insert(row);
      if (out.length === 0) return '新行排在前 N 之外（并列时先到的在前）：不输出。';
      return toDelete
        ? '新行进入前 N，原来的最后一名被挤出：挤出的行发 -D，新行发 +I；不带名次时，其他行名次的变化不输出（RetractableTopNFunction）。'
        : '新行进入前 N：发 +I；不带名次时，其他行名次的变化不输出（RetractableTopNFunction）。';
    }

    function retractWithRowNumber(): {stateRemoved: boolean; note: string} {
      let currentRank = 0;
      let prevRow: Row | null = null;
      let findsSortKey = false;
      for (let i = 0; i < sorted.length && currentRank <= n; i++) {
        const {key, count} = sorted[i];
        if (!findsSortKey && key === sortKey) {
          const inputs = [...(data.get(key) ?? [])];
          let j = 0;
          while (j < inputs.length && currentRank <= n) {
            const currentRow = inputs[j];
            if (!findsSortKey && sameRow(currentRow, row)) {
              prevRow = currentRow;
              findsSortKey = true;
              inputs.splice(j, 1);
            } else {
              if (findsSortKey && prevRow) {
                emit.updateBeforeRanked(prevRow, currentRank);
                emit.updateAfterRanked(currentRow, currentRank);
                prevRow = currentRow;
              }
              j++;
            }
            currentRank += 1;
          }
          if (inputs.length === 0) data.delete(key);
          else data.set(key, inputs);
        } else if (findsSortKey) {
          const inputs = data.get(key) ?? [];
          for (let j = 0; j < inputs.length && currentRank <= n; j++) {
            const currentRow = inputs[j];
            if (prevRow) {
              emit.updateBeforeRanked(prevRow, currentRank);
              emit.updateAfterRanked(currentRow, currentRank);
            }
            prevRow = currentRow;
            currentRank += 1;
          }
        } else {
          currentRank += count;
        }
      }
      // "there is no enough elements in Top-N, emit DELETE message for the retract record."
      if (currentRank <= n && prevRow) emit.deleteRanked(prevRow, currentRank);
      return {stateRemoved: findsSortKey, note: rankedNote(out, true, generateUpdateBefore, 'RetractableTopNFunction')};
    }

    function retractWithoutRowNumber(): {stateRemoved: boolean; note: string} {
      let nextRank = 1;
      let findsSortKey = false;
      for (let i = 0; i < sorted.length && nextRank <= n; i++) {
        const {key, count} = sorted[i];
        if (!findsSortKey && key === sortKey) {
          const inputs = [...(data.get(key) ?? [])];
          let j = 0;
          while (j < inputs.length && nextRank <= n) {
            const prevRow = inputs[j];
            if (!findsSortKey && sameRow(prevRow, row)) {
              emit.deleteRanked(prevRow, nextRank);
              nextRank -= 1;
              findsSortKey = true;
              inputs.splice(j, 1);
            } else {
              if (findsSortKey && nextRank === n) emit.insertRanked(prevRow, nextRank);
              j++;
            }
            nextRank += 1;
          }
          if (inputs.length === 0) data.delete(key);
          else data.set(key, inputs);
        } else if (findsSortKey) {
          const rankOfLastRecord = nextRank + count - 1;
          if (rankOfLastRecord < n) nextRank = rankOfLastRecord + 1;
          else {
            // "sends the record if there is a record recently upgrades to Top-N"
            emit.insert((data.get(key) ?? [])[n - nextRank]);
            break;
          }
        } else {
          nextRank += count;
        }
      }
      return {
        stateRemoved: findsSortKey,
        note:
          out.length === 0
            ? '撤回的行不在前 N 之内：不输出。'
            : out.length === 1
              ? '撤回的行在前 N 之内：发 -D；后面没有行可以补上（RetractableTopNFunction）。'
              : '撤回的行在前 N 之内：发 -D，原来排第 N+1 的行补进前 N，发 +I（RetractableTopNFunction）。',
      };
    }
  }

  return {
    process,
    watermark: nothingOnWatermark,
    state: () => [
      bucketTable(
        '每个分区的全部行（按排序键）',
        new Map(
          [...partitions].map(([partition, {sorted, data}]) => [
            partition,
            sorted.map(({key}) => ({key, rows: data.get(key) ?? []})),
          ]),
        ),
        '排序键',
      ),
    ],
  };
}
