import {useMemo} from 'react';
import FacetFieldset from '@site/src/components/FacetFieldset';
import type {PageResult} from '@site/src/migrate/checkForPage';
import {SEVERITY_LABELS, toMarkdown} from '@site/src/migrate/report';
import type {Severity} from '@site/src/migrate/types';
import {SEVERITIES, summarize} from '../../_utils';
import CopyText from '../CopyText';
import FileResult from '../FileResult';
import styles from './styles.module.css';

export interface Slot {
  name: string;
  result?: PageResult;
}

interface Props {
  slots: readonly Slot[];
  /** The version the reader upgrades from (null: none chosen). */
  from: string | null;
  showHidden: boolean;
  onShowHidden: (show: boolean) => void;
  severities: readonly Severity[];
  onSeverities: (severities: Severity[]) => void;
  /** Whether every file has its answer (the Markdown report is offered then). */
  complete: boolean;
}

/** The whole report as Markdown: the engine's, plus the files it was not given or refused. */
function markdown(slots: readonly Slot[], from: string | null): string {
  const reports = slots.flatMap(({result}) => (result?.ok ? [result.report] : []));
  const refused = slots.flatMap(({result}) => (result && !result.ok ? [`- ${result.name}：${result.message}`] : []));
  const text = toMarkdown(reports, from);
  return refused.length > 0 ? `${text}\n### 没能检查的文件\n\n${refused.join('\n')}\n` : text;
}

/** The report of one check: totals and the severity filter, the version note, the Markdown copy, then each file. */
export default function Results({slots, from, showHidden, onShowHidden, severities, onSeverities, complete}: Props) {
  const shownFrom = showHidden ? null : from;
  const results = slots.flatMap(({result}) => (result ? [result] : []));
  const summary = summarize(results, shownFrom);
  const hiddenByVersion = from ? summarize(results, from).hidden : 0;
  const report = useMemo(() => (complete ? markdown(slots, shownFrom) : ''), [complete, slots, shownFrom]);
  return (
    <div className={styles.results}>
      <div className={styles.summary}>
        <FacetFieldset
          name="severity"
          legend="按严重程度显示"
          options={SEVERITIES}
          label={(severity) => SEVERITY_LABELS[severity as Severity]}
          selected={[...severities]}
          counts={summary.counts}
          onToggle={(severity) =>
            onSeverities(
              severities.includes(severity as Severity)
                ? severities.filter((s) => s !== severity)
                : SEVERITIES.filter((s) => s === severity || severities.includes(s)),
            )
          }
        />
        {hiddenByVersion > 0 && (
          <div className={styles.hidden}>
            <p>
              你从 Flink {from} 升级：有 {hiddenByVersion} 处问题在 {from} 或更早就已弃用或移除，不是这次升级带来的变化
              {showHidden ? '，现在一并显示。' : '，已隐藏。'}
            </p>
            <label>
              <input type="checkbox" checked={showHidden} onChange={(event) => onShowHidden(event.target.checked)} />{' '}
              也显示这 {hiddenByVersion} 处
            </label>
          </div>
        )}
        {complete && <CopyText text={report} label="复制为 Markdown" what="Markdown 报告（含全部严重程度）" />}
      </div>
      {slots.map((slot, index) => (
        <FileResult key={index} name={slot.name} result={slot.result} from={shownFrom} severities={severities} />
      ))}
    </div>
  );
}
