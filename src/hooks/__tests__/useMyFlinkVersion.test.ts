import {describe, expect, it} from 'vitest';
import {MY_VERSION_KEY, readMyVersion, writeMyVersion} from '../useMyFlinkVersion';

function memoryStorage() {
  const items = new Map<string, string>();
  return () => ({
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  });
}

const refusingStorage = () => ({
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  },
  removeItem: () => undefined,
});

describe('my Flink version, as stored in the browser', () => {
  it('gives back a known release, and forgets it on request', () => {
    const storage = memoryStorage();
    expect(writeMyVersion('1.20', storage)).toBe(true);
    expect(readMyVersion(storage)).toBe('1.20');
    expect(writeMyVersion(null, storage)).toBe(true);
    expect(readMyVersion(storage)).toBeNull();
  });

  it.each(['2.30', '1.12', '', '"2.3"', 'null'])('ignores a stored value it does not know: %j', (value) => {
    const storage = memoryStorage();
    storage().setItem(MY_VERSION_KEY, value);
    expect(readMyVersion(storage)).toBeNull();
  });

  it('reports a browser that refuses storage instead of throwing', () => {
    expect(readMyVersion(refusingStorage)).toBeNull();
    expect(writeMyVersion('2.3', refusingStorage)).toBe(false);
  });
});
