import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import {learningPath, type PathItem} from '@site/src/data/learningPath';
import {useNoteTitle} from '@site/src/hooks/useNotes';
import {resources} from '@site/src/data/resources';
import {RESOURCE_TYPE_LABELS} from '@site/src/data/taxonomy';
import {labPath, labs} from '@site/src/labs/catalog';
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

/** The learning path with a tick box per item; progress stays in this browser. */
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
      <p className={styles.hint}>进度只保存在当前浏览器中，不需要登录，也不会上传。</p>
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
