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

// A Scala suffix as build files write it; the artifact lists resolve it to
// _2.12, and Scala 2.11 builds of the same modules (1.14 and older) are the
// same modules.
const SCALA_SUFFIX = /_2\.1[0-3]$/;
const asListed = (artifact: string) => artifact.replace(SCALA_SUFFIX, '_2.12');

// Modules renamed in the oldest release the artifact lists cover (1.14),
// as its release notes list them, which old tutorials still depend on.
const RENAMED_BEFORE_LISTS: Record<string, {to: string; since: string; anchor: string}> = {
  'flink-table-planner-blink': {
    to: 'flink-table-planner',
    since: '1.14',
    anchor: '#remove-the-blink-suffix-from-table-modules',
  },
  'flink-table-runtime-blink': {
    to: 'flink-table-runtime',
    since: '1.14',
    anchor: '#remove-the-blink-suffix-from-table-modules',
  },
};
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

function artifactVerdict(written: string, version: string | undefined): Verdict | undefined {
  const bare = written.replace(SCALA_SUFFIX, '');
  const connector = connectorLines.find((line) => line.artifacts.includes(bare));
  if (connector) {
    // 3.4.0-1.20 (externalized, built for 1.20) or 1.17.1 (shipped with Flink 1.17).
    const flinkMinor = /-(\d+\.\d+)$/.exec(version ?? '')?.[1] ?? /^(1\.\d+)\.\d+$/.exec(version ?? '')?.[1];
    const for1x = flinkMinor?.startsWith('1.');
    if (!for1x && connector.first2x) return undefined;
    return {
      rule: `build:connector:${written}`,
      severity: 'breaks',
      title: `\`${written}${version ? `:${version}` : ''}\``,
      status: connector.first2x
        ? `为 Flink ${flinkMinor ?? '1.x'} 构建，不能用于 2.x`
        : `${connector.name}还没有支持 Flink 2.x 的版本`,
      replacement: connector.first2x
        ? `换成 ${connector.name} ${connector.first2x} 起、为 Flink 2.x 构建的版本：${connector.advice}`
        : connector.advice,
      source: connector.source,
    };
  }
  const renamed = RENAMED_BEFORE_LISTS[bare];
  if (renamed) {
    const today = [renamed.to, `${renamed.to}_2.12`].find((name) => LATEST_ARTIFACTS.has(name)) ?? renamed.to;
    return {
      rule: `build:removed:${written}`,
      severity: 'breaks',
      title: `\`${written}\``,
      status: `${renamed.since} 起改名为 \`${renamed.to}\``,
      removedIn: renamed.since,
      replacement: `\`${today}\`（${LATEST_FLINK} 的构件名）`,
      source: RELEASE_NOTES(renamed.since, renamed.anchor),
    };
  }
  const artifact = asListed(written);
  if (LATEST_ARTIFACTS.has(artifact) || !OLDER_RELEASES.some((v) => FLINK_ARTIFACTS[v].includes(artifact))) {
    return undefined;
  }
  if (bare !== written && LATEST_ARTIFACTS.has(bare)) {
    const since = firstWith(bare);
    return {
      rule: `build:scala-suffix:${written}`,
      severity: 'breaks',
      title: `\`${written}\``,
      status: `${since} 起没有 Scala 后缀的构件名`,
      replacement: `\`${bare}\`（去掉 Scala 后缀）`,
      source: RELEASE_NOTES(
        since === '1.17' ? '1.15' : since!,
        since === '1.17' ? '#add-support-for-opting-out-of-scala' : '',
      ),
    };
  }
  const last = lastWith(artifact)!;
  const removedIn = nextAfter(last);
  return {
    rule: `build:removed:${written}`,
    severity: 'breaks',
    title: `\`${written}\``,
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

interface GradleVariable {
  value: string;
  /** Offset of the value in the text. */
  index: number;
}

// Where Gradle files set a version once: ext { flinkVersion = '1.17.1' },
// def / val flinkVersion = "…", val flinkVersion: String by extra("…"),
// extra["flinkVersion"] = "…", and the [versions] table of a version
// catalog, gradle/libs.versions.toml (a `flink` or `kafka-connector` key).
const GRADLE_VARIABLES = [
  /(?:^|\s)(?:val\s+|var\s+|def\s+|ext\.)?([\w-]+)\s*=\s*(["'])([^"'\n]+)\2/gm,
  /\b(?:val|var)\s+(\w+)\s*(?::\s*\w+\s*)?by\s+extra\(\s*(["'])([^"'\n]+)\2\s*\)/g,
  /\bextra\[\s*"(\w+)"\s*\]\s*=\s*(["'])([^"'\n]+)\2/g,
];

function gradleVariables(text: string): Map<string, GradleVariable> {
  const variables = new Map<string, GradleVariable>();
  for (const pattern of GRADLE_VARIABLES) {
    for (const m of text.matchAll(pattern)) {
      variables.set(m[1], {value: m[3], index: m.index + m[0].lastIndexOf(m[3])});
    }
  }
  return variables;
}

const FLINK_VERSION_NAME = /^flink(?:[-_]?[vV]ersion)?$/;

function checkGradle(text: string): Hit[] {
  const hits: Hit[] = [];
  const variables = gradleVariables(text);
  const resolveGradle = (value: string) =>
    value.replace(
      /\$\{?(?:project\.|rootProject\.)?(\w+)\}?/g,
      (whole, name: string) => variables.get(name)?.value ?? whole,
    );
  // A catalog entry's version: version = "…" or version.ref = "<name in [versions]>".
  const versionOnLine = (from: number) => {
    const line = text.slice(from, text.indexOf('\n', from) === -1 ? text.length : text.indexOf('\n', from));
    const ref = /\bversion\.ref\s*=\s*"([\w.-]+)"/.exec(line)?.[1];
    return ref ? variables.get(ref)?.value : /\bversion\s*=\s*"([^"]+)"/.exec(line)?.[1];
  };
  const dependency = /["']org\.apache\.flink:([^:"'\s]+)(?::([^"'\s]+))?["']/g;
  for (const m of text.matchAll(dependency)) {
    const artifact = resolveGradle(m[1]);
    const version = m[2] ? resolveGradle(m[2]) : versionOnLine(m.index);
    const verdict = artifactVerdict(artifact, version);
    if (verdict) hits.push({index: m.index + 1 + 'org.apache.flink:'.length, length: m[1].length, verdict});
  }
  const mapNotation =
    /group\s*[:=]\s*["']org\.apache\.flink["']\s*,\s*name\s*[:=]\s*["']([^"']+)["'](?:\s*,\s*version\s*[:=]\s*["']?([^"',\s}]+)["']?)?/g;
  for (const m of text.matchAll(mapNotation)) {
    // version: flinkVersion (a Groovy variable) or version: '1.17.1'.
    const version = m[2] && (variables.get(m[2])?.value ?? resolveGradle(m[2]));
    const verdict = artifactVerdict(resolveGradle(m[1]), version ?? versionOnLine(m.index));
    if (verdict) hits.push({index: m.index + m[0].indexOf(m[1]), length: m[1].length, verdict});
  }
  for (const [name, {value, index}] of variables) {
    if (!FLINK_VERSION_NAME.test(name) || !/^[\d.]+$/.test(value)) continue;
    const verdict = flinkVersionVerdict(value);
    if (verdict) hits.push({index, length: value.length, verdict});
  }
  const java = [
    /\b(?:source|target)Compatibility\s*=\s*(?:JavaVersion\.VERSION_)?["']?(1[._]?[5-8]|[5-9]|10)\b/g,
    /\bJavaVersion\.VERSION_(1_[5-8]|[5-9]|10)\b/g,
    /\bjvmToolchain\(\s*([5-9]|10)\s*\)/g,
    /\bJavaLanguageVersion\.of\(\s*([5-9]|10)\s*\)/g,
    /\bjvmTarget\s*=\s*["'](1\.[5-8]|[5-9]|10)["']/g,
    /\bJvmTarget\.JVM_(1_8|9|10)\b/g,
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
