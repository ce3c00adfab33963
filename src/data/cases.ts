/**
 * Company case studies, one entry per company page under docs/practice/.
 * The comparison table and each page's summary box are rendered from here,
 * so a fact is written once.
 *
 * Rules: only state what the linked article itself says, or what the seed
 * document recorded; where the hub could read only the article's opening (or
 * only its title), claim no more than that part says, and say which part it
 * was. Where a figure was not verified, leave it `null` and the page says so.
 * `lessons` are the hub's own take-aways, written for Flink 2.x: one that says
 * what the company did needs the article; one that states a Flink fact needs a
 * source in the case page's `sources`.
 */
export interface CaseStudy {
  /** Same as the page's file name under docs/practice/ (the docs tests check the page exists). */
  id: string;
  company: string;
  industry: string;
  scenario: string;
  /** Catalog entry (resources.ts) of the article the case is based on. */
  resourceId: string;
  stack: string[];
  /** Data sources and sinks as the article names them; `null` when not verified. */
  sources: string[] | null;
  sinks: string[] | null;
  /** Scale in the article's own figures, naming which resource states them; `null` when not verified. */
  scale: string | null;
  /** Flink version of the time, usually inferred from the publication date. */
  flinkVersion: string;
  lessons: string[];
}

export const caseStudies: CaseStudy[] = [
  {
    id: 'oppo',
    company: 'OPPO',
    industry: '智能手机与互联网服务',
    scenario: '实时数仓的建设与 Flink 实时计算平台的研发（据原文标题）',
    resourceId: 'oppo-realtime-warehouse',
    stack: ['Flink'],
    sources: null,
    sinks: null,
    scale: null,
    flinkVersion: '1.7 前后（按发表时间推断）',
    lessons: [
      '把开发入口收敛到 SQL，由平台负责资源、元数据和运维，能让更多数据开发者上手实时作业。',
      '实时数仓沿用离线数仓的分层思路时，层数宜少：每多一层，就多一次经消息队列的中转和一段延迟，有状态的层还多一份状态。',
      '今天搭建同类平台时，Flink 2.x 的 Application 模式取代了已移除的 per-job 模式。',
    ],
  },
  {
    id: 'youzan',
    company: '有赞',
    industry: '电商 SaaS',
    scenario: '实时计算中的 Flink 实践（据原文标题）',
    resourceId: 'youzan-flink-practice',
    stack: ['Flink'],
    sources: null,
    sinks: null,
    scale: null,
    flinkVersion: '1.6 前后（按发表时间推断）',
    lessons: [
      '把作业提交、监控和告警做成平台能力，让业务方不必各自运维 Flink 作业。',
      '有状态作业要按状态量来配检查点的间隔、超时和状态后端：状态很大时，RocksDB 状态后端加增量检查点能明显缩短检查点耗时。',
      '状态后端的选择请按 2.x 的 HashMapStateBackend / EmbeddedRocksDBStateBackend 来理解，旧类名已移除。',
    ],
  },
  {
    id: 'qutoutiao',
    company: '趣头条',
    industry: '移动资讯',
    scenario: '实时数据同时落入 Hive 与 ClickHouse，支撑实时分析查询',
    resourceId: 'qutoutiao-flink-clickhouse',
    stack: ['Flink', 'StreamingFileSink', 'Hive', 'ClickHouse'],
    sources: null,
    sinks: ['Hive（由 StreamingFileSink 写出的文件，据种子文档）', 'ClickHouse'],
    scale: null,
    flinkVersion: '1.10 前后（按发表时间推断）',
    lessons: [
      'FileSink 的文件要等检查点完成才提交、对下游可见，写 Hive 的精确一次靠的就是这一点；批量格式（Parquet 等）每次检查点都会滚动文件，检查点间隔也影响文件大小。',
      'FileSink 默认的 DateTimeBucketAssigner 按记录写入时的系统时间（处理时间）每小时分一个桶；想按数据的事件时间分区，要自己实现 BucketAssigner。',
      'ClickHouse 的每次插入都会生成一个数据片段，小批量高频写入会让后台合并跟不上：攒批后再写，并为重放带来的重复写入设计幂等或去重。',
    ],
  },
  {
    id: 'beike',
    company: '贝壳找房',
    industry: '房产服务',
    scenario: '基于 Flink 建设实时计算平台（据原文标题）',
    resourceId: 'beike-realtime-platform',
    stack: ['Flink'],
    sources: null,
    sinks: null,
    scale: null,
    flinkVersion: '1.9 前后（按发表时间推断）',
    lessons: [
      '平台的价值在于统一：统一提交入口、统一监控指标、统一的作业模板。',
      '把 SQL 作为主要开发方式后，要同时提供调试、血缘和版本管理，否则排查问题会更难。',
      '在 2.x 上，SourceFunction / SinkFunction 已移除，平台内置的连接器要迁移到 FLIP-27 的 Source / Sink V2 接口。',
    ],
  },
  {
    id: 'doordash',
    company: 'DoorDash',
    industry: '即时配送',
    scenario: '用统一的实时事件平台取代按事件类型各自搭建的数据管道',
    resourceId: 'doordash-realtime-events',
    stack: ['Kafka', 'Flink', 'Flink SQL', 'Snowflake', 'Chronosphere'],
    sources: ['后端服务与用户设备（移动端与 Web）产生的事件'],
    sinks: ['Snowflake（数据仓库）', '机器学习平台（实时特征）', 'Chronosphere（监控指标）'],
    scale: '每天数千亿条事件，投递成功率 99.99%，进入 Snowflake 的延迟为分钟级（据 QCon 旧金山 2022 的讲座介绍）',
    flinkVersion: '原文未注明（2022 年）',
    lessons: [
      '每种事件各建一条管道，成本高、延迟大、运维负担重；DoorDash 改用一个平台，同时为分析、机器学习特征和监控提供数据。',
      '让流数据的使用方通过更高一层的抽象取用数据，是讲座介绍页列出的设计目标之一。',
      '今天在 Flink 2.x 上搭同类平台，DataStream 作业读写 Kafka 要用 KafkaSource / KafkaSink（Kafka 连接器 4.0 起旧的 FlinkKafkaConsumer / FlinkKafkaProducer 已移除）。',
    ],
  },
  {
    id: 'uber',
    company: 'Uber',
    industry: '出行与外卖',
    scenario: '把数据湖的入湖从批处理作业改为 Flink 流式入湖（IngestionNext）',
    resourceId: 'uber-ingestion-next',
    stack: ['Flink', '自建的控制面'],
    sources: null,
    sinks: null,
    scale: 'PB 级数据湖，运维数千个作业，数据新鲜度从小时级降到分钟级（据 Uber 工程博客）',
    flinkVersion: '原文未注明',
    lessons: [
      '数据新鲜度和计算成本是从批处理改成流式入湖的两大动因。',
      '要运维数千个流作业，需要一个统一的控制面来管理它们。',
      '流式入湖有批处理没有的难题，原文点名了三个：小文件、分区倾斜和检查点同步（checkpoint synchronization）。',
    ],
  },
  {
    id: 'grab',
    company: 'Grab',
    industry: '东南亚超级应用（出行、外卖、支付）',
    scenario: '自助式 Flink SQL 平台，以及基于数据契约的实时数据质量监控',
    resourceId: 'grab-flink-analytics-quality',
    stack: ['Flink', 'Flink SQL', 'Kafka'],
    sources: ['200 多个 Kafka 数据流'],
    sinks: null,
    scale: '600 多条数据管道，运行在 200 多个 Kafka 数据流上（据 Flink Forward Asia 2025 的分享整理）',
    flinkVersion: '原文未注明（2025 年）',
    lessons: [
      '面向商家的广告报表建在数据湖上，要延迟三到四个小时；Grab 的答案是用 Flink 搭一个自助分析平台。',
      '「公司里人人都会 SQL」：Grab 据此把 Flink SQL 做成人人都能用的自助平台。',
      '实时数据同样需要质量保障：Grab 用数据契约约定数据应有的样子，并在流上实时监控。',
    ],
  },
];

/** What readers see where the hub has not verified a fact. */
export const UNVERIFIED = '原文未核实';

export function listOrUnverified(items: string[] | null): string {
  return items ? items.join('、') : UNVERIFIED;
}

export function findCase(id: string): CaseStudy {
  const found = caseStudies.find((study) => study.id === id);
  if (!found) throw new Error(`src/data/cases.ts 中没有 id 为 "${id}" 的案例`);
  return found;
}
