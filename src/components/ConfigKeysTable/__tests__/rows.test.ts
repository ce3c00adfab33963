import {describe, expect, it} from 'vitest';
import {CONFIG_KEY_CHANGES, DEFAULT_CHANGES} from '../../../data/flinkConfig.generated';
import {FLINK_RELEASES} from '../../../data/flinkReleases';
import {filterRows} from '../model';
import {configKeyTable} from '../rows';

const {rows, commits} = configKeyTable();
const row = (key: string) => rows.find((r) => r.key === key && r.kind !== 'default')!;
const cellTexts = (key: string) => row(key).cells.map((cell) => cell.text);

describe('the config-keys table', () => {
  it('has a row for every changed key and default, each with a unique anchor, a cell per release and a source', () => {
    // The curated keys the option classes do not hold: metrics.reporter.<name>.class and table.planner.
    expect(rows.length).toBe(
      new Set(CONFIG_KEY_CHANGES.map((c) => c.key)).size + new Set(DEFAULT_CHANGES.map((c) => c.key)).size + 2,
    );
    expect(new Set(rows.map((r) => r.anchor)).size).toBe(rows.length);
    for (const r of rows) {
      expect(
        r.cells.map((cell) => cell.version),
        r.key,
      ).toEqual(FLINK_RELEASES.map((release) => release.version));
      expect(r.sources.length, r.key).toBeGreaterThan(0);
      for (const source of r.sources)
        expect(source.url, r.key).toMatch(
          /^https:\/\/github\.com\/apache\/flink\/(blob\/[0-9a-f]{40}\/|commit\/[0-9a-f]{40}$)/,
        );
    }
    expect(commits.map((c) => c.version)).toEqual(FLINK_RELEASES.map((release) => release.version));
  });

  it('says in each cell how that release reads a renamed key, and marks the release where it changed', () => {
    expect(cellTexts('state.checkpoints.dir')).toEqual([
      '可用',
      '可用',
      '可用',
      '旧键名',
      '旧键名',
      '旧键名',
      '旧键名',
      '旧键名',
    ]);
    expect(
      row('state.checkpoints.dir')
        .cells.filter((cell) => cell.changed)
        .map((cell) => cell.version),
    ).toEqual(['1.20']);
    expect(row('state.checkpoints.dir').replacement).toBe('`execution.checkpointing.dir`');
  });

  it('takes the curated entry’s status and replacement over the generated ones, as the checker does', () => {
    expect(row('jobmanager.adaptive-scheduler.min-parallelism-increase')).toMatchObject({
      kind: 'deprecated',
      status: '2.0 弃用，2.0 起不再起作用',
    });
    expect(row('state.backend.async').replacement).toBe('无需配置：快照总是异步的');
  });

  it('keeps a curated key the option classes do not hold, anchored without its brackets', () => {
    expect(row('metrics.reporter.<name>.class')).toMatchObject({
      anchor: 'metrics.reporter.name.class',
      kind: 'removed',
    });
    expect(cellTexts('metrics.reporter.<name>.class').every((text) => text === '已移除')).toBe(true);
  });

  it('says 已移除 in every column for a curated key removed before the first one (table.planner, 1.15)', () => {
    expect(cellTexts('table.planner').every((text) => text === '已移除')).toBe(true);
    expect(row('table.planner').cells.some((cell) => cell.changed)).toBe(false);
  });

  it('says where the 2.0 release notes’ removal list and the option classes disagree', () => {
    expect(row('state.backend.local-recovery').remarks.join()).toContain('2.0 发布说明的移除清单列出了它');
    expect(row('akka.watch.threshold').remarks.join()).toContain('清单里没有它');
    expect(row('state.backend.async').remarks).toEqual([]);
  });

  it('writes the default of each release in a default-change row', () => {
    const backoff = rows.find((r) => r.key === 'restart-strategy.exponential-delay.max-backoff')!;
    expect(backoff.kind).toBe('default');
    expect(backoff.cells.slice(1, 4).map((cell) => cell.text)).toEqual(['默认 5 min', '改为默认 1 min', '默认 1 min']);
    const backend = rows.find((r) => r.key === 'state.backend.type')!;
    expect(backend.cells[0].text).toBe('无默认值');
  });
});

describe('filterRows', () => {
  it('keeps the rows whose key, replacement or status has every word, of the chosen kind', () => {
    expect(filterRows(rows, {text: 'STATE.CHECKPOINTS.DIR', kind: ''}).map((r) => r.key)).toEqual([
      'state.checkpoints.dir',
    ]);
    expect(filterRows(rows, {text: 'execution.checkpointing.dir', kind: ''}).map((r) => r.key)).toContain(
      'state.checkpoints.dir',
    );
    expect(filterRows(rows, {text: 'akka pekko.ask', kind: 'renamed'}).every((r) => r.key.startsWith('akka.ask'))).toBe(
      true,
    );
    expect(filterRows(rows, {text: '', kind: 'default'})).toHaveLength(new Set(DEFAULT_CHANGES.map((c) => c.key)).size);
    expect(filterRows(rows, {text: 'state.checkpoints.dir', kind: 'removed'})).toEqual([]);
  });
});
