import Link from '@docusaurus/Link';
import useIsBrowser from '@docusaurus/useIsBrowser';
import Heading from '@theme/Heading';
import {useCallback, useEffect, useId, useRef, useState, type ComponentType, type ReactNode} from 'react';
import styles from './styles.module.css';

interface Props<P extends object> {
  /** Heading of the embedded lab, e.g. 「动手试试：窗口为什么一直不触发」. */
  title: string;
  /** The lab's own page with this scenario in its query string: the address a reader can share. */
  href: string;
  /**
   * Loads the interactive lab. Pass an arrow function around a dynamic
   * import(), so the bundler puts the lab in a chunk of its own that only
   * this island asks for.
   */
  load: () => Promise<{default: ComponentType<P>}>;
  /** Props for the loaded lab, e.g. its preset scenario. */
  labProps: P;
  /** The text equivalent, rendered on the server and readable without JavaScript. */
  children: ReactNode;
}

type State<P> =
  | {phase: 'waiting'}
  | {phase: 'loading'}
  | {phase: 'ready'; Lab: ComponentType<P>}
  | {phase: 'failed'; message: string};

// Start loading a little before the island scrolls into view, so the lab is
// usually ready when the reader gets there.
const ROOT_MARGIN = '200px 0px';

/**
 * An interactive lab embedded in a page as an island: the page's first load
 * carries only this wrapper and the text equivalent. The lab's code loads
 * when the island nears the viewport, or when the reader presses the start
 * button, whichever comes first.
 */
export default function LabIsland<P extends object>({title, href, load, labProps, children}: Props<P>) {
  const isBrowser = useIsBrowser();
  const headingId = useId();
  const root = useRef<HTMLElement>(null);
  const [state, setState] = useState<State<P>>({phase: 'waiting'});
  // MDX passes a new arrow function on every render; the first one is enough.
  const loadRef = useRef(load);

  const start = useCallback(() => {
    setState((current) => (current.phase === 'waiting' || current.phase === 'failed' ? {phase: 'loading'} : current));
  }, []);

  useEffect(() => {
    if (state.phase !== 'loading') return undefined;
    let cancelled = false;
    loadRef.current().then(
      (module) => !cancelled && setState({phase: 'ready', Lab: module.default}),
      (error: unknown) =>
        !cancelled && setState({phase: 'failed', message: error instanceof Error ? error.message : String(error)}),
    );
    return () => {
      cancelled = true;
    };
  }, [state.phase]);

  useEffect(() => {
    const element = root.current;
    if (!element || state.phase !== 'waiting') return undefined;
    if (typeof IntersectionObserver === 'undefined') return undefined;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) start();
      },
      {rootMargin: ROOT_MARGIN},
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [state.phase, start]);

  return (
    <section ref={root} className={styles.island} aria-labelledby={headingId}>
      <Heading as="h3" id={headingId} className={styles.title}>
        {title}
      </Heading>
      <div className={styles.text}>{children}</div>
      <p className={styles.links}>
        <Link to={href}>在实验页打开这个场景</Link>（可以修改、分享）
      </p>
      {isBrowser && state.phase === 'ready' && <state.Lab {...labProps} />}
      {isBrowser && state.phase !== 'ready' && (
        <div className={styles.placeholder}>
          {state.phase === 'failed' ? (
            <p role="alert">实验没能加载（{state.message}）。请检查网络或刷新页面后重试。</p>
          ) : (
            <p role="status">{state.phase === 'loading' ? '正在加载实验……' : '滚动到这里时会自动加载实验。'}</p>
          )}
          {state.phase !== 'loading' && (
            <button type="button" className="button button--primary" onClick={start}>
              {state.phase === 'failed' ? '重试' : '开始实验'}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
