import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import NoteSources, {type NoteSource} from '@site/src/components/NoteSources';
import SelfCheck from '@site/src/components/SelfCheck/Island';
import VersionBadge from './VersionBadge';

type Props = WrapperProps<typeof ContentType>;

interface NoteFrontMatter {
  flink_version?: string;
  sources?: NoteSource[];
  quiz?: QuizQuestion[];
}

/**
 * Wrapped, not ejected: every note declares the Flink versions it was
 * checked against (`flink_version`), its sources (`sources`) and its
 * self-check questions (`quiz`); this shows the first above the unchanged
 * original content (saying whether it covers the reader's own version, when
 * they picked one), and the questions (自测) then the sources (依据) below it.
 */
export default function ContentWrapper(props: Props) {
  const {frontMatter, metadata} = useDoc();
  const {flink_version: version} = frontMatter as NoteFrontMatter;
  // Read from the metadata: plugins/notes drops these long keys from the MDX module's own copy.
  const {sources = [], quiz} = metadata.frontMatter as NoteFrontMatter;
  const {baseUrl} = useDocusaurusContext().siteConfig;
  const notePath = `/${metadata.permalink.slice(baseUrl.length)}`;
  return (
    <>
      {version && <VersionBadge version={version} notePath={notePath} />}
      <Content {...props} />
      {quiz && quiz.length > 0 && <SelfCheck notePath={notePath} questions={quiz} sources={sources} />}
      {sources.length > 0 && <NoteSources sources={sources} />}
    </>
  );
}
