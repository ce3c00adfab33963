import {lazy, Suspense, useEffect, useId, useRef, useState, type KeyboardEvent} from 'react';
import type {SearchEngine} from '@site/src/search/engine';
import {loadSearchEngine, searchPageUrl} from '@site/src/search/loadSearchEngine';
import {useSearch} from '@site/src/search/useSearch';
import {useNavigateTo} from '@site/src/utils/useNavigateTo';
import styles from './styles.module.css';

const SearchDropdown = lazy(() => import(/* webpackChunkName: "search-dropdown" */ './SearchDropdown'));

const MAX_HITS = 8;

function isTypingTarget(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName));
}

/**
 * The navbar search box. theme-classic ships only an empty placeholder for
 * @theme/SearchBar (search plugins provide their own), so this is a new
 * component rather than a wrapper. It holds no search code: the engine and
 * the index are loaded on first focus (see loadSearchEngine).
 */
export default function SearchBar() {
  const navigateTo = useNavigateTo();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  // The hit the reader chose with the arrow keys; until then the first hit,
  // unless the hits are loose (only some words matched) or stale: then none,
  // and Enter opens the results page rather than a page about something else.
  const [chosen, setChosen] = useState<number | null>(null);
  const {hits, loose, pending, failed: searchFailed} = useSearch(engine, query, MAX_HITS);
  const active = chosen ?? (loose || pending ? -1 : 0);

  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      const shortcut =
        (event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !isTypingTarget(event.target));
      if (shortcut) {
        event.preventDefault();
        inputRef.current?.focus();
      }
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function prepare() {
    setOpen(true);
    if (!engine) {
      loadSearchEngine().then(setEngine, () => setFailed(true));
    }
  }

  function close() {
    setOpen(false);
    setChosen(null);
  }

  function go(sitePath: string) {
    close();
    setQuery('');
    inputRef.current?.blur();
    navigateTo(sitePath);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const from = active === -1 && step === -1 ? 0 : active;
      setChosen((from + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (hits[active]) go(hits[active].record.url);
      else if (query.trim()) go(searchPageUrl(query.trim()));
    } else if (event.key === 'Escape') {
      close();
      inputRef.current?.blur();
    }
  }

  const showList = open && query.trim().length > 0;
  const status =
    failed || searchFailed
      ? '搜索加载失败，请刷新页面重试'
      : !engine || (pending && hits.length === 0)
        ? '正在加载搜索…'
        : hits.length === 0
          ? '没有找到结果'
          : loose
            ? `没有同时含有全部关键词的结果，${hits.length} 条结果只含部分关键词；按回车查看搜索页`
            : `找到 ${hits.length === MAX_HITS ? `至少 ${MAX_HITS}` : hits.length} 条结果，用上下方向键选择`;

  return (
    <div
      className={styles.searchBar}
      role="search"
      onBlur={(event) => !event.currentTarget.contains(event.relatedTarget) && close()}>
      <label htmlFor={`${listId}-input`} className={styles.visuallyHidden}>
        搜索文档与资源
      </label>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        type="search"
        className={styles.input}
        placeholder="搜索"
        autoComplete="off"
        spellCheck={false}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && hits[active] ? `${listId}-${active}` : undefined}
        aria-keyshortcuts="Control+K Meta+K /"
        value={query}
        onFocus={prepare}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen(null);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
      />
      {!query && (
        <kbd className={styles.shortcut} aria-hidden="true">
          Ctrl K
        </kbd>
      )}
      <p className={styles.visuallyHidden} aria-live="polite">
        {showList ? status : ''}
      </p>
      {showList && (
        <Suspense fallback={null}>
          <SearchDropdown
            listId={listId}
            hits={hits}
            active={active}
            query={query}
            loose={loose}
            busy={pending}
            emptyMessage={engine && !pending ? `没有与「${query.trim()}」相关的内容，换个关键词试试。` : status}
            onHover={setChosen}
            onClose={close}
          />
        </Suspense>
      )}
    </div>
  );
}
