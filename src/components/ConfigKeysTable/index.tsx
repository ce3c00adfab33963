import {useLocation} from '@docusaurus/router';
import {useEffect, useId, useState} from 'react';
import {useServerRenderedHtml} from '@site/src/hooks/useServerRenderedHtml';
import {anchorId} from '@site/src/utils/percentEscapes';
import {filterRows, ROW_KIND_LABELS, type ConfigKeyTable, type RowFilter, type RowKind} from './model';
import serverTable from './serverTable';
import Table from './Table';
import styles from './styles.module.css';

type Load = {phase: 'idle' | 'loading' | 'failed'} | {phase: 'ready'; table: ConfigKeyTable};

/**
 * The config-keys table (配置项变化对照表) as an island. Its rows come from
 * ~90 KB of generated data, more than a note page may load before the reader
 * does anything (tests/budgets.ts), so:
 * - the static HTML holds the whole table, rendered on the server
 *   (serverTable.ts), readable without JavaScript, with an anchor per key;
 * - on the page first opened, the browser keeps that HTML as it is
 *   (useServerRenderedHtml) and loads the rows only when the reader filters;
 * - where there is no such HTML (reached by client-side navigation, or the
 *   offline build, which renders in the browser), it loads them at once,
 *   then scrolls to the key the address names.
 */
export default function ConfigKeysTable() {
  const {id, html} = useServerRenderedHtml();
  const textId = useId();
  const kindId = useId();
  const location = useLocation();
  const [load, setLoad] = useState<Load>(() => (serverTable ? {phase: 'ready', table: serverTable} : {phase: 'idle'}));
  const [filter, setFilter] = useState<RowFilter>({text: '', kind: ''});
  const filtering = filter.text.trim() !== '' || filter.kind !== '';
  const wanted = load.phase === 'idle' && (html === null || filtering);

  useEffect(() => {
    if (!wanted) return;
    setLoad({phase: 'loading'});
    import(/* webpackChunkName: "config-key-rows" */ './rows').then(
      (module) => setLoad({phase: 'ready', table: module.configKeyTable()}),
      () => setLoad({phase: 'failed'}),
    );
  }, [wanted]);

  const table = load.phase === 'ready' ? load.table : null;
  // Rendered here rather than by the server: the address's key was not on the page when it opened.
  const renderedHere = table !== null && html === null;
  useEffect(() => {
    if (!renderedHere || !location.hash) return;
    document.getElementById(anchorId(location.hash))?.scrollIntoView();
  }, [renderedHere, location.hash]);

  const shown = table && filterRows(table.rows, filter);
  return (
    <div className={styles.island}>
      <form
        className={styles.filters}
        role="search"
        aria-label="筛选配置项"
        onSubmit={(event) => event.preventDefault()}>
        <div className={styles.field}>
          <label htmlFor={textId}>键名或说明中的文字</label>
          <input
            id={textId}
            type="search"
            className={styles.input}
            placeholder="如 state.checkpoints.dir"
            value={filter.text}
            onChange={(event) => setFilter({...filter, text: event.target.value})}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor={kindId}>变化</label>
          <select
            id={kindId}
            className={styles.input}
            value={filter.kind}
            onChange={(event) => setFilter({...filter, kind: event.target.value as RowKind | ''})}>
            <option value="">全部</option>
            {(Object.keys(ROW_KIND_LABELS) as RowKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {ROW_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
      </form>
      <p role="status" className={styles.status}>
        {load.phase === 'loading' && filtering && '正在加载表格数据……'}
        {load.phase === 'failed' && '表格数据没能加载，筛选暂时用不了，请刷新页面再试。'}
        {shown && filtering && `找到 ${shown.length} 个配置项。`}
      </p>
      {table && shown ? (
        <div key="rendered" id={id} className={styles.scroll}>
          <Table rows={shown} total={table.rows.length} commits={table.commits} />
        </div>
      ) : html !== null ? (
        // The server's own markup of this element, kept as it is until the rows are needed.
        <div key="server" id={id} className={styles.scroll} dangerouslySetInnerHTML={{__html: html}} />
      ) : (
        <p id={id}>{load.phase === 'failed' ? '表格没能加载，请刷新页面再试。' : '正在加载表格……'}</p>
      )}
    </div>
  );
}
