/**
 * The learning path (学习路线): ordered steps from first contact to
 * production practice. Each item points at a catalog entry (`resource`: its
 * id in resources.ts), a hub note (`note`: its path under /docs) or a lab
 * (`lab`: its id in src/labs/catalog.ts), says why to read or try it at this
 * point, and roughly how long it takes.
 *
 * Item ids are stored in readers' browsers as their progress: never rename
 * one; remove an item by deleting it (its stored tick is then ignored).
 */
import type {LabId} from '../labs/catalog';

export type PathTarget = {resource: string} | {note: string} | {lab: LabId};

export interface PathItem {
  id: string;
  target: PathTarget;
  why: string;
  /** Rough reading or watching time in minutes. */
  minutes: number;
}

export interface PathStep {
  id: string;
  title: string;
  goal: string;
  items: PathItem[];
}

export const learningPath: PathStep[] = [
  {
    id: 'start',
    title: '入门',
    goal: '知道 Flink 解决什么问题，能读懂一个最简单的流处理作业。',
    items: [
      {
        id: 'start-intro',
        target: {resource: 'zhisheng-flink-introduction'},
        why: '先用一篇短文建立整体印象：Flink 的定位、架构分层和主要特性。',
        minutes: 20,
      },
      {
        id: 'start-changes',
        target: {note: '/docs/learning-sites/flink-2-changes'},
        why: '后面的资源大多写于 1.x，先知道 2.0 移除了哪些 API，读旧代码时才不会照抄。',
        minutes: 15,
      },
      {
        id: 'start-flink-101',
        target: {resource: 'confluent-flink-101'},
        why: '想先用一门较新的英文视频课建立直觉：有界与无界流、并行度、状态与快照都讲得很直观。',
        minutes: 90,
      },
      {
        id: 'start-course',
        target: {resource: 'flink-training-course'},
        why: '跟着社区的视频课程系统过一遍基础篇，边看边在本地跑例子。',
        minutes: 240,
      },
    ],
  },
  {
    id: 'concepts',
    title: '核心概念',
    goal: '理解作业如何被执行、内存如何被管理，能看懂 Web UI 上的作业图。',
    items: [
      {
        id: 'concepts-job-execution',
        target: {note: '/docs/blogs/job-execution'},
        why: '先看本站笔记里的四层图，再读原文的细节。',
        minutes: 10,
      },
      {
        id: 'concepts-job-execution-article',
        target: {resource: 'infoq-job-execution'},
        why: '跟着原文把 StreamGraph 到部署的每一步对应到源码。',
        minutes: 40,
      },
      {
        id: 'concepts-memory',
        target: {note: '/docs/blogs/memory-management'},
        why: '知道 Flink 为什么自己管理内存，以及今天的内存模型怎么配。',
        minutes: 15,
      },
      {
        id: 'concepts-event-time',
        target: {note: '/docs/blogs/event-time-watermarks'},
        why: '窗口、定时器和大多数 SQL 查询都建立在事件时间和水位线之上，先弄懂「最慢的输入决定进度」。',
        minutes: 35,
      },
      {
        id: 'concepts-sql-changelog',
        target: {note: '/docs/blogs/sql-changelog'},
        why: "写 Flink SQL 迟早会遇到「doesn't support consuming update changes」，这篇讲清动态表和三种 changelog 编码。",
        minutes: 35,
      },
      {
        id: 'concepts-manta',
        target: {resource: 'flink-manta-album'},
        why: '挑 SQL 与时间语义相关的几篇读，补上流计算的基本概念。',
        minutes: 60,
      },
    ],
  },
  {
    id: 'state',
    title: '状态与容错',
    goal: '会选状态后端、会配检查点，知道大状态作业的常见坑。',
    items: [
      {
        id: 'state-keyed-vs-operator',
        target: {note: '/docs/blogs/state-keyed-vs-operator'},
        why: '两类状态的区别决定了后面所有的用法。',
        minutes: 15,
      },
      {
        id: 'state-backends',
        target: {note: '/docs/blogs/state-backends'},
        why: '按 2.x 的类名和配置项理解状态后端与 RocksDB 调优。',
        minutes: 25,
      },
      {
        id: 'state-checkpoint-principles',
        target: {note: '/docs/source-analysis/checkpoint-principles'},
        why: '屏障、对齐与非对齐，是排查检查点问题的基础。',
        minutes: 20,
      },
      {
        id: 'state-barriers-lab',
        target: {lab: 'barriers'},
        why: '读完原理，亲手单步走一遍：对齐时哪条通道被阻塞，未对齐时快照多存了哪些在途数据，对齐超时何时切换。',
        minutes: 15,
      },
      {
        id: 'state-practices',
        target: {note: '/docs/blogs/state-practices'},
        why: '把前面的原理落到配置：TTL、清空状态、检查点间隔与超时。',
        minutes: 20,
      },
      {
        id: 'state-savepoints',
        target: {note: '/docs/blogs/savepoints-and-upgrades'},
        why: '改代码、调并行度、升级版本都要带着状态重启：uid、最大并行度和恢复模式决定了能不能恢复。',
        minutes: 35,
      },
      {
        id: 'state-exactly-once',
        target: {note: '/docs/blogs/end-to-end-exactly-once'},
        why: '检查点只保证 Flink 内部的状态；要让 Kafka 等外部系统也只看到一次，还要配好 Source 和 Sink。',
        minutes: 30,
      },
      {
        id: 'state-best-practices-article',
        target: {resource: 'ververica-state-best-practices'},
        why: '读原文里的生产案例，对照本站笔记看哪些建议在 2.x 上已变化。',
        minutes: 30,
      },
    ],
  },
  {
    id: 'source',
    title: '源码',
    goal: '能顺着源码找到状态、检查点和指标的实现。',
    items: [
      {
        id: 'source-index',
        target: {resource: 'jianshu-flink-series-index'},
        why: '先拿到一张读源码的路线图。',
        minutes: 10,
      },
      {
        id: 'source-state',
        target: {resource: 'aliyun-state-management'},
        why: '从状态管理入手，这是最常被问到的模块。',
        minutes: 40,
      },
      {
        id: 'source-checkpoint',
        target: {resource: 'aliyun-checkpoint-principles'},
        why: '检查点的执行链路，配合本站笔记读。',
        minutes: 40,
      },
      {
        id: 'source-backpressure',
        target: {note: '/docs/source-analysis/backpressure'},
        why: '从基于信用的流控理解反压从哪里来，学会在 Web UI 和指标里找到真正慢的算子。',
        minutes: 30,
      },
      {
        id: 'source-forst',
        target: {note: '/docs/source-analysis/forst-async-state'},
        why: 'Flink 2.x 最大的架构变化：存算分离与异步状态，知道它解决什么、还有哪些限制。',
        minutes: 30,
      },
      {
        id: 'source-metrics',
        target: {resource: 'matty-flink-metrics'},
        why: '指标体系是生产排查的眼睛，读完知道每个指标从哪来。',
        minutes: 30,
      },
    ],
  },
  {
    id: 'production',
    title: '生产实践',
    goal: '了解真实公司如何把 Flink 做成平台，以及写入外部系统的注意事项。',
    items: [
      {
        id: 'production-project',
        target: {resource: 'jianshu-scala-project-series'},
        why: '用一个完整的电商项目练手；用 Java DataStream API 和 2.x 的写法重做一遍。',
        minutes: 300,
      },
      {
        id: 'production-canal',
        target: {note: '/docs/blogs/canal-to-hive'},
        why: '数据同步是最常见的落地场景，对比 Canal 方案与 Flink CDC 3.x。',
        minutes: 20,
      },
      {
        id: 'production-file-sink',
        target: {note: '/docs/practice/hive-file-sink'},
        why: '写 Hive 时文件何时可见、如何做到精确一次。',
        minutes: 20,
      },
      {
        id: 'production-clickhouse',
        target: {note: '/docs/practice/clickhouse'},
        why: '写 ClickHouse 时的连接器选择与攒批、幂等。',
        minutes: 15,
      },
      {
        id: 'production-cases',
        target: {note: '/docs/practice/qutoutiao'},
        why: '从一个完整案例看两条写入链路如何配合，再去看其他公司的对比。',
        minutes: 30,
      },
      {
        id: 'production-cases-2022',
        target: {note: '/docs/practice/doordash'},
        why: '再看一个 2022 年以后的案例，对比早年案例，平台化的重心有哪些变化。',
        minutes: 20,
      },
    ],
  },
];
