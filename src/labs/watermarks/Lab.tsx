import Heading from '@theme/Heading';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {describeStep} from './describe';
import ParametersForm from './ParametersForm';
import RecordsEditor from './RecordsEditor';
import Results from './Results';
import {parse, serialize, type LabRecord, type Scenario} from './scenario';
import {simulate} from './simulate';
import StepView from './StepView';
import styles from './styles.module.css';

export interface LabProps {
  /** The scenario as a query string (scenario.ts); may carry the step to show (`at`). */
  initialQuery: string;
  /** Called with the canonical query whenever the scenario or the step changes (the lab page writes it to its address). */
  onQueryChange?: (query: string) => void;
  /** Level of the lab's own section headings: 3 on the lab page, 4 inside a note's island (under its h3). */
  headingLevel?: 3 | 4;
}

const PLAY_INTERVAL_MS = 1200;

/**
 * The watermark lab: edit the scenario, then step through the timeline that
 * simulate() computed. It renders; the semantics live in the pure modules.
 */
export default function WatermarkLab({initialQuery, onQueryChange, headingLevel = 4}: LabProps) {
  const initial = useMemo(() => parse(initialQuery), [initialQuery]);
  const [scenario, setScenario] = useState<Scenario>(initial.scenario);
  const [problems, setProblems] = useState<string[]>(initial.problems);
  const timeline = useMemo(() => simulate(scenario), [scenario]);
  const last = timeline.steps.length - 1;
  const [stepIndex, setStepIndex] = useState(Math.min(initial.step, last));
  const [playing, setPlaying] = useState(false);
  const index = Math.min(stepIndex, last);
  const step = timeline.steps[index];
  const H = `h${headingLevel}` as const;

  const apply = useCallback((next: Scenario, extra: string[] = []) => {
    // Every edit goes through the address format, so the page shows exactly
    // what a shared link would: the same limits, the same messages.
    const parsed = parse(serialize(next));
    setScenario(parsed.scenario);
    setProblems([...extra, ...parsed.problems]);
  }, []);

  const query = serialize(scenario, index);
  const reported = useRef(query);
  useEffect(() => {
    if (query === reported.current) return;
    reported.current = query;
    onQueryChange?.(query);
  }, [query, onQueryChange]);

  useEffect(() => {
    if (!playing) return undefined;
    if (index >= last) {
      setPlaying(false);
      return undefined;
    }
    const timer = setTimeout(() => setStepIndex(index + 1), PLAY_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [playing, index, last]);

  const go = (target: number) => {
    setPlaying(false);
    setStepIndex(Math.max(0, Math.min(last, target)));
  };
  const total = scenario.records.length;
  const stepLabel = (i: number) => {
    const s = timeline.steps[i];
    if (i === 0) return '开始之前';
    return s.record === undefined ? `输入停止后（第 ${s.time} 秒）` : `记录 #${s.record}（第 ${s.time} 秒）`;
  };

  return (
    <div className={styles.lab}>
      {problems.length > 0 && (
        <div className={styles.problems} role="status">
          <p>有些输入不能原样使用，已经替换：</p>
          <ul>
            {problems.slice(0, 12).map((problem, i) => (
              <li key={i}>{problem}</li>
            ))}
            {problems.length > 12 && <li>……另有 {problems.length - 12} 条相同类型的提示。</li>}
          </ul>
        </div>
      )}

      <details className={styles.setup} open={headingLevel === 3}>
        <summary>场景：{total} 条记录、参数（点开修改）</summary>
        <ParametersForm scenario={scenario} onChange={(next) => apply(next)} />
        <RecordsEditor
          records={scenario.records}
          current={step.record}
          onChange={(records: LabRecord[], extra?: string[]) => apply({...scenario, records}, extra)}
          onJump={go}
        />
      </details>

      <div className={styles.controls} role="group" aria-label="回放">
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => go(0)}
          disabled={index === 0}>
          回到开头
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => go(index - 1)}
          disabled={index === 0}>
          上一步
        </button>
        <button
          type="button"
          className="button button--sm button--primary"
          onClick={() => {
            if (index >= last) setStepIndex(0);
            setPlaying(!playing);
          }}
          disabled={last === 0}>
          {playing ? '暂停' : index >= last ? '从头播放' : '播放'}
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => go(index + 1)}
          disabled={index >= last}>
          下一步
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={() => go(last)}
          disabled={index >= last}>
          跳到最后
        </button>
        <label className={styles.slider}>
          <span>跳到</span>
          <input
            type="range"
            min={0}
            max={last}
            value={index}
            aria-valuetext={`第 ${index} 步：${stepLabel(index)}`}
            onChange={(event) => go(Number(event.target.value))}
          />
          <span aria-hidden="true">
            {index} / {last}
          </span>
        </label>
      </div>

      <p className={styles.live} aria-live="polite" data-testid="step-summary">
        {describeStep(step, timeline)}
      </p>

      <Heading as={H} className={styles.subheading}>
        第 {index} 步：{stepLabel(index)}
      </Heading>
      <StepView step={step} timeline={timeline} headingLevel={headingLevel === 3 ? 4 : 5} />
      <Heading as={H} className={styles.subheading}>
        输出
      </Heading>
      <Results step={step} timeline={timeline} />
    </div>
  );
}
