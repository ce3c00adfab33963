/**
 * A regular (non-windowed) equi-join as Flink 2.3 runs it without
 * mini-batch: StreamingJoinOperator#processElement, whose Javadoc gives the
 * same logic as pseudo code, and the state views for inputs without a
 * unique key (the lab's tables declare no primary key):
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/join/stream/StreamingJoinOperator.java
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/join/stream/state/JoinRecordStateViews.java (InputSideHasNoUniqueKey)
 * flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/join/stream/state/OuterJoinRecordStateViews.java (InputSideHasNoUniqueKey)
 * (paths at apache/flink f3953d2a141929a5266593fa8071a273c3808209, release-2.3).
 *
 * Flink iterates a key's records in the order of its state backend's map;
 * the lab uses the order in which rows entered the state, so when one input
 * row matches several, the order of their output rows within that step is
 * the lab's choice, not Flink's.
 */
import {formatValue, isAccumulate, sameRow, type Change, type Row, type RowKind, type Side, type Value} from '../model';
import {nothingOnWatermark, type Operator, type OperatorStep, type StateTable} from './types';

export interface JoinOptions {
  /** INNER, or LEFT (the left input is the outer side). */
  type: 'inner' | 'left';
  leftKeyIndex: number;
  rightKeyIndex: number;
  leftWidth: number;
  rightWidth: number;
}

/**
 * One distinct record of a side under a join key: how many copies are in
 * state, and (outer side only) with how many rows of the other side it
 * currently joins, as OuterJoinRecordStateViews keeps <record, <appear-times,
 * associated-num>>.
 */
interface Entry {
  row: Row;
  times: number;
  associations: number;
}

interface KeyState {
  L: Entry[];
  R: Entry[];
}

const other = (side: Side): Side => (side === 'L' ? 'R' : 'L');

export function streamingJoin({type, leftKeyIndex, rightKeyIndex, leftWidth, rightWidth}: JoinOptions): Operator {
  const states = new Map<Value, KeyState>();
  const isOuter = (side: Side) => type === 'left' && side === 'L';
  const nulls = (width: number): Row => Array.from({length: width}, () => null);
  const joined = (side: Side, row: Row, otherRow: Row): Row =>
    side === 'L' ? [...row, ...otherRow] : [...otherRow, ...row];
  const padded = (side: Side, row: Row): Row =>
    side === 'L' ? [...row, ...nulls(rightWidth)] : [...nulls(leftWidth), ...row];

  // addRecord: a copy more of an existing record, or a new one. The outer
  // view also (re)sets its number of associations.
  function add(entries: Entry[], row: Row, associations: number) {
    const entry = entries.find((candidate) => sameRow(candidate.row, row));
    if (entry) {
      entry.times += 1;
      entry.associations = associations;
    } else entries.push({row, times: 1, associations});
  }

  // retractRecord: one copy fewer; a missing record is ignored ("state may be expired").
  function retract(entries: Entry[], row: Row) {
    const index = entries.findIndex((candidate) => sameRow(candidate.row, row));
    if (index < 0) return;
    if (entries[index].times > 1) entries[index].times -= 1;
    else entries.splice(index, 1);
  }

  // The iterator over the other side yields each record as many times as it
  // appears, all copies carrying the number of associations read when the
  // iterator reached that record (OuterJoinRecordStateViews' IterableIterator).
  function matches(entries: Entry[]): {entry: Entry; associations: number}[] {
    return entries.flatMap((entry) =>
      Array.from({length: entry.times}, () => ({entry, associations: entry.associations})),
    );
  }

  function process(side: Side, {kind, row}: Change): OperatorStep {
    const keyValue = row[side === 'L' ? leftKeyIndex : rightKeyIndex];
    const state = states.get(keyValue) ?? {L: [], R: []};
    states.set(keyValue, state);
    const mine = state[side];
    const theirs = state[other(side)];
    const inputIsOuter = isOuter(side);
    const otherIsOuter = isOuter(other(side));
    const out: Change[] = [];
    const notes: string[] = [];
    const emit = (outKind: RowKind, outRow: Row) => out.push({kind: outKind, row: outRow});
    const key = `${formatValue(keyValue)}`;

    if (isAccumulate(kind)) {
      if (inputIsOuter) {
        const found = matches(theirs);
        if (found.length === 0) {
          // "if there is no matched rows on the other side, send +I[record+null], state.add(record, 0)"
          emit('+I', padded(side, row));
          add(mine, row, 0);
          notes.push(
            `连接键 ${key} 在另一侧还没有行：外侧输出用 NULL 补齐的 +I，并记下它匹配了 0 行（StreamingJoinOperator）。`,
          );
        } else {
          // "send +I[record+other]s, state.add(record, other.size)"
          for (const {entry} of found) emit('+I', joined(side, row, entry.row));
          add(mine, row, found.length);
          notes.push(
            `外侧的行在另一侧找到 ${found.length} 行匹配：逐行输出 +I（外连接总是发 +I/-D，不沿用输入的行类型）。`,
          );
        }
      } else {
        add(mine, row, -1);
        const found = matches(theirs);
        if (found.length === 0) {
          notes.push(`连接键 ${key} 在另一侧还没有行：这一行只存进状态，不输出。`);
        } else if (otherIsOuter) {
          // "if the matched num in the matched rows == 0, send -D[null+other]; otherState.update(other, old + 1); send +I[record+other]s"
          let retracted = 0;
          for (const match of found) {
            if (match.associations === 0) {
              emit('-D', padded(other(side), match.entry.row));
              retracted += 1;
            }
            match.entry.associations = match.associations + 1;
            emit('+I', joined(side, row, match.entry.row));
          }
          notes.push(
            retracted > 0
              ? `外侧的行此前没有匹配、输出过补 NULL 的行：先用 -D 撤回补 NULL 的行，再输出连接结果 +I（StreamingJoinOperator）。`
              : `外侧的行已经有匹配：直接输出新的连接结果 +I，匹配数加 1。`,
          );
        } else {
          // "send +I/+U[record+other]s (using input RowKind)"
          for (const {entry} of found) emit(kind, joined(side, row, entry.row));
          notes.push(
            `内连接沿用输入的行类型：输入是 ${kind}，输出 ${found.length} 行 ${kind}（StreamingJoinOperator）。`,
          );
        }
      }
      return {out, notes};
    }

    // A retraction: "state.retract(record)", then look at the other side.
    retract(mine, row);
    const found = matches(theirs);
    if (found.length === 0) {
      if (inputIsOuter) {
        // "if input side is outer, send -D[record+null]"
        emit('-D', padded(side, row));
        notes.push(`外侧的行被撤回，它此前没有匹配：撤回补 NULL 的那一行 -D。`);
      } else notes.push(`另一侧没有匹配的行：只从状态中删除，不输出。`);
      return {out, notes};
    }
    let restored = 0;
    for (const match of found) {
      // "send -D[record+other]s if outer, send -D/-U[record+other]s if inner"
      emit(inputIsOuter ? '-D' : kind, joined(side, row, match.entry.row));
      if (otherIsOuter) {
        // "if the matched num in the matched rows == 1, send +I[null+other]"
        if (match.associations === 1) {
          emit('+I', padded(other(side), match.entry.row));
          restored += 1;
        }
        match.entry.associations = match.associations - 1;
      }
    }
    notes.push(
      inputIsOuter
        ? `外侧的行被撤回：撤回它的每一行连接结果 -D（外连接不发 -U）。`
        : otherIsOuter
          ? restored > 0
            ? `内侧的行被撤回：撤回连接结果 -D；外侧的行因此不再有匹配，重新输出补 NULL 的 +I（StreamingJoinOperator）。`
            : `内侧的行被撤回：撤回连接结果 -D；外侧的行还有别的匹配，不补 NULL。`
          : `内连接沿用输入的行类型：输入是 ${kind}，撤回 ${found.length} 行连接结果 ${kind}。`,
    );
    return {out, notes};
  }

  function table(side: Side): StateTable {
    const outer = isOuter(side);
    return {
      title: side === 'L' ? '左表状态（按连接键）' : '右表状态（按连接键）',
      columns: ['连接键', '行', '份数', ...(outer ? ['匹配行数'] : [])],
      rows: [...states].flatMap(([keyValue, state]) =>
        state[side].map((entry) => [
          formatValue(keyValue),
          entry.row.map(formatValue).join(', '),
          String(entry.times),
          ...(outer ? [String(entry.associations)] : []),
        ]),
      ),
    };
  }

  return {process, watermark: nothingOnWatermark, state: () => [table('L'), table('R')]};
}
