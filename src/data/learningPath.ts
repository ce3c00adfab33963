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
      {
        id: 'start-datastream-tutorial',
        target: {resource: 'flink-docs-datastream-tutorial-zh'},
        why: '亲手写出第一个有状态的作业：官方中文教程的欺诈检测小项目，用到 keyBy、KeyedProcessFunction 和 ValueState，按 2.3 的文档写成。教程输出告警用的是旧的 addSink，自己的作业请改用 sinkTo。',
        minutes: 60,
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
        id: 'concepts-watermark-lab',
        target: {lab: 'watermarks'},
        why: '读完笔记马上动手：自己编几条乱序、迟到的记录，看空闲分片怎样卡住窗口，允许迟到和旁路输出怎样接住迟到数据。',
        minutes: 20,
      },
      {
        id: 'concepts-sql-changelog',
        target: {note: '/docs/blogs/sql-changelog'},
        why: "写 Flink SQL 迟早会遇到「doesn't support consuming update changes」，这篇讲清动态表和三种 changelog 编码。",
        minutes: 35,
      },
      {
        id: 'concepts-sql-building-blocks',
        target: {note: '/docs/blogs/sql-2x-building-blocks'},
        why: '弄懂 changelog 之后，再看 2.x 给 SQL 加了哪些积木：PTF、物化表、模型推理和新的连接算子，以及哪些还是实验性的。',
        minutes: 30,
      },
      {
        id: 'concepts-enrichment',
        target: {note: '/docs/blogs/enrichment'},
        why: '流上的数据几乎都要关联维表：对比异步 I/O、Lookup Join 和事件时间 Temporal Join 关联到的是哪个时刻的值、要等多久、状态放在哪里。',
        minutes: 30,
      },
      {
        id: 'concepts-changelog-lab',
        target: {lab: 'changelog'},
        why: '读完笔记马上动手：改几行输入，看聚合、连接、去重和 Top-N 各输出哪些 -U/+U/-D，哪种结果表会拒绝它们。',
        minutes: 20,
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
        why: '读完原理，亲手单步走一遍：对齐时哪条通道被阻塞，非对齐时快照多存了哪些在途数据，对齐超时何时切换。',
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
        id: 'state-sql-upgrades',
        target: {note: '/docs/blogs/sql-job-upgrades'},
        why: 'SQL 作业的算子由规划器选，换版本或改查询后状态常常对不上：读懂编译计划能保证什么，以及保不住时怎么办。',
        minutes: 30,
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
    goal: '会在 Kubernetes 上部署、升级和扩缩容作业，了解真实公司如何把 Flink 做成平台，以及写入外部系统的注意事项。',
    items: [
      {
        id: 'production-elastic-scaling',
        target: {note: '/docs/source-analysis/elastic-scaling'},
        why: '负载变了怎样改并行度：停止并做保存点再重启、Adaptive 调度器和 Reactive 模式各有什么前提，2.x 又改了哪些配置项。',
        minutes: 30,
      },
      {
        id: 'production-kubernetes-operator',
        target: {note: '/docs/practice/kubernetes-operator'},
        why: '用 Operator 在 Kubernetes 上管理作业：选对升级模式才不丢状态，再弄清 Autoscaler 怎样算并行度、要满足哪些条件。',
        minutes: 40,
      },
      {
        id: 'production-project',
        target: {resource: 'jianshu-scala-project-series'},
        why: '用一个完整的电商项目练手；用 Java DataStream API 和 2.x 的写法重做一遍。',
        minutes: 300,
      },
      {
        id: 'production-testing',
        target: {note: '/docs/blogs/testing'},
        why: '上线前先把作业测起来：函数的单元测试、用测试工具测状态和定时器、用 MiniCluster 跑整个作业，并知道哪些测试 API 升级时可能要改。',
        minutes: 30,
      },
      {
        id: 'production-projects-top-n',
        target: {note: '/docs/blogs/projects-2x-top-n'},
        why: '先对照旧写法与 2.x 写法的替换表，再用滑动窗口和定时器做热门商品 Top-N，并和 SQL 的窗口 Top-N 对照。',
        minutes: 30,
      },
      {
        id: 'production-projects-pv-uv',
        target: {note: '/docs/blogs/projects-2x-pv-uv'},
        why: '用窗口表值函数统计 PV 与 UV，弄清精确去重的状态代价，以及 2.3 的流作业里怎样做近似去重。',
        minutes: 25,
      },
      {
        id: 'production-cep',
        target: {note: '/docs/blogs/cep'},
        why: '登录、超时一类「某事在一段时间内发生或没发生」的需求要用 CEP：读懂模式、超时输出和它保存的状态，再去做下一个项目。',
        minutes: 40,
      },
      {
        id: 'production-projects-login-order',
        target: {note: '/docs/blogs/projects-2x-login-order'},
        why: '同一类需求的两种写法：恶意登录用 CEP，订单超时用定时器，比较事件顺序、输出延迟和状态上的差别。',
        minutes: 25,
      },
      {
        id: 'production-projects-reconciliation',
        target: {note: '/docs/blogs/projects-2x-reconciliation'},
        why: '唯一的双流项目：connect 加定时器拿到对不上的交易，再看区间连接在 DataStream 和 SQL 里能做到什么。',
        minutes: 25,
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
