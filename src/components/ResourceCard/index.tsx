import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import type {Resource} from '@site/src/data/resources';
import {
  ACCESS_LABELS,
  LANGUAGE_LABELS,
  RESOURCE_TYPE_LABELS,
  TOPIC_LABELS,
  VALIDITY_LABELS,
} from '@site/src/data/taxonomy';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {linkStatusNote} from './linkStatus';
import styles from './styles.module.css';

function LinkStatus({resource}: {resource: Resource}) {
  const note = linkStatusNote(resource.link);
  if (!note) return null;
  return (
    <p className={styles.linkStatus}>
      {note.text}
      {note.archiveUrl && (
        <>
          {note.text && ' · '}
          <Link href={note.archiveUrl}>存档副本</Link>
        </>
      )}
    </p>
  );
}

/** Where a reader learns what replaced the APIs a resource uses. */
const CHANGES_NOTE = '/docs/learning-sites/flink-2-changes';

function ValidityBadge({resource}: {resource: Resource}) {
  if (resource.validity === 'current') return <>{VALIDITY_LABELS.current}</>;
  const written = resource.writtenFor ? `写于 Flink ${resource.writtenFor.version}；` : '';
  return (
    <Link to={resource.notes?.[0] ?? CHANGES_NOTE} title="查看现行写法">
      {written}
      {VALIDITY_LABELS[resource.validity]}
    </Link>
  );
}

interface Props {
  resource: Resource;
  /** One level below the heading the cards sit under: h3 in a doc section, h2 straight under a page's h1. */
  headingLevel?: 'h2' | 'h3';
}

// Docusaurus's Link opens the external addresses of a card in a new tab with
// rel="noopener noreferrer".
export default function ResourceCard({resource, headingLevel = 'h3'}: Props) {
  // The card's id is a link target (a case page's summary, search results), so
  // register it for Docusaurus's broken-anchor check.
  useBrokenLinks().collectAnchor(resource.id);
  const noteTitle = useNoteTitle();
  const dead = resource.link.status === 'dead';
  return (
    <article className={styles.card} id={resource.id} aria-labelledby={`${resource.id}-title`}>
      <Heading as={headingLevel} className={styles.title} id={`${resource.id}-title`}>
        <Link href={resource.url}>{resource.title}</Link>
        {dead && <span className={styles.dead}>（原链接已失效）</span>}
      </Heading>
      <p className={styles.byline}>
        {resource.site}
        {resource.published && ` · ${resource.published}`}
        {resource.writtenFor &&
          ` · 写于 Flink ${resource.writtenFor.version}${resource.writtenFor.inferred ? '（按发表时间推断）' : ''}`}
      </p>
      <ul className={styles.badges} aria-label="资源属性">
        <li className={styles.badge}>{RESOURCE_TYPE_LABELS[resource.type]}</li>
        <li className={styles.badge}>{LANGUAGE_LABELS[resource.language]}</li>
        {resource.access.map((access) => (
          <li key={access} className={styles.badge} data-access={access}>
            {ACCESS_LABELS[access]}
          </li>
        ))}
        <li className={styles.badge} data-validity={resource.validity}>
          <ValidityBadge resource={resource} />
        </li>
      </ul>
      <p>{resource.summary}</p>
      {resource.parts && (
        <ol className={styles.parts} aria-label="系列各篇">
          {resource.parts.map((part) => (
            <li key={part.url}>
              <Link href={part.url}>{part.title}</Link>
            </li>
          ))}
        </ol>
      )}
      {resource.changes && (
        <p className={styles.changes}>
          <strong>Flink 2.x 变化：</strong>
          {resource.changes}
        </p>
      )}
      {resource.accessNote && <p className={styles.note}>访问提示：{resource.accessNote}</p>}
      <p className={styles.topics}>主题：{resource.topics.map((topic) => TOPIC_LABELS[topic]).join('、')}</p>
      {resource.notes && (
        <p className={styles.notes}>
          相关笔记：
          {resource.notes.map((path, i) => (
            <span key={path}>
              {i > 0 && '、'}
              <Link to={path}>{noteTitle(path)}</Link>
            </span>
          ))}
        </p>
      )}
      <LinkStatus resource={resource} />
    </article>
  );
}
