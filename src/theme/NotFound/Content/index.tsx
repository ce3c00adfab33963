import Link from '@docusaurus/Link';
import type {WrapperProps} from '@docusaurus/types';
import Heading from '@theme/Heading';
import NotFoundContent from '@theme-original/NotFound/Content';
import type NotFoundContentType from '@theme/NotFound/Content';
import {useState} from 'react';
import {GROUP_INFO, GROUPS} from '@site/src/data/taxonomy';
import {searchPageUrl} from '@site/src/search/loadSearchEngine';
import {useNavigateTo} from '@site/src/utils/useNavigateTo';
import styles from './styles.module.css';

type Props = WrapperProps<typeof NotFoundContentType>;

/**
 * Wrapped, not ejected: the theme's own 404 text (in Chinese from the
 * theme's translations) stays, and below it a search box and the ways back
 * into the site, so a reader who followed a dead link has somewhere to go.
 * The offline copy shows it too, for an unknown #/path.
 */
export default function NotFoundContentWrapper(props: Props) {
  const navigateTo = useNavigateTo();
  const [query, setQuery] = useState('');
  return (
    <>
      <NotFoundContent {...props} />
      <div className="container margin-bottom--xl">
        <div className="row">
          <div className="col col--6 col--offset-3">
            <form
              role="search"
              className={styles.search}
              onSubmit={(event) => {
                event.preventDefault();
                navigateTo(searchPageUrl(query.trim()));
              }}>
              <label htmlFor="not-found-search">在本站搜索你要找的内容</label>
              <div className={styles.row}>
                <input
                  id="not-found-search"
                  type="search"
                  className={styles.input}
                  value={query}
                  placeholder="例如：状态后端、检查点"
                  onChange={(event) => setQuery(event.target.value)}
                />
                <button type="submit" className="button button--primary">
                  搜索
                </button>
              </div>
            </form>
            <nav aria-labelledby="not-found-ways-back">
              <Heading as="h2" id="not-found-ways-back" className={styles.heading}>
                或者从这里继续
              </Heading>
              <ul>
                <li>
                  <Link to="/">首页</Link>
                </li>
                {GROUPS.map((group) => (
                  <li key={group}>
                    <Link to={GROUP_INFO[group].path}>{GROUP_INFO[group].label}</Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </div>
      </div>
    </>
  );
}
