/**
 * Reads a note's `flink_version`: a short phrase such as `2.0–2.3` or
 * `1.10 起的内存模型，核对至 2.3`. It is read as release numbers and ranges,
 * not as characters: `1.12.3` and `2.0–2.30` both contain "2.3" but name
 * neither release 2.3 nor a range that ends there.
 */

const VERSION = String.raw`\d+(?:\.\d+)+`;
const RANGE = new RegExp(`(${VERSION})\\s*(?:–|—|-|~|～|至)\\s*(${VERSION})`, 'g');

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
  return undefined;
}
