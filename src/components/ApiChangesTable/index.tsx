import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import {Fragment} from 'react';
import {API_KIND_LABELS, apiChanges, changeStatus, type ApiChange, type ApiKind} from '@site/src/data/apiChanges';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {withCode} from '@site/src/utils/withCode';
import styles from './styles.module.css';

function Row({change}: {change: ApiChange}) {
  // Registers the row's id, so a link to /docs/learning-sites/flink-2-changes#<id> is checked by onBrokenAnchors.
  useBrokenLinks().collectAnchor(change.id);
  const noteTitle = useNoteTitle();
  return (
    <tr id={change.id} className={styles.row}>
      <td>{withCode(change.old)}</td>
      <td className={styles.status}>{changeStatus(change)}</td>
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

/**
 * The "what 1.x code must change" table, one section per kind of change,
 * rendered from src/data/apiChanges.ts: the same list the docs rules use to
 * reject old APIs in the notes' code, so the table and the check agree.
 */
export default function ApiChangesTable() {
  const kinds = Object.keys(API_KIND_LABELS) as ApiKind[];
  return (
    <>
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
                    <Row key={change.id} change={change} />
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
