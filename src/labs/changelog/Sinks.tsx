import Heading from '@theme/Heading';
import {useId} from 'react';
import {CONFLICT_LABELS, CONFLICTS, type Conflict, type Scenario} from './model';
import {SINK_TABLES, type QueryPlan, type SinkId, type SinkVerdict} from './planner';
import {withSettings} from './scenario';
import styles from './styles.module.css';

interface Props {
  scenario: Scenario;
  plan: QueryPlan;
  sinks: SinkVerdict[];
  onChange: (next: Scenario) => void;
  heading: 'h3' | 'h4';
}

const TITLES: Record<SinkId, string> = {
  append: '只接受插入的结果表',
  upsert: 'upsert 结果表（带主键）',
  retract: 'retract 结果表',
};

const MODES: Record<SinkId, string> = {
  append: 'ChangelogMode.insertOnly()，例如 format = json 的表（json 格式只能写出插入）',
  upsert: 'ChangelogMode.upsert()：+I、+U、-D',
  retract: 'ChangelogMode.all()：四种行类型都接受',
};

const RECEIVES: Record<NonNullable<SinkVerdict['receives']>, string> = {
  inserts: '它收到的只有 +I，即上面 retract 编码表里的行。',
  retract: '它收到的是上面的 retract 编码（带 -U）。',
  upsert: '它收到的是上面的 upsert 编码（不带 -U）。',
};

/** Whether each of three sinks accepts the query, with the planner's message when not. */
export default function Sinks({scenario, plan, sinks, onChange, heading}: Props) {
  const id = useId();
  const set = (changes: Parameters<typeof withSettings>[1]) => onChange(withSettings(scenario, changes));
  const sub = heading === 'h3' ? 'h4' : 'h5';
  return (
    <section className={styles.section} aria-label="结果表">
      <Heading as={heading} className={styles.sectionTitle}>
        写进哪种结果表
      </Heading>
      <p className={styles.hint}>
        规划器在提交作业时就做这些检查（Flink 2.3，table.exec.sink.upsert-materialize 为默认的 AUTO）；报错原文按 2.3
        源码中的格式拼出。
      </p>
      <div className={styles.sinks}>
        {sinks.map((verdict) => (
          <article key={verdict.sink} className={styles.sink} aria-label={TITLES[verdict.sink]}>
            <Heading as={sub} className={styles.sinkTitle}>
              {TITLES[verdict.sink]} <code>{SINK_TABLES[verdict.sink]}</code>
            </Heading>
            <p className={styles.hint}>{MODES[verdict.sink]}</p>
            {verdict.sink === 'upsert' && (
              <>
                <fieldset className={styles.fieldset}>
                  <legend className={styles.legend}>主键 PRIMARY KEY</legend>
                  <div className={styles.options}>
                    {plan.columns.map((column) => (
                      <label key={column} className={styles.option}>
                        <input
                          type="checkbox"
                          checked={scenario.pk.includes(column)}
                          disabled={scenario.pk.length === 1 && scenario.pk.includes(column)}
                          onChange={(event) =>
                            set({
                              pk: event.target.checked
                                ? plan.columns.filter((name) => name === column || scenario.pk.includes(name))
                                : scenario.pk.filter((name) => name !== column),
                            })
                          }
                        />{' '}
                        {column}
                      </label>
                    ))}
                  </div>
                </fieldset>
                <div className={styles.toolbar}>
                  <label htmlFor={`${id}-conflict`}>INSERT 语句</label>
                  <select
                    id={`${id}-conflict`}
                    value={scenario.conflict}
                    onChange={(event) => set({conflict: event.target.value as Conflict})}>
                    {CONFLICTS.map((conflict) => (
                      <option key={conflict} value={conflict}>
                        {CONFLICT_LABELS[conflict]}
                      </option>
                    ))}
                  </select>
                </div>
                <label className={styles.option}>
                  <input
                    type="checkbox"
                    checked={scenario.requireOnConflict}
                    onChange={(event) => set({requireOnConflict: event.target.checked})}
                  />{' '}
                  table.exec.sink.require-on-conflict = true（2.3 的默认值）
                </label>
              </>
            )}
            <p className={verdict.accepted ? styles.accepted : styles.rejected}>
              {verdict.accepted ? '✓ 接受这个查询。' : '✗ 拒绝：作业提交时规划失败。'}
              {verdict.accepted && verdict.receives && !verdict.materializer && ` ${RECEIVES[verdict.receives]}`}
            </p>
            {verdict.message && (
              <pre className={styles.message} aria-label="规划器的报错">
                <code>{verdict.message}</code>
              </pre>
            )}
            {verdict.materializer && (
              <p className={styles.hint}>
                规划器在结果表前加了 <code>{verdict.materializer}</code>
                ，由它按主键保存状态、解决冲突后再写入；本实验不模拟它的输出，上面的表是它的输入（
                {verdict.receives === 'inserts' ? '只有 +I' : '带 -U 的 retract 编码'}）。
              </p>
            )}
            <ul className={styles.notes}>
              {verdict.notes.map((note, index) => (
                <li key={index}>{note}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
