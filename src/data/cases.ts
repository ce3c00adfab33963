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
  /** Same as the page's file name under docs/practice/. */
  id: 'oppo' | 'youzan' | 'qutoutiao' | 'beike';
  company: string;
  industry: string;
  scenario: string;
  /** Catalog entry (resources.ts) of the article the case is based on. */
  resourceId: string;
  stack: string[];
  /** Data sources and sinks as the article names them; `null` when not verified. */
  sources: string[] | null;
  sinks: string[] | null;
  /** Scale as published; `null` when not verified by the hub. */
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
      '在 2.x 上，SourceFunction / SinkFunction 已移除，平台内置的连接器要迁移到 Source / Sink V2 接口。',
    ],
  },
];

/** What readers see where the hub has not verified a fact. */
export const UNVERIFIED = '原文未核实';

export function listOrUnverified(items: string[] | null): string {
  return items ? items.join('、') : UNVERIFIED;
}

export function findCase(id: CaseStudy['id']): CaseStudy {
  const found = caseStudies.find((study) => study.id === id);
  if (!found) throw new Error(`src/data/cases.ts 中没有 id 为 "${id}" 的案例`);
  return found;
}
