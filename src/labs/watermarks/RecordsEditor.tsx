import {useId, useState} from 'react';
import DraftInput from './DraftInput';
import {LIMITS, parseCsv, toCsv, type LabRecord} from './scenario';
import styles from './styles.module.css';
import TableScroll from './TableScroll';

interface Props {
  records: LabRecord[];
  /** The record the current step is at (1-based), if any. */
  current: number | undefined;
  onChange: (records: LabRecord[], problems?: string[]) => void;
  onJump: (step: number) => void;
}

const isNonNegative = (text: string) => /^\s*\d+\s*$/.test(text);
const isKey = (text: string) => /^[\p{L}\p{N}_-]+$/u.test(text.trim()) && [...text.trim()].length <= LIMITS.keyLength;

/** The input table: edit, add and delete rows, or replace them all from pasted CSV. */
export default function RecordsEditor({records, current, onChange, onJump}: Props) {
  const csvId = useId();
  const [csv, setCsv] = useState<string | null>(null);
  const update = (index: number, patch: Partial<LabRecord>) =>
    onChange(records.map((record, i) => (i === index ? {...record, ...patch} : record)));
  const add = () => {
    const last = records.at(-1);
    onChange([
      ...records,
      {ts: (last?.ts ?? 0) + 1000, key: last?.key ?? 'a', split: last?.split ?? 0, arrival: (last?.arrival ?? 0) + 1},
    ]);
  };

  return (
    <div>
      <TableScroll label="输入记录">
        <table className={styles.table}>
          <caption>输入记录（按到达顺序，每步读一条）</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">事件时间（毫秒）</th>
              <th scope="col">键</th>
              <th scope="col">分片</th>
              <th scope="col">到达（秒）</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {records.map((record, index) => {
              const no = index + 1;
              return (
                <tr
                  key={index}
                  aria-current={current === no ? 'step' : undefined}
                  className={current === no ? styles.currentRow : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      className={styles.linkButton}
                      onClick={() => onJump(no)}
                      aria-label={`跳到记录 #${no}`}>
                      #{no}
                    </button>
                  </th>
                  <td>
                    <DraftInput
                      className={styles.cellInput}
                      inputMode="numeric"
                      aria-label={`#${no} 的事件时间（毫秒）`}
                      value={String(record.ts)}
                      isValid={isNonNegative}
                      onCommit={(text) => update(index, {ts: Number(text)})}
                    />
                  </td>
                  <td>
                    <DraftInput
                      className={styles.cellInput}
                      aria-label={`#${no} 的键`}
                      value={record.key}
                      isValid={isKey}
                      onCommit={(text) => update(index, {key: text})}
                    />
                  </td>
                  <td>
                    <DraftInput
                      className={styles.cellInput}
                      inputMode="numeric"
                      aria-label={`#${no} 的分片`}
                      value={String(record.split)}
                      isValid={isNonNegative}
                      onCommit={(text) => update(index, {split: Number(text)})}
                    />
                  </td>
                  <td>
                    <DraftInput
                      className={styles.cellInput}
                      inputMode="numeric"
                      aria-label={`#${no} 的到达时间（秒）`}
                      value={String(record.arrival)}
                      isValid={isNonNegative}
                      onCommit={(text) => update(index, {arrival: Number(text)})}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--sm button--secondary"
                      aria-label={`删除 #${no}`}
                      onClick={() => onChange(records.filter((_, i) => i !== index))}>
                      删除
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <div className={styles.buttonRow}>
        <button
          type="button"
          className="button button--sm button--secondary"
          onClick={add}
          disabled={records.length >= LIMITS.records}>
          添加一行
        </button>
        <button
          type="button"
          className="button button--sm button--secondary"
          aria-expanded={csv !== null}
          aria-controls={csvId}
          onClick={() => setCsv(csv === null ? toCsv(records) : null)}>
          {csv === null ? '用 CSV 编辑' : '收起 CSV'}
        </button>
      </div>
      {csv !== null && (
        <div id={csvId} className={styles.csv}>
          <label htmlFor={`${csvId}-text`}>
            每行一条：依次是事件时间（毫秒）、键、分片、到达时间（秒），用逗号分隔。到达时间可以省略（上一条之后 1
            秒）；最多 {LIMITS.records} 条。
          </label>
          <textarea
            id={`${csvId}-text`}
            rows={8}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
            spellCheck={false}
          />
          <button
            type="button"
            className="button button--sm button--primary"
            onClick={() => {
              const result = parseCsv(csv);
              if (result.records.length > 0) onChange(result.records, result.problems);
              else onChange(records, result.problems);
            }}>
            用 CSV 替换全部记录
          </button>
        </div>
      )}
    </div>
  );
}
