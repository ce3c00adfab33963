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

describe('saved learning-path progress', () => {
  it('gives back what it saved', () => {
    const storage = memoryStorage();
    expect(saveProgress(new Set(['intro', 'state']), storage)).toBe(true);
    expect(loadProgress(storage)).toEqual(new Set(['intro', 'state']));
  });

  it('says so when the browser refuses to save (storage full)', () => {
    expect(saveProgress(new Set(['intro']), fullStorage)).toBe(false);
  });

  it('starts empty from a value it cannot read', () => {
    const storage = memoryStorage();
    storage().setItem('flink-hub:learning-path:v1', '{not json');
    expect(loadProgress(storage)).toEqual(new Set());
  });
});
