import {spawnSync} from 'node:child_process';
import {copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import matter from 'gray-matter';
import {LATEST_FLINK} from '../../src/data/flinkReleases';
import {QUIZ_MAX, QUIZ_MIN} from '../../plugins/notes/quiz';
import {GROUP_INFO, GROUPS} from '../../src/data/taxonomy';
import {componentProps} from '../componentProps';
import {docFile, isNote, readDocs, type DocFile} from '../docsFiles';
import {
  checkDataApiNames,
  checkDataReferences,
  checkDataTerms,
  checkDocs,
  formatDocProblem,
  type DocProblem,
  type HubData,
} from '../docsRules';
import {apiChanges} from '../../src/data/apiChanges';
import {badDataCases} from '../fixtures/bad-data';
import {badDocCases, matches} from '../fixtures/bad-docs/cases';

const docs = await readDocs();
const report = (problems: DocProblem[]) => problems.map(formatDocProblem);
const fixture = (...parts: string[]) => readFileSync(path.join(__dirname, '../fixtures', ...parts), 'utf8');
// A small site of good notes that the bad fixtures sit beside and point at.
const site = await Promise.all(
  readdirSync(path.join(__dirname, '../fixtures/docs-site')).map((name) =>
    docFile(`docs/blogs/${name}`, fixture('docs-site', name)),
  ),
);

// One test per rule set over the real docs: a contributor's mistake is
// reported once, naming their own file.
describe('docs follow the rules (tests/docsRules.ts)', () => {
  it('finds the pages (a scan that matches nothing would pass every check below)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.filter(isNote).length).toBeGreaterThanOrEqual(15);
  });

  it("frontmatter, sources, links, pictures, imports, components, resource lists, code, old APIs and the hub's terms", async () => {
    expect(report(await checkDocs(docs))).toEqual([]);
  });

  it('the data files point at notes and headings that exist', async () => {
    expect(report(await checkDataReferences(docs))).toEqual([]);
  });

  it("the data files use the hub's terms", () => {
    expect(report(checkDataTerms())).toEqual([]);
  });

  it('the data files name the replacement of every old API they name', () => {
    expect(report(checkDataApiNames())).toEqual([]);
  });

  // The schema checks a quiz where there is one; this makes one required on
  // the site (issue #20) without making every small fixture carry three questions.
  it('every note has its self-check questions and topics', () => {
    const missing = docs
      .filter(isNote)
      .flatMap((doc) => [
        ...(doc.frontMatter.quiz === undefined
          ? [
              `${doc.file}：缺少自测题。在 frontmatter 里加上 quiz（${QUIZ_MIN}–${QUIZ_MAX} 道，写法和例子见 CONTRIBUTING「写自测题」）`,
            ]
          : []),
        ...(doc.frontMatter.topics === undefined
          ? [
              `${doc.file}：缺少 topics。写上这篇笔记的主题，例如 topics: [checkpoint, backpressure]，复习页按它筛选自测题`,
            ]
          : []),
      ]);
    expect(missing).toEqual([]);
  });

  it.each(GROUPS)('the page of group %s is titled as the group (it names the sidebar category)', (group) => {
    const index = docs.find((doc) => doc.route === GROUP_INFO[group].path);
    expect(index?.frontMatter.title, `${GROUP_INFO[group].path} 的 title 应是「${GROUP_INFO[group].label}」`).toBe(
      GROUP_INFO[group].label,
    );
  });
});

// A note is one file: nothing else has to change for a new one to pass.
// Each test reports only what the new file adds, so a problem of the real
// docs is reported once, by the test above.
describe('adding a note', () => {
  const added = async (extra: DocFile) => {
    const before = new Set(report(await checkDocs(docs)));
    return report(await checkDocs([...docs, extra])).filter((problem) => !before.has(problem));
  };
  const template = () =>
    readFileSync(path.join(__dirname, '../../templates/note.mdx'), 'utf8')
      .replaceAll('__TITLE__', '新笔记')
      .replaceAll('__LATEST__', LATEST_FLINK)
      .replaceAll('__POSITION__', '100');

  it('a copy of an existing note under a new name, with a new title and questions of its own, passes every rule', async () => {
    const original = docs.find((doc) => doc.file === 'docs/blogs/state-backends.mdx') ?? docs.find(isNote)!;
    const {data, content} = matter(original.source);
    // A question asked twice is reported (see the bad fixtures), so the copy asks its own.
    const quiz = (data.quiz as {question: string}[] | undefined)?.map((q) => ({
      ...q,
      question: `另一篇：${q.question}`,
    }));
    const copy = await docFile(
      original.file.replace(/\.mdx$/, '-copy.mdx'),
      matter.stringify(content, {...data, title: '另一篇笔记', ...(quiz && {quiz})}),
    );
    expect(await added(copy)).toEqual([]);
  });

  it('the note template (npm run new:note) passes once its frontmatter and body are filled in', async () => {
    const {data, content} = matter(template());
    const body = content
      .replace(/\{\/\*[\s\S]*?\*\/\}\n\n/g, '')
      .replace('第一段：这篇笔记回答什么问题，读者读完能做什么。', '本页说明模板填好之后应当通过全部规则。')
      .replace('## 第一个小节', '## 模板的小节')
      .replace('这一节的正文：用自己的话写，每个技术说法都对照一条依据。', '小节的正文。');
    const filled = matter.stringify(body, {
      ...data,
      description: '模板测试：填好描述和依据后应当通过全部规则。',
      sources: [
        {
          title: 'Flink 2.3 文档：Checkpoints',
          url: 'https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/ops/state/checkpoints/',
          supports: '模板测试',
        },
        {title: 'Flink 2.0 发布说明', url: 'https://github.com/apache/flink', supports: '模板测试'},
      ],
    });
    expect(await added(await docFile('docs/blogs/new-note.mdx', filled))).toEqual([]);
  });

  it('the template, as npm run new:note writes it, passes markdownlint (its comments too)', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'note-template-'));
    copyFileSync(path.join(__dirname, '../../.markdownlint-cli2.jsonc'), path.join(dir, '.markdownlint-cli2.jsonc'));
    writeFileSync(path.join(dir, 'new-note.mdx'), template());
    // The repository's own markdownlint, with its config, as npm run lint:md runs it.
    const run = spawnSync(path.join(__dirname, '../../node_modules/.bin/markdownlint-cli2'), ['new-note.mdx'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(run.stderr).not.toMatch(/error MD/);
    expect(run.status).toBe(0);
  });

  it('the unfilled template tells the contributor what is missing', async () => {
    expect(report(await checkDocs([await docFile('docs/blogs/new-note.mdx', template())]))).toEqual([
      expect.stringContaining('frontmatter.description：缺少 description'),
      expect.stringContaining('frontmatter.sources：依据至少要有 2 条'),
      expect.stringContaining('frontmatter.sources：依据中至少要有一条来自 Apache 的网站'),
      expect.stringMatching(/› 第 \d+ 行的注释：还留着模板/),
      expect.stringMatching(/› 第 \d+ 行的段落：还是模板.*占位文字「第一段/),
      expect.stringMatching(/› 第 \d+ 行的标题：还是模板.*占位文字「第一个小节」/),
      expect.stringMatching(/› 第 \d+ 行的段落：还是模板.*占位文字「这一节的正文/),
      expect.stringMatching(/› 第 \d+ 行的注释：还留着模板/),
    ]);
  });
});

// Each bad fixture beside a small fixture site rather than the real docs, so
// a contributor's broken page never fails these too. tests/fixtures/bad-docs/
// cases.ts lists every fixture with the messages it must fail with: the suite
// fails when a fixture stops failing, or fails with other messages.
describe('a bad page is reported with its file, the line and the fix (tests/fixtures/bad-docs)', () => {
  it('passes the fixture site itself', async () => {
    expect(report(await checkDocs(site))).toEqual([]);
  });

  it('lists every fixture in cases.ts, and only fixtures that exist', () => {
    const files = readdirSync(path.join(__dirname, '../fixtures/bad-docs')).filter((name) => /\.mdx?$/.test(name));
    expect(badDocCases.map((c) => c.fixture).sort()).toEqual(files.sort());
  });

  it.each(badDocCases)('$fixture ($shows)', async ({fixture: name, as, expected}) => {
    const problems = report(await checkDocs([...site, await docFile(as, fixture('bad-docs', name))]));
    expect(matches(problems, expected), `实际的报错：\n${problems.join('\n')}`).toBe(true);
  });
});

describe('the data files are checked entry by entry (tests/fixtures/bad-data.ts)', () => {
  it.each(badDataCases)('$name', async ({check, data: partial, expected}) => {
    const data: HubData = {
      glossary: [],
      learningPath: [],
      resources: [],
      caseStudies: [],
      apiChanges,
      topicGaps: {},
      ...partial,
    };
    const problems = report(
      check === 'references'
        ? await checkDataReferences(site, {...data, apiChanges: []})
        : check === 'terms'
          ? checkDataTerms(data)
          : checkDataApiNames(data),
    );
    expect(matches(problems, expected), `实际的报错：\n${problems.join('\n')}`).toBe(true);
  });
});

describe('component props are read from the components themselves', () => {
  it('reads the props of every component in src/components, so none goes unchecked', () => {
    const dir = path.join(__dirname, '../../src/components');
    const unread = readdirSync(dir).filter((name) => componentProps(path.join(dir, name, 'index.tsx')) === undefined);
    expect(unread, '这些组件的属性读不出来：请把属性写成 index.tsx 里默认导出函数第一个参数的类型').toEqual([]);
  });

  it('knows which Figure props are required and which take a string', () => {
    expect(componentProps(path.join(__dirname, '../../src/components/Figure/index.tsx'))).toEqual([
      {name: 'svg', required: true, acceptsString: false},
      {name: 'alt', required: true, acceptsString: true},
      {name: 'caption', required: true, acceptsString: true},
    ]);
  });
});

// CONTRIBUTING.md shows a question that passes and the same one with mistakes,
// followed by the messages it gets: both are checked here, so the guide
// cannot drift from the rules.
describe('the self-check examples in CONTRIBUTING.md', () => {
  const guide = readFileSync(path.join(__dirname, '../../CONTRIBUTING.md'), 'utf8');
  const fence = (title: string) => {
    const found = new RegExp(`\`\`\`\\w+ title="${title}"\\n([\\s\\S]*?)\`\`\``).exec(guide);
    if (!found) throw new Error(`CONTRIBUTING.md 中没有标题为「${title}」的代码块`);
    return found[1];
  };
  const fixtureNote = matter(readFileSync(path.join(__dirname, '../fixtures/docs-site/fixture-note.mdx'), 'utf8'));
  /** The fixture note with the example as its first question, and the example's source among its sources. */
  const noteWith = (yaml: string) => {
    const [question] = (matter(`---\n${yaml}---\n`).data.quiz ?? []) as {source: string}[];
    const {quiz, sources} = fixtureNote.data as {quiz: unknown[]; sources: unknown[]};
    const data = {
      ...fixtureNote.data,
      sources: [...sources, {title: '示例的来源', url: question.source, supports: '示例题目的解释'}],
      quiz: [question, ...quiz.slice(1)],
    };
    return docFile('docs/source-analysis/checkpoint-principles.mdx', matter.stringify(fixtureNote.content, data));
  };

  it('the example that passes passes', async () => {
    expect(report(await checkDocs([await noteWith(fence('通过检查的例子'))]))).toEqual([]);
  });

  it('the example that fails gets exactly the messages shown', async () => {
    const shown = fence('不通过的例子的报错').trim().split('\n');
    expect(report(await checkDocs([await noteWith(fence('不通过的例子'))]))).toEqual(shown);
  });
});
