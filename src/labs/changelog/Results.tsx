import Heading from '@theme/Heading';
import KindBadge from './KindBadge';
import {formatValue, isAccumulate, type Change} from './model';
import type {StateTable} from './operators/types';
import type {QueryPlan} from './planner';
import type {Step} from './simulate';
import styles from './styles.module.css';

interface Props {
  plan: QueryPlan;
  steps: Step[];
  step: number;
  heading: 'h3' | 'h4';
}

interface Line {
  n: number;
  change: Change;
}

function Scroll({label, children}: {label: string; children: React.ReactNode}) {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={`${label}（可横向滚动）`}>
      {children}
    </div>
  );
}

/**
 * The result's changelog up to the current step, in retract and upsert
 * encoding (the current step's rows marked), then the result table and the
 * operator's state after that step: every picture has a table a screen
 * reader reads.
 */
export default function Results({plan, steps, step, heading}: Props) {
  const shown = steps.slice(0, step);
  const retract: Line[] = shown.flatMap((s) => s.out.map((change) => ({n: s.n, change})));
  const upsertKeys = plan.upsertKeys ?? [];
  const upsert: Line[] = shown.flatMap((s) => (s.upsertOut ?? []).map((change) => ({n: s.n, change})));
  const after = shown.at(-1);
  const columns = plan.columns;

  const changelog = (caption: string, lines: Line[], word: (change: Change) => string) => (
    <Scroll label={caption}>
      <table className={styles.table}>
        <caption className={styles.caption}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">步</th>
            <th scope="col">行类型</th>
            <th scope="col">消息</th>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {lines.length === 0 && (
            <tr>
              <td colSpan={columns.length + 3}>（还没有输出）</td>
            </tr>
          )}
          {lines.map(({n, change}, index) => (
            <tr key={index} className={n === step ? styles.current : undefined}>
              <td>{n}</td>
              <td>
                <KindBadge kind={change.kind} />
              </td>
              <td>{word(change)}</td>
              {change.row.map((value, column) => (
                <td key={column}>{formatValue(value)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );

  return (
    <section className={styles.section} aria-label="结果">
      <Heading as={heading} className={styles.sectionTitle}>
        结果
      </Heading>
      <p className={styles.hint}>+I 插入，-U 更新前的旧行，+U 更新后的新行，-D 删除。高亮的是第 {step} 步输出的行。</p>
      <div className={styles.columns}>
        {changelog(`结果的 changelog，retract 编码（到第 ${step} 步）`, retract, (change) =>
          isAccumulate(change.kind) ? '新增' : '撤回',
        )}
        {upsertKeys.length > 0 ? (
          changelog(
            `upsert 编码，按 upsert key ${upsertKeys.map((key) => `[${key.join(', ')}]`).join('、')}（到第 ${step} 步）`,
            upsert,
            (change) => (change.kind === '-D' ? '删除' : 'upsert'),
          )
        ) : (
          <p className={styles.hint}>
            这个查询推导不出 upsert key：没有一组列能唯一确定一行结果，结果不能编码成按键覆盖的 upsert 流，只能用
            retract 编码。
          </p>
        )}
      </div>
      <div className={styles.columns}>
        <Scroll label="结果表">
          <table className={styles.table}>
            <caption className={styles.caption}>第 {step} 步之后的结果表</caption>
            <thead>
              <tr>
                {columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {(after?.result ?? []).length === 0 && (
                <tr>
                  <td colSpan={columns.length}>（空）</td>
                </tr>
              )}
              {(after?.result ?? []).map((row, index) => (
                <tr key={index}>
                  {row.map((value, column) => (
                    <td key={column}>{formatValue(value)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
        {after && <State tables={after.state} step={step} />}
      </div>
    </section>
  );
}

function State({tables, step}: {tables: StateTable[]; step: number}) {
  return (
    <div>
      {tables.map((table) => (
        <Scroll label={table.title} key={table.title}>
          <table className={styles.table}>
            <caption className={styles.caption}>
              算子状态：{table.title}（第 {step} 步之后）
            </caption>
            <thead>
              <tr>
                {table.columns.map((column) => (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.length === 0 && (
                <tr>
                  <td colSpan={table.columns.length}>（空）</td>
                </tr>
              )}
              {table.rows.map((row, index) => (
                <tr key={index}>
                  {row.map((cell, column) => (
                    <td key={column}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </Scroll>
      ))}
    </div>
  );
}
