import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import NoteSources, {type NoteSource} from '@site/src/components/NoteSources';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

interface NoteFrontMatter {
  flink_version?: string;
  sources?: NoteSource[];
}

/**
 * Wrapped, not ejected: every note declares the Flink versions it was
 * checked against (`flink_version`) and its sources (`sources`); this shows
 * the first above the unchanged original content and the second below it.
 */
export default function ContentWrapper(props: Props) {
  const {flink_version: version, sources} = useDoc().frontMatter as NoteFrontMatter;
  return (
    <>
      {version && (
        <p className={styles.version}>
          适用版本：<strong>Flink {version}</strong>
        </p>
      )}
      <Content {...props} />
      {sources && sources.length > 0 && <NoteSources sources={sources} />}
    </>
  );
}
