import {describe, expect, it} from 'vitest';
import {connectorLines} from '../connectorReleases';
import {FLINK_ARTIFACTS} from '../flinkArtifacts.generated';
import {LATEST_FLINK} from '../flinkReleases';

const where = (name: string) => `src/data/connectorReleases.ts › 「${name}」`;

describe('the connector release lines (src/data/connectorReleases.ts)', () => {
  it('names each connector once, and each artifact under one connector only', () => {
    const names = connectorLines.map((line) => line.name);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    const artifacts = connectorLines.flatMap((line) => line.artifacts.map((artifact) => ({artifact, name: line.name})));
    const twice = artifacts.filter((a, i) => artifacts.findIndex((b) => b.artifact === a.artifact) !== i);
    expect(
      twice.map(
        (a) => `${where(a.name)} › artifacts：${a.artifact} 已经出现在另一个连接器下，每个构件只能属于一个连接器`,
      ),
    ).toEqual([]);
  });

  it.each(connectorLines)('$name: artifact ids are connector artifacts, written without a Scala suffix', (line) => {
    for (const artifact of line.artifacts) {
      expect(
        artifact,
        `${where(line.name)} › artifacts：${artifact} 要写成 Maven 上的 artifactId，不带 Scala 后缀（_2.12 会被自动去掉再比较）`,
      ).toMatch(/^flink-(sql-)?connector-[a-z0-9][a-z0-9.-]*[a-z0-9]$/);
      expect(artifact, `${where(line.name)} › artifacts：${artifact} 以 _2.1x 结尾，去掉 Scala 后缀`).not.toMatch(
        /_2\.1\d$/,
      );
    }
  });

  // A connector line claims an artifact for the connector rules; a module that
  // Flink itself still publishes must be left to the artifact lists.
  it.each(connectorLines)('$name: claims no module the latest Flink release publishes itself', (line) => {
    const core = new Set(FLINK_ARTIFACTS[LATEST_FLINK].map((artifact) => artifact.replace(/_2\.12$/, '')));
    const shadowed = line.artifacts.filter((artifact) => core.has(artifact));
    expect(shadowed, `${where(line.name)} › artifacts：Flink ${LATEST_FLINK} 自己发布这些构件，不是外置连接器`).toEqual(
      [],
    );
  });

  it.each(connectorLines)('$name: first2x is a release line or null, and the advice says what to use', (line) => {
    if (line.first2x !== null) {
      expect(line.first2x, `${where(line.name)} › first2x：写成 4.0 这样的主次版本号，或 null`).toMatch(/^\d+\.\d+$/);
    }
    expect(line.advice.length, `${where(line.name)} › advice：用一句话写清 2.x 上该用什么`).toBeGreaterThan(10);
  });

  // Only what the connector's own repository says at a release tag is data here.
  it.each(connectorLines)("$name: cites a file in the connector's own repository at a release tag", (line) => {
    const {url, title} = line.source;
    const match = /^https:\/\/github\.com\/apache\/(flink-connector-[a-z]+)\/blob\/v(\d+)\.(\d+)\.\d+\/.+/.exec(url);
    expect(
      match,
      `${where(line.name)} › source.url：请引用连接器仓库在发布标签上的文件，如 https://github.com/apache/flink-connector-jdbc/blob/v4.0.0/pom.xml`,
    ).not.toBeNull();
    expect(title, `${where(line.name)} › source.title：写明是哪个仓库`).toContain(`apache/${match![1]}`);
    // The first 2.x line rests on that line's own tag or a later one.
    if (line.first2x !== null) {
      const [major, minor] = line.first2x.split('.').map(Number);
      const tag = [Number(match![2]), Number(match![3])];
      expect(
        tag[0] > major || (tag[0] === major && tag[1] >= minor),
        `${where(line.name)} › source：first2x 是 ${line.first2x}，引用的标签 v${tag.join('.')} 比它还早，证明不了 ${line.first2x} 支持 2.x`,
      ).toBe(true);
    }
  });
});
