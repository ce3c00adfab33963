import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import questionIds from '@generated/hub-notes/default/self-check-ids.js';
import {learningPath, type PathItem} from '@site/src/data/learningPath';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {resources} from '@site/src/data/resources';
import {RESOURCE_TYPE_LABELS} from '@site/src/data/taxonomy';
import {labPath, labs} from '@site/src/labs/catalog';
import {noteScore} from '@site/src/selfCheck/progress';
import {SELF_CHECK_ANCHOR} from '@site/src/selfCheck/questions';
import {useSelfCheckAnswers} from '@site/src/selfCheck/useSelfCheckAnswers';
import {useStoredProgress} from './useStoredProgress';
import styles from './styles.module.css';

function describe(
  item: PathItem,
  noteTitle: (path: string) => string,
): {title: string; href: string; external: boolean; kind: string} {
  if ('note' in item.target) {
    return {title: noteTitle(item.target.note), href: item.target.note, external: false, kind: '本站笔记'};
  }
  if ('lab' in item.target) {
    const {lab: labId} = item.target;
    const lab = labs.find((candidate) => candidate.id === labId);
    if (!lab) throw new Error(`学习路线：src/labs/catalog.ts 中没有 id 为 "${labId}" 的实验`);
    return {title: `实验：${lab.title}`, href: labPath(lab.id), external: false, kind: '本站实验'};
  }
  const id = item.target.resource;
  const resource = resources.find((r) => r.id === id);
  if (!resource) throw new Error(`学习路线：资源目录中没有 id 为 "${id}" 的条目`);
  return {title: resource.title, href: resource.url, external: true, kind: RESOURCE_TYPE_LABELS[resource.type]};
}

const allItems = learningPath.flatMap((step) => step.items);
const itemIds: ReadonlySet<string> = new Set(allItems.map((item) => item.id));
const totalMinutes = allItems.reduce((sum, item) => sum + item.minutes, 0);

function hours(minutes: number): string {
  return minutes >= 60 ? `约 ${(minutes / 60).toFixed(minutes % 60 === 0 ? 0 : 1)} 小时` : `约 ${minutes} 分钟`;
}

/** A note's self-check result, linking to its questions: 自测 答对 3/4, or 自测 4 题 before any answer. */
function SelfCheckScore({note}: {note: string}) {
  const {answers} = useSelfCheckAnswers();
  const ids = questionIds[note];
  if (!ids) return null;
  const {right, answered, total} = noteScore(answers, note, ids);
  return (
    <>
      {' · '}
      <Link to={`${note}#${SELF_CHECK_ANCHOR}`}>
        {answered > 0 ? `自测 答对 ${right}/${total}` : `自测 ${total} 题`}
      </Link>
    </>
  );
}

/** The learning path with a tick box per item, and each note's self-check result; progress stays in this browser. */
export default function LearningPath() {
  const {done, toggle, reset, loaded, saved} = useStoredProgress(itemIds);
  const noteTitle = useNoteTitle();
  const finished = allItems.filter((item) => done.has(item.id)).length;
  return (
    <div>
      <div className={styles.summary}>
        <label htmlFor="learning-progress" className={styles.progressLabel}>
          已完成 {finished} / {allItems.length} 项（全程{hours(totalMinutes)}）
        </label>
        <progress id="learning-progress" className={styles.progress} max={allItems.length} value={finished} />
        <button
          type="button"
          className="button button--sm button--outline button--secondary"
          onClick={reset}
          disabled={!loaded || finished === 0}>
          清除进度
        </button>
      </div>
      <p className={styles.hint}>
        进度只保存在当前浏览器中，不需要登录，也不会上传。笔记旁的「自测」是这篇笔记末尾自测题的结果，答错的题会在
        <Link to="/review">复习与面试</Link>页排在前面，自测记录也在那里清除。
      </p>
      {!saved && (
        <p role="alert" className={styles.unsaved}>
          浏览器没有保存刚才的改动（本地存储已满或被禁用），刷新页面后它会丢失。可以在浏览器设置中清理一些网站数据，或允许本站存储数据后再勾选一次。
        </p>
      )}
      <ol className={styles.steps}>
        {learningPath.map((step, index) => (
          <li key={step.id} className={styles.step}>
            <Heading as="h2" id={step.id}>
              {index + 1}. {step.title}
            </Heading>
            <p>{step.goal}</p>
            <ul className={styles.items}>
              {step.items.map((item) => {
                const target = describe(item, noteTitle);
                const checkboxId = `path-${item.id}`;
                return (
                  <li key={item.id} className={styles.item} data-done={done.has(item.id)}>
                    <input
                      type="checkbox"
                      id={checkboxId}
                      checked={done.has(item.id)}
                      disabled={!loaded}
                      onChange={() => toggle(item.id)}
                      aria-describedby={`${checkboxId}-why`}
                    />
                    <div>
                      <label htmlFor={checkboxId} className={styles.itemTitle}>
                        {target.title}
                      </label>{' '}
                      <span className={styles.meta}>
                        {target.kind} · {hours(item.minutes)} ·{' '}
                        <Link href={target.href}>{target.external ? '打开原文' : '阅读笔记'}</Link>
                        {'note' in item.target && <SelfCheckScore note={item.target.note} />}
                      </span>
                      <p id={`${checkboxId}-why`} className={styles.why}>
                        {item.why}
                      </p>
                    </div>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
