import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {useEffect, useRef, useState, type ComponentProps, type ComponentType} from 'react';
import ServerSelfCheck from '@hub-notes/self-check-on-server';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import {SELF_CHECK_ANCHOR} from '@site/src/selfCheck/questions';
import {readDraft, restoreFocus, type SelfCheckDraft} from './draft';

type Props = ComponentProps<typeof import('./index').default>;

const loadSelfCheck = () => import('./index');

// Start loading a little before the section scrolls into view.
const ROOT_MARGIN = '400px 0px';

/**
 * The self-check section as an island: a note's first load does not carry
 * its code. The server renders the whole section, every question, answer
 * and explanation, readable without JavaScript. In the browser, the page
 * keeps that markup as it is (useServerRenderedHtml) until the reader nears
 * the section, moves focus or the pointer into it, or opens the page at one
 * of its questions; then the interactive component loads and takes over the
 * same place. A page reached by client-side navigation, or the offline
 * build (no server HTML), loads it at once.
 */
export default function SelfCheckIsland(props: Props) {
  const {id, html} = useServerRenderedHtml();
  const root = useRef<HTMLDivElement>(null);
  const [Live, setLive] = useState<ComponentType<Props> | null>(null);
  const [draft, setDraft] = useState<SelfCheckDraft>();

  useEffect(() => {
    let cancelled = false;
    const load = () => {
      loadSelfCheck().then(
        (module) => {
          if (cancelled) return;
          // The reader may already have ticked or typed in the server markup the live component replaces.
          if (root.current) setDraft(readDraft(root.current, document.activeElement));
          setLive(() => module.default);
        },
        // The server markup stays: questions and answers remain readable, only checking is lost.
        () => undefined,
      );
    };
    const element = root.current;
    const targetsQuestion = decodeURIComponent(window.location.hash).startsWith(`#${SELF_CHECK_ANCHOR}`);
    if (html === null || targetsQuestion || !element || typeof IntersectionObserver === 'undefined') {
      load();
      return () => {
        cancelled = true;
      };
    }
    const start = () => {
      observer.disconnect();
      element.removeEventListener('focusin', start);
      element.removeEventListener('pointerdown', start);
      load();
    };
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && start(), {
      rootMargin: ROOT_MARGIN,
    });
    observer.observe(element);
    element.addEventListener('focusin', start);
    element.addEventListener('pointerdown', start);
    return () => {
      cancelled = true;
      observer.disconnect();
      element.removeEventListener('focusin', start);
      element.removeEventListener('pointerdown', start);
    };
  }, [html]);

  useEffect(() => {
    if (Live && root.current) restoreFocus(root.current, draft?.focus ?? null);
  }, [Live, draft]);

  // A page reached by client-side navigation at one of the questions scrolled
  // before the section existed: scroll once it does.
  useEffect(() => {
    if (!Live || html !== null) return;
    const target = decodeURIComponent(window.location.hash).slice(1);
    if (target.startsWith(SELF_CHECK_ANCHOR)) document.getElementById(target)?.scrollIntoView();
  }, [Live, html]);

  if (!ExecutionEnvironment.canUseDOM) {
    return (
      <div id={id}>
        <ServerSelfCheck {...props} />
      </div>
    );
  }
  if (Live) {
    return (
      <div id={id} ref={root}>
        <Live {...props} draft={draft} />
      </div>
    );
  }
  return <div id={id} ref={root} dangerouslySetInnerHTML={html === null ? undefined : {__html: html}} />;
}
