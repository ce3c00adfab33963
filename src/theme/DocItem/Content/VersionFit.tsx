import Link from '@docusaurus/Link';
import {noteVersionRange} from '@site/plugins/notes/flinkVersion';
import {formatMinor, parseMinor, placeInRange} from '@site/src/data/flinkReleases';
import styles from './styles.module.css';

const CHANGES_PAGE = '/docs/learning-sites/flink-2-changes';

interface Props {
  /** The note's `flink_version`, as written. */
  version: string;
  /** The reader's version (我的 Flink 版本). */
  mine: string;
  /** The note's site path, so the page does not send readers to itself. */
  notePath: string;
}

/**
 * Whether a note covers the reader's version, in words: the range is read
 * from `flink_version` the way the docs rules read it (noteVersionRange),
 * and the docs rules reject a `flink_version` it cannot read. Loaded only
 * once a reader has picked a version.
 */
export default function VersionFit({version, mine, notePath}: Props) {
  const range = noteVersionRange(version);
  const myVersion = parseMinor(mine);
  if (!range || !myVersion) return null;
  const place = placeInRange(range, myVersion);
  if (place === 'in') return <p className={styles.fits}>包括你的版本 Flink {mine}。</p>;
  return (
    <p className={styles.misfit}>
      {`本页按 Flink ${formatMinor(range.from)}–${formatMinor(range.to)} 核对，不包括你的版本 ${mine}：`}
      {place === 'before'
        ? `页面上的写法在 ${mine} 上可能还没有，或者不一样。`
        : `本页只核对到 ${formatMinor(range.to)}，${mine} 上可能已经变了。`}
      {place === 'before' && notePath !== CHANGES_PAGE && (
        <>
          升级到 2.x 要改什么，见<Link to={CHANGES_PAGE}>《Flink 2.x 相对 1.x 的主要变化》</Link>。
        </>
      )}
    </p>
  );
}
