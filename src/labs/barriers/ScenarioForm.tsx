import {useId} from 'react';
import {describeMode, LIMITS, type Scenario} from './scenario';
import styles from './styles.module.css';

export const FIELD_KEYS = ['ch1', 'ch2', 'out', 'drain', 'unaligned', 'timeout'] as const;
export type Fields = Record<(typeof FIELD_KEYS)[number], string>;

interface Props {
  fields: Fields;
  scenario: Scenario;
  problems: string[];
  onChange: (key: keyof Fields, value: string) => void;
}

/** The scenario as real form controls; what the reader types is kept as typed, and parse() reports what it used instead. */
export default function ScenarioForm({fields, scenario, problems, onChange}: Props) {
  const id = useId();
  const text = (key: keyof Fields, label: string, describedBy: string) => (
    <div className={styles.field}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="text"
        className={styles.textInput}
        value={fields[key]}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={describedBy}
        onChange={(event) => onChange(key, event.target.value)}
      />
    </div>
  );
  return (
    <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
      <fieldset className={styles.fieldset}>
        <legend>输入通道：上游按顺序发来的数据和屏障 n</legend>
        {text('ch1', '通道 1', `${id}-format`)}
        {text('ch2', '通道 2', `${id}-format`)}
        <p id={`${id}-format`} className={styles.help}>
          用逗号或空格分隔；<code>|</code> 是屏障 n，每条通道一个。在一项后面写 <code>@步数</code>{' '}
          表示它在第几步到达这个 Task，没写的随前一项一起到达（第一项默认第 0 步，也就是一开始就在缓冲区里）。例：
          <code>a1, a2, |@2, a3</code>。每条通道最多 {LIMITS.channelItems} 项，到达时间最晚第 {LIMITS.arrival} 步。
        </p>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>输出与下游</legend>
        {text('out', '输出缓冲区里还没发走的记录', `${id}-out`)}
        <p id={`${id}-out`} className={styles.help}>
          下游反压时，输出缓冲区里会积着数据。最多 {LIMITS.outputRecords} 条。
        </p>
        <div className={styles.field}>
          <label htmlFor={`${id}-drain`}>下游每隔几步取走一条记录</label>
          <input
            id={`${id}-drain`}
            type="number"
            min={0}
            max={LIMITS.drain}
            inputMode="numeric"
            className={styles.numberInput}
            value={fields.drain}
            aria-describedby={`${id}-drain-help`}
            onChange={(event) => onChange('drain', event.target.value)}
          />
        </div>
        <p id={`${id}-drain-help`} className={styles.help}>
          0 表示下游完全反压，一条也不取。屏障等事件排到队首时不需要信用值，随时可以发走。
        </p>
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>检查点配置</legend>
        <div className={styles.checkbox}>
          <input
            id={`${id}-unaligned`}
            type="checkbox"
            checked={scenario.unaligned}
            onChange={(event) => onChange('unaligned', event.target.checked ? '1' : '0')}
          />
          <label htmlFor={`${id}-unaligned`}>
            <code>execution.checkpointing.unaligned.enabled</code>（开启非对齐检查点）
          </label>
        </div>
        <div className={styles.field}>
          <label htmlFor={`${id}-timeout`}>
            <code>execution.checkpointing.aligned-checkpoint-timeout</code>（步）
          </label>
          <input
            id={`${id}-timeout`}
            type="number"
            min={0}
            max={LIMITS.timeout}
            inputMode="numeric"
            className={styles.numberInput}
            value={fields.timeout}
            aria-describedby={`${id}-mode`}
            onChange={(event) => onChange('timeout', event.target.value)}
          />
        </div>
        <p id={`${id}-mode`} className={styles.help}>
          {describeMode(scenario)}
        </p>
        <p className={styles.help}>
          Flink 2.3 的默认值：非对齐检查点关闭，对齐超时 0 s（<code>CheckpointingOptions</code>
          ）。超时只在开启非对齐检查点时起作用，从检查点触发时算起；实验里以「步」为单位。
        </p>
      </fieldset>
      <div role="status" aria-live="polite">
        {problems.length > 0 && (
          <div className={styles.problems}>
            <p>输入里有 {problems.length} 处问题，实验已按下面说的办法处理：</p>
            <ul>
              {problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </form>
  );
}
