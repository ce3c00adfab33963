import {describe, expect, it} from 'vitest';
import {CONFIG_KEY_CHANGES, DEFAULT_CHANGES} from '../flinkConfig.generated';
import {CONFIG_KEY_STATES, DEFAULT_CHANGE_TABLES, REMOVED_LIST_2_0} from '../flinkConfigHistory.generated';
import {FLINK_RELEASES} from '../flinkReleases';

// Both files come from one run of scripts/flink-data/generate.ts; a hand edit
// or a run against other branches makes them disagree.
const versions = FLINK_RELEASES.map((release) => release.version);
const rerun = '请重新运行 npx tsx scripts/flink-data/generate.ts <apache/flink 的 git 目录>，不要手改生成的文件';

describe('the per-release states of changed config keys (flinkConfigHistory.generated.ts)', () => {
  it('has one letter per release for every changed key, and nothing else', () => {
    const keys = [...new Set([...CONFIG_KEY_CHANGES, ...DEFAULT_CHANGES].map((change) => change.key))].sort();
    expect(Object.keys(CONFIG_KEY_STATES).sort(), rerun).toEqual(keys);
    for (const [key, states] of Object.entries(CONFIG_KEY_STATES)) {
      expect(states, `${key}：${rerun}`).toMatch(new RegExp(`^[oda-]{${versions.length}}$`));
    }
  });

  it('agrees with what CONFIG_KEY_CHANGES says of each key', () => {
    for (const change of CONFIG_KEY_CHANGES) {
      const states = CONFIG_KEY_STATES[change.key];
      const where = `${change.key}（${states}）：${rerun}`;
      expect(states.at(-1), where).toBe({renamed: 'a', deprecated: 'd', removed: '-'}[change.kind]);
      if (change.removedIn) expect(versions[states.search(/-+$/)], where).toBe(change.removedIn);
      // A deprecation within the releases read here is where the letters turn to d or a.
      if (change.deprecatedIn && versions.indexOf(change.deprecatedIn) > 0) {
        expect(versions[states.search(/[da]/)], where).toBe(change.deprecatedIn);
      }
    }
  });

  it('names a docs table for every default change, and lists the keys of the 2.0 release notes', () => {
    for (const change of DEFAULT_CHANGES) {
      expect(DEFAULT_CHANGE_TABLES[change.key]?.[change.version], `${change.key}：${rerun}`).toMatch(
        /^docs\/layouts\/shortcodes\/generated\/\w+\.html$/,
      );
    }
    expect(REMOVED_LIST_2_0.keys.length).toBeGreaterThan(50);
    expect(REMOVED_LIST_2_0.keys).toContain('state.backend.async');
  });
});
