/**
 * The catalog's rules, checked by the unit tests and again when the site is
 * built, so a broken entry never reaches readers. Every problem names the
 * file, the entry and the field, and says how to fix it.
 *
 * The entry type `Resource` is derived from the same schema, so the type and
 * the rules cannot drift apart.
 *
 * This module runs in Node only (tests, docusaurus.config.ts); pages import
 * the plain data and only the types from here (`import type`, erased when
 * compiled), so zod never reaches a reader's browser; tests/build checks it.
 */
import * as z from 'zod';
import {canonicalUrl, trackingParams, urlIdentity} from './canonicalUrl';
import {
  ACCESS_KINDS,
  GROUPS,
  LANGUAGES,
  LINK_STATUSES,
  RESOURCE_TYPES,
  STILL_USEFUL_FOR_2X,
  TOPIC_LABELS,
  TOPICS,
  VALIDITIES,
  type Topic,
  type TopicGap,
} from './taxonomy';

export const CATALOG_FILE = 'src/data/resources.ts';

export const SUMMARY_MIN = 20;
export const SUMMARY_MAX = 160;

export const httpUrl = z
  .string()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol), {
    message: '不是有效的 http(s) 地址，请写完整的网址，例如 https://flink.apache.org/',
  })
  .refine((value) => !URL.canParse(value) || trackingParams(value).length === 0, {
    message: '含有跟踪参数（utm_*、from、spm 等，也查网址 # 之后的部分），请删掉这些参数，保留其余部分',
  })
  .refine((value) => !/&amp;/i.test(value), {message: '含有从网页源码复制来的 &amp;，请改成 &'})
  .refine((value) => value === value.trim(), {message: '首尾有空格，请删掉'});

// A date a contributor or the link checker writes "today" is at most today's
// date anywhere on Earth: the latest time zone is UTC+14.
function latestToday(): string {
  return new Date(Date.now() + 14 * 3600 * 1000).toISOString().slice(0, 10);
}

const calendarDay = z.iso.date();

/** YYYY, YYYY-MM or YYYY-MM-DD: a real year, month or day (2020-13-45 and 2099-02-30 are not). */
function isRealDate(value: string): boolean {
  const [year, month = '01', day = '01'] = value.split('-');
  return calendarDay.safeParse(`${year}-${month}-${day}`).success;
}

/** A date written as `format`, naming a real day (or month, or year) that is not in the future. */
function dateText(format: RegExp, formatName: string) {
  return z
    .string()
    .regex(format, {message: `日期格式应为 ${formatName}`, abort: true})
    .refine(isRealDate, {
      message: '不是日历上存在的日期（月份 01–12，日期不超过当月天数），请对照原文改正',
      abort: true,
    })
    .refine((value) => value <= latestToday(), {message: '晚于今天，请写实际的日期'});
}

const resourceSchema = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {message: '只能用小写字母、数字和连字符，例如 flink-state-best-practices'}),
    title: z
      .string()
      .trim()
      .min(2, {message: '标题不能为空'})
      .max(140, {message: '标题过长，请控制在 140 个字符以内；英文原题很长时可以只保留主标题'}),
    url: httpUrl,
    /** The site, or the author and their blog. */
    site: z.string().trim().min(1, {message: '请填写网站或作者'}),
    group: z.enum(GROUPS, {message: `只能是 ${GROUPS.join(' / ')} 之一`}),
    type: z.enum(RESOURCE_TYPES, {message: `未知类型，可选 ${RESOURCE_TYPES.join(' / ')}，或先在 taxonomy.ts 中新增`}),
    language: z.enum(LANGUAGES, {message: `只能是 ${LANGUAGES.join(' / ')} 之一`}),
    topics: z
      .array(z.enum(TOPICS, {message: `未知主题，可选 ${TOPICS.join(' / ')}，或先在 taxonomy.ts 中新增`}))
      .min(1, {message: '至少填写一个主题'}),
    access: z
      .array(z.enum(ACCESS_KINDS, {message: `只能是 ${ACCESS_KINDS.join(' / ')} 之一`}))
      .min(1, {message: '请说明访问方式，例如 ["free"]'}),
    /** What a reader should know about getting to it (login wall, expiry…). */
    accessNote: z.string().trim().min(1).optional(),
    /** Publication date as far as known: YYYY, YYYY-MM or YYYY-MM-DD. */
    published: dateText(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY、YYYY-MM 或 YYYY-MM-DD').optional(),
    writtenFor: z
      .object({
        version: z.string().regex(/^\d+\.\d+(–\d+\.\d+)?$/, {message: '版本写成 1.10 或 1.7–1.10 的形式'}),
        inferred: z.boolean(),
      })
      .optional(),
    validity: z.enum(VALIDITIES, {message: `只能是 ${VALIDITIES.join(' / ')} 之一`}),
    /** What changed in Flink since it was written; required unless `current`. */
    changes: z.string().trim().min(10, {message: '请具体说明哪些内容已变化'}).optional(),
    summary: z
      .string({message: '缺少摘要，请用自己的话写 1–3 句'})
      .trim()
      .min(SUMMARY_MIN, {message: `摘要太短，请用自己的话写 1–3 句（${SUMMARY_MIN}–${SUMMARY_MAX} 字）`})
      .max(SUMMARY_MAX, {message: `摘要过长，请缩短到 ${SUMMARY_MAX} 字以内`}),
    /** Site paths of the hub's notes that go with this resource. */
    notes: z
      .array(z.string().regex(/^\/docs\//, {message: '笔记要写成站内路径，例如 /docs/blogs/state-backends'}))
      .optional(),
    parts: z
      .array(z.object({title: z.string().trim().min(1, {message: '每一篇都要有标题'}), url: httpUrl}))
      .min(2, {message: '系列至少要有两篇；只有一篇时请去掉 parts'})
      .optional(),
    link: z.object({
      status: z.enum(LINK_STATUSES, {message: `只能是 ${LINK_STATUSES.join(' / ')} 之一`}),
      /** ISO date (YYYY-MM-DD) of the last check, `null` when never checked. */
      lastChecked: dateText(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD').nullable(),
      /** A copy pinned to a timestamp, e.g. `https://web.archive.org/web/20200601000000/…`. */
      archiveUrl: httpUrl.optional(),
    }),
  })
  .strict()
  .superRefine((entry, ctx) => {
    if (entry.validity !== 'current' && !entry.changes) {
      ctx.addIssue({
        code: 'custom',
        path: ['changes'],
        message: `validity 为 ${entry.validity} 时必须填写 changes：说明哪些内容在 Flink 2.x 中已变化，以及替代写法`,
      });
    }
    if (entry.type === 'article-series' && entry.parts === undefined) {
      ctx.addIssue({code: 'custom', path: ['parts'], message: '系列文章请在 parts 中按顺序列出每一篇'});
    }
    if (entry.parts && entry.parts[0].url !== entry.url) {
      ctx.addIssue({
        code: 'custom',
        path: ['parts', 0, 'url'],
        message: '系列的第一篇应与条目的 url 相同：parts 按阅读顺序排列，条目链接指向第一篇',
      });
    }
    if (entry.link.status === 'unknown' && entry.link.lastChecked !== null) {
      ctx.addIssue({code: 'custom', path: ['link', 'lastChecked'], message: '状态为 unknown 时 lastChecked 应为 null'});
    }
    if (entry.link.status !== 'unknown' && entry.link.lastChecked === null) {
      ctx.addIssue({code: 'custom', path: ['link', 'lastChecked'], message: '已检查过的链接要写明检查日期'});
    }
  });

/** One catalog entry, as written in src/data/resources.ts. */
export type Resource = z.input<typeof resourceSchema>;
export type ResourcePart = NonNullable<Resource['parts']>[number];
export type LinkState = Resource['link'];

export interface Problem {
  entry: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return `${CATALOG_FILE} › 条目 "${p.entry}" › ${p.field}：${p.message}`;
}

function entryName(entry: unknown, index: number): string {
  const id = (entry as {id?: unknown} | null)?.id;
  return typeof id === 'string' && id ? id : `第 ${index + 1} 条`;
}

/** Problems of one entry on its own. */
export function checkResource(entry: unknown, index = 0): Problem[] {
  const result = resourceSchema.safeParse(entry);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    entry: entryName(entry, index),
    field: issue.path.join('.') || '(整条)',
    message: issue.code === 'unrecognized_keys' ? `未知字段 ${issue.keys.join('、')}，请检查拼写或删掉` : issue.message,
  }));
}

/** Problems across entries: duplicate ids and the same page listed twice. */
export function checkCatalogWide(entries: readonly Resource[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<string, string>();
  const urls = new Map<string, string>();
  entries.forEach((entry, index) => {
    const name = entryName(entry, index);
    if (ids.has(entry.id)) {
      problems.push({entry: name, field: 'id', message: `与前面的条目重复，请换一个唯一的 id`});
    }
    ids.set(entry.id, name);
    const own = new Set<string>();
    const addresses = [
      {field: 'url', url: entry.url},
      ...(entry.parts ?? []).map((part, i) => ({field: `parts.${i}.url`, url: part.url})),
    ];
    for (const {field, url} of addresses) {
      if (!URL.canParse(url)) continue;
      const key = urlIdentity(url);
      const earlier = urls.get(key);
      if (earlier !== undefined && earlier !== name) {
        problems.push({
          entry: name,
          field,
          message: `${canonicalUrl(url)} 已收录在条目 "${earlier}" 中，请合并两条或删掉其中一条`,
        });
      } else if (own.has(key) && field !== 'parts.0.url') {
        problems.push({entry: name, field, message: '与本条目中的另一个地址重复'});
      }
      own.add(key);
      urls.set(key, name);
    }
  });
  for (const group of GROUPS) {
    if (!entries.some((entry) => entry.group === group)) {
      problems.push({
        entry: '(整个目录)',
        field: 'group',
        message: `分组 ${group} 下没有任何资源，每个分组至少要有一条`,
      });
    }
  }
  return problems;
}

/** Every problem of the catalog, for the build: empty when all is well. */
export function checkCatalog(entries: readonly unknown[]): Problem[] {
  const own = entries.flatMap((entry, index) => checkResource(entry, index));
  return own.length > 0 ? own : checkCatalogWide(entries as Resource[]);
}

/** Fewest entries that still apply to Flink 2.x a topic may have, unless TOPIC_GAPS declares it. */
export const MIN_ENTRIES_FOR_2X = 3;

/**
 * Topics that a reader would find (nearly) empty on Flink 2.x: fewer than
 * `min` entries whose validity is still useful (STILL_USEFUL_FOR_2X), and no
 * declared gap saying why. A whole-catalog rule, so it runs in the unit tests
 * and not in the build: removing one entry should not stop a deploy.
 */
export function checkTopicCoverage(
  entries: readonly Resource[],
  gaps: Partial<Record<Topic, TopicGap>>,
  min = MIN_ENTRIES_FOR_2X,
): string[] {
  return TOPICS.filter((topic) => gaps[topic] === undefined).flatMap((topic) => {
    const count = entries.filter(
      (entry) => entry.topics.includes(topic) && STILL_USEFUL_FOR_2X.includes(entry.validity),
    ).length;
    if (count >= min) return [];
    return [
      `${CATALOG_FILE} › 主题 "${topic}"（${TOPIC_LABELS[topic]}）：只有 ${count} 条适用于 Flink 2.x 的资源` +
        `（validity 为 ${STILL_USEFUL_FOR_2X.join(' 或 ')}），至少要 ${min} 条。` +
        `请补充读过的资源并在 topics 中标上 ${topic}；如果 Flink 2.x 上确实没有可用的内容，` +
        `在 src/data/taxonomy.ts 的 TOPIC_GAPS 中为它写明原因、替代做法和依据。`,
    ];
  });
}
