import * as z from 'zod';
import {httpUrl} from '../../src/data/catalogRules';
import {LATEST_FLINK} from '../../src/data/flinkReleases';
import {flinkVersionProblem} from './flinkVersion';
import {isNoteFile, type DocFileName} from './noteFiles';
import type {DocProblem} from './problems';

/**
 * The frontmatter every page needs, and what a note needs on top: the Flink
 * versions it was checked against (through the latest release) and the
 * sources behind its claims. Checked by the unit tests and again at build
 * time (plugins/notes), with the same messages. Docusaurus's own keys
 * (sidebar_position, sidebar_label…) pass through unchecked.
 */

const isApacheHost = (url: unknown) =>
  typeof url === 'string' && URL.canParse(url) && /(^|\.)apache\.org$/.test(new URL(url).hostname);

/** The page a source is: the same page with another anchor or a trailing slash is not a second source. */
const pageOf = (url: unknown) =>
  typeof url === 'string' && URL.canParse(url)
    ? (({host, pathname, search}) => `${host}${pathname.replace(/\/$/, '')}${search}`)(new URL(url))
    : undefined;

const source = z
  .object({
    title: z.string({message: '请写明来源的标题，例如「Flink 2.3 文档：Checkpointing」'}).trim().min(2),
    url: httpUrl,
    supports: z
      .string({message: '请用一句话写明这条来源支持本页的哪个说法，例如「增量检查点的键名与默认值」'})
      .trim()
      .min(4, {message: '请用一句话写明这条来源支持本页的哪个说法'}),
  })
  .strict();

const pageFrontMatter = z.looseObject({
  title: z.string({message: '缺少 title（页面标题）'}).trim().min(1, {message: 'title 不能为空'}),
  description: z
    .string({message: '缺少 description：用一句话说明本页内容，搜索结果和分享卡片会用到'})
    .trim()
    .min(10, {message: 'description 太短，请用一句话说明本页内容'}),
});

const noteFrontMatter = pageFrontMatter.extend({
  flink_version: z
    .string({
      // Unquoted, YAML reads 1.20 as the number 1.2.
      error: ({input}) =>
        typeof input === 'number'
          ? `YAML 把它读成了数字 ${input}（不加引号时 1.20 会变成 1.2）：请加上引号，例如 flink_version: "2.0–${LATEST_FLINK}"`
          : `笔记必须写明核对过的 Flink 版本，例如 flink_version: 2.0–${LATEST_FLINK}`,
    })
    .superRefine((value, ctx) => {
      const problem = flinkVersionProblem(value, LATEST_FLINK);
      if (problem) ctx.addIssue({code: 'custom', message: problem});
    }),
  sources: z
    .array(source, {
      message:
        '笔记必须有依据（sources）：列出支持本页说法的官方文档、发布说明、FLIP、JIRA 或源码，每条写 title、url、supports',
    })
    .min(2, {message: '依据至少要有 2 条'})
    .refine((list) => list.some((entry) => isApacheHost((entry as {url?: unknown} | null)?.url)), {
      // Report this even while other entries have problems: one round of fixes, not two.
      when: ({value}) => Array.isArray(value),
      message:
        '依据中至少要有一条来自 Apache 的网站（*.apache.org），例如 nightlies.apache.org 上的文档、flink.apache.org 的发布公告、issues.apache.org 的 JIRA 或 cwiki.apache.org 的 FLIP',
    })
    .check(
      z.superRefine(
        (list: unknown[], ctx) => {
          const pages = list.map((entry) => pageOf((entry as {url?: unknown} | null)?.url));
          pages.forEach((page, i) => {
            const first = pages.indexOf(page);
            if (page === undefined || first === i) return;
            ctx.addIssue({
              code: 'custom',
              path: [i, 'url'],
              message: `与第 ${first + 1} 条依据是同一个页面：每个页面只列一次（它支持的几个说法写进同一条的 supports），两条依据要来自两个不同的页面`,
            });
          });
        },
        {when: ({value}) => Array.isArray(value)},
      ),
    ),
});

export type NoteFrontMatter = z.output<typeof noteFrontMatter>;
export type NoteSource = z.output<typeof source>;

/** Problems of one page's frontmatter, each naming the file and the field. */
export function checkFrontMatter(file: DocFileName, data: Record<string, unknown>): DocProblem[] {
  const schema = isNoteFile(file) ? noteFrontMatter : pageFrontMatter;
  const result = schema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    where: `frontmatter.${issue.path.join('.')}`,
    message: issue.message,
  }));
}
