import * as z from 'zod';
import {apiChanges, changeStatus, type ApiChange} from '../../src/data/apiChanges';
import {httpUrl} from '../../src/data/catalogRules';
import {compareMinor, formatMinor, LATEST_FLINK, parseMinor, parseVersionRange} from '../../src/data/flinkReleases';
import {TOPICS, type Topic} from '../../src/data/taxonomy';
import type {DocProblem} from './problems';
import {findApiMentions, findApiUses} from '../../src/migrate/findApiUses';

/**
 * Self-check questions (自测): each note ends with 3–5 of them, written in
 * the note's own frontmatter under `quiz`, so a note and its questions are
 * still one file. The schema and the rules here run in the unit tests (docs
 * rules) and in the build (plugins/notes), with the same messages.
 *
 * Per question: `id` (kebab-case, unique in the note; the key of readers'
 * saved answers, so never renamed), `kind` (single / multiple / open),
 * `question`, `options` (for single and multiple; the right ones marked
 * `correct: true`) or `answer` (the model answer of an open question),
 * `explanation` (a few sentences), `source` (one of the note's sources[].url),
 * `versions` (the Flink versions the answer holds for, e.g. 2.0–2.3), and
 * optionally `about_change` (an id of src/data/apiChanges.ts: only then may an
 * option or the answer name an old API) and `other_versions` (what differs
 * for readers on a version outside `versions`).
 *
 * A note with questions also says which catalog topics it belongs to
 * (`topics`, from src/data/taxonomy.ts): the review page (/review) filters
 * questions by their note's topics.
 */

export const QUIZ_MIN = 3;
export const QUIZ_MAX = 5;
const EXPLANATION_MAX = 400;

const QUESTION_FIELDS = [
  'id',
  'kind',
  'question',
  'options',
  'answer',
  'explanation',
  'source',
  'versions',
  'about_change',
  'other_versions',
];

const unknownKeys =
  (what: string, known: readonly string[]) =>
  (issue: {code: string; keys?: string[]}): string | undefined =>
    issue.code === 'unrecognized_keys'
      ? `${what}里有不认识的字段 ${issue.keys!.join('、')}（拼错了？）。可用的字段：${known.join('、')}`
      : undefined;

const option = z.strictObject(
  {
    text: z.string({message: '每个选项都要有 text（选项的文字）'}).trim().min(1, {message: '选项的 text 不能为空'}),
    correct: z
      .literal(true, {message: 'correct 只写在正确的选项上，写作 correct: true；错误的选项不写 correct'})
      .optional(),
  },
  {error: unknownKeys('选项', ['text', 'correct'])},
);

const LATEST = parseMinor(LATEST_FLINK)!;

const versions = z
  .string({
    error: ({input}) =>
      input === undefined
        ? `缺少 versions（答案适用的 Flink 版本），例如 versions: 2.0–${LATEST_FLINK}`
        : typeof input === 'number'
          ? `versions 被 YAML 读成了数字 ${input}：只写一个版本时要加引号，例如 versions: '1.20'（不加引号的 1.20 会变成 1.2）`
          : `versions 要写成文字，例如 versions: 2.0–${LATEST_FLINK}`,
  })
  .superRefine((value, ctx) => {
    const range = parseVersionRange(value);
    if (!range) {
      ctx.addIssue({
        code: 'custom',
        message: `「${value}」不是版本范围：写成 2.0–${LATEST_FLINK}（两个小版本之间用短横线）或单个版本如 '2.3'，不写补丁版本（1.20.1 写作 1.20）`,
      });
    } else if (compareMinor(range.to, LATEST) > 0) {
      ctx.addIssue({
        code: 'custom',
        message: `写到了 ${formatMinor(range.to)}，但本站只核对到 Flink ${LATEST_FLINK}：答案在更新的版本上是否成立还没人核对过，请写到 ${LATEST_FLINK} 为止`,
      });
    }
  });

/**
 * The old API (src/data/apiChanges.ts) a text names or uses, if any. The one
 * place the self-check rules call the docs rules' matcher: a name as a whole
 * word (as prose names it), or the entry's code pattern (as code uses it).
 */
export function oldApiIn(text: string): {change: ApiChange; name: string} | undefined {
  const named = findApiMentions(text)[0];
  if (named) return named;
  // Of several uses, the one the list names first: classes come before the methods that take them.
  const used = findApiUses(text, {language: 'text'})
    .filter((use) => use.kind === 'change')
    .sort((a, b) => apiChanges.indexOf(a.change) - apiChanges.indexOf(b.change))[0];
  if (used?.kind !== 'change') return undefined;
  // A code pattern matches up to its bracket: Time.seconds( reads as Time.seconds.
  return {change: used.change, name: text.slice(used.index, used.index + used.length).replace(/[^\w$]+$/, '')};
}

const CHANGE_IDS = apiChanges.map((change) => change.id) as [string, ...string[]];

// The checks across a question's fields run even when another field has a
// problem, so a contributor fixes everything in one round. They read the
// value as it was written, which may not have the schema's shape yet.
const EVEN_WITH_OTHER_PROBLEMS = {when: () => true};

interface WrittenQuestion {
  kind?: unknown;
  options?: unknown;
  answer?: unknown;
  about_change?: unknown;
}

const optionTexts = (options: unknown): (string | undefined)[] =>
  Array.isArray(options)
    ? options.map((o) => {
        const text = (o as {text?: unknown} | null)?.text;
        return typeof text === 'string' ? text : undefined;
      })
    : [];

const isRight = (o: unknown) => (o as {correct?: unknown} | null)?.correct === true;

/** What each kind needs: options with the right number of correct ones, or a model answer. */
function checkKind(q: WrittenQuestion, ctx: z.RefinementCtx): void {
  if (q.kind === 'open') {
    if (q.answer === undefined) {
      ctx.addIssue({code: 'custom', path: ['answer'], message: '简答题（open）要写 answer：参考答案'});
    }
    if (q.options !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message:
          '简答题（open）不写 options：读者写下自己的回答，再对照 answer。要给选项，请把 kind 改成 single 或 multiple',
      });
    }
    return;
  }
  if (q.kind !== 'single' && q.kind !== 'multiple') return;
  if (q.answer !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['answer'],
      message: '选择题不写 answer：正确的选项用 correct: true 标出，为什么写在 explanation 里',
    });
  }
  if (q.options === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: '选择题要写 options：每项写 text，正确的选项加 correct: true',
    });
  }
  if (!Array.isArray(q.options)) return;
  const right = q.options.filter(isRight).length;
  if (q.kind === 'single' && right !== 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: `单选题（single）要恰好有 1 个选项标 correct: true，现在有 ${right} 个。有几个都对时，改成 kind: multiple`,
    });
  }
  if (q.kind === 'multiple' && right === 0) {
    ctx.addIssue({code: 'custom', path: ['options'], message: '多选题（multiple）至少要有 1 个选项标 correct: true'});
  }
  if (q.kind === 'multiple' && right > 0 && right === q.options.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['options'],
      message: '多选题的选项不能全对：至少留一个错误选项，最好是读者真会有的误解',
    });
  }
  const seen = new Map<string, number>();
  optionTexts(q.options).forEach((text, i) => {
    if (text === undefined) return;
    const key = normalizeText(text);
    if (seen.has(key)) {
      ctx.addIssue({code: 'custom', path: ['options', i, 'text'], message: `和第 ${seen.get(key)! + 1} 个选项相同`});
    }
    seen.set(key, i);
  });
}

/** An old API may appear among the answers only in a question about that change. */
function checkOldApis(q: WrittenQuestion, ctx: z.RefinementCtx): void {
  const texts: {path: (string | number)[]; text: string | undefined}[] = [
    ...optionTexts(q.options).map((text, i) => ({path: ['options', i, 'text'], text})),
    {path: ['answer'], text: typeof q.answer === 'string' ? q.answer : undefined},
  ];
  for (const {path, text} of texts) {
    const found = text === undefined ? undefined : oldApiIn(text);
    if (!found || found.change.id === q.about_change) continue;
    ctx.addIssue({
      code: 'custom',
      path,
      message:
        `提到了 ${found.name}（${changeStatus(found.change)}）。选项和参考答案里只有题目考的正是这个变化时才能写旧 API：` +
        `如果是，加上 about_change: ${found.change.id}；否则请改成 2.x 的写法：${found.change.replacement}`,
    });
  }
}

const question = z
  .strictObject(
    {
      id: z.string({message: '每道题都要有 id，例如 id: window-never-fires'}).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        message:
          'id 只用小写字母、数字和连字符（kebab-case），例如 window-never-fires。它是读者浏览器里答题记录的键，发布后不要改名',
      }),
      kind: z.enum(['single', 'multiple', 'open'], {
        message: 'kind 只能是 single（单选）、multiple（多选）或 open（简答，附参考答案）',
      }),
      question: z
        .string({message: '缺少 question（题目）'})
        .trim()
        .min(8, {message: '题目太短：写成一个完整的问题，最好带上情境（例如「窗口为什么一直不触发？」）'}),
      options: z
        .array(option, {message: 'options 是选项的列表，每项写 text，正确的选项加 correct: true'})
        .min(2, {message: '选择题至少要有 2 个选项'})
        .max(6, {message: '选项最多 6 个：留下最有代表性的误解'})
        .optional(),
      answer: z.string({message: 'answer 是简答题的参考答案'}).trim().min(10, {message: '参考答案太短'}).optional(),
      explanation: z
        .string({message: '缺少 explanation：用几句话解释为什么这样答，读者答完后会看到'})
        .trim()
        .min(20, {message: '解释太短：用几句话说清为什么这样答，以及错误选项错在哪里'})
        .max(EXPLANATION_MAX, {
          message: `解释太长（上限 ${EXPLANATION_MAX} 字）：用几句话说清为什么，细节留给正文`,
        }),
      source: httpUrl,
      versions,
      about_change: z
        .enum(CHANGE_IDS, {
          message: `about_change 要写 src/data/apiChanges.ts 中某一条的 id，例如 ${CHANGE_IDS[0]}、fs-memory-state-backend`,
        })
        .optional(),
      other_versions: z
        .string({message: 'other_versions 是一句话：答案适用的版本之外，情况有什么不同'})
        .trim()
        .min(8, {message: 'other_versions 太短：用一句话说明其他版本上有什么不同'})
        .optional(),
    },
    {error: unknownKeys('这道题', QUESTION_FIELDS)},
  )
  .superRefine(checkKind, EVEN_WITH_OTHER_PROBLEMS)
  .superRefine(checkOldApis, EVEN_WITH_OTHER_PROBLEMS);

export const quiz = z
  .array(question, {message: `quiz 是自测题的列表，每篇笔记 ${QUIZ_MIN}–${QUIZ_MAX} 道`})
  .min(QUIZ_MIN, {message: `自测题至少 ${QUIZ_MIN} 道`})
  .max(QUIZ_MAX, {message: `自测题最多 ${QUIZ_MAX} 道：留下最能检验是否读懂的几道`})
  .superRefine((list, ctx) => {
    if (!Array.isArray(list)) return;
    const seen = new Map<unknown, number>();
    list.forEach((q: unknown, i) => {
      const id = (q as {id?: unknown} | null)?.id;
      if (typeof id !== 'string') return;
      if (seen.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `和第 ${seen.get(id)! + 1} 道题的 id 相同：同一篇笔记里每道题的 id 都要不同`,
        });
      }
      seen.set(id, i);
    });
  }, EVEN_WITH_OTHER_PROBLEMS);

export const topics = z
  .array(z.enum(TOPICS, {message: `未知主题，可选 ${TOPICS.join(' / ')}（见 src/data/taxonomy.ts）`}), {
    message: '主题写成列表，例如 topics: [checkpoint, backpressure]',
  })
  .min(1, {message: '至少写一个主题'});

export type QuizQuestion = z.output<typeof question>;

/**
 * What the schema cannot see from one field: a note with questions says its
 * topics, and every explanation's source is one of the note's sources.
 * Reads the raw frontmatter, so it reports alongside the schema's problems.
 */
export function quizNoteIssues(data: Record<string, unknown>): {path: (string | number)[]; message: string}[] {
  if (!Array.isArray(data.quiz)) return [];
  const issues: {path: (string | number)[]; message: string}[] = [];
  if (data.topics === undefined) {
    issues.push({
      path: ['topics'],
      message: `有自测题的笔记要写 topics：本页属于哪些主题，复习页按它筛选题目。例如 topics: [event-time]，可选值见 src/data/taxonomy.ts 的 TOPICS`,
    });
  }
  const urls = Array.isArray(data.sources)
    ? data.sources.map((s) => (s as {url?: unknown} | null)?.url).filter((url) => typeof url === 'string')
    : [];
  data.quiz.forEach((q: unknown, i) => {
    const source = (q as {source?: unknown} | null)?.source;
    if (typeof source !== 'string' || urls.includes(source)) return;
    issues.push({
      path: ['quiz', i, 'source'],
      message:
        `${source} 不在本页的依据（sources）里。解释所依据的来源必须是本页依据中的一条：` +
        `把它加进 sources（写明 title 和 supports），或改用已有的一条${urls.length > 0 ? `，例如 ${urls[0]}` : ''}`,
    });
  });
  return issues;
}

/** Where a problem of the frontmatter is, naming the question by its id: 自测题 "window-never-fires" › options.1.text */
export function quizWhere(path: readonly PropertyKey[], data: Record<string, unknown>): string {
  if (path[0] !== 'quiz' || typeof path[1] !== 'number') return `frontmatter.${path.map(String).join('.')}`;
  const id = (Array.isArray(data.quiz) ? (data.quiz[path[1]] as {id?: unknown} | null) : null)?.id;
  const named = typeof id === 'string' ? `自测题 "${id}"` : `自测题第 ${path[1] + 1} 道`;
  return path.length > 2 ? `${named} › ${path.slice(2).map(String).join('.')}` : named;
}

/** Question text as compared for duplicates: without spaces, punctuation and case. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

export interface NoteWithQuiz {
  /** Repository path, for messages. */
  file: string;
  frontMatter: Record<string, unknown>;
}

/** A question asked twice, in one note or in two (the first one asked is kept, the later one reported). */
export function quizDuplicates(notes: readonly NoteWithQuiz[]): DocProblem[] {
  const seen = new Map<string, {file: string; id: string}>();
  const problems: DocProblem[] = [];
  for (const {file, frontMatter} of notes) {
    if (!Array.isArray(frontMatter.quiz)) continue;
    frontMatter.quiz.forEach((q: unknown, i) => {
      const {id, question: text} = (q ?? {}) as {id?: unknown; question?: unknown};
      if (typeof text !== 'string') return;
      const key = normalizeText(text);
      const first = seen.get(key);
      if (!first) {
        seen.set(key, {file, id: String(id)});
        return;
      }
      problems.push({
        file,
        where: quizWhere(['quiz', i, 'question'], frontMatter),
        message: `和 ${first.file === file ? '本页' : first.file} 的自测题 "${first.id}" 重复（去掉空格和标点后相同）。请删掉一道，或改写成考另一个要点`,
      });
    });
  }
  return problems;
}

/** The questions of one note as the site publishes them (review page, search): each with its source's title. */
export interface NoteQuiz {
  /** Site path of the note, without the base URL. */
  path: string;
  title: string;
  topics: Topic[];
  questions: (QuizQuestion & {sourceTitle: string})[];
}

/**
 * The published questions of notes whose frontmatter passed the rules above
 * (the build checks before it publishes), in the order given.
 */
export function noteQuizzes(
  notes: readonly {path: string; title: string; frontMatter: Record<string, unknown>}[],
): NoteQuiz[] {
  return notes.flatMap(({path, title, frontMatter}) => {
    if (!Array.isArray(frontMatter.quiz)) return [];
    const sources = (frontMatter.sources ?? []) as {url: string; title: string}[];
    const questions = (frontMatter.quiz as QuizQuestion[]).map((q) => ({
      ...q,
      sourceTitle: sources.find((s) => s.url === q.source)?.title ?? q.source,
    }));
    return [{path, title, topics: (frontMatter.topics ?? []) as Topic[], questions}];
  });
}
