import {useHistory} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useCallback} from 'react';

/**
 * Opens a site path (`/docs/x#h`, `/search?q=…`) from code, under the site's
 * base URL as `<Link>` does for links: the router itself knows nothing of the
 * base URL, so `history.push('/search')` would leave a site hosted at
 * /REPO/. Not `withBaseUrl()`: under the hash router of the offline build it
 * gives `./search`, which history resolves against the current page; the base
 * URL is always `/` there. theme-common's useSearchLinkCreator builds its
 * links the same way.
 */
export function useNavigateTo(): (sitePath: string) => void {
  const history = useHistory();
  const {
    siteConfig: {baseUrl},
  } = useDocusaurusContext();
  return useCallback(
    (sitePath: string) => history.push(`${baseUrl}${sitePath.replace(/^\//, '')}`),
    [history, baseUrl],
  );
}
