import Heading from '@theme/Heading';
import type {PageResult} from '@site/src/migrate/checkForPage';
import {FILE_KIND_LABELS} from '@site/src/migrate/detectKind';
import {countBySeverity, SEVERITY_SHORT_LABELS} from '@site/src/migrate/report';
import type {Severity} from '@site/src/migrate/types';
import {groupFindings, SEVERITIES, splitByVersion} from '../../_utils';
import ConfigConversion from '../ConfigConversion';
import FindingGroup from '../FindingGroup';
import styles from './styles.module.css';

interface Props {
  name: string;
  /** Undefined while the file waits for its turn. */
  result: PageResult | undefined;
  /** Findings older than this release are hidden (null: show all). */
  from: string | null;
  severities: readonly Severity[];
}

/** One file's part of the report: why it could not be checked, or its problems, findings and converted config. */
export default function FileResult({name, result, from, severities}: Props) {
  const heading = (kind: string) => (
    <Heading as="h3" className={styles.name}>
      {name}
      <span className={styles.kind}>{kind}</span>
    </Heading>
  );
  if (!result) {
    return (
      <section className={styles.file} aria-label={name}>
        {heading('等待检查')}
      </section>
    );
  }
  if (!result.ok) {
    return (
      <section className={styles.file} aria-label={name}>
        {heading('没能检查')}
        <p className={styles.refused}>{result.message}</p>
      </section>
    );
  }
  const {report, conversion} = result;
  const {shown, hidden} = splitByVersion(report.findings, from);
  const counts = countBySeverity(shown);
  const groups = groupFindings(shown.filter((finding) => severities.includes(finding.severity)));
  return (
    <section className={styles.file} aria-label={name}>
      {heading(FILE_KIND_LABELS[report.kind])}
      <p className={styles.counts}>
        {SEVERITIES.map((severity) => `${SEVERITY_SHORT_LABELS[severity]} ${counts[severity]} 处`).join(' · ')}
        {hidden.length > 0 && `（另有 ${hidden.length} 处按版本隐藏）`}
      </p>
      {report.problems.length > 0 && (
        <div className={styles.problems}>
          <p>需要留意：</p>
          <ul>
            {report.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
      {groups.map((group) => (
        <FindingGroup key={group.rule} group={group} />
      ))}
      {groups.length === 0 && (
        <p>
          {shown.length > 0
            ? '按现在的筛选没有要显示的问题。'
            : '没有发现检查器认得的问题。这不等于作业一定能在 2.x 上运行：检查器只认得本站整理过的变化，见本页「检查器不知道什么」一节。'}
        </p>
      )}
      {conversion && <ConfigConversion conversion={conversion} />}
    </section>
  );
}
