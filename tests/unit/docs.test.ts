import {describe, expect, it} from 'vitest';
import {notes} from '../../src/data/notes';
import {resources} from '../../src/data/resources';
import {isNote, readDocs} from '../docsFiles';

const docs = readDocs();

describe('docs frontmatter', () => {
  it('finds the pages (a scan that matches nothing would pass every check below)', () => {
    expect(docs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(docs)('$file has a title and a description', (doc) => {
    expect(typeof doc.frontMatter.title, `${doc.file}：frontmatter 缺少 title`).toBe('string');
    expect(
      typeof doc.frontMatter.description,
      `${doc.file}：frontmatter 缺少 description（搜索结果和分享卡片会用到）`,
    ).toBe('string');
  });

  it.each(docs.filter(isNote))('$file states the Flink version it applies to', (doc) => {
    expect(
      typeof doc.frontMatter.flink_version,
      `${doc.file}：笔记必须在 frontmatter 中写明 flink_version，例如 flink_version: 2.0–2.2`,
    ).toBe('string');
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

describe('pictures come from the repository', () => {
  it.each(docs)('$file loads no picture from another host', (doc) => {
    const remote = doc.body.match(/!\[[^\]]*\]\(\s*https?:\/\/[^)]+\)|<img[^>]+src=["']https?:\/\/[^"']+/g) ?? [];
    expect(remote, `${doc.file}：不要引用外站图片，请把图画成 SVG 放进仓库`).toEqual([]);
  });
});
