import {lazy, Suspense} from 'react';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import styles from './styles.module.css';

// Only readers who picked a version need it: it loads then, not with every note.
const VersionFit = lazy(() => import(/* webpackChunkName: "version-fit" */ './VersionFit'));

interface Props {
  /** The note's `flink_version`, as written. */
  version: string;
  notePath: string;
}

/** A note's 适用版本 badge; with "我的 Flink 版本" picked, a line below says whether the note covers it. */
export default function VersionBadge({version, notePath}: Props) {
  const {version: mine} = useMyFlinkVersion();
  return (
    <>
      <p className={styles.version}>
        适用版本：<strong>Flink {version}</strong>
      </p>
      {mine && (
        <Suspense fallback={null}>
          <VersionFit version={version} mine={mine} notePath={notePath} />
        </Suspense>
      )}
    </>
  );
}
