import Link from '@docusaurus/Link';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import Heading from '@theme/Heading';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import type {NoteSource} from '@site/src/components/NoteSources';
import {questionAnchor, SELF_CHECK_ANCHOR} from '@site/src/selfCheck/questions';
import Question from './Question';
import UnsavedNotice from './UnsavedNotice';
import type {SelfCheckDraft} from './draft';
import styles from './styles.module.css';

interface Props {
  /** Site path of the note, without the base URL. */
  notePath: string;
  questions: QuizQuestion[];
  sources: NoteSource[];
  /** Choices made in the server markup before this component loaded (see Island). */
  draft?: SelfCheckDraft;
}

/**
 * The self-check section (自测) before a note's sources (依据), rendered from the note's `quiz`
 * frontmatter (checked by plugins/notes/quiz.ts). Each question has its own
 * anchor, which search results and the review page link to.
 */
export default function SelfCheck({notePath, questions, sources, draft}: Props) {
  // Registers each question's id, so links to <note>#自测-<id> are checked by onBrokenAnchors.
  const brokenLinks = useBrokenLinks();
  questions.forEach((question) => brokenLinks.collectAnchor(questionAnchor(question.id)));
  return (
    <section className={styles.selfCheck} aria-labelledby={SELF_CHECK_ANCHOR}>
      <Heading as="h2" id={SELF_CHECK_ANCHOR}>
        自测
      </Heading>
      <p>
        {`${questions.length} 道题，检验是否读懂了本页。选择题选好后点「核对答案」；简答题先写下自己的回答，再看参考答案。也可以直接展开「答案与解释」。`}
        答题结果只保存在当前浏览器中，学习路线和<Link to="/review">复习与面试</Link>会汇总它们。
      </p>
      <UnsavedNotice />
      <ol className={styles.list}>
        {questions.map((question, index) => (
          <li key={question.id} id={questionAnchor(question.id)} className={styles.item}>
            <Question
              question={question}
              notePath={notePath}
              sourceTitle={sources.find((source) => source.url === question.source)?.title ?? question.source}
              label={`第 ${index + 1} 题`}
              draft={draft?.questions[question.id]}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
