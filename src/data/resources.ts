/**
 * The catalog: every curated Flink resource of the hub, one entry each.
 *
 * Rules for contributors (the schema test in `__tests__/resources.test.ts`
 * checks each of them and names the entry and field that break one):
 * - `id`: lower-case kebab-case, unique, never changed once published
 *   (other pages and readers' saved progress refer to it).
 * - `url`: the canonical address. Remove tracking parameters (`utm_*`,
 *   `from`, `spm`, …) and keep everything else; no two entries share one.
 * - `summary`: 1–3 sentences in your own words, 20–160 characters. Never copy
 *   the article's own text.
 * - `topics`, `type`, `access`, `language`: values from `taxonomy.ts` only.
 * - `writtenFor`: the Flink version the resource was written against. Set
 *   `inferred: true` when you derived it from the publication date rather
 *   than from the text.
 * - `validity` other than `current` needs `changes`: what no longer holds in
 *   Flink 2.x and what replaced it.
 * - `link`: leave `{status: 'unknown', lastChecked: null}`; the link checker
 *   fills it in. Never delete a dead URL: add `archiveUrl` beside it.
 * - A series is one entry with its parts in reading order in `parts`.
 */
import type {Access, Group, Language, LinkStatus, ResourceType, Topic, Validity} from './taxonomy';

export interface ResourcePart {
  title: string;
  url: string;
}

export interface LinkState {
  status: LinkStatus;
  /** ISO date (YYYY-MM-DD) of the last check, `null` when never checked. */
  lastChecked: string | null;
  /** A copy pinned to a timestamp, e.g. `https://web.archive.org/web/20200601000000/…`. */
  archiveUrl?: string;
}

export interface Resource {
  id: string;
  title: string;
  url: string;
  /** The site, or the author and their blog. */
  site: string;
  group: Group;
  type: ResourceType;
  language: Language;
  topics: Topic[];
  access: Access[];
  /** What a reader should know about getting to it (login wall, expiry…). */
  accessNote?: string;
  /** Publication date as far as known: YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  writtenFor?: {version: string; inferred: boolean};
  validity: Validity;
  /** What changed in Flink since it was written; required unless `current`. */
  changes?: string;
  summary: string;
  /** Site paths of the hub's notes that go with this resource. */
  notes?: string[];
  parts?: ResourcePart[];
  link: LinkState;
}

export const resources: Resource[] = [
  {
    id: 'flink-training-course',
    title: 'Flink 中文视频课程',
    url: 'https://github.com/flink-china/flink-training-course/',
    site: 'GitHub · flink-china',
    group: 'learning-sites',
    type: 'video-course',
    language: 'zh',
    topics: ['getting-started', 'datastream', 'sql', 'runtime'],
    access: ['free'],
    accessNote: '课程目录在 GitHub，视频托管在其他平台，部分地区访问 GitHub 较慢。',
    published: '2019',
    writtenFor: {version: '1.7–1.10', inferred: true},
    validity: 'api-changed',
    changes:
      '课程录制于 Flink 1.x 时期：其中的 DataSet API、Scala API 和 SourceFunction 写法已在 Flink 2.0 移除，概念部分依然适用。',
    summary: 'Flink 中文社区整理的系列视频课程目录，从基础概念、DataStream 与 SQL 到运行时原理，适合按季系统学习。',
    notes: ['/docs/learning-sites/flink-2-changes'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'flink-official-site',
    title: 'Apache Flink 官方网站',
    url: 'https://flink.apache.org/',
    site: 'Apache Software Foundation',
    group: 'learning-sites',
    type: 'official-site',
    language: 'en',
    topics: ['getting-started', 'datastream', 'sql', 'state', 'checkpoint'],
    access: ['free'],
    accessNote: '文档有中文版，但部分页面仍未翻译；以英文版为准。',
    validity: 'current',
    summary:
      'Flink 的官方主页与各版本文档、发布说明和下载入口。查任何 API 或配置项的现行写法，都应以这里对应版本的文档为准。',
    notes: ['/docs/learning-sites/flink-2-changes'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'flink-manta-album',
    title: 'Apache Flink 漫谈系列（博客专辑）',
    url: 'https://yq.aliyun.com/album/206',
    site: '云栖社区 · 阿里云',
    group: 'blogs',
    type: 'blog-album',
    language: 'zh',
    topics: ['sql', 'state', 'checkpoint', 'runtime'],
    access: ['free'],
    accessNote: '云栖社区已并入阿里云开发者社区，旧地址可能跳转或失效。',
    published: '2018',
    writtenFor: {version: '1.5–1.7', inferred: true},
    validity: 'api-changed',
    changes: '专辑以 Flink SQL 早期版本为主，Table API 与 SQL 的语法和配置在 1.x 后期有大量变动，请对照现行文档。',
    summary: '阿里云社区收录的 Flink 漫谈专栏，用通俗的例子解释流计算概念与 Flink SQL 的实现思路。',
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'infoq-job-execution',
    title: 'Apache Flink 进阶（六）：Flink 作业执行深度解析',
    url: 'https://www.infoq.cn/article/wG3ALlSsqPQxDP6CZ0k5',
    site: 'InfoQ 中文站',
    group: 'blogs',
    type: 'article',
    language: 'zh',
    topics: ['runtime'],
    access: ['free'],
    published: '2019',
    writtenFor: {version: '1.9', inferred: true},
    validity: 'api-changed',
    changes:
      '图的转换链路依旧是 StreamGraph → JobGraph → ExecutionGraph；2.0 起自适应批处理会增量生成 JobGraph（AdaptiveGraphManager），per-job 部署模式已移除。',
    summary: '讲解一个 Flink 作业从用户代码到集群上运行要经过哪几层图的转换，以及调度与部署的主要环节。',
    notes: ['/docs/blogs/job-execution'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'zhisheng-flink-introduction',
    title: 'Flink 从 0 到 1 学习：Apache Flink 介绍',
    url: 'http://www.54tianzhisheng.cn/2018/10/13/flink-introduction/',
    site: 'zhisheng 的博客',
    group: 'blogs',
    type: 'article',
    language: 'zh',
    topics: ['getting-started'],
    access: ['free'],
    published: '2018-10-13',
    writtenFor: {version: '1.6', inferred: true},
    validity: 'api-changed',
    changes: '文中的架构图仍可参考；DataSet API 已在 2.0 移除，批处理改用 DataStream 的批执行模式或 Table API / SQL。',
    summary: '「从 0 到 1 学习」系列的开篇，概览 Flink 的定位、架构分层和主要特性，适合第一次接触 Flink 的读者。',
    notes: ['/docs/learning-sites/flink-2-changes'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'csdn-flink-must-read',
    title: '精通 Apache Flink 必读系列文章',
    url: 'https://blog.csdn.net/ffjl1985/article/details/81775019',
    site: 'CSDN · ffjl1985 的专栏',
    group: 'blogs',
    type: 'reading-list',
    language: 'zh',
    topics: ['getting-started', 'runtime', 'state'],
    access: ['free', 'login'],
    accessNote: 'CSDN 常把长文折叠，展开全文或复制内容可能要求登录。',
    published: '2018-08',
    writtenFor: {version: '1.5', inferred: true},
    validity: 'historical',
    changes: '这是一份 2018 年的文章索引，其中不少链接指向 Flink 1.x 早期的设计，阅读时请对照 2.x 文档。',
    summary: '一篇按主题整理的 Flink 文章导读，串起架构、运行时和状态等方面的经典文章，可当作扩展阅读清单。',
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'jark-memory-management',
    title: 'Flink 原理与实现：内存管理',
    url: 'http://wuchong.me/blog/2016/04/29/flink-internals-memory-manage/',
    site: "Jark's Blog（伍翀）",
    group: 'blogs',
    type: 'article',
    language: 'zh',
    topics: ['memory', 'runtime'],
    access: ['free'],
    published: '2016-04-29',
    writtenFor: {version: '1.0', inferred: true},
    validity: 'historical',
    changes:
      'Flink 1.10 重新设计了 TaskManager 内存模型（FLIP-49），托管内存（Managed Memory）等配置项与本文所写不同；文中的二进制存储与序列化思路仍有参考价值。',
    summary:
      '解释 Flink 为什么自己管理内存：把对象序列化到预分配的内存段里，减少 GC 压力并直接在二进制数据上排序和连接。',
    notes: ['/docs/blogs/memory-management'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'jmx-canal-flink-sync',
    title: '基于 Canal 与 Flink 实现数据实时增量同步（二）',
    url: 'https://jiamaoxiang.top/2020/03/24/%E5%9F%BA%E4%BA%8ECanal%E4%B8%8EFlink%E5%AE%9E%E7%8E%B0%E6%95%B0%E6%8D%AE%E5%AE%9E%E6%97%B6%E5%A2%9E%E9%87%8F%E5%90%8C%E6%AD%A5-%E4%BA%8C/',
    site: "Jmx's Blog",
    group: 'blogs',
    type: 'article',
    language: 'zh',
    topics: ['data-sync', 'hive', 'datastream'],
    access: ['free'],
    published: '2020-03-24',
    writtenFor: {version: '1.10', inferred: true},
    validity: 'api-changed',
    changes:
      'StreamingFileSink 已在 2.0 移除，改用 FileSink；整库同步如今更常用 Flink CDC 3.x 的 YAML 管道，而非自己解析 Canal 消息。',
    summary:
      '把 MySQL binlog 经 Canal 送入 Kafka，再由 Flink 写成 HDFS 文件，最后在 Hive 里用全外连接合并出最新快照表的完整流程。',
    notes: ['/docs/blogs/canal-to-hive', '/docs/practice/hive-file-sink'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'jianshu-scala-project-series',
    title: '[Scala] Flink 项目实例系列',
    url: 'https://www.jianshu.com/p/3f29b83c2fc7',
    site: '简书',
    group: 'blogs',
    type: 'article-series',
    language: 'zh',
    topics: ['project', 'datastream', 'cep'],
    access: ['free'],
    writtenFor: {version: '1.7', inferred: true},
    validity: 'api-changed',
    changes:
      'Scala API 在 1.17 弃用、2.0 移除；timeWindow、TimeCharacteristic、addSource(SourceFunction) 也已移除。请用 Java DataStream API、TumblingEventTimeWindows.of(Duration)、fromSource 和 WatermarkStrategy 改写。',
    summary:
      '用 Scala 从零实现电商场景的实时需求：热门商品、流量统计、恶意登录、订单超时与实时对账，涉及窗口、定时器、CEP 和双流连接。',
    notes: ['/docs/learning-sites/flink-2-changes'],
    parts: [
      {title: '（零）项目总览', url: 'https://www.jianshu.com/p/3f29b83c2fc7'},
      {title: '（一）实时热门商品统计', url: 'https://www.jianshu.com/p/b39019e1d044'},
      {title: '（二）实时流量统计', url: 'https://www.jianshu.com/p/da2369c76609'},
      {title: '（三）恶意登录监控', url: 'https://www.jianshu.com/p/455de9cac40a'},
      {title: '（四）订单支付失效监控', url: 'https://www.jianshu.com/p/0da1b3e09d28'},
      {title: '（五）订单支付实时对账', url: 'https://www.jianshu.com/p/234e067ba0db'},
      {title: '（六）小彩蛋', url: 'https://www.jianshu.com/p/a511705e91ef'},
    ],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'ververica-state-best-practices',
    title: 'Flink State 最佳实践',
    url: 'https://ververica.cn/developers/flink-state-best-practices/',
    site: 'Ververica 中文社区',
    group: 'blogs',
    type: 'article',
    language: 'zh',
    topics: ['state', 'state-backend', 'checkpoint'],
    access: ['free'],
    published: '2019',
    writtenFor: {version: '1.8', inferred: true},
    validity: 'api-changed',
    changes:
      'FsStateBackend 和 RocksDBStateBackend 在 1.13 被拆分、在 2.0 移除；RocksDB 的 thread.num 默认值已从 1 变为 2，托管内存默认接管 block cache 与 write buffer。',
    summary:
      '从生产经验出发讲 Keyed State 与 Operator State 的区别、状态后端的选择、RocksDB 参数调优和检查点设置上的常见坑。',
    notes: ['/docs/blogs/state-keyed-vs-operator', '/docs/blogs/state-backends', '/docs/blogs/state-practices'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'matty-flink-metrics',
    title: 'Flink 源码剖析：flink-metrics',
    url: 'https://miaowenting.site/2020/04/05/Flink%E6%BA%90%E7%A0%81%E5%89%96%E6%9E%90-Flink-Metrics/',
    site: "Matty's Blog (miaowenting)",
    group: 'source-analysis',
    type: 'article',
    language: 'zh',
    topics: ['metrics', 'runtime'],
    access: ['free'],
    published: '2020-04-05',
    writtenFor: {version: '1.10', inferred: true},
    validity: 'api-changed',
    changes:
      '指标类型与 MetricGroup 体系未变；Reporter 如今只通过工厂配置（metrics.reporter.<name>.factory.class），基于反射的 .class 写法已不再可用。',
    summary:
      '沿着源码梳理 Flink 指标体系：Counter、Gauge、Histogram、Meter 四类指标，MetricGroup 的层级，以及 Reporter 如何导出。',
    notes: ['/docs/source-analysis/metrics'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'jianshu-flink-series-index',
    title: 'Flink 系列文章目录',
    url: 'https://www.jianshu.com/p/59070e64eba1',
    site: '简书',
    group: 'source-analysis',
    type: 'reading-list',
    language: 'zh',
    topics: ['runtime', 'state', 'checkpoint'],
    access: ['free'],
    validity: 'api-changed',
    changes:
      '目录中的源码分析基于 Flink 1.x，类名和包路径在 2.0 有变动（例如 RocksDB 相关类移到 org.apache.flink.state.rocksdb）。',
    summary: '一位作者的 Flink 源码阅读目录页，按模块列出各篇分析文章，适合当作读源码时的路线图。',
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'aliyun-state-management',
    title: 'Flink 原理与实现：详解 Flink 中的状态管理',
    url: 'https://developer.aliyun.com/article/225623',
    site: '阿里云开发者社区',
    group: 'source-analysis',
    type: 'article',
    language: 'zh',
    topics: ['state'],
    access: ['free'],
    published: '2017',
    writtenFor: {version: '1.3', inferred: true},
    validity: 'api-changed',
    changes: '状态分类的讲法仍然成立；当年的状态后端类已在 2.0 移除，2.0 还新增了 State V2 异步状态 API。',
    summary: '介绍 Keyed State 与 Operator State 的划分，以及由框架托管的状态和由用户自己序列化的原始状态有何不同。',
    notes: ['/docs/source-analysis/managed-vs-raw-state', '/docs/blogs/state-keyed-vs-operator'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'aliyun-checkpoint-principles',
    title: 'Apache Flink 进阶（三）：Checkpoint 原理解析与应用实践',
    url: 'https://developer.aliyun.com/article/719242',
    site: '阿里云开发者社区',
    group: 'source-analysis',
    type: 'article',
    language: 'zh',
    topics: ['checkpoint', 'state-backend'],
    access: ['free'],
    published: '2019',
    writtenFor: {version: '1.9', inferred: true},
    validity: 'api-changed',
    changes:
      '1.11 起有非对齐检查点；检查点配置项在 1.20 统一到 execution.checkpointing.*；CheckpointConfig#setCheckpointStorage 已在 2.0 移除。',
    summary: '从分布式快照算法讲到 Flink 检查点的执行过程、屏障对齐、状态后端如何存快照，以及生产中如何配置和排查。',
    notes: ['/docs/source-analysis/checkpoint-principles', '/docs/blogs/state-practices'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'oppo-realtime-warehouse',
    title: '进击的实时数仓：Flink 在 OPPO 实时计算平台的研发与应用实践',
    url: 'https://www.infoq.cn/article/VmLAOsm*939Rdgb9mfrH',
    site: 'InfoQ 中文站',
    group: 'practice',
    type: 'case-study',
    language: 'zh',
    topics: ['data-warehouse', 'platform', 'sql'],
    access: ['free'],
    published: '2019',
    writtenFor: {version: '1.7', inferred: true},
    validity: 'api-changed',
    changes: '平台建设思路依然可借鉴；文中基于 1.x 的 SQL 扩展和部署方式（如 per-job 模式）在 2.x 中已有变化。',
    summary: 'OPPO 讲述如何以 Flink SQL 为核心搭建实时数仓和实时计算平台，包括分层设计和平台化的取舍。',
    notes: ['/docs/practice/oppo'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'youzan-flink-practice',
    title: 'Flink 在有赞实时计算的实践',
    url: 'https://tech.youzan.com/flink-practice/',
    site: '有赞技术团队',
    group: 'practice',
    type: 'case-study',
    language: 'zh',
    topics: ['platform', 'state', 'checkpoint'],
    access: ['free'],
    published: '2019',
    writtenFor: {version: '1.6', inferred: true},
    validity: 'api-changed',
    changes: '文中的状态后端与部署方式以 1.x 为准；状态后端选择请参考本站的 2.x 笔记。',
    summary: '有赞实时计算团队介绍引入 Flink 的过程，以及在平台化、作业运维和问题排查中积累的经验。',
    notes: ['/docs/practice/youzan'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'qutoutiao-flink-clickhouse',
    title: '趣头条基于 Flink + ClickHouse 的实时数据分析平台',
    url: 'https://mp.weixin.qq.com/s?src=11&timestamp=1593500391&ver=2431&signature=MeB1KSj8wJTjoVvLUPgTMiGmKqIsD*V-eBpN34iKir3cAFAaOYiW*pweqAZ*4ZXsxqpMr*tYY7dJZSaATYRUF8BLHy*tOVDD9NQmJq3M7IZr0I53*dVvpSyAaZ*WQUKq&new=1',
    site: '微信公众号',
    group: 'practice',
    type: 'case-study',
    language: 'zh',
    topics: ['hive', 'clickhouse', 'data-warehouse'],
    access: ['wechat', 'temporary'],
    accessNote: '这是带 timestamp 与 signature 参数的微信临时链接，签名过期后会打不开；可在微信中按标题搜索原文。',
    published: '2020-06',
    writtenFor: {version: '1.10', inferred: true},
    validity: 'api-changed',
    changes: 'StreamingFileSink 已在 2.0 移除，改用 FileSink；ClickHouse 至今没有 Apache 官方发布的 Flink 连接器。',
    summary: '趣头条分享如何用 Flink 把数据同时写入 Hive 和 ClickHouse，支撑分钟级的实时分析查询。',
    notes: ['/docs/practice/qutoutiao', '/docs/practice/hive-file-sink', '/docs/practice/clickhouse'],
    link: {status: 'unknown', lastChecked: null},
  },
  {
    id: 'beike-realtime-platform',
    title: '贝壳找房基于 Flink 的实时平台建设',
    url: 'https://cloud.tencent.com/developer/article/1596741',
    site: '腾讯云开发者社区',
    group: 'practice',
    type: 'case-study',
    language: 'zh',
    topics: ['platform', 'sql'],
    access: ['free'],
    published: '2020-03',
    writtenFor: {version: '1.9', inferred: true},
    validity: 'api-changed',
    changes: '平台架构思路仍可参考；作业提交方式与 SQL 语法以 1.x 为准，2.x 已移除 per-job 模式。',
    summary: '贝壳找房分享其基于 Flink 的实时计算平台如何一步步建起来，涉及作业开发、平台化管理和运维监控等方面。',
    notes: ['/docs/practice/beike'],
    link: {status: 'unknown', lastChecked: null},
  },
];
