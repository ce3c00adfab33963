import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {resources} from '../../src/data/resources';
import {listFiles} from '../builtSite';

// A test that picks a live catalog entry by id stops loading when a
// contributor removes or renames that entry, and every rule in its file is
// then skipped. Tests work on tests/fixtures/catalog.ts instead; the live
// catalog is only ever checked as a whole (each entry, every entry).
const root = path.join(__dirname, '..', '..');
const testFiles = ['src', 'plugins', 'tests']
  .flatMap((dir) => listFiles(path.join(root, dir), /\.(test|spec)\.tsx?$/))
  .map((file) => path.relative(root, file));

describe('tests depend on no particular catalog entry', () => {
  it('finds the test files', () => {
    expect(testFiles).toContain('src/data/__tests__/resources.test.ts');
    expect(testFiles).toContain('tests/e2e/explorer.spec.ts');
  });

  it('no test names an entry of src/data/resources.ts by its id', () => {
    const offenders = testFiles.flatMap((file) => {
      const text = readFileSync(path.join(root, file), 'utf8');
      return resources
        .filter((entry) => new RegExp(`['"\`]${entry.id}['"\`]`).test(text))
        .map((entry) => `${file}：用到了目录中的条目 "${entry.id}"，请改用 tests/fixtures/catalog.ts 中的示例条目`);
    });
    expect(offenders).toEqual([]);
  });
});
