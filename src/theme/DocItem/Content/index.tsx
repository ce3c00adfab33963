import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import styles from './styles.module.css';

type Props = WrapperProps<typeof ContentType>;

/**
 * Wrapped, not ejected: adds the "which Flink versions this note is checked
 * against" line that every note declares in its `flink_version` frontmatter,
 * above the unchanged original content.
 */
export default function ContentWrapper(props: Props) {
  const {frontMatter} = useDoc();
  const version = (frontMatter as {flink_version?: string}).flink_version;
  return (
    <>
      {version && (
        <p className={styles.version}>
          适用版本：<strong>Flink {version}</strong>
        </p>
      )}
      <Content {...props} />
    </>
  );
}
