import ExecutionEnvironment from '@docusaurus/ExecutionEnvironment';
import {useEffect, useRef, useState, type ComponentProps, type ComponentType} from 'react';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import type {NoteSource} from '@site/src/components/NoteSources';
import {loadLateFrontMatter} from '@site/src/notes/lateFrontMatter';
import ServerSelfCheck from '@hub-notes/self-check-on-server';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import {SELF_CHECK_ANCHOR} from '@site/src/selfCheck/questions';
import {readDraft, repeatPress, restoreFocus, type SelfCheckDraft} from './draft';

type LiveProps = ComponentProps<typeof import('./index').default>;
/** Questions and sources are given on the server only; the browser loads them with the component. */
type Props = Pick<LiveProps, 'notePath'> & {questions?: QuizQuestion[]; sources?: NoteSource[]};

/** The component and this note's questions and sources, loaded together when the reader gets there. */
async function loadSelfCheck(notePath: string) {
  const [module, late] = await Promise.all([import('./index'), loadLateFrontMatter(notePath)]);
  return {Live: module.default, questions: late.quiz, sources: late.sources};
}

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
  const [live, setLive] = useState<{
    Live: ComponentType<LiveProps>;
    questions: QuizQuestion[];
    sources: NoteSource[];
  } | null>(null);
  const [draft, setDraft] = useState<SelfCheckDraft>();
  // The last button pressed in the static markup, where it does nothing yet.
  const pressed = useRef<Element | null>(null);

  useEffect(() => {
    let cancelled = false;
    const load = () => {
      loadSelfCheck(props.notePath).then(
        (loaded) => {
          if (cancelled) return;
          // The reader may already have ticked or typed in the server markup the live component replaces.
          if (root.current) setDraft(readDraft(root.current, document.activeElement, pressed.current));
          setLive(loaded);
        },
        // The server markup stays: questions and answers remain readable, only checking is lost.
        () => undefined,
      );
    };
    const element = root.current;
    const press = (event: Event) => {
      pressed.current = event.target instanceof Element ? event.target.closest('button') : null;
    };
    element?.addEventListener('click', press);
    const targetsQuestion = decodeURIComponent(window.location.hash).startsWith(`#${SELF_CHECK_ANCHOR}`);
    if (html === null || targetsQuestion || !element || typeof IntersectionObserver === 'undefined') {
      load();
      return () => {
        cancelled = true;
        element?.removeEventListener('click', press);
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
      element.removeEventListener('click', press);
      observer.disconnect();
      element.removeEventListener('focusin', start);
      element.removeEventListener('pointerdown', start);
    };
  }, [html, props.notePath]);

  useEffect(() => {
    if (!live || !root.current) return;
    restoreFocus(root.current, draft?.focus ?? null);
    repeatPress(root.current, draft?.pressed ?? null);
  }, [live, draft]);

  // A page reached by client-side navigation at one of the questions scrolled
  // before the section existed: scroll once it does.
  useEffect(() => {
    if (!live || html !== null) return;
    const target = decodeURIComponent(window.location.hash).slice(1);
    if (target.startsWith(SELF_CHECK_ANCHOR)) document.getElementById(target)?.scrollIntoView();
  }, [live, html]);

  if (!ExecutionEnvironment.canUseDOM) {
    const {notePath, questions, sources} = props;
    return (
      <div id={id}>
        {questions && sources && <ServerSelfCheck notePath={notePath} questions={questions} sources={sources} />}
      </div>
    );
  }
  if (live) {
    return (
      <div id={id} ref={root}>
        <live.Live notePath={props.notePath} questions={live.questions} sources={live.sources} draft={draft} />
      </div>
    );
  }
  return <div id={id} ref={root} dangerouslySetInnerHTML={html === null ? undefined : {__html: html}} />;
}
