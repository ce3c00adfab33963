import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import matter from 'gray-matter';
import {LATEST_FLINK} from '../../src/data/flinkReleases';
import {glossary} from '../../src/data/glossary';
import {GROUP_INFO, GROUPS} from '../../src/data/taxonomy';
import {docFile, isNote, readDocs, type DocFile} from '../docsFiles';
import {checkDataReferences, checkDataTerms, checkDocs, formatDocProblem} from '../docsRules';

const docs = readDocs();
const report = (problems: Parameters<typeof formatDocProblem>[0][]) => problems.map(formatDocProblem);

// One test per rule set over the real docs: a contributor's mistake is
// reported once, naming their own file.
describe('docs follow the rules (tests/docsRules.ts)', () => {
  it('finds the pages (a scan that matches nothing would pass every check below)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
    expect(docs.filter(isNote).length).toBeGreaterThanOrEqual(15);
  });

  it("frontmatter, sources, links, pictures, resource lists, old APIs and the hub's terms", () => {
    expect(report(checkDocs(docs))).toEqual([]);
  });

  it('the data files point at notes and headings that exist', () => {
    expect(report(checkDataReferences(docs))).toEqual([]);
  });

  it("the data files use the hub's terms", () => {
    expect(report(checkDataTerms())).toEqual([]);
  });

  it.each(GROUPS)('the page of group %s is titled as the group (it names the sidebar category)', (group) => {
    const index = docs.find((doc) => doc.route === GROUP_INFO[group].path);
    expect(index?.frontMatter.title, `${GROUP_INFO[group].path} 的 title 应是「${GROUP_INFO[group].label}」`).toBe(
      GROUP_INFO[group].label,
    );
  });
});

// A note is one file: nothing else has to change for a new one to pass.
describe('adding a note', () => {
  it('a copy of an existing note under a new name, with a new title, passes every rule', () => {
    const original = docs.find((doc) => doc.file === 'docs/blogs/state-backends.mdx')!;
    const {data, content} = matter(original.source);
    const copy = docFile(
      'docs/blogs/state-backends-copy.mdx',
      matter.stringify(content, {...data, title: '另一篇笔记'}),
    );
    expect(report(checkDocs([...docs, copy]))).toEqual([]);
  });

  it('the note template (npm run new:note) passes once its description and sources are filled in', () => {
    const template = readFileSync(path.join(__dirname, '../../templates/note.mdx'), 'utf8')
      .replaceAll('__TITLE__', '新笔记')
      .replaceAll('__LATEST__', LATEST_FLINK)
      .replaceAll('__POSITION__', '100');
    const {data, content} = matter(template);
    const filled = matter.stringify(content, {
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
    expect(report(checkDocs([...docs, docFile('docs/blogs/new-note.mdx', filled)]))).toEqual([]);
  });

  it('the unfilled template tells the contributor what is missing', () => {
    const template = readFileSync(path.join(__dirname, '../../templates/note.mdx'), 'utf8')
      .replaceAll('__TITLE__', '新笔记')
      .replaceAll('__LATEST__', LATEST_FLINK)
      .replaceAll('__POSITION__', '100');
    expect(report(checkDocs([docFile('docs/blogs/new-note.mdx', template)]))).toEqual([
      expect.stringContaining('frontmatter.description：缺少 description'),
      expect.stringContaining('frontmatter.sources：依据至少要有 2 条'),
      expect.stringContaining('frontmatter.sources：依据中至少要有一条来自 Apache 的网站'),
    ]);
  });
});

// Each rule seen failing on a bad fixture, next to a small fixture site rather
// than the real docs, so a contributor's broken page never fails these too.
describe('a bad page is reported with its file, the place and the fix', () => {
  const read = (dir: string, name: string) => readFileSync(path.join(__dirname, '../fixtures', dir, name), 'utf8');
  const site: DocFile[] = [docFile('docs/blogs/fixture-note.mdx', read('docs-site', 'fixture-note.mdx'))];
  const check = (name: string, as = 'docs/fixture-page.mdx') =>
    report(checkDocs([...site, docFile(as, read('bad-docs', name))]));

  it('passes the fixture site itself', () => {
    expect(report(checkDocs(site))).toEqual([]);
  });

  it('broken frontmatter keeps its fix hint', () => {
    expect(check('broken-frontmatter.mdx')).toEqual([
      expect.stringMatching(/^docs\/fixture-page\.mdx › frontmatter：不是合法的 YAML.*用引号括起来/),
    ]);
  });

  it('MDX that does not parse', () => {
    expect(check('broken-mdx.mdx')).toEqual([expect.stringMatching(/^docs\/fixture-page\.mdx：MDX 无法解析/)]);
  });

  it('links to a missing page, a missing anchor, a wrong relative path and a missing anchor of the same page', () => {
    expect(check('broken-link.mdx')).toEqual([
      expect.stringMatching(/› 链接 \/docs\/blogs\/fixture-notes：指向的页面 \/docs\/blogs\/fixture-notes 不存在/),
      expect.stringMatching(/› 链接 \/docs\/blogs\/fixture-note#调优：.*没有锚点 #调优。可用的锚点有：.*常用调优参数/),
      expect.stringMatching(/› 链接 \.\.\/practice\/nope：指向的页面 \/practice\/nope 不存在/),
      expect.stringMatching(/› 链接 #没有这一节：页面 \/docs\/fixture-page 存在，但没有锚点 #没有这一节/),
    ]);
  });

  it('a note without description, Flink version or sources', () => {
    expect(check('missing-version.mdx', 'docs/blogs/new-note.mdx')).toEqual([
      expect.stringContaining('docs/blogs/new-note.mdx › frontmatter.description：缺少 description'),
      expect.stringContaining('docs/blogs/new-note.mdx › frontmatter.flink_version：笔记必须写明核对过的 Flink 版本'),
      expect.stringContaining('docs/blogs/new-note.mdx › frontmatter.sources：笔记必须有依据'),
    ]);
  });

  it('a note checked against an old release, with too few and unattributed sources', () => {
    expect(check('sources.mdx', 'docs/blogs/new-note.mdx')).toEqual([
      expect.stringMatching(/› frontmatter\.flink_version：没有写到最新的 Flink 2\.3/),
      expect.stringMatching(/› frontmatter\.sources\.0\.supports：请用一句话写明/),
      expect.stringMatching(/› frontmatter\.sources：依据至少要有 2 条/),
      expect.stringMatching(/› frontmatter\.sources：依据中至少要有一条来自 Apache 的网站/),
    ]);
  });

  it('pictures from another host, and a local picture that does not exist', () => {
    expect(check('pictures.mdx')).toEqual([
      expect.stringMatching(/› 图片 https:\/\/static\.example\.com\/state-backends\.png：.*来自其他网站/),
      expect.stringMatching(/› <img> 的 src：图片 https:\/\/static\.example\.com\/rocksdb\.png 来自其他网站/),
      expect.stringMatching(/› <img> 的 src：图片 \/img\/missing\.png 不存在（找的是 static\/img\/missing\.png）/),
    ]);
  });

  it('resource lists with an unknown id, no id, or inside a sentence', () => {
    expect(check('resource-lists.mdx')).toEqual([
      expect.stringMatching(/› <ResourceList>（第 6 行）：引用了不存在的资源 "no-such-id"/),
      expect.stringMatching(/› <ResourceList>（第 8 行）：ids 是空数组/),
      expect.stringMatching(/› <ResourceList>（第 10 行）：要单独成段/),
    ]);
  });

  it('code that uses a removed API (unless marked legacy), and prose that names one without its replacement', () => {
    const problems = check('old-api.mdx');
    expect(problems).toEqual([
      // In the order they appear in the code: env.setStateBackend(new FsStateBackend(…)).
      expect.stringMatching(/› 第 \d+ 行的代码块「没标 legacy 的旧写法」：用了 .*setStateBackend/),
      expect.stringMatching(/› 第 \d+ 行的代码块「没标 legacy 的旧写法」：用了 .*FsStateBackend.*legacy/),
      expect.stringMatching(/› 正文提到的 RocksDBStateBackend：.*EmbeddedRocksDBStateBackend/),
    ]);
  });

  it('a word the hub does not write in prose, but not quoted or in code', () => {
    expect(check('term-variant.mdx')).toEqual([
      expect.stringMatching(/› 正文：用了「背压」，本站统一写作「反压」（.*见术语表 #backpressure）/),
    ]);
  });
});

describe('the data files’ references are reported at the data entry', () => {
  it('names the taxonomy file and the topic whose declared gap points at a missing note', () => {
    const gap = {
      reason: '示例：2.x 上没有这个连接器。',
      alternative: {label: '示例替代做法', note: '/docs/blogs/没有这篇笔记'},
      sources: [{title: '示例来源', url: 'https://example.invalid/'}],
      checked: '2026-12',
    };
    const problems = report(
      checkDataReferences(docs, {
        glossary: [],
        learningPath: [],
        resources: [],
        caseStudies: [],
        apiChanges: [],
        topicGaps: {hive: gap},
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^src\/data\/taxonomy\.ts › TOPIC_GAPS › hive › alternative\.note：\/docs\/blogs\/没有这篇笔记 不是本站的笔记/,
      ),
    ]);
  });

  it('names the glossary file, the term and the anchors that exist', () => {
    const [term] = glossary;
    const broken = {...term, note: `${term.note.split('#')[0]}#没有这个标题`};
    const problems = report(
      checkDataReferences(docs, {
        glossary: [broken],
        learningPath: [],
        resources: [],
        caseStudies: [],
        apiChanges: [],
        topicGaps: {},
      }),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(`^src/data/glossary\\.ts › 术语 "${term.id}" › note：.* 上没有标题锚点 #没有这个标题。可用的锚点有`),
      ),
    ]);
  });
});
