import {readFileSync} from 'node:fs';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import {firstQuery} from '../../scripts/bench/firstQuery';
import {SEARCH_FIRST_QUERY_GZIP_MAX, SEARCH_FIRST_QUERY_INDEX_SHARE_MAX, SEARCH_FIRST_QUERY_RAW_MAX} from '../budgets';
import {BUILD_DIR, listFiles} from '../builtSite';
import {expect, test} from './fixtures';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test.describe('byte budget of the first search (tests/budgets.ts)', () => {
  test.skip(({mode}) => mode !== 'hosted', 'measured on the hosted build, as readers load it');

  test('the first search loads a small part of the index', async ({page, site}) => {
    const first = await firstQuery(page, site.url('/'), '状态后端');
    const fix = '搜索应只加载查询用到的词项分片和结果所在的记录分块（plugins/search/buildIndex.ts）';
    expect(
      first.gzip,
      `首页第一次搜索加载 ${kb(first.gzip)}（gzip），预算 ${kb(SEARCH_FIRST_QUERY_GZIP_MAX)}：${fix}`,
    ).toBeLessThanOrEqual(SEARCH_FIRST_QUERY_GZIP_MAX);
    expect(
      first.raw,
      `首页第一次搜索加载 ${kb(first.raw)}，预算 ${kb(SEARCH_FIRST_QUERY_RAW_MAX)}：${fix}`,
    ).toBeLessThanOrEqual(SEARCH_FIRST_QUERY_RAW_MAX);

    const [head] = listFiles(path.join(BUILD_DIR, 'assets', 'js'), /^search-index\.[0-9a-f]+\.js$/);
    expect(head, 'build/assets/js 中没有 search-index 分块（索引头）').toBeDefined();
    const index = [head, ...listFiles(path.join(BUILD_DIR, 'assets', 'search'), /\.js$/)];
    const indexGzip = index.reduce((total, file) => total + gzipSync(readFileSync(file), {level: 6}).length, 0);
    expect(
      first.indexGzip / indexGzip,
      `首页第一次搜索加载了索引（${kb(indexGzip)}，gzip）中的 ${kb(first.indexGzip)}：${fix}`,
    ).toBeLessThanOrEqual(SEARCH_FIRST_QUERY_INDEX_SHARE_MAX);
  });
});
