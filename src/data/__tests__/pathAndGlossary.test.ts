import {describe, expect, it} from 'vitest';
import {glossary} from '../glossary';
import {learningPath} from '../learningPath';
import {resources} from '../resources';
import {labs} from '../../labs/catalog';

// Whether note paths and anchors exist is checked with the docs
// (tests/unit/docs.test.ts), since the notes are the files under docs/.
const resourceIds = new Set(resources.map((resource) => resource.id));
const labIds = new Set<string>(labs.map((lab) => lab.id));

describe('learning path (src/data/learningPath.ts)', () => {
  const items = learningPath.flatMap((step) => step.items.map((item) => ({...item, step: step.id})));

  it('goes from first steps to production practice', () => {
    expect(learningPath[0].title).toBe('入门');
    expect(learningPath.at(-1)?.title).toBe('生产实践');
  });

  it.each(items)('item $id says why, how long, and points at a catalog entry or lab that exists', (item) => {
    if ('resource' in item.target) {
      expect(
        resourceIds,
        `src/data/learningPath.ts › 条目 "${item.id}"：资源目录中没有 ${item.target.resource}`,
      ).toContain(item.target.resource);
    }
    if ('lab' in item.target) {
      expect(
        labIds,
        `src/data/learningPath.ts › 条目 "${item.id}"：src/labs/catalog.ts 中没有实验 ${item.target.lab}，请写成已有实验的 id（${[...labIds].join('、')}）`,
      ).toContain(item.target.lab);
    }
    expect(item.why.length, `src/data/learningPath.ts › 条目 "${item.id}"：请写明为什么在这一步读它`).toBeGreaterThan(
      10,
    );
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

  it.each(glossary)('$id has a kebab-case id and a one-sentence definition', (term) => {
    expect(term.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(term.definition.length, `src/data/glossary.ts › 术语 "${term.id}"：请用一句话解释`).toBeGreaterThan(10);
  });

  it("has unique ids, and no word that is both a variant and the hub's word for a term", () => {
    const ids = glossary.map((term) => term.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const hubWords = new Set(glossary.map((term) => term.zh));
    const clashes = glossary.flatMap((term) => (term.variants ?? []).filter((variant) => hubWords.has(variant)));
    expect(clashes).toEqual([]);
  });
});
