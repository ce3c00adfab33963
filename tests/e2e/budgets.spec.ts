import {pageWeight} from '../../scripts/bench/pageWeight';
import {readFileSync} from 'node:fs';
import path from 'node:path';
import {isNoteFile} from '../../plugins/notes/noteFiles';
import {docFile, listDocFiles, REPO_DIR} from '../docsFiles';
import {NOTE_JS_GZIP_MAX, NOTE_JS_RAW_MAX} from '../budgets';
import {expect, test} from './fixtures';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('byte budgets of note pages (tests/budgets.ts)', () => {
  test.skip(({mode}) => mode !== 'hosted', 'measured on the hosted build, as readers load it');

  for (const file of listDocFiles().filter(isNoteFile)) {
    test(file, async ({page, site}) => {
      const note = await docFile(file, readFileSync(path.join(REPO_DIR, file), 'utf8'));
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
