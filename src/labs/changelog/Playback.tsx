import Heading from '@theme/Heading';
import {useEffect, useId, useState} from 'react';
import KindBadge from './KindBadge';
import {formatChange, formatValue, type Change} from './model';
import type {Step} from './simulate';
import styles from './styles.module.css';

interface Props {
  steps: Step[];
  /** 0 before the first input row, steps.length after the last. */
  step: number;
  onStep: (step: number) => void;
  heading: 'h3' | 'h4';
}

/** How long one step stays on screen while playing. */
const PLAY_INTERVAL_MS = 1200;

/** What one step did, in one sentence: the text the live region announces. */
export function describeStep(step: Step | undefined, total: number): string {
  if (!step) return total === 0 ? '还没有输入行。' : `第 0 步，共 ${total} 步：还没有处理任何输入行。`;
  const head = `第 ${step.n} 步，共 ${total} 步：输入 ${step.label}`;
  if (step.skipped) return `${head}，被忽略：${step.skipped}`;
  return step.out.length === 0
    ? `${head}，结果没有变化。`
    : `${head}，结果输出 ${step.out.map(formatChange).join('、')}。`;
}

/** Step, play and pause through the input, with the current step told in words. */
export default function Playback({steps, step, onStep, heading}: Props) {
  const id = useId();
  const [playing, setPlaying] = useState(false);
  const total = steps.length;
  const current = step > 0 ? steps[step - 1] : undefined;
  const playingNow = playing && step < total;

  useEffect(() => {
    if (!playingNow) return undefined;
    const timer = setTimeout(() => onStep(step + 1), PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playingNow, step, onStep]);

  return (
    <section className={styles.section} aria-label="回放">
      <Heading as={heading} className={styles.sectionTitle}>
        回放
      </Heading>
      <div className={styles.toolbar} role="group" aria-label="回放控制">
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={step === 0}
          onClick={() => onStep(0)}>
          回到开头
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={step === 0}
          onClick={() => onStep(step - 1)}>
          上一步
        </button>
        <button
          type="button"
          className="button button--primary button--sm"
          disabled={step >= total}
          onClick={() => onStep(step + 1)}>
          下一步
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={total === 0}
          aria-pressed={playingNow}
          onClick={() => {
            if (playingNow) setPlaying(false);
            else {
              if (step >= total) onStep(0);
              setPlaying(true);
            }
          }}>
          {playingNow ? '暂停' : '播放'}
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          disabled={step >= total}
          onClick={() => onStep(total)}>
          到最后
        </button>
      </div>
      <div className={styles.slider}>
        <label htmlFor={`${id}-step`}>跳到第几步</label>
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={total}
          value={step}
          aria-valuetext={`第 ${step} 步，共 ${total} 步`}
          onChange={(event) => onStep(Number(event.target.value))}
        />
        <span aria-hidden="true">
          {step} / {total}
        </span>
      </div>
      <p className={styles.announce} aria-live="polite">
        {describeStep(current, total)}
      </p>
      {current && <StepDetail step={current} />}
    </section>
  );
}

function Changes({changes, label}: {changes: Change[]; label: string}) {
  if (changes.length === 0) return <p className={styles.hint}>{label}：没有输出。</p>;
  return (
    <div>
      <p className={styles.hint}>{label}：</p>
      <ul className={styles.changes}>
        {changes.map((change, index) => (
          <li key={index}>
            <KindBadge kind={change.kind} /> [{change.row.map(formatValue).join(', ')}]
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The current step: the rule that fired and the rows it emitted in both encodings. */
function StepDetail({step}: {step: Step}) {
  if (step.skipped) return <p className={styles.problems}>这一行没有交给算子：{step.skipped}</p>;
  return (
    <div className={styles.stepDetail}>
      <ul className={styles.notes}>
        {step.notes.map((note, index) => (
          <li key={index}>{note}</li>
        ))}
      </ul>
      <div className={styles.columns}>
        <Changes changes={step.out} label="retract 编码（带 -U）" />
        {step.upsertOut && <Changes changes={step.upsertOut} label="upsert 编码（不带 -U）" />}
      </div>
    </div>
  );
}
