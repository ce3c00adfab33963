import {describe, expect, it} from 'vitest';
import {MAX_EVENTS} from '../model';
import {defaultScenario, eventsToCsv, parseCsv, parseScenario, serializeScenario, withSettings} from '../scenario';

describe('the lab address (query string)', () => {
  it('round-trips every setting, with commas, semicolons and Chinese in values', () => {
    const scenario = {
      ...defaultScenario('topn'),
      n: 5,
      rowNumber: false,
      pk: ['product_id', 'category'],
      conflict: 'deduplicate' as const,
      requireOnConflict: false,
      events: [
        {side: 'L' as const, kind: '+I' as const, values: ['p,1', '手机;旗舰', '7']},
        {side: 'L' as const, kind: '-U' as const, values: ['p,1', '手机;旗舰', '7']},
      ],
      step: 1,
    };
    const query = serializeScenario(scenario);
    expect(query).toContain('rows=I,p%2C1,');
    const {scenario: parsed, problems} = parseScenario(query);
    expect(problems).toEqual([]);
    expect(parsed).toEqual({...scenario, pk: ['product_id', 'category']});
  });

  it('leaves defaults out, so a preset address stays short', () => {
    expect(serializeScenario(defaultScenario())).toBe('');
    expect(parseScenario('').scenario).toEqual(defaultScenario());
  });

  it('accepts the +I/-U/+U/-D spelling and a leading ? or #', () => {
    const {scenario, problems} = parseScenario('?agg=sum&rows=+I,Mary,1;-D,Mary,1');
    expect(problems).toEqual([]);
    expect(scenario.events.map((event) => event.kind)).toEqual(['+I', '-D']);
  });

  it('reports what is wrong in a malformed address and says what it used instead', () => {
    const {scenario, problems} = parseScenario(
      'shape=window&n=abc&agg=avg&pk=nope&step=-4&zzz=1&rows=X,a,1;I,Mary;I,%E0%A4%A,1;I,' + 'x'.repeat(60) + ',2',
    );
    expect(scenario.shape).toBe('agg');
    expect(scenario.agg).toBe('count');
    expect(scenario.pk).toEqual(['customer']);
    expect(scenario.events).toEqual([
      {side: 'L', kind: '+I', values: ['Mary', '']},
      {side: 'L', kind: '+I', values: ['x'.repeat(40), '2']},
    ]);
    expect(scenario.step).toBe(0);
    expect(problems).toEqual([
      '参数 zzz 不认识，已忽略。',
      '参数 shape=window 不是已知的查询形状（agg、join、dedup、topn），已改用 agg。',
      '参数 agg=avg 无效（可选 count、sum），已改用 count。',
      '参数 n=abc 不是整数，已改用 3。',
      '主键里的 nope 不是结果的列（customer、cnt），已去掉。',
      'upsert 结果表至少要有一列主键，已改用 customer。',
      '第 1 行：行类型「X」不认识（应为 +I、-U、+U、-D 或 WM）；这一行已跳过。',
      '第 2 行：orders 有 2 列（customer、amount），这一行却有 1 个值；缺的值按空白处理。',
      '第 3 行 含有无法解码的字符，已跳过。',
      `第 4 行：值「${'x'.repeat(12)}…」超过 40 个字符，已截短。`,
      '参数 step=-4 超出范围（0 到 2），已改用 0。',
    ]);
  });

  it('clamps numbers out of range', () => {
    expect(parseScenario('shape=topn&n=999999999').scenario.n).toBe(10);
    expect(parseScenario('shape=topn&n=1').problems).toEqual(['参数 n=1 超出范围（2 到 10），已改用 2。']);
    expect(parseScenario('shape=topn&n=12345678901234567890').problems).toEqual([
      '参数 n=12345678901234567890 不是整数，已改用 3。',
    ]);
  });

  it(`reads at most ${MAX_EVENTS} rows from an address of 10,000`, () => {
    const rows = Array.from({length: 10_000}, (_, i) => `I,c${i},${i}`).join(';');
    const {scenario, problems} = parseScenario(`rows=${rows}`);
    expect(scenario.events).toHaveLength(MAX_EVENTS);
    expect(problems).toEqual([`rows 有 10000 行，超过上限 ${MAX_EVENTS} 行：只读取前 ${MAX_EVENTS} 行。`]);
  });

  it('needs L or R in front of a join row', () => {
    const {scenario, problems} = parseScenario('shape=join&rows=L,I,o1,p1;X,I,o2,p2;R,D,p1,Phone');
    expect(scenario.events.map((event) => event.side)).toEqual(['L', 'R']);
    expect(problems).toEqual(['第 2 行：Join 的每一行要先写 L（orders）或 R（products），却是「X」；这一行已跳过。']);
  });
});

describe('CSV', () => {
  it('round-trips quoted fields', () => {
    const events = [
      {side: 'L' as const, kind: '+I' as const, values: ['a "quoted", value', ' 7 ']},
      {side: 'L' as const, kind: 'WM' as const, values: ['12']},
    ];
    const csv = eventsToCsv(events, 'agg');
    expect(csv).toBe('+I,"a ""quoted"", value"," 7 "\nWM,12');
    expect(parseCsv(csv, {shape: 'agg', order: 'proctime'}).events).toEqual([
      {side: 'L', kind: '+I', values: ['a "quoted", value', ' 7 ']},
      {side: 'L', kind: 'WM', values: ['12']},
    ]);
  });

  it('skips blank lines, comments and a header; trims unquoted fields; reports bad lines by number', () => {
    const {events, problems} = parseCsv('kind,customer,amount\n\n# a comment\n+I, Mary ,1\nINSERT,Bob,2\n-U,Mary,1\n', {
      shape: 'agg',
      order: 'proctime',
    });
    expect(events.map((event) => [event.kind, ...event.values])).toEqual([
      ['+I', 'Mary', '1'],
      ['-U', 'Mary', '1'],
    ]);
    expect(problems).toEqual(['CSV 第 5 行：行类型「INSERT」不认识（应为 +I、-U、+U、-D 或 WM）；这一行已跳过。']);
  });

  it('stops after the row limit on a huge paste, and says so', () => {
    const text = Array.from({length: 10_000}, (_, i) => `+I,c${i},${i}`).join('\n');
    const {events, problems} = parseCsv(text, {shape: 'agg', order: 'proctime'});
    expect(events).toHaveLength(MAX_EVENTS);
    expect(problems).toEqual([`粘贴的内容有 10000 行数据，超过上限 ${MAX_EVENTS} 行：只读取了前 ${MAX_EVENTS} 行。`]);
  });
});

describe('changing settings', () => {
  it('keeps the primary key to output columns', () => {
    const topn = {...defaultScenario('topn'), pk: ['category', 'row_num']};
    expect(withSettings(topn, {rowNumber: false}).pk).toEqual(['category']);
    expect(withSettings({...defaultScenario('agg'), pk: ['cnt']}, {agg: 'sum'}).pk).toEqual(['customer']);
  });

  it('adds or drops the event-time column when deduplication switches time attribute', () => {
    const procTime = parseScenario('shape=dedup&rows=I,A1,book,1;I,A2,pen,2').scenario;
    const rowTime = withSettings(procTime, {order: 'rowtime'});
    expect(rowTime.events.map((event) => event.values)).toEqual([
      ['A1', 'book', '1', '1'],
      ['A2', 'pen', '2', '2'],
    ]);
    const back = withSettings(
      {...rowTime, events: [...rowTime.events, {side: 'L', kind: 'WM', values: ['5']}]},
      {order: 'proctime'},
    );
    expect(back.events).toEqual(procTime.events);
  });
});
