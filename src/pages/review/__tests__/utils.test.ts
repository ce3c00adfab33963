import {describe, expect, it} from 'vitest';
import type {NoteQuiz} from '@site/plugins/notes/quiz';
import {
  countBy,
  emptyState,
  filterItems,
  newSeed,
  parseState,
  reviewItems,
  serializeState,
  shuffle,
  wrongFirst,
} from '../_utils';

// Fixture notes: the review page's logic never depends on the real questions.
const question = (id: string, versions: string) => ({
  id,
  kind: 'open' as const,
  question: `问题 ${id}`,
  answer: '参考答案',
  explanation: '解释',
  source: 'https://github.com/apache/flink',
  sourceTitle: 'apache/flink',
  versions,
});
const quizzes: NoteQuiz[] = [
  {
    path: '/docs/blogs/a',
    title: '笔记 A',
    topics: ['state', 'checkpoint'],
    questions: [question('a1', '2.0–2.3'), question('a2', '1.17–2.3')],
  },
  {path: '/docs/source-analysis/b', title: '笔记 B', topics: ['checkpoint'], questions: [question('b1', '1.20')]},
  {path: '/docs/blogs/c', title: '笔记 C', topics: ['sql'], questions: [question('c1', '2.3'), question('c2', '2.3')]},
];
const items = reviewItems(quizzes);
const notes = quizzes.map((note) => note.path);
const keys = (list: typeof items) => list.map((item) => item.key);

describe('URL round trip', () => {
  it('gives back the same state from its query string, notes written without /docs/', () => {
    const state = {
      topics: ['checkpoint' as const],
      notes: ['/docs/source-analysis/b'],
      version: '1.20',
      mode: 'cards' as const,
      seed: 'k3x9ab',
    };
    const query = serializeState(state, notes);
    expect(query).toBe('?topic=checkpoint&note=source-analysis/b&version=1.20&mode=cards&seed=k3x9ab');
    expect(parseState(query, notes)).toEqual(state);
  });

  it('writes nothing for the default view, and no seed for the list', () => {
    expect(serializeState(emptyState(), notes)).toBe('');
    expect(serializeState({...emptyState(), seed: 'abc'}, notes)).toBe('');
  });

  it('drops what it does not know from a hand-edited link', () => {
    expect(parseState('?topic=nope&topic=sql&note=blogs/zz&version=3.0&mode=__proto__&seed=<script>', notes)).toEqual({
      ...emptyState(),
      topics: ['sql'],
    });
  });
});

describe('filters', () => {
  it('combine topic, note and version; any value within one filter', () => {
    expect(keys(filterItems(items, {...emptyState(), topics: ['checkpoint']}))).toEqual([
      '/docs/blogs/a#a1',
      '/docs/blogs/a#a2',
      '/docs/source-analysis/b#b1',
    ]);
    expect(keys(filterItems(items, {...emptyState(), topics: ['checkpoint'], version: '1.20'}))).toEqual([
      '/docs/blogs/a#a2',
      '/docs/source-analysis/b#b1',
    ]);
    expect(
      keys(filterItems(items, {...emptyState(), notes: ['/docs/blogs/c', '/docs/blogs/a'], version: '2.3'})),
    ).toEqual(['/docs/blogs/a#a1', '/docs/blogs/a#a2', '/docs/blogs/c#c1', '/docs/blogs/c#c2']);
  });

  it('count what each option would show, given the other filters', () => {
    expect(countBy(items, {...emptyState(), version: '1.20'}, 'topic')).toEqual({state: 1, checkpoint: 2});
    expect(countBy(items, {...emptyState(), topics: ['sql']}, 'note')).toEqual({'/docs/blogs/c': 2});
  });
});

describe('order', () => {
  it('shuffles the same way for the same seed, and differently for another', () => {
    const order = keys(shuffle(items, 'k3x9ab'));
    expect(keys(shuffle(items, 'k3x9ab'))).toEqual(order);
    expect([...order].sort()).toEqual(keys(items).sort());
    const others = ['a', 'b', 'c', 'd', 'e'].map((seed) => keys(shuffle(items, seed)).join());
    expect(new Set(others).size).toBeGreaterThan(1);
  });

  it('makes short seeds of letters and digits', () => {
    expect(newSeed(() => 0)).toBe('000000');
    expect(newSeed(() => 0.999999)).toMatch(/^[a-z0-9]{6}$/);
  });

  it('puts the questions answered wrong first, then the unanswered, then the right ones', () => {
    const answers = new Map([
      ['/docs/blogs/a#a1', 'right' as const],
      ['/docs/blogs/c#c2', 'wrong' as const],
      ['/docs/blogs/gone#x', 'wrong' as const],
    ]);
    expect(keys(wrongFirst(items, answers))).toEqual([
      '/docs/blogs/c#c2',
      '/docs/blogs/a#a2',
      '/docs/source-analysis/b#b1',
      '/docs/blogs/c#c1',
      '/docs/blogs/a#a1',
    ]);
  });
});
