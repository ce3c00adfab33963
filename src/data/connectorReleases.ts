/**
 * Which releases of the connectors that left the main repository work with
 * Flink 2.x, for the migration checker's build-file rules. Each line is read
 * from the connector's own repository at its release tags (the pom's
 * flink.version, the CI workflow's Flink versions, the docs/data
 * compatibility file where there is one), and cites the tag it rests on.
 * Only what those files say is written here: a connector whose newest tag
 * is built for 1.x has `first2x: null`, whatever its main branch is doing.
 *
 * An externalized connector's artifact version names the Flink release it was
 * built for after a dash (3.4.0-1.20): a build file with a 1.x suffix, or a
 * connector version from the days it shipped with Flink (1.17.1), uses a
 * connector built for Flink 1.x. Artifact ids are written without a Scala
 * suffix; a build file's flink-connector-cassandra_2.12 is matched as
 * flink-connector-cassandra.
 *
 * Read in December 2026 from the apache/flink-connector-* repositories, up
 * to these tags: Kafka v5.0.0, JDBC v4.1.0, Elasticsearch v4.0.0, AWS v6.0.0,
 * HBase v4.0.0, Pulsar v4.1.0, MongoDB v2.0.0, OpenSearch v2.0.0,
 * RabbitMQ v3.0.1, Cassandra v3.2.0, Prometheus v1.0.0, Hive v3.0.0.
 */
export interface ConnectorLine {
  /** Name as readers know it. */
  name: string;
  /** Artifact ids (group org.apache.flink) without a Scala suffix, DataStream and SQL variants. */
  artifacts: string[];
  /** The first release line that supports Flink 2.x, or null when none has been released. */
  first2x: string | null;
  /** What the reader should use on 2.x, in one sentence. */
  advice: string;
  source: {title: string; url: string};
}

export const connectorLines: ConnectorLine[] = [
  {
    name: 'Kafka 连接器',
    artifacts: ['flink-connector-kafka', 'flink-sql-connector-kafka'],
    first2x: '4.0',
    advice:
      '3.x 都是为 Flink 1.x 构建的（3.4.0 基于 1.20.0）；4.0.x 对应 Flink 2.0，5.0.0 基于 Flink 2.1.0 构建、CI 测试 2.1 与 2.2。4.0 起只有 KafkaSource / KafkaSink',
    source: {
      title: 'apache/flink-connector-kafka：v3.4.0 与 v5.0.0 的 pom.xml（flink.version）',
      url: 'https://github.com/apache/flink-connector-kafka/blob/v5.0.0/pom.xml',
    },
  },
  {
    name: 'Hive 连接器',
    artifacts: [
      'flink-connector-hive',
      'flink-sql-connector-hive-2.3.10',
      'flink-sql-connector-hive-3.1.3',
      'flink-sql-connector-hive-2.3.9',
    ],
    first2x: null,
    advice:
      '最新的 3.0.0 基于 Flink 1.20.0 构建，还没有支持 Flink 2.x 的版本；本站的 Canal 同步笔记讲了 2.x 上的替代路径',
    source: {
      title: 'apache/flink-connector-hive：v3.0.0 的 pom.xml',
      url: 'https://github.com/apache/flink-connector-hive/blob/v3.0.0/pom.xml',
    },
  },
  {
    name: 'JDBC 连接器',
    artifacts: [
      'flink-connector-jdbc',
      'flink-connector-jdbc-core',
      'flink-connector-jdbc-mysql',
      'flink-connector-jdbc-postgres',
      'flink-connector-jdbc-oracle',
      'flink-connector-jdbc-sqlserver',
      'flink-connector-jdbc-db2',
      'flink-connector-jdbc-trino',
      'flink-connector-jdbc-cratedb',
      'flink-connector-jdbc-oceanbase',
    ],
    first2x: '4.0',
    advice:
      '3.x 都是为 Flink 1.x 构建的（3.3.0、3.4.0 基于 1.20.0）；4.0.0 基于 Flink 2.0.0 构建，4.1.0 的兼容表写 2.1、2.2。4.0 起不再有 `flink-connector-jdbc` 这个构件，改为 `flink-connector-jdbc-core` 加所用数据库的模块（如 `flink-connector-jdbc-mysql`）',
    source: {
      title:
        'apache/flink-connector-jdbc：v4.0.0 的 pom.xml（flink.version 2.0.0、模块列表），v4.1.0 的 docs/data/jdbc.yml',
      url: 'https://github.com/apache/flink-connector-jdbc/blob/v4.0.0/pom.xml',
    },
  },
  {
    name: 'Elasticsearch 连接器',
    artifacts: [
      'flink-connector-elasticsearch6',
      'flink-connector-elasticsearch7',
      'flink-connector-elasticsearch8',
      'flink-sql-connector-elasticsearch6',
      'flink-sql-connector-elasticsearch7',
      'flink-connector-elasticsearch-base',
    ],
    first2x: '4.0',
    advice: '3.x 是为 Flink 1.x 构建的（3.1.0 基于 1.18.0）；4.0.0 基于 Flink 2.0.0 构建',
    source: {
      title: 'apache/flink-connector-elasticsearch：v3.1.0 与 v4.0.0 的 pom.xml（flink.version）',
      url: 'https://github.com/apache/flink-connector-elasticsearch/blob/v4.0.0/pom.xml',
    },
  },
  {
    name: 'AWS 连接器（Kinesis Data Streams、Firehose、DynamoDB、SQS）',
    artifacts: [
      'flink-connector-aws-kinesis-streams',
      'flink-sql-connector-aws-kinesis-streams',
      'flink-connector-aws-kinesis-firehose',
      'flink-sql-connector-aws-kinesis-firehose',
      'flink-connector-dynamodb',
      'flink-sql-connector-dynamodb',
      'flink-connector-sqs',
    ],
    first2x: '6.0',
    advice: '5.x 是为 Flink 1.x 构建的（5.1.0 基于 1.20.3）；6.0.0 基于 Flink 2.0.0 构建',
    source: {
      title: 'apache/flink-connector-aws：v5.1.0 与 v6.0.0 的 pom.xml（flink.version）',
      url: 'https://github.com/apache/flink-connector-aws/blob/v6.0.0/pom.xml',
    },
  },
  {
    name: 'Kinesis 旧连接器（FlinkKinesisConsumer）',
    artifacts: ['flink-connector-kinesis', 'flink-sql-connector-kinesis'],
    first2x: null,
    advice:
      'AWS 连接器 6.0.0（第一个支持 Flink 2.x 的版本）不再包含这个模块；2.x 上改用 `flink-connector-aws-kinesis-streams` 的 `KinesisStreamsSource` 与 `KinesisStreamsSink`',
    source: {
      title:
        'apache/flink-connector-aws：v6.0.0 的 flink-connector-aws/pom.xml（模块列表里已没有 flink-connector-kinesis）',
      url: 'https://github.com/apache/flink-connector-aws/blob/v6.0.0/flink-connector-aws/pom.xml',
    },
  },
  {
    name: 'HBase 连接器',
    artifacts: [
      'flink-connector-hbase-2.2',
      'flink-sql-connector-hbase-2.2',
      'flink-connector-hbase-1.4',
      'flink-sql-connector-hbase-1.4',
      'flink-connector-hbase-base',
    ],
    first2x: null,
    advice: '最新的 4.0.0 基于 Flink 1.18.1 构建（CI 测试 1.18、1.19），还没有支持 Flink 2.x 的版本',
    source: {
      title: 'apache/flink-connector-hbase：v4.0.0 的 pom.xml 与 CI 配置',
      url: 'https://github.com/apache/flink-connector-hbase/blob/v4.0.0/pom.xml',
    },
  },
  {
    name: 'Pulsar 连接器',
    artifacts: ['flink-connector-pulsar', 'flink-sql-connector-pulsar'],
    first2x: null,
    advice: '最新的 4.1.0 基于 Flink 1.18.0 构建，兼容表写 1.17、1.18，还没有支持 Flink 2.x 的版本',
    source: {
      title: 'apache/flink-connector-pulsar：v4.1.0 的 pom.xml 与 docs/data/pulsar.yml',
      url: 'https://github.com/apache/flink-connector-pulsar/blob/v4.1.0/docs/data/pulsar.yml',
    },
  },
  {
    name: 'MongoDB 连接器',
    artifacts: ['flink-connector-mongodb', 'flink-sql-connector-mongodb'],
    first2x: null,
    advice:
      '最新的 2.0.0 基于 Flink 1.20.0 构建（CI 测试 1.19、1.20），还没有支持 Flink 2.x 的版本；连接器的「2.0」是它自己的版本号，不是 Flink 2.x',
    source: {
      title: 'apache/flink-connector-mongodb：v2.0.0 的 pom.xml 与 CI 配置',
      url: 'https://github.com/apache/flink-connector-mongodb/blob/v2.0.0/pom.xml',
    },
  },
  {
    name: 'OpenSearch 连接器',
    artifacts: [
      'flink-connector-opensearch',
      'flink-sql-connector-opensearch',
      'flink-connector-opensearch2',
      'flink-sql-connector-opensearch2',
      'flink-connector-opensearch-base',
    ],
    first2x: null,
    advice:
      '最新的 2.0.0 基于 Flink 1.18.0 构建（CI 测试 1.18 到 1.20），还没有支持 Flink 2.x 的版本；连接器的「2.0」指它支持 OpenSearch 2，不是 Flink 2.x',
    source: {
      title: 'apache/flink-connector-opensearch：v2.0.0 的 pom.xml 与 CI 配置',
      url: 'https://github.com/apache/flink-connector-opensearch/blob/v2.0.0/pom.xml',
    },
  },
  {
    name: 'RabbitMQ 连接器',
    artifacts: ['flink-connector-rabbitmq', 'flink-sql-connector-rabbitmq'],
    first2x: null,
    advice: '最新的 3.0.1 基于 Flink 1.16.0 构建，还没有支持 Flink 2.x 的版本',
    source: {
      title: 'apache/flink-connector-rabbitmq：v3.0.1 的 pom.xml',
      url: 'https://github.com/apache/flink-connector-rabbitmq/blob/v3.0.1/pom.xml',
    },
  },
  {
    name: 'Cassandra 连接器',
    artifacts: ['flink-connector-cassandra'],
    first2x: null,
    advice: '最新的 3.2.0 基于 Flink 1.18.0 构建，还没有支持 Flink 2.x 的版本',
    source: {
      title: 'apache/flink-connector-cassandra：v3.2.0 的 pom.xml',
      url: 'https://github.com/apache/flink-connector-cassandra/blob/v3.2.0/pom.xml',
    },
  },
  {
    name: 'Prometheus 连接器',
    artifacts: ['flink-connector-prometheus'],
    first2x: null,
    advice: '目前唯一的发布 1.0.0 基于 Flink 1.19.1 构建，还没有支持 Flink 2.x 的版本',
    source: {
      title: 'apache/flink-connector-prometheus：v1.0.0 的 pom.xml',
      url: 'https://github.com/apache/flink-connector-prometheus/blob/v1.0.0/pom.xml',
    },
  },
];
