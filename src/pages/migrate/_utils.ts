/**
 * The /migrate page's logic that needs no React and no browser: which
 * version the reader upgrades from, and how a file's findings are grouped,
 * sorted and filtered for display. Unit-tested in __tests__/utils.test.ts.
 */
import {FLINK_RELEASES, LATEST_FLINK} from '@site/src/data/flinkReleases';
import type {PageResult} from '@site/src/migrate/checkForPage';
import {concernsVersion, countBySeverity, SEVERITY_SHORT_LABELS} from '@site/src/migrate/report';
import type {Finding, Severity} from '@site/src/migrate/types';

export const SEVERITIES: readonly Severity[] = ['breaks', 'warning', 'info'];

const KNOWN = new Set(FLINK_RELEASES.map((release) => release.version));

/** `?from=` in the address: a release, `all` (show everything, whatever the stored version), or nothing. */
export type FromParam =
  {kind: 'none'} | {kind: 'all'} | {kind: 'version'; version: string} | {kind: 'invalid'; value: string};

export const FROM_ALL = 'all';

export function parseFromParam(search: string): FromParam {
  const value = new URLSearchParams(search).get('from');
  if (value === null) return {kind: 'none'};
  if (value === FROM_ALL) return {kind: 'all'};
  return KNOWN.has(value) ? {kind: 'version', version: value} : {kind: 'invalid', value};
}

/** The address wins over the stored "my Flink version", so a shared link shows the same report. */
export function effectiveFrom(param: FromParam, stored: string | null): string | null {
  if (param.kind === 'version') return param.version;
  if (param.kind === 'all') return null;
  return stored;
}

/** The query string with `from` set (a release or `all`) or removed (null), other parameters kept. */
export function withFrom(search: string, from: string | null): string {
  const params = new URLSearchParams(search);
  if (from === null) params.delete('from');
  else params.set('from', from);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** One entry of the report: everything a file says about one rule, with every place it occurs. */
export interface FindingGroup {
  rule: string;
  /** The first occurrence: the rule's title, status, replacement and sources are the same for all. */
  first: Finding;
  occurrences: Finding[];
}

const order = (severity: Severity) => SEVERITIES.indexOf(severity);

/** Findings of one file grouped by rule: what breaks first, then deprecations, then notes; each by where it first occurs. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) group.occurrences.push(finding);
    else groups.set(finding.rule, {rule: finding.rule, first: finding, occurrences: [finding]});
  }
  return [...groups.values()].sort(
    (a, b) =>
      order(a.first.severity) - order(b.first.severity) ||
      a.first.line - b.first.line ||
      a.first.column - b.first.column,
  );
}

/** A file's findings that concern a reader coming from `from`, and those that changed at or before it. */
export function splitByVersion(findings: readonly Finding[], from: string | null) {
  const shown: Finding[] = [];
  const hidden: Finding[] = [];
  for (const finding of findings) (concernsVersion(finding, from) ? shown : hidden).push(finding);
  return {shown, hidden};
}

/** Which releases are affected, in words: "2.0–2.3 上都不能用", "2.3 上仍可用". */
export function affectedVersions(finding: Finding): string | undefined {
  if (finding.severity === 'warning') return `${LATEST_FLINK} 上仍可用`;
  if (finding.severity !== 'breaks') return undefined;
  if (!finding.removedIn || finding.removedIn === LATEST_FLINK) return `${LATEST_FLINK} 上不能用`;
  return `${finding.removedIn}–${LATEST_FLINK} 上都不能用`;
}

/** Where a finding is: "第 3 行第 5 列", or the whole file for a finding about the file itself. */
export function position(finding: Finding): string {
  return finding.length === 0 && finding.line === 1 && finding.column === 1
    ? '整个文件'
    : `第 ${finding.line} 行第 ${finding.column} 列`;
}

/** What a check found over all files, for the summary and the announcement. */
export function summarize(results: readonly PageResult[], from: string | null) {
  const reports = results.flatMap((result) => (result.ok ? [result.report] : []));
  const findings = reports.flatMap((report) => report.findings);
  const {shown, hidden} = splitByVersion(findings, from);
  return {
    files: results.length,
    refused: results.length - reports.length,
    counts: countBySeverity(shown),
    hidden: hidden.length,
  };
}

/** The sentence screen readers hear when a check ends: 「检查完成：2 个文件，会出错 3 处，已弃用 1 处，提示 0 处。」 */
export function summarySentence(summary: ReturnType<typeof summarize>, from: string | null): string {
  const counts = SEVERITIES.map((severity) => `${SEVERITY_SHORT_LABELS[severity]} ${summary.counts[severity]} 处`);
  const parts = [`检查完成：${summary.files} 个文件，${counts.join('，')}。`];
  if (summary.refused > 0) parts.push(`${summary.refused} 个文件没能检查，原因见下方。`);
  if (summary.hidden > 0) parts.push(`另有 ${summary.hidden} 处在 ${from} 或更早就已变化，已隐藏。`);
  return parts.join('');
}
