import FlinkReleaseOptions from '@site/src/components/FlinkReleaseOptions';
import type {FromParam} from '../../_utils';
import styles from './styles.module.css';

interface Props {
  param: FromParam;
  /** The stored "my Flink version". */
  stored: string | null;
  /** The version in effect. */
  from: string | null;
  /** A release, or null for "show every change". */
  onChange: (version: string | null) => void;
}

/** Which release the reader upgrades from: the address's ?from= first, then "my Flink version". */
export default function FromVersion({param, stored, from, onChange}: Props) {
  let hint = '不选时显示全部变化。';
  if (param.kind === 'version' && stored && stored !== param.version) {
    hint = `网址里的版本 ${param.version} 优先于你在「我的 Flink 版本」中选的 ${stored}。`;
  } else if (param.kind === 'all' && stored) {
    hint = `网址里的 from=all 表示显示全部变化，不按你在「我的 Flink 版本」中选的 ${stored} 隐藏。`;
  } else if (param.kind === 'none' && stored) {
    hint = '取自你在「我的 Flink 版本」中选的版本。';
  } else if (from) {
    hint = `只显示 ${from} 之后才弃用或移除的写法；已隐藏的数目显示在结果上方。`;
  }
  return (
    <div className={styles.from}>
      <label htmlFor="migrate-from">从哪个 Flink 版本升级</label>
      <select
        id="migrate-from"
        className={styles.select}
        value={from ?? ''}
        aria-describedby="migrate-from-hint"
        onChange={(event) => onChange(event.target.value || null)}>
        <option value="">不限：显示全部变化</option>
        <FlinkReleaseOptions />
      </select>
      <p id="migrate-from-hint" className={styles.hint}>
        {param.kind === 'invalid' && `网址里的 from=${param.value} 不是本站列出的版本，已忽略。`}
        {hint}
      </p>
    </div>
  );
}
