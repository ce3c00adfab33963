import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {noteQuizzes} from '../../plugins/notes/quiz';
import {configKeyTable} from '../../src/components/ConfigKeysTable/rows';
import {makeSnippet} from '../../src/search/engine';
import {questionAnchor} from '../../src/selfCheck/questions';
import {squash} from '../../src/search/tokenize';
import {docFile, isNote, readDocs} from '../docsFiles';
import {contentFromSources, engineFromSources, evaluate, readQueryCases} from '../searchQuality';

const docs = await readDocs();
const routes = new Set(docs.map((doc) => doc.route));
const engine = await engineFromSources();
const hitsFor = async (query: string) => (await engine.search(query)).hits;

// The level reached when the query set was written (npm run bench:search
// prints the figures). Raise these when search gets better; a change that
// lowers them has made search worse.
const PRECISION_AT_1_FLOOR = 0.97;
const RECALL_AT_3_FLOOR = 0.95;

describe('search quality over tests/fixtures/search-queries.json', async () => {
  const cases = readQueryCases();
  // A query whose page was deleted is reported once, below, not again as a miss.
  const result = await evaluate(
    engine,
    cases.filter((c) => c.pages.every((page) => routes.has(page))),
  );

  it('has at least 30 queries', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it('expects only pages that exist', () => {
    const missing = [...new Set(cases.flatMap((c) => c.pages))]
      .filter((page) => !routes.has(page))
      .map((page) => {
        const queries = cases.filter((c) => c.pages.includes(page)).map((c) => `「${c.query}」`);
        return `tests/fixtures/search-queries.json：页面 ${page} 不存在，查询 ${queries.join('')} 要找它。删掉或改名一个页面时，请同时改写或删掉这些查询`;
      });
    expect(missing).toEqual([]);
  });

  it(`keeps precision@1 at or above ${PRECISION_AT_1_FLOOR}`, () => {
    const misses = result.outcomes.filter((o) => !o.hitAt1).map((o) => `${o.query} → ${o.top[0] ?? '（无结果）'}`);
    expect(result.precisionAt1, misses.join('\n')).toBeGreaterThanOrEqual(PRECISION_AT_1_FLOOR);
  });

  it(`keeps recall@3 at or above ${RECALL_AT_3_FLOOR}`, () => {
    expect(result.recallAt3).toBeGreaterThanOrEqual(RECALL_AT_3_FLOOR);
  });
});

describe('Chinese and English matching', () => {
  it('finds 状态后端 whether the query has a space or not', async () => {
    for (const query of ['状态后端', '状态 后端']) {
      expect((await hitsFor(query))[0]?.record.url).toMatch(/^\/docs\/blogs\/state-backends/);
    }
  });

  it('does not match pages that only share single characters with the query', async () => {
    const hits = await hitsFor('状态后端');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) {
      const text = squash(`${hit.record.page}${hit.record.section}${hit.record.text}`);
      expect(
        ['状态', '后端'].every((word) => text.includes(word)),
        hit.record.url,
      ).toBe(true);
    }
  });

  it('finds the words of a Chinese query when the page does not have them side by side', async () => {
    // The checkpoint note's title is 检查点原理：屏障、对齐与非对齐; no page has the bigram 障对.
    const hits = await hitsFor('屏障对齐');
    expect(hits[0]?.record.url).toMatch(/^\/docs\/source-analysis\/checkpoint-principles/);
    expect(hits[0]?.snippet.filter((part) => part.match).length).toBeGreaterThan(0);
  });

  it('keeps records with the whole phrase ahead of those with its words apart', async () => {
    const {hits} = await engine.search('状态后端', 40);
    const apart = hits.filter(
      (hit) => !squash(`${hit.record.page}${hit.record.section}${hit.record.text}`).includes('状态后端'),
    );
    expect(apart.length).toBeGreaterThan(0);
    expect(hits.slice(0, 20).filter((hit) => apart.includes(hit))).toEqual([]);
  });

  it('folds English case', async () => {
    const ids = async (query: string) => (await hitsFor(query)).map((h) => h.record.id);
    expect(await ids('rocksdb')).toEqual(await ids('RocksDB'));
  });

  it('ranks a heading that matches the whole query first', async () => {
    const [top] = await hitsFor('常用调优参数');
    expect(top?.record.section).toBe('常用调优参数');
  });

  it('joins a spaced-out English word when nothing matches the pieces', async () => {
    const [top] = await hitsFor('Rocks DB');
    expect(top?.record.url).toMatch(/rocksdb|state-backends/i);
  });

  it('returns nothing for an empty query', async () => {
    expect(await engine.search('   ')).toEqual({hits: [], loose: false});
  });
});

describe('other names for the same thing', () => {
  // Each pair: a name readers type (older translations, the English term)
  // and the hub's term (see src/data/glossary.ts, variants and aliases).
  const pairs = [
    ['背压', '反压'],
    ['水印', '水位线'],
    ['键控状态', 'Keyed State'],
    ['状态生存时间', '状态有效期'],
    ['Backpressure', '反压'],
  ];

  it.each(pairs)('%s finds the same first section as %s', async (variant, term) => {
    const [fromVariant] = await hitsFor(variant);
    const [fromTerm] = await hitsFor(term);
    expect(fromVariant?.record.url).toBeDefined();
    expect(fromVariant?.record.url).toBe(fromTerm?.record.url);
  });

  it('finds a removed API in the 2.x changes table, and the notes on what replaced it', async () => {
    const hits = await hitsFor('FsStateBackend');
    expect(hits[0]?.record).toMatchObject({
      kind: 'change',
      url: '/docs/learning-sites/flink-2-changes#fs-memory-state-backend',
    });
    expect(hits[0]?.record.text).toContain('HashMapStateBackend');
    expect(hits.some((hit) => hit.record.url.startsWith('/docs/blogs/state-backends'))).toBe(true);
  });
});

describe('the migration checker page', () => {
  // Rendered by code, not MDX: its record comes from src/migrate/page.ts.
  it('is the first result for its name, and it or its config section is among the first three for the files it converts', async () => {
    expect((await hitsFor('迁移检查'))[0]?.record).toMatchObject({kind: 'tool', url: '/migrate'});
    for (const query of ['flink-conf.yaml', 'config.yaml', 'migrate-config-file.sh']) {
      const urls = (await hitsFor(query)).slice(0, 3).map((hit) => hit.record.url);
      expect(
        urls.some((url) => url === '/migrate' || url.startsWith('/migrate#')),
        `${query}：${urls.join(' ')}`,
      ).toBe(true);
    }
  });
});

describe('the config-keys table', () => {
  it('finds an old key’s row, which names the key that replaced it', async () => {
    const hits = await hitsFor('akka.ask.timeout');
    expect(hits[0]?.record).toMatchObject({kind: 'config', url: '/docs/learning-sites/config-keys#akka.ask.timeout'});
    expect(hits[0]?.record.text).toContain('pekko.ask.timeout');
  });

  it('has one record per row, each leading to the row’s anchor', async () => {
    const {records} = await contentFromSources(docs);
    const rows = configKeyTable().rows;
    const urls = records.filter((record) => record.kind === 'config').map((record) => record.url);
    expect(urls).toEqual(rows.map((row) => `/docs/learning-sites/config-keys#${row.anchor}`));
  });
});

describe('self-check questions', () => {
  const questions = noteQuizzes(
    docs
      .filter(isNote)
      .map((doc) => ({path: doc.route, title: String(doc.frontMatter.title), frontMatter: doc.frontMatter})),
  ).flatMap((note) =>
    note.questions.map((question) => ({question, url: `${note.path}#${questionAnchor(question.id)}`})),
  );

  it('finds the notes’ questions', () => {
    expect(questions.length).toBeGreaterThan(0);
  });

  it.each(questions.map(({question, url}) => [url, question.question]))(
    'finds %s by its question, and leads to its anchor',
    async (url, text) => {
      const {hits} = await engine.search(text.replaceAll('`', ''), 3);
      expect(hits.map((hit) => hit.record)).toContainEqual(expect.objectContaining({kind: 'question', url}));
    },
  );
});

describe('strict and loose hits', () => {
  it('calls hits strict when a record has every word of the query', async () => {
    const {hits, loose} = await engine.search('状态后端 RocksDB');
    expect(hits.length).toBeGreaterThan(0);
    expect(loose).toBe(false);
  });

  it('calls hits loose when they come from the any-word fallback', async () => {
    const {hits, loose} = await engine.search('RocksDB 趣头条的咖啡机');
    expect(hits.length).toBeGreaterThan(0);
    expect(loose).toBe(true);
  });
});

describe('makeSnippet', () => {
  it('cuts the text around the first match and marks every match', () => {
    const parts = makeSnippet('前文'.repeat(30) + '这里讲状态后端的选择，状态后端有两种。', '状态后端');
    expect(parts[0]).toEqual({text: '…', match: false});
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['状态后端', '状态后端']);
  });

  it('falls back to the start of the text when nothing matches literally', () => {
    expect(makeSnippet('没有匹配的文字', 'RocksDB')).toEqual([{text: '没有匹配的文字', match: false}]);
  });
});

describe('a page whose MDX does not parse', () => {
  it('is left out of search, and search is still measured on the other pages', async () => {
    const source = readFileSync(path.join(__dirname, '../fixtures/bad-docs/broken-mdx.mdx'), 'utf8');
    const broken = await docFile('docs/blogs/broken-mdx.mdx', source);
    const {records} = await contentFromSources([...docs, broken]);
    expect(records.some((record) => record.url.startsWith(broken.route))).toBe(false);
    expect(records.length).toBe((await contentFromSources(docs)).records.length);
  });
});
