import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import {glossary} from '@site/src/data/glossary';
import {noteTitle} from '@site/src/data/notes';
import styles from './styles.module.css';

function Term({id, zh, en, definition, note}: (typeof glossary)[number]) {
  // Registers the entry's id as an anchor, so that a link to
  // /docs/glossary#<id> from a note is checked by onBrokenAnchors.
  useBrokenLinks().collectAnchor(id);
  return (
    <div className={styles.term} id={id}>
      <dt>
        <span className={styles.zh}>{zh}</span> <span className={styles.en}>{en}</span>
      </dt>
      <dd>
        {definition}
        <Link to={note} className={styles.more}>
          详见「{noteTitle(note.split('#')[0])}」
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
