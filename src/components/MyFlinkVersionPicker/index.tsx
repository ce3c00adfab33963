import useIsBrowser from '@docusaurus/useIsBrowser';
import clsx from 'clsx';
import {useId, useRef, useState} from 'react';
import FlinkReleaseOptions from '@site/src/components/FlinkReleaseOptions';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import styles from './styles.module.css';

interface Props {
  /**
   * The navbar's short form: a shorter label, and no clear button (the
   * navbar has no room for it; the list's empty choice clears it there).
   */
  compact?: boolean;
  className?: string;
}

/**
 * The "我的 Flink 版本" picker: a labelled <select> of the releases a reader
 * can run (1.20 marked LTS), whose 未选择 forgets the choice, and on pages a
 * button that does the same. The choice
 * is kept in this browser (src/hooks/useMyFlinkVersion.ts) and every picker
 * and page that reads it follows at once, in other tabs too. It sits in the
 * navbar and on the pages that use it; it is only a few elements, and what
 * each page does with the version lives in that page's own code.
 */
export default function MyFlinkVersionPicker({compact = false, className}: Props) {
  const id = useId();
  const isBrowser = useIsBrowser();
  const {version, setVersion} = useMyFlinkVersion();
  const [unsaved, setUnsaved] = useState(false);
  const select = useRef<HTMLSelectElement>(null);

  function choose(next: string | null) {
    setUnsaved(!setVersion(next));
  }

  return (
    <div className={clsx(styles.picker, compact && styles.compact, className)}>
      <label htmlFor={id} className={styles.label}>
        {compact ? '我的版本' : '我的 Flink 版本'}
      </label>
      <select
        id={id}
        ref={select}
        className={styles.select}
        value={version ?? ''}
        // The static HTML cannot act on a choice; the select works once the page has started.
        disabled={!isBrowser}
        onChange={(event) => choose(event.target.value || null)}>
        <option value="">未选择</option>
        <FlinkReleaseOptions />
      </select>
      {version && !compact && (
        <button
          type="button"
          className={styles.clear}
          aria-label="清除我的 Flink 版本"
          onClick={() => {
            choose(null);
            // The button goes away with the choice: keep the keyboard on the picker.
            select.current?.focus();
          }}>
          清除
        </button>
      )}
      {unsaved && (
        <span role="status" className={styles.unsaved}>
          浏览器没有保存这个选择，只在这次访问中有效。
        </span>
      )}
    </div>
  );
}
