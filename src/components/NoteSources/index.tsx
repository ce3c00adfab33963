import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import styles from './styles.module.css';

export interface NoteSource {
  title: string;
  url: string;
  /** The claim of the page this source supports. */
  supports: string;
}

/**
 * The 依据 (sources) section at the end of every note, rendered from the
 * note's `sources` frontmatter (validated by plugins/notes/frontMatter.ts),
 * so each claim can be traced to the docs, release note, FLIP, JIRA or source
 * file it was checked against.
 */
export default function NoteSources({sources}: {sources: NoteSource[]}) {
  return (
    <section className={styles.sources} aria-labelledby="依据">
      <Heading as="h2" id="依据">
        依据
      </Heading>
      <p>本页的说法核对自下列来源：</p>
      <ol>
        {sources.map((source) => (
          <li key={source.url}>
            <Link href={source.url}>{source.title}</Link>
            <span className={styles.supports}>：{source.supports}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
