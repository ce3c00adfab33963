import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import clsx from 'clsx';
import {FLINK_RELEASES} from '@site/src/data/flinkReleases';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {withCode} from '@site/src/utils/withCode';
import {ROW_KIND_LABELS, type ConfigKeyTable, type ConfigRow} from './model';
import styles from './styles.module.css';

function Row({row}: {row: ConfigRow}) {
  // Registers the row's id, so links to config-keys#<key> (search hits among them) are checked by onBrokenAnchors.
  useBrokenLinks().collectAnchor(row.anchor);
  const noteTitle = useNoteTitle();
  return (
    <tr id={row.anchor} className={styles.row}>
      <th scope="row" className={styles.key}>
        <code>{row.key}</code>
        <span className={styles.kind}>{ROW_KIND_LABELS[row.kind]}</span>
      </th>
      {row.cells.map((cell) => (
        <td
          key={cell.version}
          className={clsx(
            styles.cell,
            styles[cell.state],
            cell.changed && styles.changed,
            row.kind === 'default' && styles.value,
          )}>
          {cell.text}
        </td>
      ))}
      <td className={styles.now}>
        <p>{withCode(row.replacement)}</p>
        <p className={styles.meta}>{withCode(row.status)}</p>
        {row.remarks.map((remark) => (
          <p key={remark} className={styles.meta}>
            {remark}
          </p>
        ))}
        {row.note && (
          <p className={styles.meta}>
            详见<Link to={row.note}>{noteTitle(row.note.split('#')[0])}</Link>
          </p>
        )}
        <p className={styles.meta}>
          依据：
          {row.sources.map((source, i) => (
            <span key={source.url}>
              {i > 0 && '；'}
              <Link href={source.url}>{source.title}</Link>
            </span>
          ))}
        </p>
      </td>
    </tr>
  );
}

interface Props {
  rows: readonly ConfigRow[];
  /** Said in the caption: how many rows are shown out of how many. */
  total: number;
  commits: ConfigKeyTable['commits'];
}

/** The table itself, for the static HTML and for the browser alike. */
export default function Table({rows, total, commits}: Props) {
  return (
    <table className={styles.table}>
      <caption className={styles.caption}>
        {rows.length === total ? `共 ${total} 个配置项` : `显示 ${rows.length} / ${total} 个配置项`}
        ，每列是一个 Flink 版本在那个版本的配置类中的状态
      </caption>
      <colgroup>
        <col className={styles.keyCol} />
        {FLINK_RELEASES.map((release) => (
          <col key={release.version} className={styles.versionCol} />
        ))}
        <col className={styles.nowCol} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">配置项</th>
          {FLINK_RELEASES.map((release) => (
            <th scope="col" key={release.version} className={styles.version}>
              {release.version}
              {release.lts && <span className={styles.lts}>LTS</span>}
            </th>
          ))}
          <th scope="col">现在怎么写、状态与依据</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.anchor} row={row} />
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={FLINK_RELEASES.length + 2} className={styles.meta}>
            各列读取的 apache/flink 提交（<code>scripts/flink-data/generate.ts</code> 生成时各 release
            分支的最新提交）：
            {commits.map(({version, commit}, i) => (
              <span key={version}>
                {i > 0 && '、'}
                <Link href={`https://github.com/apache/flink/tree/${commit}`}>
                  {version}（{commit.slice(0, 10)}）
                </Link>
              </span>
            ))}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
