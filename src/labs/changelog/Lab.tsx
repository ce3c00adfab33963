import Link from '@docusaurus/Link';
import {useCallback, useMemo, useState} from 'react';
import InputEditor from './InputEditor';
import {labPath} from '../catalog';
import type {Scenario, Shape} from './model';
import Playback from './Playback';
import {presets} from './presets';
import QueryForm from './QueryForm';
import Results from './Results';
import {parseScenario, serializeScenario} from './scenario';
import {simulate} from './simulate';
import Sinks from './Sinks';
import styles from './styles.module.css';

export interface ChangelogLabProps {
  /** The scenario as the lab page's query string (a preset's `query`, or the address). */
  query: string;
  /**
   * Called with the new query string after every edit and step. The lab
   * page writes it to the address; in a note it is left out and the lab
   * keeps its scenario to itself.
   */
  onQueryChange?: (query: string) => void;
  /** Level of the lab's section headings: h3 on the lab page, h4 inside a note's island. */
  heading?: 'h3' | 'h4';
}

/**
 * The SQL changelog lab. It renders the simulation's timeline and computes no
 * semantics itself: parse → simulate → show, and every edit goes back through
 * the query string, so what the reader sees is always what the address says.
 */
export default function ChangelogLab({query, onQueryChange, heading = 'h4'}: ChangelogLabProps) {
  // The lab page starts a new lab (a new key) when its address changes from outside.
  const [current, setCurrent] = useState(query);
  const parsed = useMemo(() => parseScenario(current), [current]);
  const {scenario} = parsed;
  // Stepping changes only `step`: the run itself is computed once per scenario.
  const run = serializeScenario({...scenario, step: 0});
  const timeline = useMemo(() => simulate(parseScenario(run).scenario), [run]);
  const step = Math.min(scenario.step, timeline.steps.length);

  const setQuery = useCallback(
    (next: string) => {
      setCurrent(next);
      onQueryChange?.(next);
    },
    [onQueryChange],
  );
  const change = useCallback((next: Scenario) => setQuery(serializeScenario(next)), [setQuery]);
  const onStep = useCallback((next: number) => change({...scenario, step: next}), [change, scenario]);
  const onShape = (shape: Shape) => {
    const preset = presets.find((candidate) => parseScenario(candidate.query).scenario.shape === shape);
    setQuery(preset ? preset.query : serializeScenario({...scenario, shape, events: [], step: 0}));
  };

  return (
    <div className={styles.lab}>
      <QueryForm scenario={scenario} plan={timeline.plan} onChange={change} onShape={onShape} heading={heading} />
      <InputEditor
        scenario={scenario}
        problems={[...parsed.problems, ...timeline.problems]}
        onChange={change}
        onPreset={setQuery}
        heading={heading}
      />
      <Playback steps={timeline.steps} step={step} onStep={onStep} heading={heading} />
      <Results plan={timeline.plan} steps={timeline.steps} step={step} heading={heading} />
      <Sinks scenario={scenario} plan={timeline.plan} sinks={timeline.sinks} onChange={change} heading={heading} />
      <p className={styles.model}>
        这里模拟的是一个并行实例、状态永不过期（没开状态有效期 TTL，也没开 mini-batch）时各算子逐行产生的逻辑
        changelog；多个并行实例之间的交错与网络乱序不在模拟之内。
      </p>
      {!onQueryChange && (
        <p className={styles.hint}>
          <Link to={`${labPath('changelog')}${current ? `?${current}` : ''}`}>在实验页打开当前场景</Link>
          ：那里的网址就是这个场景，可以分享。
        </p>
      )}
    </div>
  );
}
