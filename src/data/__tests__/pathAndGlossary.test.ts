import {describe, expect, it} from 'vitest';
import {glossary} from '../glossary';
import {learningPath} from '../learningPath';
import {notes} from '../notes';
import {resources} from '../resources';

const notePaths = new Set(notes.map((note) => note.path));
const resourceIds = new Set(resources.map((resource) => resource.id));

describe('learning path (src/data/learningPath.ts)', () => {
  const items = learningPath.flatMap((step) => step.items.map((item) => ({...item, step: step.id})));

  it('goes from first steps to production practice', () => {
    expect(learningPath.map((step) => step.title)).toEqual(['入门', '核心概念', '状态与容错', '源码', '生产实践']);
  });

  it.each(items)('item $id points at an existing resource or note', (item) => {
    if ('note' in item.target) {
      expect(
        notePaths,
        `src/data/learningPath.ts › ${item.id}：${item.target.note} 不在 src/data/notes.ts 中`,
      ).toContain(item.target.note);
    } else {
      expect(resourceIds, `src/data/learningPath.ts › ${item.id}：资源目录中没有 ${item.target.resource}`).toContain(
        item.target.resource,
      );
    }
    expect(item.why.length, `src/data/learningPath.ts › ${item.id}：请写明为什么在这一步读它`).toBeGreaterThan(10);
    expect(item.minutes).toBeGreaterThan(0);
  });

  it('has unique item ids (they are the keys of readers’ saved progress)', () => {
    const ids = items.map((item) => item.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});

describe('glossary (src/data/glossary.ts)', () => {
  it('has at least 30 terms', () => {
    expect(glossary.length).toBeGreaterThanOrEqual(30);
  });

  it.each(glossary)('$id: $zh $en links to a note', (term) => {
    expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    const page = term.note.split('#')[0];
    expect(notePaths, `src/data/glossary.ts › ${term.id}：${page} 不是本站笔记`).toContain(page);
  });

  it('has unique ids', () => {
    const ids = glossary.map((term) => term.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
