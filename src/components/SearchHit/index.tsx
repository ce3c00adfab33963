import Link from '@docusaurus/Link';
import type {Hit} from '@site/src/search/engine';
import styles from './styles.module.css';

interface Props {
  hit: Hit;
  onOpen?: () => void;
  /** -1 inside the search box's list, where arrow keys move between results instead of Tab. */
  tabIndex?: number;
}

const KIND_LABELS = {
  resource: '资源',
  glossary: '术语',
  change: '2.x 变化',
  config: '配置项',
  question: '自测题',
  lab: '实验',
  tool: '工具',
} as const;

/** One search result: where it is (page › section), and the matched words in context. */
export default function SearchHit({hit, onOpen, tabIndex}: Props) {
  const {record, snippet} = hit;
  return (
    <Link to={record.url} className={styles.hit} onClick={onOpen} tabIndex={tabIndex}>
      <span className={styles.where}>
        {record.kind !== 'doc' && <span className={styles.kind}>{KIND_LABELS[record.kind]}</span>}
        <span className={styles.page}>{record.page}</span>
        {record.section && <span className={styles.section}> › {record.section}</span>}
      </span>
      <span className={styles.snippet}>
        {snippet.map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
      </span>
    </Link>
  );
}
