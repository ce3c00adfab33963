import {useDoc} from '@docusaurus/plugin-content-docs/client';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import type {QuizQuestion} from '@site/plugins/notes/quiz';
import type {NoteSource} from '@site/src/components/NoteSources';
import NoteSources from '@site/src/components/NoteSources/Island';
import SelfCheck from '@site/src/components/SelfCheck/Island';
import VersionBadge from './VersionBadge';

type Props = WrapperProps<typeof ContentType>;

interface NoteFrontMatter {
  flink_version?: string;
  // In the browser build only their number: the sections load them late (plugins/notes/lateKeysInBrowser.cjs).
  sources?: NoteSource[] | number;
  quiz?: QuizQuestion[] | number;
}

/** The list itself, on the server; undefined in the browser, which has only the count. */
const given = <T,>(value: T[] | number | undefined) => (Array.isArray(value) ? value : undefined);
const count = (value: unknown[] | number | undefined) => (Array.isArray(value) ? value.length : (value ?? 0));

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
  const {baseUrl} = useDocusaurusContext().siteConfig;
  // Read from the metadata: plugins/notes drops these long keys from the MDX module's own copy.
  const {sources, quiz} = metadata.frontMatter as NoteFrontMatter;
  const notePath = `/${metadata.permalink.slice(baseUrl.length)}`;
  return (
    <>
      {version && <VersionBadge version={version} notePath={notePath} />}
      <Content {...props} />
      {count(quiz) > 0 && <SelfCheck notePath={notePath} questions={given(quiz)} sources={given(sources)} />}
      {count(sources) > 0 && <NoteSources notePath={notePath} sources={given(sources)} />}
    </>
  );
}
