import {describe, expect, it} from 'vitest';
import {apiChanges, isRemoved, type CodeExample} from '../apiChanges';
import {findApiUses, type CodeLanguage} from '../../migrate/findApiUses';
import {isKeyName} from '../../migrate/configKeys';
import {CONFIG_KEY_CHANGES} from '../flinkConfig.generated';
import {compareMinor, FLINK_RELEASES, LATEST_FLINK, parseMinor} from '../flinkReleases';

const where = (id: string) => `src/data/apiChanges.ts › 条目 "${id}"`;
const configChanges = new Map(CONFIG_KEY_CHANGES.map((change) => [change.key, change]));

describe('the removed-API list (src/data/apiChanges.ts)', () => {
  it('has unique kebab-case ids (they are the anchors of the 2.x changes table)', () => {
    const ids = apiChanges.map((change) => change.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    for (const id of ids) expect(id, where(id)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(apiChanges)('$id: versions are releases, deprecated before removed, none after the latest', (change) => {
    const versions = [change.deprecatedIn, change.removedIn, change.ignoredIn];
    for (const version of versions.filter((v): v is string => v !== undefined)) {
      const parsed = parseMinor(version);
      expect(parsed, `${where(change.id)}：版本写成 2.0 这样的形式`).toBeDefined();
      expect(compareMinor(parsed!, parseMinor(LATEST_FLINK)!), where(change.id)).toBeLessThanOrEqual(0);
    }
    if (change.deprecatedIn && change.removedIn) {
      expect(
        compareMinor(parseMinor(change.deprecatedIn)!, parseMinor(change.removedIn)!),
        where(change.id),
      ).toBeLessThan(0);
    }
  });

  it.each(apiChanges)('$id: is removed or ignored, not both', (change) => {
    expect(
      change.removedIn !== undefined && change.ignoredIn !== undefined,
      `${where(change.id)}：removedIn 与 ignoredIn 只写一个：已不存在的写 removedIn，仍声明但不再读取的写 ignoredIn`,
    ).toBe(false);
  });

  it.each(apiChanges)('$id: cites sources pinned to something that cannot move', (change) => {
    for (const {url} of [change.source, change.python?.source].filter((s) => s !== undefined)) {
      // A GitHub file must be read at a commit, not a branch that moves on.
      if (url.includes('github.com') && url.includes('/blob/')) {
        expect(url, `${where(change.id)} › source.url：GitHub 文件请固定到 40 位的提交号`).toMatch(
          /\/blob\/[0-9a-f]{40}\//,
        );
      }
      expect(url, where(change.id)).toMatch(
        /^https:\/\/(github\.com\/apache\/|issues\.apache\.org\/|cwiki\.apache\.org\/|nightlies\.apache\.org\/)/,
      );
    }
  });

  // The checker shows the example as the way to write it on 2.x: the checker must pass it.
  const LANGUAGE: Record<CodeExample['lang'], CodeLanguage> = {
    java: 'java',
    python: 'python',
    yaml: 'yaml',
    sql: 'sql',
    bash: 'text',
  };
  it.each(apiChanges)('$id: its 2.x examples use no old API', (change) => {
    for (const example of [change.example, change.python?.example].filter((e) => e !== undefined)) {
      const uses = findApiUses(example.code, {language: LANGUAGE[example.lang]}).map((use) =>
        use.kind === 'change' ? use.change.id : use.className,
      );
      expect(uses, `${where(change.id)} › example：示例里用了旧写法 ${uses.join('、')}，请改成 2.x 的写法`).toEqual([]);
    }
  });

  it.each(apiChanges)('$id: names its replacement, and says what the old name is', (change) => {
    expect(change.names.length, where(change.id)).toBeGreaterThan(0);
    expect(change.replacementNames.length, where(change.id)).toBeGreaterThan(0);
    expect(change.replacement.length, where(change.id)).toBeGreaterThan(4);
  });

  // The config entries group keys for the table; Flink's option classes say
  // what happened to each key (scripts/flink-data/generate.ts). They must agree,
  // so a key 2.3 still reads is never called removed, nor the other way round.
  const configEntries = apiChanges.filter((change) => change.kind === 'config');
  it.each(configEntries)('$id: agrees with the option classes about every key it names', (change) => {
    const checked = change.names.filter((name) => isKeyName(name) && configChanges.has(name));
    // A key removed before the oldest release the generator reads has no row there.
    const removedBeforeRead =
      change.removedIn !== undefined &&
      compareMinor(parseMinor(change.removedIn)!, parseMinor(FLINK_RELEASES[0].version)!) <= 0;
    // An entry about values ("state.backend: filesystem") names no key.
    if (!removedBeforeRead && change.names.some(isKeyName)) {
      expect(
        checked.length,
        `${where(change.id)}：names 中没有一个键出现在 flinkConfig.generated.ts 里`,
      ).toBeGreaterThan(0);
    }
    for (const key of checked) {
      const generated = configChanges.get(key)!;
      const message = `${where(change.id)} › ${key}：Flink ${LATEST_FLINK} 的配置类说它是 ${generated.kind}${generated.removedIn ? `（${generated.removedIn} 移除）` : ''}，条目却写 ${isRemoved(change) ? `${change.removedIn} 移除` : '仍可用'}`;
      expect(generated.kind === 'removed', message).toBe(isRemoved(change));
      if (generated.kind === 'removed') expect(generated.removedIn, message).toBe(change.removedIn);
    }
  });
});
