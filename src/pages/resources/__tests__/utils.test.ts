import {describe, expect, it} from 'vitest';
import {fixtureCatalog as resources} from '@site/tests/fixtures/catalog';
import type {Resource} from '@site/src/data/resources';
import type {TopicGap} from '@site/src/data/taxonomy';
import {
  appliesToVersion,
  chosenTopicGaps,
  countForVersion,
  countOptions,
  emptyState,
  filterResources,
  parseState,
  serializeState,
  toggleValue,
} from '../_utils';

describe('URL round trip', () => {
  it('gives back the same state from its query string', () => {
    let state = emptyState();
    state = toggleValue(state, 'topic', 'state');
    state = toggleValue(state, 'topic', 'checkpoint');
    state = toggleValue(state, 'access', 'free');
    state = {...state, text: 'RocksDB', sort: 'newest'};
    const query = serializeState(state);
    expect(query).toBe('?topic=state&topic=checkpoint&access=free&q=RocksDB&sort=newest');
    expect(parseState(query)).toEqual(state);
  });

  it('writes values in the taxonomy order whatever order they were ticked in', () => {
    const a = toggleValue(toggleValue(emptyState(), 'topic', 'checkpoint'), 'topic', 'state');
    const b = toggleValue(toggleValue(emptyState(), 'topic', 'state'), 'topic', 'checkpoint');
    expect(serializeState(a)).toBe(serializeState(b));
  });

  it('drops unknown values and sorts from a hand-edited link', () => {
    expect(parseState('?topic=stat&topic=state&sort=random&group=blogs&group=blogs')).toEqual({
      ...emptyState(),
      selected: {...emptyState().selected, topic: ['state'], group: ['blogs']},
    });
  });

  it('ignores a sort named after what every object inherits', () => {
    for (const sort of ['__proto__', 'toString', 'constructor', 'hasOwnProperty']) {
      expect(parseState(`?sort=${sort}`).sort).toBe('catalog');
    }
  });

  it('writes nothing for the default view', () => {
    expect(serializeState(emptyState())).toBe('');
  });
});

describe('filtering', () => {
  it('shows everything with no filter', () => {
    expect(filterResources(resources, emptyState())).toHaveLength(resources.length);
  });

  it('ORs values within a facet and ANDs facets together', () => {
    const either = parseState('?group=learning-sites&group=practice');
    expect(
      filterResources(resources, either).every((r) => r.group === 'learning-sites' || r.group === 'practice'),
    ).toBe(true);
    expect(filterResources(resources, either)).toHaveLength(
      resources.filter((r) => r.group === 'learning-sites' || r.group === 'practice').length,
    );
    const both = parseState('?group=practice&access=wechat');
    expect(filterResources(resources, both).map((r) => r.id)).toEqual(['fixture-wechat-case']);
  });

  it('matches text in title, summary and site, ignoring case and spaces', () => {
    expect(filterResources(resources, parseState('?q=rocksdb')).map((r) => r.id)).toEqual(['fixture-rocksdb-tuning']);
    expect(filterResources(resources, parseState('?q=状态 管理')).map((r) => r.id)).toEqual(['fixture-rocksdb-tuning']);
    expect(filterResources(resources, parseState('?q=示例公众号')).map((r) => r.id)).toEqual(['fixture-wechat-case']);
  });

  it('sorts by publication date with undated entries last', () => {
    const newest = filterResources(resources, parseState('?sort=newest'));
    const dated = newest.filter((r) => r.published).map((r) => r.published!);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(newest.at(-1)?.published).toBeUndefined();
  });

  it('hides what is only of historical interest when asked for what is still useful', () => {
    const useful = filterResources(resources, parseState('?validity=current&validity=api-changed'));
    expect(useful.length).toBeGreaterThan(0);
    expect(useful.some((r) => r.validity === 'historical')).toBe(false);
  });
});

describe('the link-status filter', () => {
  it('keeps the statuses in the URL and reads them back', () => {
    const state = toggleValue(toggleValue(emptyState(), 'link', 'dead'), 'link', 'ok');
    expect(serializeState(state)).toBe('?link=ok&link=dead');
    expect(serializeState(parseState('?link=dead&link=ok&link=gone'))).toBe('?link=ok&link=dead');
  });

  it('shows the entries whose last check found that status', () => {
    expect(filterResources(resources, parseState('?link=dead')).map((r) => r.id)).toEqual([
      'fixture-checkpoint-series',
    ]);
    expect(filterResources(resources, parseState('?link=unknown&link=redirected')).map((r) => r.id)).toEqual([
      'fixture-rocksdb-tuning',
      'fixture-wechat-case',
    ]);
  });

  it('counts each status given the other filters', () => {
    expect(countOptions(resources, parseState('?group=blogs&group=source-analysis'), 'link')).toEqual({
      unknown: 1,
      ok: 0,
      redirected: 0,
      dead: 1,
      'cannot-tell': 0,
    });
  });
});

describe('option counts', () => {
  it('counts what each option would show given the other filters', () => {
    const state = parseState('?access=wechat');
    const counts = countOptions(resources, state, 'group');
    expect(counts.practice).toBe(1);
    expect(counts.blogs).toBe(0);
    // The facet's own selection does not shrink its own counts.
    expect(countOptions(resources, state, 'access').free).toBe(
      resources.filter((r) => r.access.includes('free')).length,
    );
  });
});

describe('declared topic gaps', () => {
  const gap: TopicGap = {
    reason: '示例：2.x 上还没有这个连接器的发布。',
    alternative: {label: '示例替代做法', note: '/docs/blogs/canal-to-hive'},
    sources: [{title: '示例来源', url: 'https://example.invalid/'}],
    checked: '2026-12',
  };

  it('are shown for the chosen topics only, in taxonomy order, with their labels', () => {
    const gaps = {kafka: gap, hive: gap};
    expect(chosenTopicGaps(emptyState(), gaps)).toEqual([]);
    expect(chosenTopicGaps(toggleValue(emptyState(), 'topic', 'state'), gaps)).toEqual([]);
    const both = toggleValue(toggleValue(emptyState(), 'topic', 'hive'), 'topic', 'kafka');
    expect(chosenTopicGaps(both, gaps)).toEqual([
      {topic: 'kafka', label: 'Kafka', gap},
      {topic: 'hive', label: 'Hive', gap},
    ]);
  });

  it('come from a shared link too', () => {
    expect(chosenTopicGaps(parseState('?topic=hive&validity=current'), {hive: gap})).toHaveLength(1);
  });
});

describe('applies to my version (?version=)', () => {
  const base = resources[0];
  const entry = (validity: Resource['validity'], writtenFor?: string): Resource => ({
    ...base,
    validity,
    writtenFor: writtenFor === undefined ? undefined : {version: writtenFor, inferred: false},
    changes: validity === 'current' ? undefined : '示例：哪些写法已经变了，以及替代写法。',
  });

  it.each([
    // Correct on 2.x: written for the version or before it, and still holds on the latest release.
    ['current', '1.15', '1.17', true],
    ['current', '1.17–2.0', '1.17', true],
    ['current', '2.0', '2.3', true],
    // Written for a later release: it may rest on what the reader's version lacks.
    ['current', '2.3', '2.0', false],
    ['current', '1.19–2.2', '1.18', false],
    // No writtenFor: the catalog vouches for 2.x only.
    ['current', undefined, '2.0', true],
    ['current', undefined, '1.20', false],
    // Its APIs changed since: only the versions it was written for.
    ['api-changed', '1.17', '1.17', true],
    ['api-changed', '1.15–1.18', '1.18', true],
    ['api-changed', '1.10', '1.17', false],
    ['api-changed', '1.17', '1.20', false],
    ['api-changed', undefined, '2.3', false],
    ['historical', '1.17', '1.17', false],
    ['historical', undefined, '2.3', false],
  ] as const)('%s, written for %s, on Flink %s: %s', (validity, writtenFor, version, expected) => {
    expect(appliesToVersion(entry(validity, writtenFor), version)).toBe(expected);
  });

  it('keeps the version in the URL, and drops a version the hub does not know', () => {
    const state = {...toggleValue(emptyState(), 'topic', 'state'), version: '1.20'};
    expect(serializeState(state)).toBe('?topic=state&version=1.20');
    expect(parseState('?topic=state&version=1.20')).toEqual(state);
    for (const junk of ['1.12', '2.30', '2.x', '']) expect(parseState(`?version=${junk}`).version).toBeNull();
  });

  it('filters with the other facets, and counts what the filter would show', () => {
    const catalog = [entry('current', '1.15'), entry('api-changed', '1.10'), entry('current', '2.3')];
    const state = parseState('?version=1.20');
    expect(filterResources(catalog, state)).toEqual([catalog[0]]);
    expect(countForVersion(catalog, emptyState(), '2.3')).toBe(2);
    expect(countForVersion(catalog, parseState('?validity=api-changed'), '2.3')).toBe(0);
  });
});
