import {describe, expect, it} from 'vitest';
import {loadProgress, saveProgress} from '../useStoredProgress';

function memoryStorage() {
  const items = new Map<string, string>();
  return () => ({
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
  });
}

const fullStorage = () => ({
  getItem: () => null,
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
});

const known = new Set(['intro', 'state']);

describe('saved learning-path progress', () => {
  it('gives back what it saved', () => {
    const storage = memoryStorage();
    expect(saveProgress(new Set(['intro', 'state']), storage)).toBe(true);
    expect(loadProgress(known, storage)).toEqual(new Set(['intro', 'state']));
  });

  it('drops the ticks of items the path no longer has, so the next save forgets them', () => {
    const storage = memoryStorage();
    saveProgress(new Set(['intro', 'removed-item']), storage);
    const loaded = loadProgress(known, storage);
    expect(loaded).toEqual(new Set(['intro']));
    saveProgress(loaded, storage);
    expect(storage().getItem('flink-hub:learning-path:v1')).toBe('["intro"]');
  });

  it('says so when the browser refuses to save (storage full)', () => {
    expect(saveProgress(new Set(['intro']), fullStorage)).toBe(false);
  });

  it('starts empty from a value it cannot read', () => {
    const storage = memoryStorage();
    storage().setItem('flink-hub:learning-path:v1', '{not json');
    expect(loadProgress(known, storage)).toEqual(new Set());
  });
});
