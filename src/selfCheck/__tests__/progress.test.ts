import {describe, expect, it} from 'vitest';
import {clearOutcomes, noteScore, parseAnswers, readStoredText, saveOutcome, SELF_CHECK_KEY} from '../progress';

function memoryStorage(initial?: string) {
  const items = new Map<string, string>();
  if (initial !== undefined) items.set(SELF_CHECK_KEY, initial);
  const storage = () => ({
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
  return Object.assign(storage, {items});
}

const fullStorage =
  (stored: string | null = null) =>
  () => ({
    getItem: () => stored,
    setItem: () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    },
    removeItem: () => undefined,
  });

const disabledStorage = () => {
  throw new DOMException('The operation is insecure.', 'SecurityError');
};

const read = (storage: ReturnType<typeof memoryStorage>) => parseAnswers(readStoredText(storage));

describe('saved self-check answers', () => {
  it('gives back what it saved, one entry at a time', () => {
    const storage = memoryStorage();
    expect(saveOutcome('/docs/a#q1', 'right', storage)).toBe(true);
    expect(saveOutcome('/docs/a#q2', 'wrong', storage)).toBe(true);
    expect(saveOutcome('/docs/a#q1', 'wrong', storage)).toBe(true);
    expect(read(storage)).toEqual(
      new Map([
        ['/docs/a#q1', 'wrong'],
        ['/docs/a#q2', 'wrong'],
      ]),
    );
  });

  it('keeps entries it does not understand when it saves (a removed question may come back), but does not count them', () => {
    const storage = memoryStorage(JSON.stringify({answers: {'/docs/a#gone': 'right', '/docs/a#odd': {v: 2}}}));
    saveOutcome('/docs/a#q1', 'right', storage);
    expect(JSON.parse(storage.items.get(SELF_CHECK_KEY)!)).toEqual({
      answers: {'/docs/a#gone': 'right', '/docs/a#odd': {v: 2}, '/docs/a#q1': 'right'},
    });
    expect(noteScore(read(storage), '/docs/a', ['q1', 'q2'])).toEqual({right: 1, answered: 1, total: 2});
  });

  it.each([
    ['text that is not JSON', '{not json'],
    ['an array, as the learning path stores its ticks', '["start-intro"]'],
    ['an object without answers', '{"v":1}'],
    ['null', 'null'],
  ])('reads %s as no answers, and replaces it on the next answer', (_, value) => {
    const storage = memoryStorage(value);
    expect(read(storage)).toEqual(new Map());
    expect(saveOutcome('/docs/a#q1', 'right', storage)).toBe(true);
    expect(read(storage)).toEqual(new Map([['/docs/a#q1', 'right']]));
  });

  it('says so when the browser refuses to save (storage full), and leaves what was stored as it was', () => {
    const stored = JSON.stringify({answers: {'/docs/a#q1': 'right'}});
    expect(saveOutcome('/docs/a#q2', 'wrong', fullStorage(stored))).toBe(false);
    expect(parseAnswers(readStoredText(fullStorage(stored)))).toEqual(new Map([['/docs/a#q1', 'right']]));
  });

  it('reads nothing and saves nothing, without throwing, when storage is disabled', () => {
    expect(readStoredText(disabledStorage)).toBeNull();
    expect(saveOutcome('/docs/a#q1', 'right', disabledStorage)).toBe(false);
    expect(clearOutcomes(disabledStorage)).toBe(false);
  });

  it('clears every answer, and only its own key', () => {
    const storage = memoryStorage(JSON.stringify({answers: {'/docs/a#q1': 'right'}}));
    storage.items.set('flink-hub:learning-path:v1', '["start-intro"]');
    expect(clearOutcomes(storage)).toBe(true);
    expect(read(storage)).toEqual(new Map());
    expect(storage.items.get('flink-hub:learning-path:v1')).toBe('["start-intro"]');
  });
});
