import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import clsx from 'clsx';
import {useState} from 'react';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {SEVERITY_SHORT_LABELS} from '@site/src/migrate/report';
import {withCode} from '@site/src/utils/withCode';
import {affectedVersions, position, type FindingGroup as Group} from '../../_utils';
import styles from './styles.module.css';

// A rule that matched many times shows its first few places; the rest on
// request, a batch at a time, so a file with 1,000 findings renders quickly.
const FIRST_SHOWN = 5;
const MORE_BATCH = 100;

/** One rule a file runs into: what it is, what happened to it, what to write instead, the sources, and where it occurs. */
export default function FindingGroup({group}: {group: Group}) {
  const {first, occurrences} = group;
  const noteTitle = useNoteTitle();
  const [shown, setShown] = useState(FIRST_SHOWN);
  const affected = affectedVersions(first);
  const rest = occurrences.length - shown;
  return (
    <article className={clsx(styles.group, styles[first.severity])}>
      <Heading as="h4" className={styles.title}>
        <span className={styles.badge}>{SEVERITY_SHORT_LABELS[first.severity]}</span> {withCode(first.title)}
      </Heading>
      <p className={styles.status}>
        {withCode(first.status)}
        {affected && `（${affected}）`}
      </p>
      <p>
        <strong>改为：</strong>
        {withCode(first.replacement)}
      </p>
      {first.example && (
        <figure className={styles.example}>
          <figcaption>2.x 的写法（{first.example.lang}）</figcaption>
          {/* Focusable: a long line scrolls sideways, and the keyboard must be able to scroll it. */}
          <pre tabIndex={0}>
            <code>{first.example.code}</code>
          </pre>
        </figure>
      )}
      <p className={styles.links}>
        依据：<Link href={first.source.url}>{first.source.title}</Link>
        {first.note && (
          <>
            ；讲解：<Link to={first.note}>{noteTitle(first.note)}</Link>
          </>
        )}
      </p>
      <p className={styles.count}>出现 {occurrences.length} 处：</p>
      <ol className={styles.places}>
        {occurrences.slice(0, shown).map((finding, index) => (
          <li key={index}>
            <span className={styles.position}>{position(finding)}</span>
            {finding.length > 0 && (
              <code className={styles.excerpt}>
                {finding.excerpt.before}
                <mark>{finding.excerpt.text}</mark>
                {finding.excerpt.after}
              </code>
            )}
          </li>
        ))}
      </ol>
      {rest > 0 && (
        <button
          type="button"
          className="button button--sm button--outline button--secondary"
          onClick={() => setShown(shown + MORE_BATCH)}>
          再显示 {Math.min(rest, MORE_BATCH)} 处（还有 {rest} 处）
        </button>
      )}
    </article>
  );
}
