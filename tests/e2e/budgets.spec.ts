import {pageWeight} from '../../scripts/bench/pageWeight';
import {isNote, readDocs} from '../docsFiles';
import {NOTE_JS_GZIP_MAX, NOTE_JS_RAW_MAX} from '../budgets';
import {expect, test} from './fixtures';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('byte budgets of note pages (tests/budgets.ts)', () => {
  test.skip(({mode}) => mode !== 'hosted', 'measured on the hosted build, as readers load it');

  for (const note of readDocs().filter(isNote)) {
    test(note.route, async ({page, site}) => {
      const weight = await pageWeight(page, site.url(note.route));
      expect(weight.fonts, `${note.route} 加载了字体文件：中文请用系统字体`).toBe(0);
      expect(
        weight.jsGzip,
        `${note.route} 交互前加载 ${kb(weight.jsGzip)} JS（gzip），预算 ${kb(NOTE_JS_GZIP_MAX)}`,
      ).toBeLessThanOrEqual(NOTE_JS_GZIP_MAX);
      expect(
        weight.jsRaw,
        `${note.route} 交互前加载 ${kb(weight.jsRaw)} JS，预算 ${kb(NOTE_JS_RAW_MAX)}`,
      ).toBeLessThanOrEqual(NOTE_JS_RAW_MAX);
    });
  }
});
