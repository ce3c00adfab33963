/**
 * Reads a note's `flink_version`: a short phrase such as `2.0–2.3` or
 * `1.10 起的内存模型，核对至 2.3`. It is read as release numbers and ranges,
 * not as characters: `1.12.3` and `2.0–2.30` both contain "2.3" but name
 * neither release 2.3 nor a range that ends there.
 */
import {parseVersionRange, type VersionRange} from '../../src/data/flinkReleases';

const VERSION = String.raw`\d+(?:\.\d+)+`;
const RANGE = new RegExp(`(${VERSION})\\s*(?:–|—|-|~|～|至)\\s*(${VERSION})`, 'g');
const SINCE = new RegExp(`(${VERSION})\\s*起`);
const UNTIL = new RegExp(`至\\s*(${VERSION})`);

type Version = number[];

const parse = (text: string): Version => text.split('.').map(Number);

/** Negative when a is older than b; 2.3 and 2.3.0 are the same release. */
export function compareVersions(a: string, b: string): number {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const difference = (x[i] ?? 0) - (y[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/** What is wrong with the versions a note says it was checked against, or undefined when they reach `latest`. */
export function flinkVersionProblem(value: string, latest: string): string | undefined {
  const example = `例如 2.0–${latest}`;
  // Patch releases belong to their line: 2.3.1 is a 2.3 release.
  const line = (version: string) => version.split('.').slice(0, latest.split('.').length).join('.');
  for (const [range, from, to] of value.matchAll(RANGE)) {
    if (compareVersions(from, to) > 0) return `范围 ${range} 写反了：小的版本在前，${example}`;
    // A range that starts at or before the latest Flink release is a range of Flink releases.
    if (compareVersions(from, latest) <= 0 && compareVersions(line(to), latest) > 0) {
      return `范围 ${range} 的上限 ${to} 比最新的 Flink ${latest} 还新：请写到 ${latest}，${example}`;
    }
  }
  const versions = value.match(new RegExp(VERSION, 'g')) ?? [];
  if (!versions.some((version) => version === latest || version.startsWith(`${latest}.`))) {
    return `没有写到最新的 Flink ${latest}（读到的版本：${versions.join('、') || '无'}）：请对照 ${latest} 的发布说明和文档重新核对本页，再把版本写成例如 2.0–${latest}`;
  }
  // The version badge tells a reader whether the note applies to their version: it must find the range.
  if (!noteVersionRange(value)) {
    return `读不出本页适用的版本范围（读到的版本：${versions.join('、')}）：把范围写在最前面，说明写在后面，例如「2.0–${latest}（旧类名对照覆盖 1.13 起）」；页面上的版本标注按这个范围告诉读者本页是否适用于他选的版本`;
  }
  return undefined;
}

/**
 * The releases a note applies to, as its version badge tells a reader who
 * picked "我的 Flink 版本". In order:
 * - the first range it names: `原文为 1.x；提示按 2.0–2.3 写` and
 *   `2.0–2.3；Kafka 连接器 4.0 起` are 2.0–2.3;
 * - a start and an end written apart: `1.10 起的内存模型，核对至 2.3` is 1.10–2.3;
 * - its only version.
 * Undefined when none of these reads as Flink minor releases (a patch
 * version such as 1.12.3 does not).
 */
export function noteVersionRange(value: string): VersionRange | undefined {
  const range = new RegExp(RANGE.source).exec(value);
  if (range) return parseVersionRange(`${range[1]}–${range[2]}`);
  const since = SINCE.exec(value);
  const until = UNTIL.exec(value);
  if (since && until) return parseVersionRange(`${since[1]}–${until[1]}`);
  const versions = value.match(new RegExp(VERSION, 'g')) ?? [];
  return versions.length === 1 ? parseVersionRange(versions[0]) : undefined;
}
