/**
 * The vocabulary every catalog entry is described with. Each union type is
 * the list a contributor may pick from; each label map is what readers see.
 * Add a value here (with its label) before using it in `resources.ts`: the
 * schema test rejects values it does not know.
 */

export const GROUPS = ['learning-sites', 'blogs', 'source-analysis', 'practice'] as const;
export type Group = (typeof GROUPS)[number];

/** Sidebar order and page of each group, as the seed document groups them. */
export const GROUP_INFO: Record<Group, {label: string; path: string}> = {
  'learning-sites': {label: '学习网站', path: '/docs/learning-sites'},
  blogs: {label: '推荐博客', path: '/docs/blogs'},
  'source-analysis': {label: '源码解析', path: '/docs/source-analysis'},
  practice: {label: '大厂实践', path: '/docs/practice'},
};

export const RESOURCE_TYPES = [
  'official-site',
  'docs-page',
  'release-notes',
  'flip',
  'repository',
  'video-course',
  'talk',
  'paper',
  'article',
  'article-series',
  'blog-album',
  'reading-list',
  'case-study',
] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

export const RESOURCE_TYPE_LABELS: Record<ResourceType, string> = {
  'official-site': '官方网站',
  'docs-page': '官方文档',
  'release-notes': '版本发布',
  flip: '设计提案 FLIP',
  repository: '代码仓库',
  'video-course': '视频课程',
  talk: '会议演讲',
  paper: '论文',
  article: '文章',
  'article-series': '系列文章',
  'blog-album': '博客专辑',
  'reading-list': '文章目录',
  'case-study': '案例分享',
};

export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const LANGUAGE_LABELS: Record<Language, string> = {
  zh: '中文',
  en: '英文',
};

export const TOPICS = [
  'getting-started',
  'state',
  'state-backend',
  'checkpoint',
  'savepoint',
  'event-time',
  'exactly-once',
  'backpressure',
  'runtime',
  'memory',
  'metrics',
  'datastream',
  'sql',
  'cep',
  'enrichment',
  'testing',
  'kubernetes',
  'scaling',
  'data-sync',
  'kafka',
  'hive',
  'clickhouse',
  'lakehouse',
  'data-warehouse',
  'platform',
  'project',
] as const;
export type Topic = (typeof TOPICS)[number];

export const TOPIC_LABELS: Record<Topic, string> = {
  'getting-started': '入门',
  state: '状态 State',
  'state-backend': '状态后端 State Backend',
  checkpoint: '检查点 Checkpoint',
  savepoint: '保存点与作业升级',
  'event-time': '事件时间与水位线',
  'exactly-once': '精确一次',
  backpressure: '反压与性能',
  runtime: '作业执行与运行时',
  memory: '内存管理',
  metrics: '指标 Metrics',
  datastream: 'DataStream API',
  sql: 'Flink SQL',
  cep: '复杂事件处理 CEP',
  enrichment: '维表关联与异步 I/O',
  testing: '测试',
  kubernetes: 'Kubernetes 与 Operator',
  scaling: '弹性扩缩容',
  'data-sync': '数据同步',
  kafka: 'Kafka',
  hive: 'Hive',
  clickhouse: 'ClickHouse',
  lakehouse: '湖仓 Paimon / Fluss',
  'data-warehouse': '实时数仓',
  platform: '实时计算平台',
  project: '项目实战',
};

/**
 * How a reader gets to the content. `temporary` is for links that carry an
 * expiring signature (WeChat `mp.weixin.qq.com/s?...&signature=`): they stop
 * working after a while, so say so instead of pretending they are stable.
 */
export const ACCESS_KINDS = ['free', 'login', 'paid', 'wechat', 'temporary'] as const;
export type Access = (typeof ACCESS_KINDS)[number];

export const ACCESS_LABELS: Record<Access, string> = {
  free: '免费',
  login: '需登录',
  paid: '付费',
  wechat: '仅微信',
  temporary: '临时链接',
};

/**
 * Whether what a resource teaches still holds for Flink 2.x:
 * - `current`: still correct;
 * - `api-changed`: the ideas hold, but some APIs it uses were renamed or
 *   removed (say which in `changes`, and point at the note with the
 *   replacement in `notes`);
 * - `historical`: describes internals that have since been redesigned; read
 *   it for background only.
 */
export const VALIDITIES = ['current', 'api-changed', 'historical'] as const;
export type Validity = (typeof VALIDITIES)[number];

export const VALIDITY_LABELS: Record<Validity, string> = {
  current: '适用于 Flink 2.x',
  'api-changed': '部分 API 已在 2.0 移除',
  historical: '仅作背景阅读',
};

/**
 * What still helps a reader on Flink 2.x: correct today, or ideas that hold
 * with some APIs renamed. The explorer's button (只看对 Flink 2.x 仍有用的)
 * selects these, and every topic must have enough of them (TOPIC_GAPS aside).
 */
export const STILL_USEFUL_FOR_2X: readonly Validity[] = ['current', 'api-changed'];

/**
 * A topic for which Flink 2.x itself offers nothing yet, so the catalog
 * cannot hold enough entries that apply to 2.x without padding it. The
 * explorer shows the reason and the alternative whenever the topic is chosen,
 * and the topic-coverage test lets the topic stay thin. Remove the entry
 * once the gap closes (for Hive: a connector release built for Flink 2.x).
 */
export interface TopicGap {
  /** What 2.x lacks, in a sentence or two a reader sees in the explorer. */
  reason: string;
  /** Where to go instead: a hub note, optionally with a heading anchor. */
  alternative: {label: string; note: string};
  /** Primary sources that show the gap (the review record says how each was read). */
  sources: {title: string; url: string}[];
  /** When the gap was last checked, YYYY-MM: a release can close it. */
  checked: string;
}

export const TOPIC_GAPS: Partial<Record<Topic, TopicGap>> = {
  hive: {
    reason:
      'Hive 连接器还没有适用于 Flink 2.x 的发布：最新的 3.0.0 基于 Flink 1.20 构建，适配 2.x 的代码仍在进行中。在 2.x 上写 Hive 表、用 HiveCatalog，目前都没有官方支持的做法。',
    alternative: {
      label: '在 2.x 上改写 Paimon 主键表、再由 Hive 读取（见 Canal 同步笔记）',
      note: '/docs/blogs/canal-to-hive#方案一变更流写入-paimon-主键表flink-2022',
    },
    sources: [
      {
        title: 'apache/flink-connector-hive：v3.0.0 的 pom.xml（flink.version 1.20.0）',
        url: 'https://github.com/apache/flink-connector-hive/blob/6342c11aeec3def1675d526eae24821acf23fe16/pom.xml',
      },
      {
        title: 'apache/flink-web PR #709：Hive 3.0.0 连接器的下载页条目，兼容 1.20.x',
        url: 'https://github.com/apache/flink-web/pull/709',
      },
      {
        title: 'apache/flink-connector-hive PR #34：让连接器能对 Flink 2.0-preview 编译，2026 年仍有用户询问 2.x 支持',
        url: 'https://github.com/apache/flink-connector-hive/pull/34',
      },
    ],
    checked: '2026-12',
  },
};

/**
 * The state of a link, as last seen by the link checker. `unknown` until a
 * check ran; `cannot-tell` for sites that answer robots with 403/429 or a
 * login page, which says nothing about whether the page is gone.
 */
export const LINK_STATUSES = ['unknown', 'ok', 'redirected', 'dead', 'cannot-tell'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

export const LINK_STATUS_LABELS: Record<LinkStatus, string> = {
  unknown: '尚未检查',
  ok: '可访问',
  redirected: '已跳转',
  dead: '已失效',
  'cannot-tell': '无法判断',
};
