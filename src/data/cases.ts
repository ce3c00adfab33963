/**
 * Company case studies, one entry per company page under docs/practice/.
 * The comparison table and each page's summary box are rendered from here,
 * so a fact is written once.
 *
 * Rules: only state what the linked article itself says, or what the seed
 * document recorded; where a figure was not verified, leave it `null` and the
 * page says so. `lessons` are the hub's own take-aways, written for Flink 2.x.
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
    scenario: '以 Flink SQL 建设实时数仓与实时计算平台',
    resourceId: 'oppo-realtime-warehouse',
    stack: ['Flink', 'Flink SQL'],
    sources: null,
    sinks: null,
    scale: null,
    flinkVersion: '1.7 前后（按发表时间推断）',
    lessons: [
      '把开发入口收敛到 SQL，平台负责资源、元数据和运维，才能让更多数据开发者上手实时作业。',
      '实时数仓照搬离线数仓的分层思路，但层数要少，每多一层就多一段延迟和一份状态。',
      '今天搭建同类平台时，Flink 2.x 的 Application 模式取代了已移除的 per-job 模式。',
    ],
  },
  {
    id: 'youzan',
    company: '有赞',
    industry: '电商 SaaS',
    scenario: '实时计算平台从早期引擎迁移到 Flink',
    resourceId: 'youzan-flink-practice',
    stack: ['Flink'],
    sources: null,
    sinks: null,
    scale: null,
    flinkVersion: '1.6 前后（按发表时间推断）',
    lessons: [
      '引入新引擎时先把作业提交、监控和告警做成平台能力，再迁移业务作业。',
      '有状态作业的稳定性首先取决于检查点：间隔、超时和状态后端要按作业的状态量来配。',
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
    sinks: ['Hive（按时间分桶的列式文件）', 'ClickHouse'],
    scale: null,
    flinkVersion: '1.10 前后（按发表时间推断）',
    lessons: [
      '写 Hive 时用文件 Sink 的列式格式，并让文件在检查点时提交，才能做到精确一次。',
      '默认的分桶器按处理时间分桶，想按事件时间分区必须自己实现 BucketAssigner。',
      'ClickHouse 怕小批量高频写入：攒批后再写，并为写入失败设计幂等或去重。',
    ],
  },
  {
    id: 'beike',
    company: '贝壳找房',
    industry: '房产服务',
    scenario: '建设统一的 Flink 实时计算平台',
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
    sources: ['后端服务与用户设备产生的事件', '遗留的单体 Web 应用'],
    sinks: ['Snowflake（数据仓库）', '机器学习平台（实时特征）', 'Chronosphere（监控指标）'],
    scale: '每天数千亿条事件，投递成功率 99.99%，进入 Snowflake 的延迟为分钟级（据 QCon 旧金山 2022 的讲座介绍）',
    flinkVersion: '原文未注明（2022 年）',
    lessons: [
      '每种事件各建一条管道，成本和维护都会失控；一个平台同时服务分析、机器学习特征和监控三类用途。',
      '在 Kafka 与 Flink 之上做更高一层的抽象，让事件的生产方和使用方不必关心底层细节。',
      '今天在 Flink 2.x 上搭同类平台，Kafka 的读写要用 KafkaSource / KafkaSink（连接器 4.0 起旧的 Consumer / Producer 已移除）。',
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
    flinkVersion: '原文未注明（2025 年）',
    lessons: [
      '数据新鲜度和计算成本是从批处理改成流式入湖的两大动因。',
      '要运维成千上万个流作业，就需要一个统一的控制面来管理它们。',
      '流式入湖有自己的难题：小文件、分区倾斜，以及把湖表的提交与 Flink 检查点对齐，要先解决才谈得上优于批处理。',
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
      '数据湖上的报表要延迟三到四小时，改为直接在 Kafka 流上用 Flink 计算，才能满足实时分析。',
      '「公司里人人都会 SQL」：把 Flink SQL 做成自助平台，比让每个团队写 DataStream 作业更容易推广。',
      '实时数据同样需要质量保障：用数据契约约定字段与取值，并在流上实时监控违约。',
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
