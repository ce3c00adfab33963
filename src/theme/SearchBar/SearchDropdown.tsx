import Link from '@docusaurus/Link';
import SearchHit from '@site/src/components/SearchHit';
import type {Hit} from '@site/src/search/engine';
import {searchPageUrl} from '@site/src/search/loadSearchEngine';
import styles from './styles.module.css';

interface Props {
  listId: string;
  hits: Hit[];
  active: number;
  query: string;
  /** The hits share only some words with the query. */
  loose: boolean;
  /** The hits are still those of an earlier query: the index parts for this one are loading. */
  busy: boolean;
  /** Shown when there is no hit: loading, failure, or nothing found. */
  emptyMessage: string;
  onHover: (index: number) => void;
  onClose: () => void;
}

/**
 * The result list under the search box. Loaded with the search engine, on
 * first use, so pages that never search do not carry it.
 */
export default function SearchDropdown({
  listId,
  hits,
  active,
  query,
  loose,
  busy,
  emptyMessage,
  onHover,
  onClose,
}: Props) {
  return (
    <div className={styles.dropdown}>
      {loose && hits.length > 0 && (
        <p className={styles.empty} aria-hidden="true">
          没有同时含有全部关键词的结果，以下只含部分关键词：
        </p>
      )}
      <ul id={listId} role="listbox" aria-label="搜索结果" aria-busy={busy} className={styles.list}>
        {hits.map((hit, i) => (
          <li
            key={hit.record.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? styles.active : undefined}
            onMouseEnter={() => onHover(i)}>
            <SearchHit hit={hit} onOpen={onClose} tabIndex={-1} />
          </li>
        ))}
      </ul>
      {hits.length === 0 && (
        <p className={styles.empty} aria-hidden="true">
          {emptyMessage}
        </p>
      )}
      <Link className={styles.more} to={searchPageUrl(query.trim())} onClick={onClose}>
        在搜索页查看全部结果
      </Link>
    </div>
  );
}
