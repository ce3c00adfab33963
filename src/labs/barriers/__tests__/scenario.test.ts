import {describe, expect, it} from 'vitest';
import {alignmentMode, DEFAULT_QUERY, LIMITS, parse, serialize} from '../scenario';
import {simulate} from '../simulate';

describe('URL round trip', () => {
  it('writes back the query it read', () => {
    expect(serialize(parse(DEFAULT_QUERY).scenario)).toBe(DEFAULT_QUERY);
    expect(parse(DEFAULT_QUERY).problems).toEqual([]);
  });

  it('keeps commas, bars and @ readable in the address', () => {
    const query = 'ch1=a1,|@3,a2@7&ch2=%E7%94%B2,|&out=&drain=0&unaligned=1&timeout=5';
    expect(serialize(parse(query).scenario)).toBe(query);
  });

  it('accepts what readers type: spaces, full-width commas and bars', () => {
    const {scenario, problems} = parse('ch1=a1 a2，｜@2、a3&ch2=b1;|');
    expect(problems).toEqual([]);
    expect(serialize(scenario).split('&').slice(0, 2)).toEqual(['ch1=a1,a2,|@2,a3', 'ch2=b1,|']);
  });

  it('fills a missing parameter with its default, and writes every parameter out', () => {
    const {scenario, problems} = parse('?unaligned=1');
    expect(problems).toEqual([]);
    expect(serialize(scenario)).toBe(DEFAULT_QUERY.replace('unaligned=0', 'unaligned=1'));
  });
});

describe('alignment mode (CheckpointOptions#forConfig)', () => {
  // https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/main/java/org/apache/flink/runtime/checkpoint/CheckpointOptions.java#L101-L116
  it.each([
    [false, 0, 'aligned'],
    [false, 5, 'aligned'],
    [true, 0, 'unaligned'],
    [true, 5, 'timeoutable'],
  ] as const)('unaligned=%s, timeout=%s → %s', (unaligned, timeout, mode) => {
    expect(alignmentMode({unaligned, timeout})).toBe(mode);
  });
});

describe('bad input gets a message and a usable value, never an exception', () => {
  const problemsOf = (query: string) => parse(query).problems;

  it('names a token that is not a record and drops it', () => {
    const {scenario, problems} = parse('ch1=a1,@@,toolongname1,|');
    expect(problems).toEqual([
      '通道 1：「@@」不是记录名（记录名是 1–8 个字母或数字，屏障写作 |），已忽略。',
      '通道 1：「toolongname1」不是记录名（记录名是 1–8 个字母或数字，屏障写作 |），已忽略。',
    ]);
    expect(scenario.channels[0].map((item) => item.kind)).toEqual(['record', 'barrier']);
  });

  it('adds a missing barrier and keeps only the first of several', () => {
    expect(problemsOf('ch1=a1@3,a2')).toEqual(['通道 1 没有屏障 |，已在末尾补上一个（第 3 步到达）。']);
    expect(problemsOf('ch2=|,b1,|,|')).toEqual(['通道 2 有 3 个屏障。实验只模拟一个检查点，只保留了第一个。']);
    expect(parse('ch2=|,b1,|,|').scenario.channels[1]).toHaveLength(2);
  });

  it('keeps a channel first in, first out', () => {
    const {scenario, problems} = parse('ch1=a1@4,a2@1,|');
    expect(problems).toEqual([
      '通道 1：「a2@1」早于前一项的第 4 步到达。通道先进先出，后发的数据不会先到，已按第 4 步处理。',
    ]);
    expect(scenario.channels[0].map((item) => item.arrival)).toEqual([4, 4, 4]);
  });

  it('caps negative, huge and non-numeric numbers', () => {
    expect(problemsOf('ch1=a1@-2,|')).toEqual([
      '通道 1：「a1@-2」的 @ 后面要写第几步到达（0 或正整数），已按第 0 步处理。',
    ]);
    expect(problemsOf('ch1=|@99999999999999999999')).toEqual([
      `通道 1：「|@99999999999999999999」的到达时间超过上限第 ${LIMITS.arrival} 步，已按第 ${LIMITS.arrival} 步处理。`,
    ]);
    expect(problemsOf('drain=-1&timeout=abc')).toEqual([
      `下游取走记录的间隔「-1」不是 0–${LIMITS.drain} 之间的整数，已用 3。`,
      `对齐超时「abc」不是 0–${LIMITS.timeout} 之间的整数，已用 0。`,
    ]);
    expect(problemsOf('timeout=1e3')).toEqual([`对齐超时「1e3」不是 0–${LIMITS.timeout} 之间的整数，已用 0。`]);
    expect(problemsOf('unaligned=maybe')).toEqual(['「unaligned=maybe」应为 1（开启）或 0（关闭），已按关闭处理。']);
  });

  it('keeps barriers and arrival times out of the output buffer', () => {
    const {scenario, problems} = parse('out=o1,|,o2@3');
    expect(problems).toEqual([
      '输出缓冲区里不能写屏障：屏障由这个 Task 自己发出，已忽略。',
      '输出缓冲区：「o2@3」已经在缓冲区里，不需要写到达时间，已按「o2」处理。',
    ]);
    expect(scenario.output).toEqual(['o1', 'o2']);
  });

  it('names unknown parameters, and survives a broken escape', () => {
    expect(problemsOf('foo=1&ch3=x')).toEqual([
      '网址里的参数「foo」、「ch3」不认识，已忽略（可用的参数见实验页的「网址格式」）。',
    ]);
    const broken = parse('ch1=a%E0%A4,|');
    expect(broken.problems).toHaveLength(1);
    expect(broken.problems[0]).toMatch(/^通道 1：「a\uFFFD」不是记录名/);
  });

  it('cuts 10,000 records down to the cap, with a message, and still plays quickly', () => {
    const records = Array.from({length: 10_000}, (_, i) => `r${i}`).join(',');
    const started = performance.now();
    const {scenario, problems} = parse(`ch1=${records},|&ch2=${records}&out=${records}`);
    const timeline = simulate(scenario);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(problems).toEqual([
      `通道 1 有 10001 项，超过上限 ${LIMITS.channelItems} 项，只用了前 ${LIMITS.channelItems} 项（每一项都要画出来、逐步回放，太多就看不清了）。`,
      '通道 1 没有屏障 |，已在末尾补上一个（第 0 步到达）。',
      `通道 2 有 10000 项，超过上限 ${LIMITS.channelItems} 项，只用了前 ${LIMITS.channelItems} 项（每一项都要画出来、逐步回放，太多就看不清了）。`,
      '通道 2 没有屏障 |，已在末尾补上一个（第 0 步到达）。',
      `输出缓冲区有 10000 条记录，超过上限 ${LIMITS.outputRecords} 条，只用了前 ${LIMITS.outputRecords} 条。`,
    ]);
    expect(scenario.channels[0]).toHaveLength(LIMITS.channelItems + 1);
    expect(timeline.problem).toBeNull();
  });
});
