import {formatChange, type Row, type RowKind, type Side} from '../model';
import type {Operator} from '../operators/types';

export type Input = [RowKind, ...Row] | ['WM', number];

/**
 * Feeds inputs to an operator and returns, per input, what it emitted in
 * Flink's test notation (+U[aaa, 3]). Side-tagged inputs ({L: …} / {R: …})
 * go to that side of a join.
 */
export function run(operator: Operator, inputs: (Input | {L: Input} | {R: Input})[]): string[][] {
  return inputs.map((entry) => {
    const [side, input]: [Side, Input] = Array.isArray(entry)
      ? ['L', entry]
      : 'L' in entry
        ? ['L', entry.L]
        : ['R', entry.R];
    const step =
      input[0] === 'WM'
        ? operator.watermark(input[1] as number)
        : operator.process(side, {kind: input[0], row: input.slice(1) as Row});
    return step.out.map(formatChange);
  });
}
