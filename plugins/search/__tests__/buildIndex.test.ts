import {describe, expect, it} from 'vitest';
import {createSearchEngine} from '../../../src/search/engine';
import {partPath} from '../../../src/search/indexFormat';
import type {SearchRecord} from '../../../src/search/types';
import {buildAliasTable} from '../aliases';
import {buildSearchIndex, type SearchIndexFiles} from '../buildIndex';
import {partScript} from '../index';

const record = (id: number, section: string, text: string): SearchRecord => ({
  id,
  url: `/docs/page-${id}#${section}`,
  page: `第 ${id} 页`,
  section,
  text,
  tags: '',
  kind: 'doc',
});

/** Synthetic text whose vocabulary grows with the number of records, as varied copies do. */
function syntheticRecords(count: number): SearchRecord[] {
  return Array.from({length: count}, (_, id) => {
    const chars = Array.from({length: 120}, (_, i) => String.fromCharCode(0x4e00 + ((id * 131 + i * 7919) % 20000)));
    return record(id, `章节${id}`, chars.join(''));
  });
}

/** An engine over the index, and the names of the parts it has loaded so far. */
function engineOver(index: SearchIndexFiles) {
  const loaded: string[] = [];
  const engine = createSearchEngine(index.head, async (name) => {
    loaded.push(name);
    return index.parts[name];
  });
  return {engine, loaded};
}

describe('buildSearchIndex', () => {
  it('adds shards as the content grows, so a shard stays about the same size', () => {
    const size = (index: SearchIndexFiles) =>
      Math.max(
        ...Object.entries(index.parts)
          .filter(([name]) => name.startsWith('w'))
          .map(([name, data]) => Buffer.byteLength(partScript(name, data))),
      );
    const small = buildSearchIndex(syntheticRecords(100), {});
    const large = buildSearchIndex(syntheticRecords(1000), {});
    expect(large.head.shards.w).toBeGreaterThan(small.head.shards.w * 5);
    expect(size(large)).toBeLessThan(size(small) * 2);
  });

  it('changes the folder name when the content changes, so caches never mix two builds', () => {
    const a = buildSearchIndex(syntheticRecords(10), {});
    const b = buildSearchIndex(syntheticRecords(11), {});
    expect(partPath(a.head.version, 's0')).not.toBe(partPath(b.head.version, 's0'));
  });
});

describe('the engine over a built index', () => {
  const records = [
    record(0, '排查反压', '下游算子处理不过来时出现反压，上游的发送被迫放慢。'),
    record(1, '检查点超时', '检查点屏障在反压下走得很慢，检查点因此超时。'),
    record(2, '状态后端', 'HashMapStateBackend 把状态放在 JVM 堆上。'),
    ...syntheticRecords(200)
      .slice(3)
      .map((r, i) => ({...r, id: i + 3})),
  ];
  const aliases = buildAliasTable(
    [
      {
        id: 'backpressure',
        zh: '反压',
        en: 'Backpressure',
        definition: '下游处理不过来时，上游被迫放慢发送速度。',
        note: '/docs/x',
        aliases: ['背压'],
      },
    ],
    [{variant: 'FsStateBackend', canonical: 'HashMapStateBackend'}],
  );
  const index = buildSearchIndex(records, aliases);

  it('loads only the shards of the query’s terms and the stores of the hits it shows', async () => {
    const {engine, loaded} = engineOver(index);
    const {hits} = await engine.search('检查点超时', 8);
    expect(hits[0].record.section).toBe('检查点超时');
    const shards = loaded.filter((name) => !name.startsWith('s'));
    expect(shards.length).toBeLessThanOrEqual(4);
    expect(loaded.length).toBeLessThan(Object.keys(index.parts).length / 4);
  });

  it('finds with a variant the same section as with the term it stands for', async () => {
    const {engine} = engineOver(index);
    const urls = async (query: string) => (await engine.search(query)).hits.map((hit) => hit.record.url);
    expect(await urls('背压')).toEqual(await urls('反压'));
    expect((await urls('背压'))[0]).toBe(records[0].url);
    expect((await urls('backpressure'))[0]).toBe(records[0].url);
    expect(await urls('FsStateBackend')).toEqual([records[2].url]);
  });

  it('highlights in the snippet the term a variant stood for', async () => {
    const {engine} = engineOver(index);
    const [hit] = (await engine.search('背压')).hits;
    expect(hit.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['反压']);
  });

  it('tells strict hits (every word) from loose ones (some words)', async () => {
    const {engine} = engineOver(index);
    expect((await engine.search('反压 检查点')).loose).toBe(false);
    const loose = await engine.search('反压 咖啡机');
    expect(loose.hits.length).toBeGreaterThan(0);
    expect(loose.loose).toBe(true);
  });
});
