import type {Page} from '@playwright/test';
import {noteQuizzes, type NoteQuiz} from '../../plugins/notes/quiz';
import {learningPath} from '../../src/data/learningPath';
import {MY_VERSION_KEY} from '../../src/hooks/useMyFlinkVersion';
import {SELF_CHECK_KEY} from '../../src/selfCheck/progress';
import {holdsOn, optionLetter, progressKey, questionAnchor, rightOptions} from '../../src/selfCheck/questions';
import {isNote, readDocs} from '../docsFiles';
import {seriousViolations} from './axe';
import {clickEachQuickly, expect, open, test, type Site} from './fixtures';

// The questions come from the notes themselves, so adding or changing one
// never breaks these tests; the logic is unit-tested on fixtures. Reading the
// notes is asynchronous (Docusaurus computes their routes), so it happens in
// beforeAll and the tests read the results.
let quizzes: NoteQuiz[];
let total: number;
// Two notes and their sources, for the 依据 section (an island too).
let sourced: {route: string; sources: {url: string}[]}[];
// A note on the learning path with a single-choice question, that question, and a right and a wrong option.
let note: NoteQuiz;
let single: NoteQuiz['questions'][number];
let right: number;
let wrong: number;

test.beforeAll(async () => {
  const notes = (await readDocs()).filter(isNote);
  sourced = notes
    .map((doc) => ({route: doc.route, sources: doc.frontMatter.sources as {url: string}[]}))
    .filter((doc) => doc.sources.length > 0)
    .slice(0, 2);
  quizzes = noteQuizzes(
    notes.map((doc) => ({path: doc.route, title: String(doc.frontMatter.title), frontMatter: doc.frontMatter})),
  );
  total = quizzes.reduce((sum, quiz) => sum + quiz.questions.length, 0);
  const notesOnPath = learningPath.flatMap((step) =>
    step.items.flatMap((item) => ('note' in item.target ? [item.target.note] : [])),
  );
  note = quizzes.find((quiz) => notesOnPath.includes(quiz.path) && quiz.questions.some((q) => q.kind === 'single'))!;
  expect(note, '这些测试需要学习路线上至少一篇有单选自测题的笔记').toBeDefined();
  single = note.questions.find((q) => q.kind === 'single')!;
  right = rightOptions(single)[0];
  wrong = single.options!.findIndex((option) => !option.correct);
});
const plain = (text: string) => text.replaceAll('`', '');

/** The fieldset of a question, found by its anchor. */
const questionOf = (page: Page, id: string) => page.locator(`[id="${questionAnchor(id)}"]`);

async function openNote(page: Page, site: Site, quiz: NoteQuiz = note) {
  await open(page, site, quiz.path);
  await expect(page.getByRole('heading', {level: 2, name: '自测'})).toBeVisible();
}

test('a wrong answer is announced, explained with its source and versions, and kept after a reload', async ({
  page,
  site,
}) => {
  await openNote(page, site);
  const question = questionOf(page, single.id);
  const check = question.getByRole('button', {name: '核对答案'});
  await expect(check).toBeDisabled();
  await question.getByRole('radio', {name: new RegExp(`^${optionLetter(wrong)}\\. `)}).check();
  await check.click();
  await expect(question.getByRole('status')).toHaveText(`回答错误：正确答案是 ${optionLetter(right)}。`);
  const answer = question.locator('details');
  await expect(answer).toHaveAttribute('open', '');
  await expect(answer.getByText(plain(single.explanation))).toBeVisible();
  await expect(answer.getByRole('link', {name: single.sourceTitle})).toHaveAttribute('href', single.source);
  await expect(answer).toContainText(`适用版本：Flink ${single.versions}`);
  await expect(question.getByText('你的选择')).toBeVisible();

  await page.reload();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
  await expect(questionOf(page, single.id).getByText('上次没答对')).toBeVisible();

  await questionOf(page, single.id)
    .getByRole('radio', {name: new RegExp(`^${optionLetter(right)}\\. `)})
    .check();
  await questionOf(page, single.id).getByRole('button', {name: '核对答案'}).click();
  await expect(questionOf(page, single.id).getByRole('status')).toHaveText('回答正确。');
  const stored = await page.evaluate((key) => localStorage.getItem(key), SELF_CHECK_KEY);
  expect(JSON.parse(stored!)).toEqual({answers: {[progressKey(note.path, single.id)]: 'right'}});
});

test('an open question shows its model answer and the reader marks it; the keyboard reaches everything', async ({
  page,
  site,
}) => {
  const withOpen = quizzes.find((quiz) => quiz.questions.some((q) => q.kind === 'open'))!;
  const openQuestion = withOpen.questions.find((q) => q.kind === 'open')!;
  await openNote(page, site, withOpen);
  const question = questionOf(page, openQuestion.id);
  await question.getByRole('textbox').fill('我的回答只留在这个页面上');
  await question.getByRole('button', {name: '显示参考答案'}).focus();
  await page.keyboard.press('Enter');
  await expect(question.getByText(plain(openQuestion.answer!))).toBeVisible();
  await question.getByRole('button', {name: '没答对'}).focus();
  await page.keyboard.press('Enter');
  await expect(question.getByRole('status')).toContainText('已记为没答对');
});

test('a choice made before the questions’ code arrives is kept when it does', async ({page, site}) => {
  test.skip(site.mode === 'offline', 'the offline build has no server markup: the questions load with the page');
  // Hold every script asked for after the page has loaded: the island's code among them.
  const held: (() => Promise<void>)[] = [];
  let holding = false;
  await page.route('**/*.js', (route) => (holding ? held.push(() => route.continue()) : route.continue()));
  await open(page, site, note.path);
  holding = true;
  const question = questionOf(page, single.id);
  const radio = question.getByRole('radio', {name: new RegExp(`^${optionLetter(right)}\\. `)});
  await radio.check();
  // Still the server markup: its button is disabled until the live component runs.
  await expect(question.getByRole('button', {name: '核对答案'})).toBeDisabled();
  await expect.poll(() => held.length, {message: '滚到自测时应开始加载自测的代码'}).toBeGreaterThan(0);
  holding = false;
  await Promise.all(held.map((release) => release()));
  await expect(question.getByRole('button', {name: '核对答案'})).toBeEnabled();
  await expect(radio).toBeChecked();
  await expect(radio).toBeFocused();
  await question.getByRole('button', {name: '核对答案'}).click();
  await expect(question.getByRole('status')).toHaveText('回答正确。');
});

test('the learning path shows each note’s self-check result', async ({page, site}) => {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SELF_CHECK_KEY, JSON.stringify({answers: {[progressKey(note.path, single.id)]: 'right'}})],
  );
  await open(page, site, '/docs/learning-path');
  const score = page.getByRole('link', {name: /^自测/}).and(page.locator(`[href*="${note.path}#"]`));
  await expect(score).toHaveText(`自测 答对 1/${note.questions.length}`);
  await score.click();
  await expect.poll(() => site.currentPath(page)).toBe(`${note.path}#自测`);
});

test('progress that cannot be read, or that names removed questions, breaks nothing and is kept', async ({
  page,
  site,
}) => {
  const removed = progressKey(note.path, 'a-question-removed-since');
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, value);
        localStorage.setItem('flink-hub:learning-path:v1', '["start-intro"]');
        sessionStorage.setItem('seeded', '1');
      }
    },
    [SELF_CHECK_KEY, JSON.stringify({answers: {[removed]: 'wrong', odd: {v: 2}}})],
  );
  await open(page, site, '/docs/learning-path');
  const score = page.getByRole('link', {name: /^自测/}).and(page.locator(`[href*="${note.path}#"]`));
  await expect(score).toHaveText(`自测 ${note.questions.length} 题`);
  await openNote(page, site);
  await questionOf(page, single.id)
    .getByRole('radio', {name: new RegExp(`^${optionLetter(right)}\\. `)})
    .check();
  await questionOf(page, single.id).getByRole('button', {name: '核对答案'}).click();
  const stored = await page.evaluate(() => ({...localStorage}));
  expect(JSON.parse(stored[SELF_CHECK_KEY]).answers).toEqual({
    [removed]: 'wrong',
    odd: {v: 2},
    [progressKey(note.path, single.id)]: 'right',
  });
  expect(stored['flink-hub:learning-path:v1']).toBe('["start-intro"]');

  await page.evaluate((key) => localStorage.setItem(key, '{not json'), SELF_CHECK_KEY);
  await page.reload();
  await expect(page.getByRole('heading', {level: 2, name: '自测'})).toBeVisible();
});

test('an answer the browser cannot save is announced and still counts for this visit', async ({page, site}) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openNote(page, site);
  await questionOf(page, single.id)
    .getByRole('radio', {name: new RegExp(`^${optionLetter(right)}\\. `)})
    .check();
  await questionOf(page, single.id).getByRole('button', {name: '核对答案'}).click();
  await expect(page.getByRole('alert').filter({hasText: '刷新页面后会丢失'})).toBeVisible();
  await expect(questionOf(page, single.id).getByRole('status')).toHaveText('回答正确。');
});

test('a question whose answer differs on the reader’s Flink version says so', async ({page, site}) => {
  const version = '1.20';
  const quiz = quizzes.find((q) => q.questions.some((question) => !holdsOn(question.versions, version)))!;
  expect(quiz, `这条测试需要一道答案不适用于 ${version} 的自测题`).toBeDefined();
  const question = quiz.questions.find((q) => !holdsOn(q.versions, version))!;
  await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [MY_VERSION_KEY, version]);
  await openNote(page, site, quiz);
  // The questions' code loads as the reader nears them (SelfCheck/Island).
  await questionOf(page, question.id).scrollIntoViewIfNeeded();
  await expect(questionOf(page, question.id)).toContainText(
    `这道题的答案适用于 Flink ${question.versions}，你选的版本是 ${version}。`,
  );
  const holding = quiz.questions.find((q) => holdsOn(q.versions, version));
  if (holding) await expect(questionOf(page, holding.id)).not.toContainText('你选的版本是');
});

test.describe('without JavaScript', () => {
  test.skip(({mode}) => mode !== 'hosted', 'the offline build renders its pages with JavaScript');
  test.use({javaScriptEnabled: false});

  test('the answers and explanations are in the page and open with a click', async ({page, site}) => {
    await page.goto(site.url(note.path));
    const question = questionOf(page, single.id);
    await expect(question.getByText(plain(single.explanation))).toBeHidden();
    await question.getByText('答案与解释').click();
    await expect(question.getByText(plain(single.explanation))).toBeVisible();
    await expect(question.getByRole('link', {name: single.sourceTitle})).toBeVisible();
  });
});

test.describe('the review page (/review)', () => {
  const topic = 'checkpoint';

  test('filters by topic and version, and keeps the filter in the URL', async ({page, site}) => {
    const onTopic = quizzes.filter((quiz) => quiz.topics.includes(topic));
    const onTopicCount = onTopic.reduce((sum, quiz) => sum + quiz.questions.length, 0);
    const holdingOn120 = onTopic.flatMap((quiz) => quiz.questions).filter((q) => holdsOn(q.versions, '1.20')).length;
    expect(onTopicCount, `这条测试需要主题 ${topic} 下有自测题`).toBeGreaterThan(0);
    await open(page, site, '/review');
    const count = page.getByRole('status').filter({hasText: '道题'});
    await expect(count).toContainText(`显示 ${total} / ${total} 道题`);
    await page.getByRole('checkbox', {name: /检查点 Checkpoint/}).check();
    await expect(count).toContainText(`显示 ${onTopicCount} / ${total} 道题`);
    await page.getByRole('combobox', {name: '答案适用于 Flink'}).selectOption('1.20');
    await expect(count).toContainText(`显示 ${holdingOn120} / ${total} 道题`);
    expect(site.currentPath(page)).toBe(`/review?topic=${topic}&version=1.20`);

    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expect(page.getByRole('checkbox', {name: /检查点 Checkpoint/})).toBeChecked();
    await expect(page.getByRole('status').filter({hasText: '道题'})).toContainText(
      `显示 ${holdingOn120} / ${total} 道题`,
    );
  });

  test('one question at a time, in an order a shared URL replays; the reader’s wrong answers first', async ({
    page,
    site,
    browser,
  }) => {
    await open(page, site, '/review');
    await page.getByRole('radio', {name: '逐题练习'}).check();
    await expect(page).toHaveURL(/mode=cards&seed=[a-z0-9]{6}/);
    const card = page.getByRole('heading', {level: 2, name: new RegExp(`^第 1 / ${total} 题$`)});
    await expect(card).toBeVisible();
    const legends = async (p: Page) => {
      const seen: string[] = [];
      for (let i = 0; i < 3; i += 1) {
        seen.push((await p.locator('section legend').first().textContent()) ?? '');
        await p.getByRole('button', {name: '下一题'}).click();
      }
      return seen;
    };
    const order = await legends(page);
    await expect(page.getByRole('heading', {level: 2, name: new RegExp(`^第 4 / ${total} 题$`)})).toBeFocused();
    const shared = site.currentPath(page);

    const other = await browser.newPage();
    await open(other, site, shared);
    expect(await legends(other)).toEqual(order);
    await other.close();

    // An answer the reader got wrong comes first, whatever the order.
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key, value),
      [SELF_CHECK_KEY, JSON.stringify({answers: {[progressKey(note.path, single.id)]: 'wrong'}})],
    );
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
    await expect(page.locator('section legend').first()).toContainText(plain(single.question));
  });

  test('clearing the answers asks first, and forgets them only when confirmed', async ({page, site}) => {
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key, value);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [SELF_CHECK_KEY, JSON.stringify({answers: {[progressKey(note.path, single.id)]: 'wrong'}})],
    );
    await open(page, site, '/review');
    await page.getByRole('button', {name: '清除自测记录'}).click();
    const dialog = page.getByRole('dialog', {name: '清除全部自测记录？'});
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await page.evaluate((key) => localStorage.getItem(key), SELF_CHECK_KEY)).not.toBeNull();

    await page.getByRole('button', {name: '清除自测记录'}).click();
    await dialog.getByRole('button', {name: '清除'}).click();
    await expect(page.getByRole('status').filter({hasText: '已清除全部自测记录'})).toBeVisible();
    expect(await page.evaluate((key) => localStorage.getItem(key), SELF_CHECK_KEY)).toBeNull();
  });
});

test('no serious accessibility problem once questions are answered, in light and dark mode', async ({page, site}) => {
  test.skip(
    site.mode !== 'hosted',
    'axe reads the style sheets with requests that a page opened from disk may not make',
  );
  await openNote(page, site);
  await questionOf(page, single.id)
    .getByRole('radio', {name: new RegExp(`^${optionLetter(wrong)}\\. `)})
    .check();
  await questionOf(page, single.id).getByRole('button', {name: '核对答案'}).click();
  for (const path of [note.path, '/review?mode=cards&seed=abc123']) {
    if (path !== note.path) await open(page, site, path);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({colorScheme});
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      const serious = await seriousViolations(page, {
        include: path === note.path ? 'section[aria-labelledby="自测"]' : 'main',
      });
      expect(serious, `${path}（${colorScheme === 'light' ? '浅色' : '深色'}模式）`).toEqual([]);
    }
  }
});

// The browser's copy of a note's metadata has only the number of sources
// (plugins/notes/lateKeysInBrowser.cjs): the section keeps the server's
// markup, or loads them where there is none.
test('a note’s sources are listed on a first load, after client-side navigation, and offline', async ({page, site}) => {
  const [first, second] = sourced;
  const listed = page.locator('section[aria-labelledby="依据"] li a');
  await open(page, site, first.route);
  await expect(listed).toHaveCount(first.sources.length);
  await expect(listed.first()).toHaveAttribute('href', first.sources[0].url);
  await page.locator(`.theme-doc-sidebar-container a[href$="${second.route}"]`).first().click();
  await expect(listed).toHaveCount(second.sources.length);
  await expect(listed.first()).toHaveAttribute('href', second.sources[0].url);
});

test('quick clicks on several review filters all count', async ({page, site}) => {
  // See the explorer's test of the same name (useQueryState).
  await open(page, site, '/review');
  await clickEachQuickly(page, 'form input[type="checkbox"]', 4);
  const boxes = page.getByRole('main').locator('form input[type="checkbox"]');
  for (let i = 0; i < 4; i++) await expect(boxes.nth(i)).toBeChecked();
  await expect.poll(() => site.currentPath(page).split('?')[1]?.split('&').length).toBe(4);
});
