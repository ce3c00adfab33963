import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useNotes} from '@site/src/hooks/useNotes';
import {labPath, labs} from '@site/src/labs/catalog';
import {resources} from '@site/src/data/resources';
import {GROUP_INFO, GROUPS} from '@site/src/data/taxonomy';
import styles from './index.module.css';

const GROUP_BLURBS: Record<(typeof GROUPS)[number], string> = {
  'learning-sites': '官方文档、2.x 各版本的发布公告、练习仓库与会议演讲，系统学习的起点。',
  blogs: '原理讲解与入门系列，附事件时间、保存点、精确一次、SQL changelog 等笔记。',
  'source-analysis': '顺着源码与设计提案读懂检查点、反压和 2.x 的存算分离。',
  practice: '七家公司的落地经验并排对比，附写入 Hive 与 ClickHouse 的笔记。',
};

const FEATURED_NOTES = [
  '/docs/learning-sites/flink-2-changes',
  '/docs/blogs/event-time-watermarks',
  '/docs/blogs/state-backends',
  '/docs/source-analysis/checkpoint-principles',
  '/docs/blogs/end-to-end-exactly-once',
  '/docs/blogs/sql-changelog',
];

export default function Home() {
  const notes = useNotes();
  const featured = notes.filter((note) => FEATURED_NOTES.includes(note.path));
  return (
    <Layout
      title="Flink 中文学习资源"
      description="精选 Flink 中文学习资源：每条资源标注类型、访问方式、写于哪个版本、在 Flink 2.x 上是否仍适用；笔记按 Flink 2.x 校订。">
      <header className={styles.hero}>
        <div className="container">
          <Heading as="h1" className={styles.title}>
            Flink 学习导航
          </Heading>
          <p className={styles.lead}>
            {resources.length} 条精选的 Flink 中文学习资源，每条都标明写于哪个版本、今天是否仍适用、能否免费访问；
            {notes.length} 篇笔记按 Flink 2.x 校订，指出旧文章里已经改名或移除的 API。
          </p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/docs/intro">
              开始使用
            </Link>
            <Link className="button button--secondary button--lg" to="/docs/learning-sites/flink-2-changes">
              Flink 2.x 有什么变化
            </Link>
          </div>
        </div>
      </header>
      <main className="container">
        <section aria-labelledby="groups-heading" className={styles.section}>
          <Heading as="h2" id="groups-heading">
            四组资源
          </Heading>
          <ul className={styles.grid}>
            {GROUPS.map((group) => (
              <li key={group} className={styles.card}>
                <Link to={GROUP_INFO[group].path} className={styles.cardLink}>
                  <span className={styles.cardTitle}>{GROUP_INFO[group].label}</span>
                  <span className={styles.count}>{resources.filter((r) => r.group === group).length} 条资源</span>
                </Link>
                <p>{GROUP_BLURBS[group]}</p>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="notes-heading" className={styles.section}>
          <Heading as="h2" id="notes-heading">
            从这些笔记读起
          </Heading>
          <ul className={styles.noteList}>
            {featured.map((note) => (
              <li key={note.path}>
                <Link to={note.path}>{note.title}</Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="labs-heading" className={styles.section}>
          <Heading as="h2" id="labs-heading">
            动手实验
          </Heading>
          <ul className={styles.labList}>
            {labs.map((lab) => (
              <li key={lab.id}>
                <Link to={labPath(lab.id)}>{lab.title}</Link>：{lab.summary}
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
