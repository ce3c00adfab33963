import Link from '@docusaurus/Link';
import {useId, useState, type ReactNode} from 'react';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import {holdsOn, isRightChoice, optionLetter, progressKey, rightOptions} from '@site/src/selfCheck/questions';
import {recordOutcome, useSelfCheckAnswers} from '@site/src/selfCheck/useSelfCheckAnswers';
import {withCode} from '@site/src/utils/withCode';
import {QUESTION_ATTRIBUTE, type QuestionDraft} from './draft';
import styles from './styles.module.css';

const KIND_LABELS = {single: '单选', multiple: '多选', open: '简答'} as const;

interface Props {
  question: QuizQuestion;
  /** Site path of the note the question belongs to (its progress key and, on the review page, its link). */
  notePath: string;
  /** Title of the source the explanation cites: the note's 依据 entry. */
  sourceTitle: string;
  /** Shown before the question in its legend (第 2 题 and the like). */
  label: string;
  /** Where the question comes from, shown on pages other than its note. */
  from?: ReactNode;
  /** What the reader chose or typed before the live component replaced the server markup. */
  draft?: QuestionDraft;
}

/**
 * One self-check question: a radio or checkbox group (or a text box for an
 * open question) in a fieldset whose legend is the question. The answer,
 * explanation, source and versions are in the page's HTML inside <details>,
 * so they can be read without JavaScript; with it, checking an answer says
 * whether it was right (announced through a live region), opens them and
 * records the outcome in this browser.
 */
export default function Question({question: q, notePath, sourceTitle, label, from, draft}: Props) {
  const id = useId();
  const key = progressKey(notePath, q.id);
  const {answers} = useSelfCheckAnswers();
  const {version} = useMyFlinkVersion();
  const [chosen, setChosen] = useState<number[]>(draft?.chosen ?? []);
  const [checked, setChecked] = useState<number[] | null>(null);
  const [open, setOpen] = useState(draft?.open ?? false);
  const [status, setStatus] = useState('');
  const stored = answers.get(key);
  const right = rightOptions(q);

  function choose(index: number) {
    setChosen(
      q.kind === 'single' ? [index] : chosen.includes(index) ? chosen.filter((i) => i !== index) : [...chosen, index],
    );
  }

  function check() {
    const correct = isRightChoice(q, chosen);
    recordOutcome(key, correct ? 'right' : 'wrong');
    setChecked(chosen);
    setOpen(true);
    setStatus(correct ? '回答正确。' : `回答错误：正确答案是 ${right.map(optionLetter).join('、')}。`);
  }

  function mark(correct: boolean) {
    recordOutcome(key, correct ? 'right' : 'wrong');
    setStatus(correct ? '已记为答对。' : '已记为没答对，复习页会把它排在前面。');
  }

  return (
    <fieldset className={styles.question} {...{[QUESTION_ATTRIBUTE]: q.id}}>
      <legend className={styles.legend}>
        <span className={styles.label}>
          {label}（{KIND_LABELS[q.kind]}）
        </span>
        {withCode(q.question)}
      </legend>
      {from && <p className={styles.from}>{from}</p>}
      {!holdsOn(q.versions, version) && (
        <p className={styles.versionNote}>
          这道题的答案适用于 Flink {q.versions}，你选的版本是 {version}。
          {q.other_versions ? withCode(q.other_versions) : '在你的版本上答案可能不同，请对照该版本的文档。'}
        </p>
      )}
      {q.options ? (
        <ul className={styles.options}>
          {q.options.map((option, i) => (
            <li key={i}>
              <input
                type={q.kind === 'single' ? 'radio' : 'checkbox'}
                id={`${id}-${i}`}
                name={id}
                checked={chosen.includes(i)}
                onChange={() => choose(i)}
              />
              <label htmlFor={`${id}-${i}`}>
                {optionLetter(i)}. {withCode(option.text)}
                {checked && right.includes(i) && <span className={styles.right}>正确答案</span>}
                {checked?.includes(i) && !right.includes(i) && <span className={styles.wrong}>你的选择</span>}
              </label>
            </li>
          ))}
        </ul>
      ) : (
        <>
          <label htmlFor={`${id}-text`} className={styles.textLabel}>
            你的回答（只留在这个页面上，不保存、不上传）
          </label>
          <textarea id={`${id}-text`} className={styles.text} rows={3} defaultValue={draft?.text} />
        </>
      )}
      <div className={styles.actions}>
        {q.options ? (
          <button
            type="button"
            className="button button--sm button--primary"
            disabled={chosen.length === 0}
            onClick={check}>
            核对答案
          </button>
        ) : (
          <button type="button" className="button button--sm button--primary" onClick={() => setOpen(true)}>
            显示参考答案
          </button>
        )}
        {stored && !status && <span className={styles.last}>上次{stored === 'right' ? '答对了' : '没答对'}</span>}
      </div>
      <p role="status" className={styles.status}>
        {status}
      </p>
      <details className={styles.answer} open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>答案与解释</summary>
        {q.options ? (
          <p>
            <strong>正确答案：</strong>
            {right.map((i) => (
              <span key={i} className={styles.rightOption}>
                {optionLetter(i)}. {withCode(q.options![i].text)}
              </span>
            ))}
          </p>
        ) : (
          <p>
            <strong>参考答案：</strong>
            {withCode(q.answer!)}
          </p>
        )}
        <p>{withCode(q.explanation)}</p>
        <p className={styles.meta}>
          依据：<Link href={q.source}>{sourceTitle}</Link> · 适用版本：Flink {q.versions}
        </p>
        {q.other_versions && <p className={styles.meta}>其他版本：{withCode(q.other_versions)}</p>}
        {!q.options && (
          <div role="group" aria-label="对照参考答案，你答对了吗？" className={styles.actions}>
            <span>对照参考答案，你答对了吗？</span>
            <button type="button" className="button button--sm button--secondary" onClick={() => mark(true)}>
              答对了
            </button>
            <button type="button" className="button button--sm button--secondary" onClick={() => mark(false)}>
              没答对
            </button>
          </div>
        )}
      </details>
    </fieldset>
  );
}
