import {readFile} from 'node:fs/promises';
import path from 'node:path';
import {validateConfig} from '@docusaurus/core/lib/server/configValidation.js';
import {processDocMetadata} from '@docusaurus/plugin-content-docs/lib/docs.js';
import {DEFAULT_OPTIONS} from '@docusaurus/plugin-content-docs/lib/options.js';
import type {MetadataOptions, PluginOptions, VersionMetadata} from '@docusaurus/plugin-content-docs';
import preprocessContent from '@docusaurus/mdx-loader/lib/preprocessor.js';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER, Globby, normalizeUrl} from '@docusaurus/utils';
import {applyTrailingSlash} from '@docusaurus/utils-common';
import type {Code, Root} from 'mdast';
import {visit} from 'unist-util-visit';
import config from '../docusaurus.config';
import {isNoteFile} from '../plugins/notes/noteFiles';
import {mdxParser} from '../plugins/search/extractSections';

/**
 * The pages under docs/, read the way Docusaurus reads them, so the docs
 * rules see the same pages, routes and frontmatter as the build: the docs
 * plugin's own include/exclude globs, its processDocMetadata for each page's
 * route (number prefixes, `id`, `slug`, subfolders) and checked frontmatter,
 * and the site's Markdown settings for the MDX parse. These are Docusaurus
 * internals: see MAINTAINERS.md (依赖 Docusaurus 内部实现的地方).
 */

export const REPO_DIR = path.join(__dirname, '..');
export const DOCS_DIR = path.join(REPO_DIR, 'docs');

/** The site config as Docusaurus completes it (markdown defaults, future flags). */
export const siteConfig = validateConfig(config, path.join(REPO_DIR, 'docusaurus.config.ts'));

type ClassicOptions = {docs?: Partial<PluginOptions>};
const presetDocs = ((siteConfig.presets[0] as [string, ClassicOptions])[1].docs ?? {}) as Partial<PluginOptions>;
/** The docs plugin's options: this site's, over the plugin's defaults. */
export const docsOptions = {...DEFAULT_OPTIONS, ...presetDocs} as PluginOptions;

// Site paths without the base URL, as everywhere in the hub's data.
const versionMetadata = {
  versionName: 'current',
  path: normalizeUrl(['/', docsOptions.routeBasePath]),
  contentPath: DOCS_DIR,
  contentPathLocalized: undefined,
  tagsPath: normalizeUrl(['/', docsOptions.routeBasePath, docsOptions.tagsBasePath]),
} as VersionMetadata;
const loadContext = {
  siteDir: REPO_DIR,
  siteConfig,
  i18n: {currentLocale: siteConfig.i18n.defaultLocale},
} as LoadContext;
// Edit links and last-update dates are not what the rules read; leaving them
// out keeps git out of the unit tests.
const metadataOptions = {
  ...docsOptions,
  editUrl: undefined,
  showLastUpdateTime: false,
  showLastUpdateAuthor: false,
} as MetadataOptions;

export interface DocFile {
  /** Path relative to the repository, for messages: docs/blogs/state-backends.mdx */
  file: string;
  /** The page's route as Docusaurus gives it, without the base URL: /docs/blogs/state-backends */
  route: string;
  /** The frontmatter as the docs plugin hands it to the build; empty when it could not be read. */
  frontMatter: Record<string, unknown>;
  /** The whole file, frontmatter included. */
  source: string;
  /** `draft: true`: the production build leaves the page out. */
  draft: boolean;
  /** Why the frontmatter is not valid YAML, and on which line of the file. */
  yamlError?: {reason: string; line?: number};
  /** Why Docusaurus refuses the page's frontmatter (id, slug, sidebar_position…), key by key when it says. */
  docusaurusError?: {message: string; keys: {key: string; message: string}[]};
}

const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[^\S\r\n]*(\r?\n|$)/;

/** The page's metadata, its permalink written as the site's trailingSlash setting makes its route. */
async function metadata(file: string, content: string) {
  const filePath = path.join(REPO_DIR, file);
  const doc = await processDocMetadata({
    docFile: {source: path.relative(DOCS_DIR, filePath), content, contentPath: DOCS_DIR, filePath},
    versionMetadata,
    context: loadContext,
    options: metadataOptions,
    env: 'production',
    tagsFile: null,
  });
  return {
    ...doc,
    permalink: applyTrailingSlash(doc.permalink, {trailingSlash: siteConfig.trailingSlash, baseUrl: '/'}),
  };
}

/**
 * A page given by its repository path and text. Never throws: a page
 * Docusaurus would refuse keeps the reason, and the route it would have
 * without its frontmatter, for the docs rules to report.
 */
export async function docFile(file: string, source: string): Promise<DocFile> {
  try {
    const doc = await metadata(file, source);
    return {file, route: doc.permalink, frontMatter: doc.frontMatter, source, draft: doc.draft};
  } catch (error) {
    const fallback = {...base(file, source, (await metadata(file, source.replace(FRONT_MATTER, ''))).permalink)};
    const cause = ((error as Error).cause ?? error) as Error & {reason?: string; mark?: {line?: number}};
    if (cause.name === 'YAMLException') {
      // js-yaml counts lines from 0, from the first --- line.
      const line = typeof cause.mark?.line === 'number' ? cause.mark.line + 1 : undefined;
      return {...fallback, yamlError: {reason: cause.reason ?? cause.message, line}};
    }
    const {frontMatter} = await DEFAULT_PARSE_FRONT_MATTER({filePath: file, fileContent: source});
    // Joi, which validates Docusaurus's frontmatter, lists each refused key.
    const details = (cause as {details?: {path: (string | number)[]; message: string}[]}).details ?? [];
    const keys = details.map((detail) => ({key: String(detail.path[0]), message: detail.message}));
    return {...fallback, frontMatter, docusaurusError: {message: cause.message, keys}};
  }
}

function base(file: string, source: string, route: string): DocFile {
  return {file, route, frontMatter: {}, source, draft: false};
}

/** The files under docs/ that Docusaurus builds pages from (the docs plugin's include and exclude globs), as docs/… paths. */
export function listDocFiles(dir = DOCS_DIR): string[] {
  return Globby.sync(docsOptions.include, {cwd: dir, ignore: docsOptions.exclude})
    .sort()
    .map((relative) => `docs/${relative}`);
}

/** Every page under docs/ that Docusaurus builds. Reading never throws: a broken page is reported by the docs rules. */
export async function readDocs(dir = DOCS_DIR): Promise<DocFile[]> {
  return Promise.all(
    listDocFiles(dir).map(async (file) =>
      docFile(file, await readFile(path.join(dir, path.posix.relative('docs', file)), 'utf8')),
    ),
  );
}

export function isNote(doc: DocFile): boolean {
  return isNoteFile(doc.file);
}

/**
 * The MDX body, parsed once, with positions that are lines of the whole file
 * (the frontmatter is kept as blank lines). Docusaurus's own preprocessing
 * runs first, with this site's Markdown settings; the plugins that shape the
 * syntax (GFM, directives, MDX) are those of plugins/search's parser.
 */
export function parseBody(
  doc: Pick<DocFile, 'file' | 'source'>,
): {tree: Root} | {error: {reason: string; line?: number}} {
  const match = FRONT_MATTER.exec(doc.source);
  const body = match ? match[0].replace(/[^\n]/g, '') + doc.source.slice(match[0].length) : doc.source;
  const fileContent = preprocessContent({
    fileContent: body,
    filePath: path.join(REPO_DIR, doc.file),
    markdownConfig: siteConfig.markdown,
    admonitions: docsOptions.admonitions,
  });
  try {
    return {tree: mdxParser.parse(fileContent) as Root};
  } catch (error) {
    const {reason, line} = error as {reason?: string; line?: number};
    return {error: {reason: reason ?? (error as Error).message, line}};
  }
}

export interface CodeFence {
  language: string;
  title: string | undefined;
  /** Everything after the language on the fence line: title="…", legacy, {1,3}… */
  meta: string;
  code: string;
  /** Line of the opening fence in the file. */
  line: number;
}

/** The fenced code blocks of a parsed page, in order. */
export function fencesOf(tree: Root): CodeFence[] {
  const fences: CodeFence[] = [];
  visit(tree, 'code', (node: Code) => {
    fences.push({
      language: node.lang ?? '',
      title: /title="([^"]*)"/.exec(node.meta ?? '')?.[1],
      meta: node.meta ?? '',
      code: node.value,
      line: node.position?.start.line ?? 1,
    });
  });
  return fences;
}

/** The fenced code blocks of a page's source (empty when its MDX does not parse: the docs rules say why). */
export function codeFences(source: string): CodeFence[] {
  const parsed = parseBody({file: 'docs/page.mdx', source});
  return 'tree' in parsed ? fencesOf(parsed.tree) : [];
}
