import {CONFIG_KEYS_PATH, ROW_KIND_LABELS, type ConfigRow} from '../../src/components/ConfigKeysTable/model';
import {changeStatus, type ApiChange} from '../../src/data/apiChanges';
import type {GlossaryTerm} from '../../src/data/glossary';
import type {NoteQuiz} from '../notes/quiz';
import {questionAnchor} from '../../src/selfCheck/questions';
import type {AliasTable} from '../../src/search/indexFormat';
import type {SearchRecord} from '../../src/search/types';
import {buildAliasTable} from './aliases';
import type {Resource} from '../../src/data/resources';
import {labPath, type LabInfo} from '../../src/labs/catalog';
import {ACCESS_LABELS, GROUP_INFO, RESOURCE_TYPE_LABELS, TOPIC_LABELS} from '../../src/data/taxonomy';
import {extractSections} from './extractSections';

export interface PageSource {
  permalink: string;
  title: string;
  /** The page's Markdown/MDX source, frontmatter included. */
  source: string;
}

/** Everything search indexes: the doc pages, and the data rendered on pages without MDX of its own. */
export interface HubContent {
  pages: readonly PageSource[];
  resources: readonly Resource[];
  glossary: readonly GlossaryTerm[];
  apiChanges: readonly ApiChange[];
  /** The rows of the config-keys table (src/components/ConfigKeysTable/rows.ts), rendered from data too. */
  configRows: readonly ConfigRow[];
  labs: readonly LabInfo[];
  /** Pages that are tools rather than text (the migration checker): one record each, by what they do. */
  tools: readonly ToolPage[];
  /** The notes' self-check questions (their frontmatter, rendered by the 自测 section). */
  questions: readonly NoteQuiz[];
}

/** A page rendered by code, or one of its sections, found by its title, summary and keywords (src/migrate/page.ts). */
export interface ToolPage {
  path: string;
  title: string;
  /** A section of the page that readers look for by itself (path then ends in its #anchor). */
  section?: string;
  summary: string;
  keywords: string;
}

export interface SearchContent {
  records: SearchRecord[];
  aliases: AliasTable;
}

/** Where the changes table lives: its rows are rendered from src/data/apiChanges.ts, not written in MDX. */
const CHANGES_PAGE = {path: '/docs/learning-sites/flink-2-changes', title: 'Flink 2.x 相对 1.x 的主要变化'};

const withoutBackticks = (text: string) => text.replaceAll('`', '');

/**
 * Search records for the doc pages (one per section), the catalog entries,
 * the glossary terms, the rows of the 2.x changes table and of the
 * config-keys table, the notes' self-check questions, the labs and the tool
 * pages (all but the first are rendered from data or code, not MDX), and the alias table: the glossary's variants and English names,
 * and each removed or renamed API's names standing for its replacement
 * (FsStateBackend finds HashMapStateBackend).
 */
export function buildRecords({
  pages,
  resources,
  glossary,
  apiChanges,
  configRows,
  questions,
  labs,
  tools,
}: HubContent): SearchContent {
  const records: Omit<SearchRecord, 'id'>[] = [];
  // Pages in address order, so the build and the tests number records alike
  // and, of two equally good sections, the shorter address (the original, not
  // a copy named after it) comes first: the engine keeps record order on ties.
  const byPermalink = [...pages].sort((a, b) => (a.permalink < b.permalink ? -1 : a.permalink > b.permalink ? 1 : 0));
  for (const page of byPermalink) {
    let sections: ReturnType<typeof extractSections>;
    try {
      sections = extractSections(page.source);
    } catch (error) {
      // Name the page: the MDX parser's own message says only where in the body.
      throw new Error(`搜索索引：页面 ${page.permalink} 的 MDX 无法解析（${(error as Error).message}）`, {
        cause: error,
      });
    }
    for (const section of sections) {
      records.push({
        url: section.anchor ? `${page.permalink}#${section.anchor}` : page.permalink,
        page: page.title,
        section: section.heading,
        text: section.text,
        tags: '',
        kind: 'doc',
      });
    }
  }
  for (const resource of resources) {
    const group = GROUP_INFO[resource.group];
    records.push({
      url: `${group.path}#${resource.id}`,
      page: resource.title,
      section: group.label,
      text: [resource.summary, resource.changes, resource.accessNote, ...(resource.parts ?? []).map((p) => p.title)]
        .filter(Boolean)
        .join(' '),
      tags: [
        resource.site,
        RESOURCE_TYPE_LABELS[resource.type],
        ...resource.topics.map((topic) => TOPIC_LABELS[topic]),
        ...resource.access.map((access) => ACCESS_LABELS[access]),
      ].join(' '),
      kind: 'resource',
    });
  }
  for (const term of glossary) {
    records.push({
      url: `/docs/glossary#${term.id}`,
      page: '术语表',
      section: `${term.zh} ${term.en}`,
      text: term.definition,
      tags: '',
      kind: 'glossary',
    });
  }
  for (const change of apiChanges) {
    records.push({
      url: `${CHANGES_PAGE.path}#${change.id}`,
      page: CHANGES_PAGE.title,
      section: withoutBackticks(change.old),
      text: `${changeStatus(change)}。2.x 的写法：${withoutBackticks(change.replacement)}`,
      tags: change.names.join(' '),
      kind: 'change',
    });
  }
  // One record per key, found by its old name and leading to its row; only
  // while the page that renders the rows exists.
  const configPage = pages.find((page) => page.permalink === CONFIG_KEYS_PATH);
  for (const row of configPage ? configRows : []) {
    records.push({
      url: `${CONFIG_KEYS_PATH}#${row.anchor}`,
      page: configPage!.title,
      section: row.key,
      text: `${ROW_KIND_LABELS[row.kind]}：${withoutBackticks(row.status)}。现在的写法：${withoutBackticks(row.replacement)}`,
      tags: '',
      kind: 'config',
    });
  }
  for (const lab of labs) {
    records.push({
      url: labPath(lab.id),
      page: `实验：${lab.title}`,
      section: '',
      text: lab.summary,
      tags: lab.keywords,
      kind: 'lab',
    });
  }
  for (const tool of tools) {
    records.push({
      url: tool.path,
      page: tool.title,
      section: tool.section ?? '',
      text: tool.summary,
      tags: tool.keywords,
      kind: 'tool',
    });
  }
  for (const note of questions) {
    for (const question of note.questions) {
      // Found by what it asks and what it answers; it leads to the question on its note.
      records.push({
        url: `${note.path}#${questionAnchor(question.id)}`,
        page: note.title,
        section: `自测：${question.question}`,
        text: [...(question.options ?? []).map((option) => option.text), question.answer, question.explanation]
          .filter(Boolean)
          .join(' '),
        tags: note.topics.map((topic) => TOPIC_LABELS[topic]).join(' '),
        kind: 'question',
      });
    }
  }
  const renamed = apiChanges.flatMap((change) =>
    change.names.map((variant) => ({variant, canonical: change.replacementNames[0]})),
  );
  return {
    records: records.map((record, id) => ({id, ...record})),
    aliases: buildAliasTable(glossary, renamed),
  };
}
