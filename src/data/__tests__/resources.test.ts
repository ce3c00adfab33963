import {describe, expect, it} from 'vitest';
import {fixtureCatalog, fixtureEntry} from '../../../tests/fixtures/catalog';
import {readSeedLinks} from '../../../tests/seedLinks';
import {canonicalUrl, urlIdentity} from '../canonicalUrl';
import {
  checkCatalog,
  checkCatalogWide,
  checkResource,
  checkTopicCoverage,
  formatProblem,
  MIN_ENTRIES_FOR_2X,
} from '../catalogRules';
import {resources} from '../resources';
import {TOPIC_GAPS, TOPICS, type Topic, type TopicGap} from '../taxonomy';

// The live catalog is checked by three tests, one per entry, one across
// entries and one per topic, so each mistake in it is reported once. Every
// other test works on tests/fixtures/catalog.ts and never names a live entry.
describe('each catalog entry follows the rules', () => {
  it.each(resources)('$id', (entry) => {
    expect(checkResource(entry).map(formatProblem)).toEqual([]);
  });
});

describe('the catalog as a whole', () => {
  it('has no duplicate id or URL, and no empty group', () => {
    expect(checkCatalogWide(resources).map(formatProblem)).toEqual([]);
  });
});

describe('every topic has enough entries that apply to Flink 2.x', () => {
  it(`has at least ${MIN_ENTRIES_FOR_2X} per topic, except the gaps declared in taxonomy.ts`, () => {
    expect(checkTopicCoverage(resources, TOPIC_GAPS)).toEqual([]);
  });

  it.each(Object.entries(TOPIC_GAPS))(
    'the declared gap of %s says why, where to go instead, and on what evidence',
    (_topic, gap) => {
      expect(gap.reason.length).toBeGreaterThan(20);
      expect(gap.alternative.label.length).toBeGreaterThan(4);
      expect(gap.sources.length).toBeGreaterThan(0);
      expect(gap.checked).toMatch(/^\d{4}-\d{2}$/);
    },
  );
});

describe('a thin topic is reported with its name, its count and the fix', () => {
  // Three entries about state that apply to 2.x, and one historical entry about checkpoints.
  const applying = ['current', 'api-changed', 'current'].map((validity, i) => ({
    ...fixtureEntry,
    id: `fixture-state-${i}`,
    url: `https://blog.flink-hub.invalid/state-${i}`,
    topics: ['state' as Topic],
    validity: validity as 'current' | 'api-changed',
  }));
  const historical = {
    ...fixtureEntry,
    id: 'fixture-old-checkpoint',
    topics: ['checkpoint' as Topic],
    validity: 'historical' as const,
  };
  const problemFor = (topic: Topic, problems: string[]) => problems.find((p) => p.includes(`主题 "${topic}"`));

  it('counts only entries whose ideas still hold on 2.x', () => {
    const problems = checkTopicCoverage([...applying, historical], {});
    expect(problemFor('state', problems)).toBeUndefined();
    expect(problemFor('checkpoint', problems)).toBe(
      'src/data/resources.ts › 主题 "checkpoint"（检查点 Checkpoint）：只有 0 条适用于 Flink 2.x 的资源（validity 为 current 或 api-changed），至少要 3 条。' +
        '请补充读过的资源并在 topics 中标上 checkpoint；如果 Flink 2.x 上确实没有可用的内容，在 src/data/taxonomy.ts 的 TOPIC_GAPS 中为它写明原因、替代做法和依据。',
    );
  });

  it('reports a topic with fewer than the minimum, and every topic of an empty catalog', () => {
    expect(problemFor('state', checkTopicCoverage(applying.slice(0, 2), {}))).toContain('只有 2 条');
    expect(checkTopicCoverage([], {})).toHaveLength(TOPICS.length);
  });

  it('lets a declared gap stay thin', () => {
    const gap: TopicGap = {
      reason: '示例：2.x 上没有这个连接器的发布。',
      alternative: {label: '示例替代做法', note: '/docs/blogs/canal-to-hive'},
      sources: [{title: '示例来源', url: 'https://example.invalid/'}],
      checked: '2026-12',
    };
    expect(problemFor('checkpoint', checkTopicCoverage([historical], {checkpoint: gap}))).toBeUndefined();
  });
});

describe('every link of the seed document is in the catalog', () => {
  const seed = readSeedLinks();
  const catalogued = new Map<string, string>();
  for (const entry of resources) {
    for (const url of [entry.url, ...(entry.parts ?? []).map((p) => p.url)]) {
      catalogued.set(urlIdentity(url), entry.group);
    }
  }

  it('has all 24 seed links', () => {
    expect(seed).toHaveLength(24);
  });

  it.each(seed)('$canonical', (link) => {
    expect(catalogued.get(urlIdentity(link.raw)), `${link.raw} 不在目录中，或不在分组 ${link.group}`).toBe(link.group);
  });

  it('stores the tracked seed link without its tracking parameters', () => {
    const tracked = seed.find((link) => link.raw.includes('utm_'));
    expect(tracked).toBeDefined();
    expect(resources.some((r) => r.url === tracked?.canonical)).toBe(true);
  });
});

describe('a contributor adding a valid resource', () => {
  it('passes every rule', () => {
    const added = {
      id: 'flink-docs-state-v2',
      title: 'Flink 官方文档：State V2 异步状态 API',
      url: 'https://nightlies.apache.org/flink/flink-docs-master/docs/dev/datastream/fault-tolerance/state_v2/',
      site: 'Apache Flink 官方文档',
      group: 'learning-sites',
      type: 'official-site',
      language: 'en',
      topics: ['state'],
      access: ['free'],
      validity: 'current',
      summary: '官方文档中关于 Flink 2.0 新增的异步状态 API 的说明，包括如何启用以及与同步 API 的区别。',
      link: {status: 'unknown', lastChecked: null},
    };
    expect(checkCatalog([...fixtureCatalog, added]).map(formatProblem)).toEqual([]);
  });
});

// Each rule must be able to fail: a broken copy of a valid entry, and the
// message a contributor would read.
describe('a broken entry is reported with its file, entry, field and fix', () => {
  const good = fixtureEntry;
  const messagesFor = (entry: unknown) => checkResource(entry).map(formatProblem);

  it.each([
    ['missing summary', {...good, summary: undefined}, 'summary：缺少摘要'],
    ['summary too long', {...good, summary: '很长的摘要。'.repeat(40)}, 'summary：摘要过长'],
    ['summary too short', {...good, summary: '太短'}, 'summary：摘要太短'],
    ['unknown topic', {...good, topics: ['stat']}, 'topics.0：未知主题'],
    ['unknown type', {...good, type: 'podcast'}, 'type：未知类型'],
    ['unknown access', {...good, access: ['vip']}, 'access.0：只能是'],
    ['tracking parameters', {...good, url: `${good.url}?utm_source=weixin`}, 'url：含有跟踪参数'],
    ['tracking behind &amp;', {...good, url: `${good.url}?id=1&amp;utm_source=x`}, 'url：含有跟踪参数'],
    ['tracking in the fragment', {...good, url: `${good.url}#utm_source=feed`}, 'url：含有跟踪参数'],
    ['HTML-escaped ampersand', {...good, url: `${good.url}?a=1&amp;b=2`}, 'url：含有从网页源码复制来的 &amp;'],
    ['not a URL', {...good, url: 'example.invalid/state'}, 'url：不是有效的 http(s) 地址'],
    ['bad id', {...good, id: 'Flink_State'}, 'id：只能用小写字母'],
    ['misspelt field', {...good, sumary: 'x'}, '(整条)：未知字段 sumary'],
    ['outdated without changes', {...good, changes: undefined}, 'changes：validity 为 api-changed 时必须填写 changes'],
    ['series without parts', {...good, type: 'article-series'}, 'parts：系列文章请在 parts 中按顺序列出每一篇'],
    [
      'series starting elsewhere than its URL',
      {...fixtureCatalog[2], parts: [...fixtureCatalog[2].parts!].reverse()},
      'parts.0.url：系列的第一篇应与条目的 url 相同',
    ],
    [
      'checked date without status',
      {...good, link: {status: 'unknown', lastChecked: '2026-11-24'}},
      'link.lastChecked',
    ],
    ['note outside the site', {...good, notes: ['https://example.com/note']}, 'notes.0：笔记要写成站内路径'],
    ['published in month 13', {...good, published: '2020-13-45'}, 'published：不是日历上存在的日期'],
    ['published on 30 February', {...good, published: '2099-02-30'}, 'published：不是日历上存在的日期'],
    [
      'published on 29 February of a common year',
      {...good, published: '2021-02-29'},
      'published：不是日历上存在的日期',
    ],
    ['published in the future', {...good, published: '2999-01'}, 'published：晚于今天'],
    ['published in a bad format', {...good, published: '2020/05'}, 'published：日期格式应为'],
    [
      'checked on an impossible date',
      {...good, link: {status: 'ok', lastChecked: '2020-99-99'}},
      'link.lastChecked：不是日历上存在的日期',
    ],
    ['checked in the future', {...good, link: {status: 'ok', lastChecked: '2999-01-01'}}, 'link.lastChecked：晚于今天'],
  ])('%s', (_case, entry, expected) => {
    const messages = messagesFor(entry);
    expect(messages.join('\n')).toContain(expected);
    expect(messages.every((m) => m.startsWith('src/data/resources.ts › 条目 '))).toBe(true);
  });

  it('reports one problem for one bad date', () => {
    expect(messagesFor({...good, published: '2020-13-45'})).toHaveLength(1);
    expect(messagesFor({...good, published: 'May 2020'})).toHaveLength(1);
  });

  it('accepts a leap day, a month and a year', () => {
    for (const published of ['2020-02-29', '2020-05', '2020']) {
      expect(messagesFor({...good, published})).toEqual([]);
    }
  });

  it('names an entry without an id by its position', () => {
    expect(checkCatalog([{...good, id: undefined}]).map(formatProblem)[0]).toContain('条目 "第 1 条"');
  });

  it('finds the same page listed twice, also under another spelling of its URL', () => {
    const copy = {
      ...good,
      id: 'state-best-practices-copy',
      url: `${good.url.replace('https://', 'http://')}?from=timeline`,
    };
    const problems = checkCatalogWide([...fixtureCatalog, {...copy, url: canonicalUrl(copy.url)}]).map(formatProblem);
    expect(problems.join('\n')).toContain('条目 "state-best-practices-copy" › url：');
    expect(problems.join('\n')).toContain(`已收录在条目 "${good.id}" 中`);
  });

  it('finds the mobile host or the /index.html of a listed page', () => {
    const listed = new URL(good.url);
    const copies = [
      {...good, id: 'mobile-copy', url: `${listed.protocol}//m.${listed.host}${listed.pathname}`},
      {...good, id: 'index-copy', url: `${good.url}/index.html`},
    ];
    const problems = checkCatalogWide([...fixtureCatalog, ...copies]).map(formatProblem);
    expect(problems.join('\n')).toContain(`条目 "mobile-copy" › url：`);
    expect(problems.join('\n')).toContain(`条目 "index-copy" › url：`);
  });

  it('finds a duplicate id', () => {
    const problems = checkCatalogWide([...fixtureCatalog, {...good, url: 'https://example.org/other'}]).map(
      formatProblem,
    );
    expect(problems.join('\n')).toContain(`条目 "${good.id}" › id：与前面的条目重复`);
  });

  it('finds an empty group', () => {
    const problems = checkCatalogWide(fixtureCatalog.filter((r) => r.group !== 'practice')).map(formatProblem);
    expect(problems.join('\n')).toContain('分组 practice 下没有任何资源');
  });
});
