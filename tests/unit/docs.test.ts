import {describe, expect, it} from 'vitest';
import {notes} from '../../src/data/notes';
import {resources} from '../../src/data/resources';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {isNote, readDocs} from '../docsFiles';
import {checkDocs} from '../docsRules';

const docs = readDocs();

describe('docs follow the rules (tests/docsRules.ts)', () => {
  it('finds the pages (a scan that matches nothing would pass every check below)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
  });

  it('has valid frontmatter, versions on notes, only local pictures and working internal links', () => {
    expect(checkDocs(docs.map(({file, source}) => ({file, source})))).toEqual([]);
  });
});

// Each rule seen failing on a bad fixture, with the message a contributor reads.
describe('a bad page is reported with its file and the fix', () => {
  const fixture = (name: string, as: string) => ({
    file: as,
    source: readFileSync(path.join(__dirname, '../fixtures/bad-docs', name), 'utf8'),
  });
  const withRealDocs = (bad: {file: string; source: string}) => [
    ...docs.map(({file, source}) => ({file, source})),
    bad,
  ];

  it('broken frontmatter', () => {
    const problems = checkDocs(withRealDocs(fixture('broken-frontmatter.mdx', 'docs/blogs/new-note.mdx')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^docs\/blogs\/new-note\.mdx：frontmatter 不是合法的 YAML.*用引号括起来/);
  });

  it('a link to a page that does not exist, and to a missing anchor', () => {
    const problems = checkDocs(withRealDocs(fixture('broken-link.mdx', 'docs/blogs/new-note.mdx')));
    expect(problems).toEqual([
      expect.stringMatching(/^docs\/blogs\/new-note\.mdx：站内链接 \/docs\/blogs\/state-backend 指向的页面不存在/),
      expect.stringMatching(
        /站内链接 \/docs\/blogs\/state-backends#调优 的页面存在，但没有锚点 #调优。可用的锚点有：.*常用调优参数/,
      ),
    ]);
  });

  it('a picture from another host, in Markdown and in JSX', () => {
    const problems = checkDocs(withRealDocs(fixture('remote-picture.mdx', 'docs/blogs/new-note.mdx')));
    expect(problems).toHaveLength(2);
    expect(problems.every((p) => p.startsWith('docs/blogs/new-note.mdx：') && p.includes('SVG'))).toBe(true);
  });

  it('a note without description or Flink version', () => {
    const problems = checkDocs(withRealDocs(fixture('missing-version.mdx', 'docs/blogs/new-note.mdx')));
    expect(problems).toEqual([
      expect.stringContaining('docs/blogs/new-note.mdx：frontmatter 缺少 description'),
      expect.stringContaining('docs/blogs/new-note.mdx：笔记必须在 frontmatter 中写明适用的 Flink 版本'),
    ]);
  });
});

describe('the notes registry (src/data/notes.ts) matches the pages', () => {
  const byRoute = new Map(docs.map((doc) => [doc.route, doc]));

  it.each(notes)('$path exists with the same title', (note) => {
    const doc = byRoute.get(note.path);
    expect(doc, `src/data/notes.ts 列出了 ${note.path}，但 docs/ 下没有这个页面`).toBeDefined();
    expect(doc?.frontMatter.title, `${doc?.file} 的标题与 src/data/notes.ts 中的不一致，请改成一样`).toBe(note.title);
  });

  it.each(docs.filter(isNote))('$file is listed in src/data/notes.ts', (doc) => {
    expect(
      notes.map((n) => n.path),
      `请把 ${doc.route} 加入 src/data/notes.ts`,
    ).toContain(doc.route);
  });

  it.each(resources.filter((r) => r.notes))('notes of catalog entry $id are real notes', (entry) => {
    for (const path of entry.notes ?? []) {
      expect(
        notes.map((n) => n.path),
        `src/data/resources.ts › 条目 "${entry.id}" › notes：${path} 不是本站笔记`,
      ).toContain(path);
    }
  });
});
