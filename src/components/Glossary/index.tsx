import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {glossary} from '@site/src/data/glossary';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import styles from './styles.module.css';

function Term({id, zh, en, definition, note, aliases = [], variants = [], zhDocs, hubTerm}: (typeof glossary)[number]) {
  // Registers the entry's id as an anchor, so that a link to
  // /docs/glossary#<id> from a note is checked by onBrokenAnchors.
  useBrokenLinks().collectAnchor(id);
  const noteTitle = useNoteTitle();
  const otherNames = [...variants, ...aliases];
  return (
    <div className={styles.term} id={id}>
      <dt>
        <span className={styles.zh}>{zh}</span>
        {en !== zh && <span className={styles.en}> {en}</span>}
        {hubTerm && <span className={styles.hub}>（官方中文文档没有中文译名，此为本站译名）</span>}
      </dt>
      <dd>
        {definition}
        {otherNames.length > 0 && <span className={styles.aka}>也写作：{otherNames.join('、')}。</span>}
        {zhDocs && <span className={styles.zhDocs}>译法：{zhDocs}</span>}
        <Link to={note} className={styles.more}>
          详见「{noteTitle(note)}」
        </Link>
      </dd>
    </div>
  );
}

/** The glossary, rendered from src/data/glossary.ts. */
export default function Glossary() {
  return (
    <dl className={styles.glossary}>
      {glossary.map((term) => (
        <Term key={term.id} {...term} />
      ))}
    </dl>
  );
}
