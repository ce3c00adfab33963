import Heading from '@theme/Heading';
import {useId} from 'react';
import {MAX_TOP_N, SHAPE_LABELS, SHAPES, type Scenario, type Shape} from './model';
import type {QueryPlan} from './planner';
import RadioGroup from './RadioGroup';
import {MIN_TOP_N, withSettings} from './scenario';
import styles from './styles.module.css';

interface Props {
  scenario: Scenario;
  plan: QueryPlan;
  onChange: (next: Scenario) => void;
  /** Switching shape loads that shape's first preset: the rows of one shape do not fit another's tables. */
  onShape: (shape: Shape) => void;
  heading: 'h3' | 'h4';
}

const KIND_WORDS = {INSERT: '插入', UPDATE: '更新', DELETE: '删除'} as const;

/** The query: its shape and options, its SQL and what the planner infers from it. */
export default function QueryForm({scenario, plan, onChange, onShape, heading}: Props) {
  const nId = useId();
  const set = (changes: Parameters<typeof withSettings>[1]) => onChange(withSettings(scenario, changes));
  const upsertKeys = plan.upsertKeys ?? [];
  return (
    <section className={styles.section} aria-label="查询">
      <Heading as={heading} className={styles.sectionTitle}>
        查询
      </Heading>
      <div className={styles.formRow}>
        <RadioGroup
          legend="查询形状（切换时载入该形状的示例数据）"
          options={SHAPES.map((shape) => ({value: shape, label: SHAPE_LABELS[shape]}))}
          value={scenario.shape}
          onChange={onShape}
        />
        {scenario.shape === 'agg' && (
          <RadioGroup
            legend="聚合函数"
            options={[
              {value: 'count', label: 'COUNT(*)'},
              {value: 'sum', label: 'SUM(amount)'},
            ]}
            value={scenario.agg}
            onChange={(agg) => set({agg})}
          />
        )}
        {scenario.shape === 'join' && (
          <RadioGroup
            legend="连接类型"
            options={[
              {value: 'inner', label: 'JOIN（内连接）'},
              {value: 'left', label: 'LEFT JOIN'},
            ]}
            value={scenario.join}
            onChange={(join) => set({join})}
          />
        )}
        {scenario.shape === 'dedup' && (
          <>
            <RadioGroup
              legend="保留哪一行"
              options={[
                {value: 'first', label: '第一行（ASC）'},
                {value: 'last', label: '最后一行（DESC）'},
              ]}
              value={scenario.keep}
              onChange={(keep) => set({keep})}
            />
            <RadioGroup
              legend="按什么时间排序"
              options={[
                {value: 'proctime', label: '处理时间 proctime'},
                {value: 'rowtime', label: '事件时间 ts'},
              ]}
              value={scenario.order}
              onChange={(order) => set({order})}
            />
          </>
        )}
        {scenario.shape === 'topn' && (
          <fieldset className={styles.fieldset}>
            <legend className={styles.legend}>Top-N</legend>
            <div className={styles.options}>
              <label className={styles.option} htmlFor={nId}>
                每类取前
                <select id={nId} value={scenario.n} onChange={(event) => set({n: Number(event.target.value)})}>
                  {Array.from({length: MAX_TOP_N - MIN_TOP_N + 1}, (_, i) => i + MIN_TOP_N).map((n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ))}
                </select>
                名
              </label>
              <label className={styles.option}>
                <input
                  type="checkbox"
                  checked={scenario.rowNumber}
                  onChange={(event) => set({rowNumber: event.target.checked})}
                />{' '}
                输出名次 row_num
              </label>
            </div>
          </fieldset>
        )}
      </div>
      <pre className={styles.code} aria-label="查询的 SQL">
        <code>{plan.sql}</code>
      </pre>
      <details className={styles.details}>
        <summary>源表定义</summary>
        <pre className={styles.code}>
          <code>{plan.ddl.join('\n\n')}</code>
        </pre>
        <p className={styles.hint}>
          输入里出现 -U、+U 或 -D 的表按 changelog 格式（debezium-json）声明，规划器就假定它会产生全部四种行类型；只有
          +I 的表按 json 声明，只产生插入。
        </p>
      </details>
      <p className={styles.planSummary}>
        规划器推导：结果包含 {plan.kinds.map((kind) => `${kind}（${KIND_WORDS[kind]}）`).join('、')}；upsert key{' '}
        {upsertKeys.length > 0 ? upsertKeys.map((key) => `[${key.join(', ')}]`).join('、') : '推导不出'}；运行时由{' '}
        <code>{plan.runtime}</code> 计算。
      </p>
    </section>
  );
}
