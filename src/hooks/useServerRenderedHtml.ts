import {useId, useState} from 'react';
import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';

/**
 * Lets a static element keep the markup the server rendered instead of
 * being hydrated child by child. Give the element the returned `id`; while
 * the page is being hydrated, `html` is that element's server-rendered
 * content, to pass as `dangerouslySetInnerHTML` (React then creates no
 * component or element for anything inside, and leaves the DOM as it is).
 * When the element is rendered in the browser for the first time (a page
 * reached by client-side navigation, or the hash-router build, whose HTML
 * is empty), no element has the id and `html` is null: render the children.
 *
 * `useId` gives the same id on the server and during hydration, and ids of
 * elements first rendered in the browser have another form, so a page being
 * navigated away from can never lend its markup to the next one.
 */
export function useServerRenderedHtml(): {id: string; html: string | null} {
  const id = useId();
  const [html] = useState(() =>
    ExecutionEnvironment.canUseDOM ? (document.getElementById(id)?.innerHTML ?? null) : null,
  );
  return {id, html};
}
