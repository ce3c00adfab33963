import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {useNotes} from '@site/src/hooks/useNotes';
import {labPath, labs} from '@site/src/labs/catalog';
import styles from './index.module.css';

/** The labs, each with what it lets the reader try and the note that explains it. */
export default function LabsIndex() {
  const notes = useNotes();
  const noteTitle = (path: string) => notes.find((note) => note.path === path)?.title ?? path;
  return (
    <Layout
      title="实验"
      description="在浏览器里动手试 Flink 最难想象的几件事：水位线与窗口、SQL changelog、检查点屏障。场景保存在网址里，可以分享，离线版也能用。">
      <main className="container margin-vert--lg">
        <Heading as="h1">实验</Heading>
        <p>
          这些实验在浏览器里按 Flink 的规则一步步模拟，同一个场景每次回放的结果都一样。每条规则都注明了它依据的 Flink
          源码或文档。场景（数据和参数）完整地保存在网址里，复制网址就能把你看到的分享给别人；你输入的内容不会离开浏览器。
        </p>
        <ul className={styles.list}>
          {labs.map((lab) => (
            <li key={lab.id} className={styles.item}>
              <Heading as="h2" className={styles.title}>
                <Link to={labPath(lab.id)}>{lab.title}</Link>
              </Heading>
              <p>{lab.summary}</p>
              <p className={styles.note}>
                配套笔记：<Link to={lab.note}>{noteTitle(lab.note)}</Link>
              </p>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
