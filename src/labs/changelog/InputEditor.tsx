import Heading from '@theme/Heading';
import {useId, useState} from 'react';
import {MAX_EVENTS, ROW_KINDS, tableOf, type InputEvent, type Scenario, type Side} from './model';
import {presets} from './presets';
import {eventsToCsv, parseCsv} from './scenario';
import styles from './styles.module.css';

interface Props {
  scenario: Scenario;
  /** Problems with the address and the rows, each naming what the lab used instead. */
  problems: string[];
  onChange: (next: Scenario) => void;
  onPreset: (query: string) => void;
  heading: 'h3' | 'h4';
}

/** The input rows: a table of real form controls, a CSV box for pasting, and the presets. */
export default function InputEditor({scenario, problems, onChange, onPreset, heading}: Props) {
  const id = useId();
  const [presetId, setPresetId] = useState(presets[0].id);
  const [csv, setCsv] = useState('');
  const [csvProblems, setCsvProblems] = useState<string[] | null>(null);
  const {events, shape} = scenario;
  const tables =
    shape === 'join' ? (['L', 'R'] as const).map((side) => tableOf(scenario, side)) : [tableOf(scenario, 'L')];
  const width = Math.max(...tables.map((table) => table.columns.length));
  const watermarks = shape === 'dedup' && scenario.order === 'rowtime';
  const full = events.length >= MAX_EVENTS;

  const setEvents = (next: InputEvent[]) =>
    onChange({...scenario, events: next, step: Math.min(scenario.step, next.length)});
  const update = (index: number, event: InputEvent) => setEvents(events.map((old, i) => (i === index ? event : old)));
  const blank = (side: Side): InputEvent => ({side, kind: '+I', values: tableOf(scenario, side).columns.map(() => '')});

  function applyCsv() {
    const parsed = parseCsv(csv, scenario);
    setCsvProblems(parsed.problems);
    setEvents(parsed.events);
  }

  return (
    <section className={styles.section} aria-label="输入">
      <Heading as={heading} className={styles.sectionTitle}>
        输入
      </Heading>
      <div className={styles.toolbar}>
        <label htmlFor={`${id}-preset`}>示例场景</label>
        <select id={`${id}-preset`} value={presetId} onChange={(event) => setPresetId(event.target.value)}>
          {presets.map((preset) => (
            <option key={preset.id} value={preset.id}>
              {preset.title}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => onPreset(presets.find((preset) => preset.id === presetId)?.query ?? '')}>
          载入
        </button>
      </div>
      <div className={styles.scroll} tabIndex={0} role="region" aria-label="输入行（可横向滚动）">
        <table className={styles.table}>
          <caption className={styles.caption}>
            输入行，按到达顺序（共 {events.length} 行，最多 {MAX_EVENTS} 行）
          </caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {shape === 'join' && <th scope="col">表</th>}
              <th scope="col">行类型</th>
              {Array.from({length: width}, (_, column) => (
                <th scope="col" key={column}>
                  {tables.map((table) => table.columns[column]?.name ?? '—').join(' / ')}
                </th>
              ))}
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event, index) => {
              const n = index + 1;
              const table = tableOf(scenario, event.side);
              const current = n === scenario.step;
              return (
                <tr
                  key={index}
                  className={current ? styles.current : undefined}
                  aria-current={current ? 'step' : undefined}>
                  <th scope="row">{n}</th>
                  {shape === 'join' && (
                    <td>
                      <select
                        aria-label={`第 ${n} 行属于哪张表`}
                        value={event.side}
                        onChange={(change) => update(index, {...event, side: change.target.value as Side})}>
                        <option value="L">orders</option>
                        <option value="R">products</option>
                      </select>
                    </td>
                  )}
                  <td>
                    <select
                      aria-label={`第 ${n} 行的行类型`}
                      value={event.kind}
                      onChange={(change) => {
                        const kind = change.target.value as InputEvent['kind'];
                        const values =
                          kind === 'WM'
                            ? [event.values.at(-1) ?? '']
                            : table.columns.map((_, i) => event.values[i] ?? '');
                        update(index, {...event, kind, values});
                      }}>
                      {ROW_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {kind}
                        </option>
                      ))}
                      {(watermarks || event.kind === 'WM') && <option value="WM">WM（水位线）</option>}
                    </select>
                  </td>
                  {Array.from({length: width}, (_, column) => {
                    const name = event.kind === 'WM' ? (column === 0 ? '水位线' : null) : table.columns[column]?.name;
                    return (
                      <td key={column}>
                        {name && (
                          <input
                            className={styles.cell}
                            aria-label={`第 ${n} 行的${name}`}
                            value={event.values[column] ?? ''}
                            maxLength={40}
                            onChange={(change) =>
                              update(index, {
                                ...event,
                                values: event.values.map((value, i) => (i === column ? change.target.value : value)),
                              })
                            }
                          />
                        )}
                      </td>
                    );
                  })}
                  <td>
                    <button
                      type="button"
                      className="button button--link button--sm"
                      onClick={() => setEvents(events.filter((_, i) => i !== index))}>
                      删除<span className={styles.visuallyHidden}>第 {n} 行</span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className={styles.toolbar}>
        {(shape === 'join' ? (['L', 'R'] as const) : (['L'] as const)).map((side) => (
          <button
            key={side}
            type="button"
            className="button button--secondary button--sm"
            disabled={full}
            onClick={() => setEvents([...events, blank(side)])}>
            {shape === 'join' ? `添加 ${tableOf(scenario, side).name} 行` : '添加一行'}
          </button>
        ))}
        {watermarks && (
          <button
            type="button"
            className="button button--secondary button--sm"
            disabled={full}
            onClick={() => setEvents([...events, {side: 'L', kind: 'WM', values: ['']}])}>
            添加水位线
          </button>
        )}
        <button type="button" className="button button--secondary button--sm" onClick={() => setEvents([])}>
          清空
        </button>
        {full && <span className={styles.hint}>已到上限 {MAX_EVENTS} 行。</span>}
      </div>
      <details className={styles.details}>
        <summary>粘贴或导出 CSV</summary>
        <p className={styles.hint}>
          每行一条：{shape === 'join' ? '表（L 表示 orders，R 表示 products），' : ''}行类型（+I、-U、+U、-D
          {watermarks ? '，或 WM 加水位线时间' : ''}），再按列的顺序写值，例如 <code>{csvExample(scenario)}</code>
          。含逗号的值用双引号括起来；空行和 # 开头的行被忽略。
        </p>
        <label htmlFor={`${id}-csv`}>CSV</label>
        <textarea
          id={`${id}-csv`}
          className={styles.csv}
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          spellCheck={false}
        />
        <div className={styles.toolbar}>
          <button type="button" className="button button--primary button--sm" onClick={applyCsv}>
            用这些行替换输入
          </button>
          <button
            type="button"
            className="button button--secondary button--sm"
            onClick={() => {
              setCsv(eventsToCsv(events, shape));
              setCsvProblems(null);
            }}>
            把当前输入填进来
          </button>
        </div>
        {csvProblems && (
          <div role="status" className={styles.hint}>
            {csvProblems.length === 0 ? `已读取 ${events.length} 行。` : <ProblemList problems={csvProblems} />}
          </div>
        )}
      </details>
      {problems.length > 0 && (
        <div className={styles.problems}>
          <p>
            <strong>输入中的问题</strong>（实验照常运行，下面说明它怎样处理了每一处）：
          </p>
          <ProblemList problems={problems} />
        </div>
      )}
    </section>
  );
}

function csvExample({shape, order}: Scenario): string {
  switch (shape) {
    case 'agg':
      return '+I,Mary,30';
    case 'join':
      return 'L,+I,o1,p1';
    case 'dedup':
      return order === 'rowtime' ? '+I,A1,book,1,5 与 WM,6' : '+I,A1,book,1';
    case 'topn':
      return '+I,p1,phone,10';
  }
}

function ProblemList({problems}: {problems: string[]}) {
  return (
    <ul className={styles.problemList}>
      {problems.map((problem, index) => (
        <li key={index}>{problem}</li>
      ))}
    </ul>
  );
}
