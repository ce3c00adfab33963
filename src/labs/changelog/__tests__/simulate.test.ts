import {describe, expect, it} from 'vitest';
import {MAX_OUTPUT_ROWS, formatChange, isAccumulate, type Row} from '../model';
import {presets} from '../presets';
import {parseScenario} from '../scenario';
import {simulate} from '../simulate';

const run = (query: string) => simulate(parseScenario(query).scenario);

describe('input checks', () => {
  it('skips rows that do not fit the table, saying why, and keeps going', () => {
    const timeline = run('agg=sum&rows=I,Mary,abc;I,,1;I,Mary,99999999999;I,Mary,2');
    expect(timeline.steps.map((step) => step.skipped !== undefined)).toEqual([true, true, true, false]);
    expect(timeline.problems).toEqual([
      '第 1 行（+I[Mary, abc]）：orders.amount 是 INT，「abc」不是 -2147483648 到 2147483647 之间的整数；这一行已忽略。',
      '第 2 行（+I[, 1]）：orders.customer 是空的（本实验的输入不含 NULL 和空串）；这一行已忽略。',
      '第 3 行（+I[Mary, 99999999999]）：orders.amount 是 INT，「99999999999」不是 -2147483648 到 2147483647 之间的整数；这一行已忽略。',
    ]);
    expect(timeline.steps[3].out.map(formatChange)).toEqual(['+I[Mary, 2]']);
  });

  it('keeps a changelog input consistent: nothing is retracted that is not there, +U follows -U', () => {
    const timeline = run('rows=D,Mary,1;I,Mary,1;UA,Mary,1;UB,Mary,2;UB,Mary,1;UA,Mary,5');
    expect(timeline.steps.map((step) => step.skipped ?? 'ok')).toEqual([
      'orders 里没有 [Mary, 1] 这一行，-D 无从撤回；这一行已忽略。',
      'ok',
      'Retract 格式的 changelog 成对给出更新：+U 前面应紧跟同一张表的 -U；这一行已忽略。',
      'orders 里没有 [Mary, 2] 这一行，-U 无从撤回；这一行已忽略。',
      'ok',
      'ok',
    ]);
  });

  it('uses watermarks only for event-time deduplication, and only + I rows there', () => {
    expect(run('rows=WM,5').steps[0].skipped).toBe('只有按时间去重的查询会用到水位线；这一行已忽略。');
    expect(run('shape=dedup&rows=D,A1,x,1').steps[0].skipped).toContain('RetractableTopNFunction');
    expect(run('shape=dedup&order=rowtime&rows=WM,soon').steps[0].skipped).toBe(
      '水位线应为整数，却是「soon」；这一行已忽略。',
    );
  });

  it(`stops once the changelog passes ${MAX_OUTPUT_ROWS} rows, and says where`, () => {
    // 60 orders and 60 products on one key: the last products each join 60 orders.
    const orders = Array.from({length: 60}, (_, i) => `L,I,o${i},p`);
    const products = Array.from({length: 60}, (_, i) => `R,I,p,n${i}`);
    const timeline = run(`shape=join&rows=${[...orders, ...products].join(';')}`);
    expect(timeline.steps.length).toBeLessThan(120);
    expect(timeline.problems.at(-1)).toMatch(new RegExp(`超过上限 ${MAX_OUTPUT_ROWS} 行：后面的 \\d+ 行没有模拟。$`));
  });
});

describe('the two encodings describe the same result table', () => {
  // Applying the retract changelog to a bag of rows and the upsert changelog
  // to a map keyed by the upsert key must give the same table at every step.
  const queries = [
    ...presets.map((preset) => preset.query),
    'shape=topn&n=2&rows=I,a,x,5;I,b,x,9;I,c,x,7;UB,b,x,9;UA,b,x,1;D,a,x,5;I,d,x,7',
    'agg=sum&rows=I,A,1;I,B,2;UB,A,1;UA,A,4;I,A,0;D,B,2;I,B,3',
  ];
  it.each(queries)('%s', (query) => {
    const timeline = run(query);
    const keyColumns = (timeline.plan.upsertKeys ?? [])[0];
    if (!keyColumns) return;
    const keyIndexes = keyColumns.map((name) => timeline.plan.columns.indexOf(name));
    const key = (row: Row) => JSON.stringify(keyIndexes.map((index) => row[index]));
    const upserted = new Map<string, Row>();
    for (const step of timeline.steps) {
      for (const {kind, row} of step.upsertOut ?? []) {
        if (isAccumulate(kind)) upserted.set(key(row), row);
        else upserted.delete(key(row));
      }
      const sort = (rows: Row[]) => rows.map((row) => JSON.stringify(row)).sort();
      expect(sort([...upserted.values()]), `第 ${step.n} 步`).toEqual(sort(step.result));
      expect(step.upsertOut?.some((change) => change.kind === '-U')).toBeFalsy();
    }
  });
});

it('is deterministic: the same scenario gives the same timeline', () => {
  for (const preset of presets) expect(run(preset.query)).toEqual(run(preset.query));
});
