import {useId, useRef, useState} from 'react';
import {resetOutcomes} from '@site/src/selfCheck/useSelfCheckAnswers';
import styles from './styles.module.css';

/**
 * One button that clears every self-check answer after a confirmation. The
 * dialog is the browser's own <dialog> opened with showModal(): it keeps the
 * keyboard inside, closes with Esc, returns focus to the button, and its
 * buttons say what they do (window.confirm would show an OK/Cancel pair in
 * the browser's language).
 */
export default function ResetAnswers({answered}: {answered: number}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // Where the keyboard goes after clearing: the button it came from is then disabled.
  const status = useRef<HTMLParagraphElement>(null);
  const id = useId();
  const [result, setResult] = useState('');

  function reset() {
    setResult(
      resetOutcomes()
        ? '已清除全部自测记录。'
        : '浏览器没有清除存储中的记录（本地存储被禁用），这次访问中的记录已清空。',
    );
  }

  return (
    <>
      <button
        type="button"
        className="button button--sm button--outline button--secondary"
        disabled={answered === 0}
        onClick={() => dialog.current?.showModal()}>
        清除自测记录
      </button>
      <p role="status" ref={status} tabIndex={-1} className={styles.result}>
        {result}
      </p>
      <dialog ref={dialog} className={styles.dialog} aria-labelledby={`${id}-title`} aria-describedby={`${id}-text`}>
        {/* The dialog's name (aria-labelledby), not a heading of the page: a heading would get a link to itself. */}
        <p id={`${id}-title`} className={styles.title}>
          清除全部自测记录？
        </p>
        <p id={`${id}-text`}>
          这会清除这个浏览器里全部 {answered} 道题的答题结果，学习路线的勾选和「我的 Flink
          版本」不受影响。清除后不能恢复。
        </p>
        <div className={styles.buttons}>
          <button type="button" className="button button--secondary" autoFocus onClick={() => dialog.current?.close()}>
            取消
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              reset();
              dialog.current?.close();
              status.current?.focus();
            }}>
            清除
          </button>
        </div>
      </dialog>
    </>
  );
}
