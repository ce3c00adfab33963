/**
 * Build files (pom.xml, build.gradle, build.gradle.kts): the things that
 * stop a 1.x project from building on 2.x. Maven and Gradle files are read
 * with patterns rather than parsed: readers paste fragments, and only a few
 * elements matter (dependencies of group org.apache.flink, the Flink version,
 * the Java release), each found where it is written so the report can point
 * at the line.
 */
import {connectorLines} from '../data/connectorReleases';
import {FLINK_ARTIFACTS} from '../data/flinkArtifacts.generated';
import {FLINK_COMMITS} from '../data/flinkConfig.generated';
import {LATEST_FLINK, parseMinor} from '../data/flinkReleases';
import type {Verdict} from './verdicts';

type Hit = {index: number; length: number; verdict: Verdict};

const RELEASE_NOTES = (version: string, anchor = '') => ({
  title: `Flink ${version} 发布说明`,
  url: `https://github.com/apache/flink/blob/${FLINK_COMMITS[LATEST_FLINK]}/docs/content/release-notes/flink-${version}.md${anchor}`,
});

const LATEST_ARTIFACTS = new Set(FLINK_ARTIFACTS[LATEST_FLINK]);
const OLDER_RELEASES = Object.keys(FLINK_ARTIFACTS).filter((version) => version !== LATEST_FLINK);
const firstWith = (artifact: string) =>
  Object.keys(FLINK_ARTIFACTS).find((version) => FLINK_ARTIFACTS[version].includes(artifact));
const lastWith = (artifact: string) =>
  OLDER_RELEASES.filter((version) => FLINK_ARTIFACTS[version].includes(artifact)).at(-1);
const nextAfter = (version: string) => {
  const all = Object.keys(FLINK_ARTIFACTS);
  return all[all.indexOf(version) + 1];
};

// What replaces an artifact that is gone, where the release notes say.
const REMOVED_ARTIFACT_ADVICE: Record<string, string> = {
  'flink-java':
    'DataSet API 已在 2.0 移除：DataStream 作业依赖 `flink-streaming-java`，Table 作业依赖 `flink-table-api-java-bridge`',
  'flink-scala_2.12': 'Scala API 已在 2.0 移除：改用 Java API（`flink-streaming-java`）',
  'flink-streaming-scala_2.12': 'Scala DataStream API 已在 2.0 移除：改用 `flink-streaming-java`',
  'flink-cep-scala_2.12': 'Scala API 已在 2.0 移除：改用 `flink-cep`',
  'flink-optimizer': 'DataSet 的优化器随 DataSet API 在 2.0 移除，删掉这个依赖',
};

function artifactVerdict(artifact: string, version: string | undefined): Verdict | undefined {
  const connector = connectorLines.find((line) => line.artifacts.some((name) => artifact === name));
  if (connector) {
    // 3.4.0-1.20 (externalized, built for 1.20) or 1.17.1 (shipped with Flink 1.17).
    const flinkMinor = /-(\d+\.\d+)$/.exec(version ?? '')?.[1] ?? /^(1\.\d+)\.\d+$/.exec(version ?? '')?.[1];
    const for1x = flinkMinor?.startsWith('1.');
    if (!for1x && connector.first2x) return undefined;
    return {
      rule: `build:connector:${artifact}`,
      severity: 'breaks',
      title: `\`${artifact}${version ? `:${version}` : ''}\``,
      status: connector.first2x
        ? `为 Flink ${flinkMinor ?? '1.x'} 构建，不能用于 2.x`
        : `${connector.name}还没有支持 Flink 2.x 的版本`,
      replacement: connector.first2x
        ? `换成 ${connector.name} ${connector.first2x} 起、为 Flink 2.x 构建的版本：${connector.advice}`
        : connector.advice,
      source: connector.source,
    };
  }
  if (LATEST_ARTIFACTS.has(artifact) || !OLDER_RELEASES.some((v) => FLINK_ARTIFACTS[v].includes(artifact))) {
    return undefined;
  }
  const unsuffixed = artifact.replace(/_2\.1[12]$/, '');
  if (unsuffixed !== artifact && LATEST_ARTIFACTS.has(unsuffixed)) {
    const since = firstWith(unsuffixed);
    return {
      rule: `build:scala-suffix:${artifact}`,
      severity: 'breaks',
      title: `\`${artifact}\``,
      status: `${since} 起没有 Scala 后缀的构件名`,
      replacement: `\`${unsuffixed}\`（去掉 Scala 后缀）`,
      source: RELEASE_NOTES(
        since === '1.17' ? '1.15' : since!,
        since === '1.17' ? '#add-support-for-opting-out-of-scala' : '',
      ),
    };
  }
  const last = lastWith(artifact)!;
  const removedIn = nextAfter(last);
  return {
    rule: `build:removed:${artifact}`,
    severity: 'breaks',
    title: `\`${artifact}\``,
    status: `${removedIn} 起不再发布`,
    removedIn,
    replacement: REMOVED_ARTIFACT_ADVICE[artifact] ?? `${LATEST_FLINK} 没有这个构件：按发布说明换成对应的新模块`,
    source: RELEASE_NOTES(removedIn === '2.0' ? '2.0' : removedIn),
  };
}

function flinkVersionVerdict(version: string): Verdict | undefined {
  const minor = parseMinor(version.split('.').slice(0, 2).join('.'));
  if (!minor || minor[0] >= 2) return undefined;
  return {
    rule: 'build:flink-version',
    severity: 'info',
    title: `Flink ${version}`,
    status: '项目仍依赖 Flink 1.x',
    replacement: `把版本改成 ${LATEST_FLINK}.0 这样的 2.x 版本；本报告里标为「会出错」的地方到那时会无法编译或运行`,
    source: RELEASE_NOTES('2.0', '#highlight-breaking-changes'),
  };
}

function javaVerdict(release: string): Verdict | undefined {
  const major = Number(release.replace(/^1\./, ''));
  if (!Number.isFinite(major) || major >= 11) return undefined;
  return {
    rule: 'build:java-version',
    severity: 'breaks',
    title: `Java ${release}`,
    status: '2.0 起不再支持 Java 8，最低 Java 11',
    removedIn: '2.0',
    replacement: '编译目标改为 11 或更高（2.x 默认并推荐 Java 17，也支持 Java 21）',
    source: RELEASE_NOTES('2.0', '#java-supports'),
  };
}

function resolveProperties(text: string): Map<string, string> {
  const properties = new Map<string, string>();
  const block = /<properties>([\s\S]*?)<\/properties>/.exec(text)?.[1] ?? '';
  for (const m of block.matchAll(/<([\w.-]+)>\s*([^<]*?)\s*<\/\1>/g)) properties.set(m[1], m[2]);
  return properties;
}

const resolve = (value: string, properties: Map<string, string>) =>
  value.replace(/\$\{([\w.-]+)\}/g, (whole, name: string) => properties.get(name) ?? whole);

function checkPom(text: string): Hit[] {
  const hits: Hit[] = [];
  const properties = resolveProperties(text);
  for (const m of text.matchAll(/<dependency>([\s\S]*?)<\/dependency>/g)) {
    const body = m[1];
    if (!/<groupId>\s*org\.apache\.flink\s*<\/groupId>/.test(body)) continue;
    const artifactMatch = /<artifactId>\s*([^<]+?)\s*<\/artifactId>/.exec(body);
    if (!artifactMatch) continue;
    const artifact = resolve(artifactMatch[1], properties);
    const version = /<version>\s*([^<]+?)\s*<\/version>/.exec(body)?.[1];
    const verdict = artifactVerdict(artifact, version && resolve(version, properties));
    if (verdict) {
      const index = m.index + m[0].indexOf(artifactMatch[0]) + artifactMatch[0].indexOf(artifactMatch[1]);
      hits.push({index, length: artifactMatch[1].length, verdict});
    }
  }
  for (const m of text.matchAll(/<(flink\.version|flink-version|flinkVersion)>\s*([^<]+?)\s*<\/\1>/g)) {
    const verdict = flinkVersionVerdict(m[2]);
    if (verdict) hits.push({index: m.index + m[0].indexOf(m[2]), length: m[2].length, verdict});
  }
  const javaTags =
    /<(maven\.compiler\.(?:source|target|release)|java\.version|source|target|release)>\s*(1\.[5-8]|[5-9]|10)\s*<\/\1>/g;
  for (const m of text.matchAll(javaTags)) {
    const verdict = javaVerdict(resolve(m[2], properties));
    if (verdict) hits.push({index: m.index + m[0].indexOf(m[2], m[1].length + 2), length: m[2].length, verdict});
  }
  return hits;
}

function checkGradle(text: string): Hit[] {
  const hits: Hit[] = [];
  const variables = new Map<string, string>();
  for (const m of text.matchAll(/(?:^|\s)(?:val\s+|def\s+|ext\.)?(\w+)\s*=\s*["']([^"']+)["']/gm))
    variables.set(m[1], m[2]);
  const resolveGradle = (value: string) =>
    value.replace(/\$\{?(?:project\.|rootProject\.)?(\w+)\}?/g, (whole, name: string) => variables.get(name) ?? whole);
  const dependency = /["']org\.apache\.flink:([^:"'\s]+)(?::([^"'\s]+))?["']/g;
  for (const m of text.matchAll(dependency)) {
    const artifact = resolveGradle(m[1]);
    const verdict = artifactVerdict(artifact, m[2] && resolveGradle(m[2]));
    if (verdict) hits.push({index: m.index + 1 + 'org.apache.flink:'.length, length: m[1].length, verdict});
  }
  const mapNotation =
    /group\s*[:=]\s*["']org\.apache\.flink["']\s*,\s*name\s*[:=]\s*["']([^"']+)["'](?:\s*,\s*version\s*[:=]\s*["']([^"']+)["'])?/g;
  for (const m of text.matchAll(mapNotation)) {
    const verdict = artifactVerdict(resolveGradle(m[1]), m[2] && resolveGradle(m[2]));
    if (verdict) hits.push({index: m.index + m[0].indexOf(m[1]), length: m[1].length, verdict});
  }
  for (const m of text.matchAll(/\bflink_?[vV]ersion\s*=\s*["']([\d.]+)["']/g)) {
    const verdict = flinkVersionVerdict(m[1]);
    if (verdict) hits.push({index: m.index + m[0].lastIndexOf(m[1]), length: m[1].length, verdict});
  }
  const java = [
    /\b(?:source|target)Compatibility\s*=\s*(?:JavaVersion\.VERSION_)?["']?(1[._]?[5-8]|[5-9]|10)\b/g,
    /\bJavaVersion\.VERSION_(1_[5-8]|[5-9]|10)\b/g,
    /\bjvmToolchain\(\s*([5-9]|10)\s*\)/g,
    /\bJavaLanguageVersion\.of\(\s*([5-9]|10)\s*\)/g,
    /\bjvmTarget\s*=\s*["'](1\.[5-8]|[5-9]|10)["']/g,
    /\boptions\.release\s*(?:=|\.set\()\s*([5-9]|10)\b/g,
  ];
  const seen = new Set<number>();
  for (const pattern of java) {
    for (const m of text.matchAll(pattern)) {
      const index = m.index + m[0].lastIndexOf(m[1]);
      if (seen.has(index)) continue;
      seen.add(index);
      const verdict = javaVerdict(m[1].replace('_', '.'));
      if (verdict) hits.push({index, length: m[1].length, verdict});
    }
  }
  return hits;
}

export function checkBuildFile(text: string, kind: 'pom' | 'gradle'): Hit[] {
  return kind === 'pom' ? checkPom(text) : checkGradle(text);
}
