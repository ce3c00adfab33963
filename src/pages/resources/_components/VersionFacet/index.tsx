import MyFlinkVersionPicker from '@site/src/components/MyFlinkVersionPicker';
import {VALIDITY_LABELS} from '@site/src/data/taxonomy';
import styles from './styles.module.css';

interface Props {
  /** The version the filter holds (from the URL), or null. */
  filtered: string | null;
  /** The reader's own version (我的 Flink 版本), or null. */
  mine: string | null;
  /** How many resources the filter shows for a version, given the other filters. */
  count: (version: string) => number;
  onChange: (version: string | null) => void;
}

/**
 * The explorer's "applies to my version" filter, beside the picker itself.
 * The filter's version lives in the URL like every other filter, so a shared
 * link shows the same list to a reader who picked another version (or none);
 * src/pages/resources/_utils.ts (appliesToVersion) says what "applies" means.
 */
export default function VersionFacet({filtered, mine, count, onChange}: Props) {
  const shown = filtered ?? mine;
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>适用于我的版本</legend>
      <MyFlinkVersionPicker className={styles.picker} />
      {shown ? (
        <div className={styles.option}>
          <input
            type="checkbox"
            id="filter-version"
            checked={filtered !== null}
            onChange={() => onChange(filtered === null ? shown : null)}
          />
          <label htmlFor="filter-version">
            只看适用于 Flink {shown} 的 <span className={styles.count}>({count(shown)})</span>
          </label>
        </div>
      ) : (
        <p className={styles.hint}>选好版本后，可以只看适用于它的资源。</p>
      )}
      {filtered && mine && filtered !== mine && (
        <p className={styles.hint}>
          网址里的版本是 {filtered}，你的版本是 {mine}。{' '}
          <button type="button" className="button button--sm button--link" onClick={() => onChange(mine)}>
            改为适用于 {mine}
          </button>
        </p>
      )}
      <details className={styles.rule}>
        <summary>怎样算「适用」</summary>
        <p>按每条资源写于哪个 Flink 版本，以及它在 Flink 2.x 上是否仍然成立来判断：</p>
        <ul>
          <li>
            {`「${VALIDITY_LABELS.current}」的资源：写于你的版本或更早的算适用，它在写成时和今天的 2.x 上都成立；写于更新版本的不算，它可能用到你的版本还没有的东西；没有注明版本的，只对 2.x 的版本算适用。`}
          </li>
          <li>
            {`「${VALIDITY_LABELS['api-changed']}」的资源：只对它写于的那几个版本算适用。目录只记下它的哪些写法后来变了，没有记下是哪个版本变的，在别的版本上可能有写法已经不能用。`}
          </li>
          <li>{`「${VALIDITY_LABELS.historical}」的资源：不算适用于任何版本。`}</li>
        </ul>
      </details>
    </fieldset>
  );
}
