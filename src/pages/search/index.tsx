import {useSearchQueryString} from '@docusaurus/theme-common';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useEffect, useState} from 'react';
import SearchHit from '@site/src/components/SearchHit';
import type {SearchEngine} from '@site/src/search/engine';
import {loadSearchEngine} from '@site/src/search/loadSearchEngine';
import {useSearch} from '@site/src/search/useSearch';
import styles from './styles.module.css';

const MAX_HITS = 50;

/**
 * The full results page. The query lives in the URL (?q=…), so a results page
 * can be shared, bookmarked and reloaded, in the hosted site and in the copy
 * read from disk (index.html#/search?q=…) alike.
 */
export default function SearchPage() {
  // ?q= of the current address, empty in the static HTML and until hydration;
  // typing replaces it on the page's own path, so the base URL is kept.
  const [query, setQuery] = useSearchQueryString();
  const [engine, setEngine] = useState<SearchEngine | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    loadSearchEngine().then(setEngine, () => setFailed(true));
  }, []);

  const {hits, loose, pending, failed: searchFailed} = useSearch(engine, query, MAX_HITS);

  const status =
    failed || searchFailed
      ? '搜索加载失败，请刷新页面重试。'
      : !engine || (pending && hits.length === 0)
        ? '正在加载搜索…'
        : !query.trim()
          ? '输入关键词开始搜索，中英文均可，例如：状态后端、RocksDB 调优、检查点。'
          : hits.length === 0
            ? `没有找到与「${query}」相关的内容。试试换个说法，或只用一个关键词。`
            : loose
              ? `没有同时含有「${query}」全部关键词的内容，以下 ${hits.length} 条结果只含部分关键词。`
              : `「${query}」共有 ${hits.length} 条结果。`;

  return (
    <Layout title={query ? `搜索：${query}` : '搜索'} description="搜索 Flink 学习导航的笔记和资源。">
      <main className="container margin-vert--lg">
        <Heading as="h1">搜索</Heading>
        <form role="search" className={styles.form} onSubmit={(event) => event.preventDefault()}>
          <label htmlFor="search-page-input" className={styles.label}>
            关键词
          </label>
          <input
            id="search-page-input"
            type="search"
            className={styles.input}
            value={query}
            autoComplete="off"
            onChange={(event) => setQuery(event.target.value)}
          />
        </form>
        <p aria-live="polite" className={styles.status}>
          {status}
        </p>
        <ol className={styles.results}>
          {hits.map((hit) => (
            <li key={hit.record.id}>
              <SearchHit hit={hit} />
            </li>
          ))}
        </ol>
      </main>
    </Layout>
  );
}
