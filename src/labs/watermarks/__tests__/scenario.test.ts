import {describe, expect, it} from 'vitest';
import {DEFAULT_SCENARIO, LIMITS, parse, parseCsv, serialize, toCsv} from '../scenario';

describe('scenario address format', () => {
  it('round-trips: parse(serialize(s)) gives s back, with the step', () => {
    const query =
      'r=1000,a,0,1;3000,用户,1,3&splits=3&bound=500&idle=2&w=sliding&size=4000&slide=2000&late=100&side=1&at=2';
    const parsed = parse(query);
    expect(parsed.problems).toEqual([]);
    expect(parsed.step).toBe(2);
    expect(parsed.scenario.records[1]).toEqual({ts: 3000, key: '用户', split: 1, arrival: 3});
    const again = parse(serialize(parsed.scenario, parsed.step));
    expect(again).toEqual(parsed);
    expect(serialize(again.scenario, 2)).toBe(serialize(parsed.scenario, 2));
  });

  it('an empty or missing query gives the defaults without complaint', () => {
    expect(parse('')).toEqual({scenario: DEFAULT_SCENARIO, step: 0, problems: []});
    expect(parse('?')).toEqual({scenario: DEFAULT_SCENARIO, step: 0, problems: []});
  });

  it('a malformed address gets messages naming the value and the replacement, never an exception', () => {
    const parsed = parse(
      '?r=abc,a,0,1;%E0%A4%A;2000,a b,9,x&bound=-5&idle=1e9&w=hopping&size=&late=99999999999&side=yes&splits=0',
    );
    expect(parsed.scenario.records).toEqual([{ts: 2000, key: 'a', split: 0, arrival: 1}]);
    expect(parsed.problems).toEqual([
      '网址中的第 1 条记录：事件时间「abc」不是非负整数（毫秒），这一行没有使用。',
      '网址中的第 2 条记录：事件时间「%E0%A4%A」不是非负整数（毫秒），这一行没有使用。',
      '网址中的第 3 条记录：键「a b」只能由字母、数字、下划线和连字符组成（最多 12 个字符），已改用 a。',
      '网址中的第 3 条记录：分片「9」应为 0–7 的整数，已改用 0。',
      '网址中的第 3 条记录：到达时间「x」不是整数秒，已改用 1 秒。',
      '窗口类型「hopping」不认识（可选 tumbling、sliding、session），已改用 tumbling。',
      '旁路输出 side=「yes」应为 0 或 1，已改用 0（不设旁路输出）。',
      '分片数 0 小于下限 1，已改用 1。',
      '乱序上界 -5 小于下限 0，已改用 0。',
      '空闲超时「1e9」不是整数（单位 秒），已改用 0。',
      `允许迟到时间 99999999999 超过上限 ${LIMITS.duration}，已改用 ${LIMITS.duration}。`,
    ]);
    expect(parsed.scenario.bound).toBe(0);
    expect(parsed.scenario.size).toBe(DEFAULT_SCENARIO.size);
  });

  it('arrival times must increase: an earlier one is moved after the previous record', () => {
    const parsed = parse('r=1000,a,0,5;2000,a,0,5;3000,a,0');
    expect(parsed.scenario.records.map((r) => r.arrival)).toEqual([5, 6, 7]);
    expect(parsed.problems).toEqual([
      '网址中的第 2 条记录：到达时间 5 秒不晚于上一条记录（5 秒）；实验按表中顺序每步读一条，已改用 6 秒。',
    ]);
  });

  it('more splits used than declared: the split count grows to fit', () => {
    const parsed = parse('r=1000,a,3,1&splits=2');
    expect(parsed.scenario.splits).toBe(4);
    expect(parsed.problems).toEqual(['分片数 2 少于记录用到的分片（最大为 3），已改用 4。']);
  });

  it('sliding windows are capped at 20 per record, with the slide that was used', () => {
    const parsed = parse('w=sliding&size=10000&slide=100');
    expect(parsed.scenario.slide).toBe(500);
    expect(parsed.problems[0]).toContain('滑动步长已改用 500');
  });

  it('10,000 records: the first 300 are used, and the message says so', () => {
    const rows = Array.from({length: 10_000}, (_, i) => `${i * 10},a,0,${i + 1}`);
    const started = performance.now();
    const parsed = parse(`r=${rows.join(';')}`);
    expect(parsed.scenario.records).toHaveLength(LIMITS.records);
    expect(parsed.problems).toEqual([
      '记录最多 300 条（每一步都要重新显示全部记录和窗口）：只用了前 300 条，其余 9700 条没有使用。',
    ]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('CSV', () => {
  it('reads a header, commas, tabs, full-width commas and a missing arrival time', () => {
    const result = parseCsv('事件时间,键,分片,到达时间\n1000,a,0,1\n\n2500\tb\t1\t4\n3000，a，0\n');
    expect(result.problems).toEqual([]);
    expect(result.records).toEqual([
      {ts: 1000, key: 'a', split: 0, arrival: 1},
      {ts: 2500, key: 'b', split: 1, arrival: 4},
      {ts: 3000, key: 'a', split: 0, arrival: 5},
    ]);
    expect(parseCsv(toCsv(result.records)).records).toEqual(result.records);
  });

  it('malformed CSV: names the line and what was done', () => {
    const result = parseCsv('1000,a,0,1\nhello\n-5,a,0,3\n2000,a,0,9999999999');
    expect(result.records).toHaveLength(1);
    expect(result.problems).toEqual([
      'CSV 第 2 行：事件时间「hello」不是非负整数（毫秒），这一行没有使用。',
      'CSV 第 3 行：事件时间「-5」不是非负整数（毫秒），这一行没有使用。',
      `CSV 第 4 行：到达时间 9999999999 秒超过上限 ${LIMITS.seconds} 秒，这一行没有使用。`,
    ]);
    expect(parseCsv('no,numbers,here\nat,all,,').problems).toEqual([
      'CSV 第 2 行：事件时间「at」不是非负整数（毫秒），这一行没有使用。',
      'CSV 中没有一行可用的记录，表格保持不变。',
    ]);
  });
});
