import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useEffect, useMemo, useState} from 'react';
import quizzes from '@generated/hub-notes/default/self-check.js';
import FlinkReleaseOptions from '@site/src/components/FlinkReleaseOptions';
import FacetFieldset from '@site/src/components/FacetFieldset';
import Question from '@site/src/components/SelfCheck/Question';
import UnsavedNotice from '@site/src/components/SelfCheck/UnsavedNotice';
import {TOPIC_LABELS, TOPICS, type Topic} from '@site/src/data/taxonomy';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import {parseAnswers, readStoredText, type Outcome} from '@site/src/selfCheck/progress';
import {questionAnchor} from '@site/src/selfCheck/questions';
import {useSelfCheckAnswers} from '@site/src/selfCheck/useSelfCheckAnswers';
import {useQueryState} from '@site/src/utils/useQueryState';
import Cards from './_components/Cards';
import ResetAnswers from './_components/ResetAnswers';
import {
  countBy,
  emptyState,
  filterItems,
  MODES,
  newSeed,
  parseState,
  reviewItems,
  serializeState,
  shuffle,
  toggle,
  wrongFirst,
  type Mode,
  type ReviewItem,
  type ReviewState,
} from './_utils';
import styles from './styles.module.css';

const items = reviewItems(quizzes);
const notePaths = quizzes.map((note) => note.path);
const parseReviewState = (search: string) => parseState(search, notePaths);
const serializeReviewState = (state: ReviewState) => serializeState(state, notePaths);
const noteTitles = new Map(quizzes.map((note) => [note.path, note.title]));
// Only the topics some note with questions is on.
const topics = TOPICS.filter((topic) => quizzes.some((note) => note.topics.includes(topic)));

const withZeros = (counts: Record<string, number>, options: readonly string[]) =>
  Object.fromEntries(options.map((option) => [option, counts[option] ?? 0]));

function From({item}: {item: ReviewItem}) {
  return (
    <>
      出自笔记
      <Link to={`${item.note.path}#${questionAnchor(item.question.id)}`}>《{item.note.title}》</Link>
    </>
  );
}

/**
 * The review page (复习与面试): every note's self-check questions in one place, filtered by
 * topic, note and Flink version (the filter is in the URL, as on the
 * explorer), listed or one at a time in a seeded random order; the questions
 * the reader got wrong come first.
 */
export default function Review() {
  const [state, update] = useQueryState(parseReviewState, serializeReviewState);
  const {answers} = useSelfCheckAnswers();
  const {version: myVersion} = useMyFlinkVersion();
  // Wrong answers as they were when the page opened: answering here does not
  // make the question jump to the top under the reader's hands.
  const [wrongAtStart, setWrongAtStart] = useState<ReadonlyMap<string, Outcome>>(() => new Map());
  useEffect(() => setWrongAtStart(parseAnswers(readStoredText())), []);

  const shown = useMemo(() => {
    const filtered = filterItems(items, state);
    return wrongFirst(state.mode === 'cards' ? shuffle(filtered, state.seed) : filtered, wrongAtStart);
  }, [state, wrongAtStart]);

  const outcomes = shown.map((item) => answers.get(item.key));
  const wrong = outcomes.filter((o) => o === 'wrong').length;
  const right = outcomes.filter((o) => o === 'right').length;
  const isFiltered = state.topics.length + state.notes.length > 0 || state.version !== null;

  return (
    <Layout
      title="复习与面试"
      description="本站全部笔记的自测题：按主题、笔记和 Flink 版本筛选，逐题随机练习，答错的题排在前面；每道题都注明依据和适用版本。">
      <main className="container margin-vert--lg">
        <Heading as="h1">复习与面试</Heading>
        <p>
          {`这里汇集了每篇笔记末尾的自测题，共 ${items.length} 道。每道题的解释都注明依据（官方文档、源码或 JIRA）和答案适用的 Flink 版本，准备面试时可以放心引用。`}
          {'你答错的题排在最前面；筛选条件保存在网址中，复制网址即可分享，逐题练习的随机顺序也随网址一起分享。'}
        </p>
        <div className={styles.layout}>
          <form className={styles.filters} aria-label="筛选条件" onSubmit={(event) => event.preventDefault()}>
            <fieldset className={styles.modes}>
              <legend>练习方式</legend>
              {(Object.keys(MODES) as Mode[]).map((mode) => (
                <label key={mode}>
                  <input
                    type="radio"
                    name="mode"
                    value={mode}
                    checked={state.mode === mode}
                    onChange={() =>
                      update((current) => ({...current, mode, seed: mode === 'cards' ? current.seed || newSeed() : ''}))
                    }
                  />{' '}
                  {MODES[mode]}
                </label>
              ))}
            </fieldset>
            <div className={styles.field}>
              <label htmlFor="review-version">答案适用于 Flink</label>
              <select
                id="review-version"
                className={styles.input}
                value={state.version ?? ''}
                onChange={(event) => update((current) => ({...current, version: event.target.value || null}))}>
                <option value="">全部版本</option>
                <FlinkReleaseOptions />
              </select>
              {myVersion && state.version !== myVersion && (
                <button
                  type="button"
                  className="button button--sm button--link"
                  onClick={() => update((current) => ({...current, version: myVersion}))}>
                  只看适用于我的版本（{myVersion}）的题
                </button>
              )}
            </div>
            <FacetFieldset
              name="topic"
              legend="主题"
              options={topics}
              label={(topic) => TOPIC_LABELS[topic as Topic]}
              selected={state.topics}
              counts={withZeros(countBy(items, state, 'topic'), topics)}
              onToggle={(topic) => update((current) => ({...current, topics: toggle(current.topics, topic as Topic)}))}
            />
            <FacetFieldset
              name="note"
              legend="笔记"
              options={notePaths}
              label={(path) => noteTitles.get(path)!}
              selected={state.notes}
              counts={withZeros(countBy(items, state, 'note'), notePaths)}
              onToggle={(path) => update((current) => ({...current, notes: toggle(current.notes, path)}))}
            />
            <div className={styles.actions}>
              <button
                type="button"
                className="button button--sm button--secondary"
                disabled={!isFiltered}
                onClick={() => update((current) => ({...emptyState(), mode: current.mode, seed: current.seed}))}>
                清除筛选
              </button>
              <ResetAnswers answered={items.filter((item) => answers.has(item.key)).length} />
            </div>
          </form>
          <section className={styles.results} aria-labelledby="review-count">
            <p id="review-count" className={styles.count} role="status">
              显示 {shown.length} / {items.length} 道题：答错 {wrong}，答对 {right}，未答 {shown.length - wrong - right}
            </p>
            <UnsavedNotice />
            {shown.length === 0 && <p>没有符合条件的题目。试试去掉一两个筛选条件。</p>}
            {state.mode === 'cards' ? (
              <Cards
                key={serializeState(state, notePaths)}
                items={shown}
                from={(item) => <From item={item} />}
                onReshuffle={() => update((current) => ({...current, seed: newSeed()}))}
              />
            ) : (
              <ol className={styles.list}>
                {shown.map((item, index) => (
                  <li key={item.key}>
                    <Question
                      question={item.question}
                      notePath={item.note.path}
                      sourceTitle={item.question.sourceTitle}
                      label={`第 ${index + 1} 题`}
                      from={<From item={item} />}
                    />
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </main>
    </Layout>
  );
}
