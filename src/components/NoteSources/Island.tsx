import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {useEffect, useState} from 'react';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import {loadLateFrontMatter} from '@site/src/notes/lateFrontMatter';
import NoteSources, {type NoteSource} from './index';

interface Props {
  /** Site path of the note, without the base URL. */
  notePath: string;
  /** Given on the server only: the browser's copy of the note's metadata has just their number. */
  sources?: NoteSource[];
}

/**
 * The 依据 section without its data in the note's first load: the browser
 * keeps the server's markup as it is (useServerRenderedHtml). Where there is
 * none, on a page reached by client-side navigation or in the offline build,
 * it loads the note's sources and renders them (plugins/notes).
 */
export default function NoteSourcesIsland({notePath, sources}: Props) {
  const {id, html} = useServerRenderedHtml();
  const [loaded, setLoaded] = useState<NoteSource[] | null>(null);

  useEffect(() => {
    if (html !== null) return undefined;
    let cancelled = false;
    loadLateFrontMatter(notePath).then(
      (late) => !cancelled && setLoaded(late.sources),
      // Only the list of sources is missing; the page itself is unaffected.
      () => undefined,
    );
    return () => {
      cancelled = true;
    };
  }, [html, notePath]);

  // Reached at #依据 by client-side navigation: the section did not exist when the router scrolled.
  useEffect(() => {
    if (loaded && decodeURIComponent(window.location.hash) === '#依据') {
      document.getElementById('依据')?.scrollIntoView();
    }
  }, [loaded]);

  if (!ExecutionEnvironment.canUseDOM) {
    return <div id={id}>{sources && <NoteSources sources={sources} />}</div>;
  }
  if (html !== null) return <div id={id} dangerouslySetInnerHTML={{__html: html}} />;
  return <div id={id}>{loaded && <NoteSources sources={loaded} />}</div>;
}
