/**
 * The lab's presets. Each preset is a query string of the lab page (see
 * scenario.ts for the format) plus its text equivalent: what it sets up,
 * what to look at, and the changelog it produces step by step. Notes embed
 * presets by id (<ChangelogLab preset="…" />), and the embed renders the
 * text on the server, so this file holds only strings: no simulation.
 * A unit test (__tests__/presets.test.ts) runs every preset through the
 * simulation and fails if the steps or the sink verdicts written here differ.
 */
export interface PresetStep {
  /** The input row, as the lab labels it. */
  input: string;
  /** The result's changelog from that row (with -U, as a retract sink receives it). */
  output: string[];
}

export interface Preset {
  id: string;
  title: string;
  query: string;
  /** What the scenario sets up, in a sentence or two. */
  setup: string;
  /** What the reader should watch for. */
  watch: string;
  steps: PresetStep[];
  /** Whether an insert-only sink accepts the query. */
  appendSinkAccepts: boolean;
}

export const presets: Preset[] = [
  {
    id: 'count-updates',
    title: 'GROUP BY 计数：已经输出的行会被更新',
    query: 'rows=I,Mary,30;I,Bob,20;I,Mary,10;I,Liz,50',
    setup:
      '只有插入的 orders 表依次来了 Mary、Bob、Mary、Liz 四个客户的订单（仿照 Flink 文档「动态表」一页的例子），查询按 customer 计数。',
    watch:
      'Mary 的第二单让已经输出的 [Mary, 1] 变成 [Mary, 2]：retract 编码是 -U、+U 两行，upsert 编码（upsert key 为 customer）只有一行 +U；只接受插入的结果表因此拒绝这个查询。',
    steps: [
      {input: '+I[Mary, 30]', output: ['+I[Mary, 1]']},
      {input: '+I[Bob, 20]', output: ['+I[Bob, 1]']},
      {input: '+I[Mary, 10]', output: ['-U[Mary, 1]', '+U[Mary, 2]']},
      {input: '+I[Liz, 50]', output: ['+I[Liz, 1]']},
    ],
    appendSinkAccepts: false,
  },
  {
    id: 'cdc-sum',
    title: '输入本身是 changelog：SUM 怎样处理 -U、+U、-D',
    query: 'agg=sum&rows=I,Mary,10;I,Bob,5;UB,Mary,10;UA,Mary,20;I,Mary,0;D,Bob,5',
    setup:
      'orders 表来自 CDC（format = debezium-json），除了 +I 还有 Mary 的订单从 10 改成 20（-U、+U）和 Bob 的订单被删除（-D）；查询按 customer 求 SUM(amount)。',
    watch:
      '聚合算子逐条处理 -U 和 +U：-U 让 Mary 的行数减到 0，先输出 -D，+U 再作为新的第一行输出 +I；金额为 0 的新订单不改变 SUM，不输出任何行。',
    steps: [
      {input: '+I[Mary, 10]', output: ['+I[Mary, 10]']},
      {input: '+I[Bob, 5]', output: ['+I[Bob, 5]']},
      {input: '-U[Mary, 10]', output: ['-D[Mary, 10]']},
      {input: '+U[Mary, 20]', output: ['+I[Mary, 20]']},
      {input: '+I[Mary, 0]', output: []},
      {input: '-D[Bob, 5]', output: ['-D[Bob, 5]']},
    ],
    appendSinkAccepts: false,
  },
  {
    id: 'left-join',
    title: 'LEFT JOIN：补 NULL 的行怎样被撤回',
    query: 'shape=join&join=left&rows=L,I,o1,p1;L,I,o2,p2;R,I,p1,Phone;R,D,p1,Phone',
    setup:
      '两张订单 o1、o2 先到，商品 p1 随后到达又被删除（products 是 changelog 表）；查询是 orders LEFT JOIN products。',
    watch:
      '没有匹配的订单先输出用 NULL 补齐的行；p1 到达时先用 -D 撤回 o1 补 NULL 的行再输出连接结果，p1 被删除时又撤回连接结果、重新补 NULL。外连接只发 +I 和 -D。',
    steps: [
      {input: 'orders +I[o1, p1]', output: ['+I[o1, p1, NULL, NULL]']},
      {input: 'orders +I[o2, p2]', output: ['+I[o2, p2, NULL, NULL]']},
      {input: 'products +I[p1, Phone]', output: ['-D[o1, p1, NULL, NULL]', '+I[o1, p1, p1, Phone]']},
      {input: 'products -D[p1, Phone]', output: ['-D[o1, p1, p1, Phone]', '+I[o1, p1, NULL, NULL]']},
    ],
    appendSinkAccepts: false,
  },
  {
    id: 'inner-join',
    title: '内连接：两边都只有插入，结果也只有插入',
    query: 'shape=join&rows=L,I,o1,p1;R,I,p1,Phone;L,I,o2,p1;R,I,p2,Pen',
    setup: 'orders 和 products 都只有插入；查询是两表的内连接。',
    watch:
      '先到的行在状态里等另一边；内连接沿用输入的行类型，只会输出 +I，所以只接受插入的结果表可以接收。写进带主键的 upsert 结果表却要先写 ON CONFLICT：连接结果推导不出 upsert key。',
    steps: [
      {input: 'orders +I[o1, p1]', output: []},
      {input: 'products +I[p1, Phone]', output: ['+I[o1, p1, p1, Phone]']},
      {input: 'orders +I[o2, p1]', output: ['+I[o2, p1, p1, Phone]']},
      {input: 'products +I[p2, Pen]', output: []},
    ],
    appendSinkAccepts: true,
  },
  {
    id: 'dedup-first',
    title: '按处理时间去重、保留第一行：只有插入',
    query: 'shape=dedup&rows=I,A1,book,1;I,A2,pen,2;I,A1,book,3',
    setup: '订单 A1 重复到达两次；查询按 order_id 去重，ORDER BY proctime ASC 保留第一行。',
    watch: '每个 order_id 的第一行输出 +I，后来的行直接丢弃，从不撤回：结果只有插入。',
    steps: [
      {input: '+I[A1, book, 1]', output: ['+I[A1, book, 1]']},
      {input: '+I[A2, pen, 2]', output: ['+I[A2, pen, 2]']},
      {input: '+I[A1, book, 3]', output: []},
    ],
    appendSinkAccepts: true,
  },
  {
    id: 'dedup-last',
    title: '按处理时间去重、保留最后一行：会更新',
    query: 'shape=dedup&keep=last&rows=I,A1,book,1;I,A2,pen,2;I,A1,book,3;I,A1,book,3',
    setup: '同样的订单，查询改为 ORDER BY proctime DESC，保留每个 order_id 的最后一行；A1 的最后一行重复到达。',
    watch: 'A1 的新行撤回旧行（-U）再输出自己（+U）；内容完全相同的重复行在没开状态有效期时不输出。',
    steps: [
      {input: '+I[A1, book, 1]', output: ['+I[A1, book, 1]']},
      {input: '+I[A2, pen, 2]', output: ['+I[A2, pen, 2]']},
      {input: '+I[A1, book, 3]', output: ['-U[A1, book, 1]', '+U[A1, book, 3]']},
      {input: '+I[A1, book, 3]', output: []},
    ],
    appendSinkAccepts: false,
  },
  {
    id: 'dedup-rowtime-first',
    title: '按事件时间去重、保留第一行：等水位线',
    query: 'shape=dedup&order=rowtime&rows=I,A1,book,1,5;I,A1,book,2,3;I,A2,pen,1,8;WM,6;I,A3,ink,1,4;WM,10',
    setup: '订单带事件时间 ts，水位线作为输入中的 WM 行给出；查询按 order_id 去重，ORDER BY ts ASC。',
    watch:
      '候选行要等水位线越过它的事件时间才输出 +I，所以结果只有插入；水位线之后才到、事件时间又更早的行算迟到，被丢弃。',
    steps: [
      {input: '+I[A1, book, 1, 5]', output: []},
      {input: '+I[A1, book, 2, 3]', output: []},
      {input: '+I[A2, pen, 1, 8]', output: []},
      {input: 'WM 6', output: ['+I[A1, book, 2, 3]']},
      {input: '+I[A3, ink, 1, 4]', output: []},
      {input: 'WM 10', output: ['+I[A2, pen, 1, 8]']},
    ],
    appendSinkAccepts: true,
  },
  {
    id: 'topn-rownum',
    title: 'Top-N 输出名次：一行进来，后面的名次全变',
    query: 'shape=topn&rows=I,p1,phone,10;I,p2,phone,30;I,p3,phone,20;I,p4,phone,40',
    setup:
      'shop_sales 里 phone 类的四个商品依次到达；查询取每类销量前 3，并输出名次 row_num（仿照 Flink 文档「Top-N」一页的例子）。',
    watch: 'p4 排到第 1 名，第 1 到第 3 名上的行都变了，各发一对 -U/+U；upsert key 是 (category, row_num)。',
    steps: [
      {input: '+I[p1, phone, 10]', output: ['+I[p1, phone, 10, 1]']},
      {input: '+I[p2, phone, 30]', output: ['-U[p1, phone, 10, 1]', '+U[p2, phone, 30, 1]', '+I[p1, phone, 10, 2]']},
      {input: '+I[p3, phone, 20]', output: ['-U[p1, phone, 10, 2]', '+U[p3, phone, 20, 2]', '+I[p1, phone, 10, 3]']},
      {
        input: '+I[p4, phone, 40]',
        output: [
          '-U[p2, phone, 30, 1]',
          '+U[p4, phone, 40, 1]',
          '-U[p3, phone, 20, 2]',
          '+U[p2, phone, 30, 2]',
          '-U[p1, phone, 10, 3]',
          '+U[p3, phone, 20, 3]',
        ],
      },
    ],
    appendSinkAccepts: false,
  },
  {
    id: 'topn-no-rownum',
    title: 'Top-N 不输出名次：只发进出前 N 的行',
    query: 'shape=topn&rownum=0&rows=I,p1,phone,10;I,p2,phone,30;I,p3,phone,20;I,p4,phone,40',
    setup: '同样的四个商品，查询的外层 SELECT 去掉 row_num（Flink 文档所说的「No Ranking Output」优化）。',
    watch: 'p4 进入前 3 时只输出两行：挤出的 p1 发 -D，p4 发 +I。没有名次后，查询也推导不出 upsert key。',
    steps: [
      {input: '+I[p1, phone, 10]', output: ['+I[p1, phone, 10]']},
      {input: '+I[p2, phone, 30]', output: ['+I[p2, phone, 30]']},
      {input: '+I[p3, phone, 20]', output: ['+I[p3, phone, 20]']},
      {input: '+I[p4, phone, 40]', output: ['-D[p1, phone, 10]', '+I[p4, phone, 40]']},
    ],
    appendSinkAccepts: false,
  },
];

export const presetById = (id: string): Preset | undefined => presets.find((preset) => preset.id === id);
