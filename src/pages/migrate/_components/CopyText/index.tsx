import {useEffect, useRef, useState} from 'react';
import styles from './styles.module.css';

interface Props {
  text: string;
  /** The button: 「复制 Markdown 报告」. */
  label: string;
  /** What was copied, for the confirmation: 「Markdown 报告」. */
  what: string;
}

/**
 * A copy button with a confirmation that screen readers hear. When the
 * browser refuses the clipboard (permission denied, an insecure context,
 * no Clipboard API), the text appears in a read-only box, selected, for
 * the reader to copy with the keyboard.
 */
export default function CopyText({text, label, what}: Props) {
  const [state, setState] = useState<'idle' | 'copied' | 'denied'>('idle');
  const box = useRef<HTMLTextAreaElement>(null);
  // A new text (another check, another version) has not been copied yet.
  useEffect(() => setState('idle'), [text]);
  useEffect(() => {
    if (state !== 'denied') return;
    box.current?.focus();
    box.current?.select();
  }, [state]);

  async function copy() {
    try {
      if (!navigator.clipboard) throw new Error('no Clipboard API');
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      setState('denied');
    }
  }

  const lines = text.trimEnd().split('\n').length;
  return (
    <div className={styles.copy}>
      <button type="button" className="button button--sm button--secondary" onClick={copy}>
        {label}
      </button>
      <span role="status" className={styles.status}>
        {state === 'copied' && `已复制到剪贴板：${what}，共 ${lines} 行。`}
      </span>
      {state === 'denied' && (
        <div className={styles.fallback}>
          <p>浏览器没有允许写入剪贴板。下面已经全部选中，按 Ctrl+C（Mac 上按 ⌘C）复制：</p>
          <textarea ref={box} readOnly value={text} rows={8} aria-label="要复制的文本" className={styles.box} />
        </div>
      )}
    </div>
  );
}
