/**
 * Which releases of the connectors that left the main repository work with
 * Flink 2.x, for the migration checker's build-file rules. Each line is read
 * from the connector's own repository at a release tag (its pom's
 * flink.version, or its docs/data compatibility file), cited in `source`.
 *
 * An externalized connector's artifact version names the Flink release it was
 * built for after a dash (3.4.0-1.20): a build file with a 1.x suffix, or a
 * connector version from the days it shipped with Flink (1.17.1), uses a
 * connector built for Flink 1.x.
 */
export interface ConnectorLine {
  /** Name as readers know it. */
  name: string;
  /** Artifact ids (group org.apache.flink), DataStream and SQL variants. */
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
];
