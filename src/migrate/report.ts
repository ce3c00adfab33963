/**
 * Views of a set of file reports: the findings that matter for the reader's
 * version, counts by severity, and the whole report as Markdown for a ticket
 * or pull request.
 */
import {concernsVersion, LATEST_FLINK} from '../data/flinkReleases';
import {FILE_KIND_LABELS} from './detectKind';
import type {FileReport, Finding, Severity} from './types';

// Lives with the releases, so the 2.x changes table can use it without pulling the
// checker into docs pages; re-exported for the checker's own callers.
export {concernsVersion};

export const SEVERITY_LABELS: Record<Severity, string> = {
  breaks: `会出错（${LATEST_FLINK} 上无法编译、运行或被忽略）`,
  warning: `仍可用但已弃用（${LATEST_FLINK} 上照常工作）`,
  info: '值得知道',
};

/** The same, as a word beside each finding. */
export const SEVERITY_SHORT_LABELS: Record<Severity, string> = {breaks: '会出错', warning: '已弃用', info: '提示'};

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = {breaks: 0, warning: 0, info: 0};
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

const plain = (text: string) => text.replace(/\s*\n\s*/g, ' ');

export function toMarkdown(reports: readonly FileReport[], from: string | null): string {
  const shown = reports.map((report) => ({
    ...report,
    findings: report.findings.filter((f) => concernsVersion(f, from)),
  }));
  const counts = countBySeverity(shown.flatMap((report) => report.findings));
  const lines = [
    `## Flink ${from ? `${from} → ` : ''}${LATEST_FLINK} 迁移检查`,
    '',
    `会出错 ${counts.breaks} 处，已弃用 ${counts.warning} 处，值得知道 ${counts.info} 处（${shown.length} 个文件）。`,
  ];
  for (const report of shown) {
    lines.push('', `### ${report.name}（${FILE_KIND_LABELS[report.kind]}）`, '');
    for (const problem of report.problems) lines.push(`- ⚠️ ${plain(problem)}`);
    if (report.findings.length === 0 && report.problems.length === 0) lines.push('- 没有发现问题。');
    for (const finding of report.findings) {
      lines.push(
        `- **${SEVERITY_SHORT_LABELS[finding.severity]}** 第 ${finding.line} 行第 ${finding.column} 列：${plain(finding.title)}（${plain(finding.status)}）。` +
          `改为：${plain(finding.replacement)}。依据：[${finding.source.title}](${finding.source.url})`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
