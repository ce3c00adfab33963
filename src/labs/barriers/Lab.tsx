import Link from '@docusaurus/Link';
import clsx from 'clsx';
import {useCallback, useEffect, useId, useMemo, useState} from 'react';
import ScenarioForm, {FIELD_KEYS, type Fields} from './ScenarioForm';
import SnapshotTable from './SnapshotTable';
import StepPicture from './StepPicture';
import TimelineTable, {stepName} from './TimelineTable';
import {describeMode, parse, serialize} from './scenario';
import {simulate} from './simulate';
import {SOURCES} from './sources';
import styles from './styles.module.css';

export interface LabProps {
  /** The scenario, as the lab page's query string. */
  query: string;
  /** Called with the new query string when the reader edits the scenario (the lab page writes it to its address). */
  onQueryChange?: (query: string) => void;
  /** Show the scenario form; a note's embed only plays its preset. */
  editable?: boolean;
}

const PLAY_INTERVAL_MS = 1200;

/** The form's fields: what the query says, and for a missing parameter the value the lab uses. */
function fieldsOf(query: string): Fields {
  const given = new URLSearchParams(query.replace(/^\?/, ''));
  const used = new URLSearchParams(serialize(parse(query).scenario));
  return Object.fromEntries(FIELD_KEYS.map((key) => [key, given.get(key) ?? used.get(key) ?? ''])) as Fields;
}

/**
 * The checkpoint-barrier lab: plays checkpoint n through one Task step by
 * step. It only renders the timeline that simulate() computes.
 */
export default function BarriersLab({query, onQueryChange, editable = true}: LabProps) {
  const id = useId();
  const [fields, setFields] = useState<Fields>(() => fieldsOf(query));
  const [edited, setEdited] = useState(false);
  const {scenario, problems} = useMemo(
    () => parse(edited ? new URLSearchParams(fields).toString() : query),
    [edited, fields, query],
  );
  const timeline = useMemo(() => simulate(scenario), [scenario]);
  const [index, setIndex] = useState(0);
  const [playing, setPlaying] = useState(false);
  const lastIndex = timeline.steps.length - 1;
  const step = timeline.steps[Math.min(index, lastIndex)];

  const change = useCallback(
    (key: keyof Fields, value: string) => {
      const next = {...fields, [key]: value};
      setFields(next);
      setEdited(true);
      setIndex(0);
      setPlaying(false);
      onQueryChange?.(serialize(parse(new URLSearchParams(next).toString()).scenario));
    },
    [fields, onQueryChange],
  );

  useEffect(() => {
    if (!playing) return undefined;
    if (index >= lastIndex) {
      setPlaying(false);
      return undefined;
    }
    const timer = window.setTimeout(() => setIndex((current) => Math.min(current + 1, lastIndex)), PLAY_INTERVAL_MS);
    return () => window.clearTimeout(timer);
  }, [playing, index, lastIndex]);

  const go = (next: number) => setIndex(Math.max(0, Math.min(next, lastIndex)));
  const atEnd = index >= lastIndex;

  return (
    <div className={styles.lab}>
      {editable && <ScenarioForm fields={fields} scenario={scenario} problems={problems} onChange={change} />}
      {!editable && (
        <>
          <p className={styles.help}>{describeMode(scenario)}</p>
          <p className={styles.help}>
            这是简化的模型：只有一个 Task 和一个检查点，记录是抽象的数据项，时间按抽象的「步」推进；它给出的先后顺序都是
            Flink 会产生的，但步数不代表真实的时间（详见实验页）。
          </p>
        </>
      )}

      <div className={styles.player} role="group" aria-label="回放">
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => go(0)}
          disabled={index === 0}>
          回到开始
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => go(index - 1)}
          disabled={index === 0}>
          上一步
        </button>
        <button
          type="button"
          className="button button--primary button--sm"
          onClick={() => {
            if (atEnd) go(0);
            setPlaying((current) => !current);
          }}>
          {playing ? '暂停' : atEnd ? '从头播放' : '播放'}
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => go(index + 1)}
          disabled={atEnd}>
          下一步
        </button>
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => go(lastIndex)}
          disabled={atEnd}>
          跳到结束
        </button>
      </div>
      <div className={styles.slider}>
        <label htmlFor={`${id}-step`}>进度</label>
        <input
          id={`${id}-step`}
          type="range"
          min={0}
          max={lastIndex}
          value={Math.min(index, lastIndex)}
          aria-valuetext={`${stepName(step)}（共 ${lastIndex + 1} 个记录点）`}
          onChange={(event) => {
            setPlaying(false);
            go(Number(event.target.value));
          }}
        />
        <span aria-hidden="true">{stepName(step)}</span>
      </div>
      <div className={styles.moments} role="group" aria-label="跳到关键时刻">
        <span>跳到：</span>
        {timeline.moments.map((moment) => (
          <button
            key={moment.label}
            type="button"
            className={clsx(
              'button button--sm',
              moment.index === index ? 'button--primary' : 'button--outline button--primary',
            )}
            aria-current={moment.index === index ? 'step' : undefined}
            onClick={() => {
              setPlaying(false);
              go(moment.index);
            }}>
            {moment.label}
          </button>
        ))}
      </div>

      <p className={styles.visuallyHidden} aria-live="polite">
        {`${stepName(step)}：${step.events.map((event) => event.text).join('')}`}
      </p>
      <div className={styles.now}>
        <p className={styles.nowTitle}>{stepName(step)}</p>
        <ol className={styles.events}>
          {step.events.map((event, i) => (
            <li key={i} className={clsx(styles.event, styles[`event-${event.kind}`])}>
              {event.text}{' '}
              <Link className={styles.source} to={SOURCES[event.source].url}>
                依据：{SOURCES[event.source].title}
              </Link>
            </li>
          ))}
        </ol>
      </div>
      {timeline.problem && (
        <p className={styles.problems} role="alert">
          {timeline.problem}
        </p>
      )}

      <StepPicture step={step} drain={scenario.drain} caption={`${stepName(step)}结束时的 Task`} />
      <SnapshotTable checkpoint={step.checkpoint} />
      <TimelineTable steps={timeline.steps} current={index} onJump={go} />
    </div>
  );
}
