import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import {Fragment} from 'react';
import clsx from 'clsx';
import MyFlinkVersionPicker from '@site/src/components/MyFlinkVersionPicker';
import {API_KIND_LABELS, apiChanges, changeStatus, type ApiChange, type ApiKind} from '@site/src/data/apiChanges';
import {concernsVersion, LATEST_FLINK} from '@site/src/data/flinkReleases';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {withCode} from '@site/src/utils/withCode';
import styles from './styles.module.css';

const UPGRADE_TAG = '影响你的升级';

function Row({change, concernsReader}: {change: ApiChange; concernsReader: boolean}) {
  // Registers the row's id, so a link to /docs/learning-sites/flink-2-changes#<id> is checked by onBrokenAnchors.
  useBrokenLinks().collectAnchor(change.id);
  const noteTitle = useNoteTitle();
  return (
    <tr id={change.id} className={clsx(styles.row, concernsReader && styles.concerns)}>
      <td>{withCode(change.old)}</td>
      <td className={styles.status}>
        {changeStatus(change)}
        {concernsReader && <span className={styles.tag}>{UPGRADE_TAG}</span>}
      </td>
      <td>
        {withCode(change.replacement)}
        {change.note && (
          <>
            {' '}
            （详见<Link to={change.note}>{noteTitle(change.note)}</Link>）
          </>
        )}
      </td>
      <td>
        <Link href={change.source.url}>{change.source.title}</Link>
      </td>
    </tr>
  );
}

/** What the marks mean for the reader's version, said once above the tables (and announced when the version changes). */
function UpgradeSummary({version, count}: {version: string | null; count: number}) {
  if (version === null) {
    return <>选好「我的 Flink 版本」，表中会标出从你的版本升级到 {LATEST_FLINK} 时要处理的行。</>;
  }
  if (version === LATEST_FLINK) {
    return <>你的版本就是最新的 {LATEST_FLINK}：没有要升级的，表中不做标记。</>;
  }
  return (
    <>
      {`从你的版本 ${version} 升级到 ${LATEST_FLINK}，要处理表中标有「${UPGRADE_TAG}」的 ${count} 行：它们在 ${version} 之后才移除或弃用（没写版本的行也算在内）。其余的行在 ${version} 上已经是这样了。`}
    </>
  );
}

/**
 * The "what 1.x code must change" table, one section per kind of change,
 * rendered from src/data/apiChanges.ts: the same list the docs rules use to
 * reject old APIs in the notes' code, so the table and the check agree.
 * With "我的 Flink 版本" picked, the rows an upgrade from it meets are
 * marked, in words and colour, by the checker's own rule (concernsVersion).
 */
export default function ApiChangesTable() {
  const kinds = Object.keys(API_KIND_LABELS) as ApiKind[];
  const {version} = useMyFlinkVersion();
  // The latest release has nothing left to upgrade to, whatever an undated row says.
  const concernsReader = (change: ApiChange) =>
    version !== null && version !== LATEST_FLINK && concernsVersion(change, version);
  return (
    <>
      <div className={styles.mine}>
        <MyFlinkVersionPicker />
        <p aria-live="polite" className={styles.summary}>
          <UpgradeSummary version={version} count={apiChanges.filter(concernsReader).length} />
        </p>
      </div>
      {kinds.map((kind) => {
        const changes = apiChanges.filter((change) => change.kind === kind);
        return (
          <Fragment key={kind}>
            <Heading as="h3" id={`kind-${kind}`}>
              {API_KIND_LABELS[kind]}
            </Heading>
            <div className={styles.scroll}>
              <table className={styles.table}>
                <thead>
                  <tr>
                    <th scope="col">旧写法（1.x）</th>
                    <th scope="col">状态</th>
                    <th scope="col">2.x 的写法</th>
                    <th scope="col">依据</th>
                  </tr>
                </thead>
                <tbody>
                  {changes.map((change) => (
                    <Row key={change.id} change={change} concernsReader={concernsReader(change)} />
                  ))}
                </tbody>
              </table>
            </div>
          </Fragment>
        );
      })}
    </>
  );
}
