/**
 * Turns what the data says about an old API or key into what the reader
 * sees: severity, status line, replacement and source. One place, so the
 * checker, the Markdown report and the config-keys page word it alike.
 */
import {breaksOnLatest, changeStatus, type ApiChange} from '../data/apiChanges';
import type {ConfigKeyChange} from '../data/flinkConfig';
import {CONFIG_HISTORY_FROM, FLINK_COMMITS} from '../data/flinkConfig.generated';
import {LATEST_FLINK} from '../data/flinkReleases';
import type {CodeLanguage} from './findApiUses';
import type {Finding} from './types';

export type Verdict = Omit<Finding, 'line' | 'column' | 'length' | 'excerpt'>;

/** What an entry says about a use of it; in PyFlink code, PyFlink's own record and example when it has them. */
export function changeVerdict(change: ApiChange, language?: CodeLanguage): Verdict {
  return {
    rule: change.id,
    severity: breaksOnLatest(change) ? 'breaks' : 'warning',
    title: change.old,
    status: changeStatus(change),
    // A key Flink still declares but ignores stops working where a removed one would.
    removedIn: change.removedIn ?? change.ignoredIn,
    deprecatedIn: change.deprecatedIn,
    replacement: change.replacement,
    example: (language === 'python' && change.python?.example) || change.example,
    source: (language === 'python' && change.python?.source) || change.source,
    note: change.note,
  };
}

const RELEASE_NOTES_2_0 = {
  title: 'Flink 2.0 发布说明：被移除的配置项清单',
  url: `https://github.com/apache/flink/blob/${FLINK_COMMITS[LATEST_FLINK]}/docs/content/release-notes/flink-2.0.md#list-of-removed-configuration-options-a-nameremoved_configs-`,
};

/** "1.20 起弃用", or "1.13 或更早弃用" when the oldest release read already had it deprecated. */
export function deprecatedSince(version: string): string {
  return version === CONFIG_HISTORY_FROM ? `${version} 或更早弃用` : `${version} 起弃用`;
}

export function configVerdict(change: ConfigKeyChange): Verdict {
  const file = change.evidence.file;
  const evidence = {
    title: `${file.split('/').at(-1)}（Flink ${change.evidence.version}）`,
    url: `https://github.com/apache/flink/blob/${FLINK_COMMITS[change.evidence.version]}/${file}`,
  };
  const code = (key: string) => `\`${key}\``;
  if (change.kind === 'removed') {
    const since = change.deprecatedIn ? `${deprecatedSince(change.deprecatedIn)}，` : '';
    return {
      rule: `config:${change.key}`,
      severity: 'breaks',
      title: code(change.key),
      status: `${since}${change.removedIn} 移除：Flink 不再读取它，设置会被忽略`,
      removedIn: change.removedIn,
      deprecatedIn: change.deprecatedIn,
      replacement: change.replacement
        ? `${code(change.replacement)}（它在 ${change.evidence.version} 时读取这个旧键名）`
        : '没有一一对应的新键：删掉这一行，按 2.x 文档的配置页找新的设置方式',
      source: change.removedIn === '2.0' ? RELEASE_NOTES_2_0 : evidence,
    };
  }
  if (change.kind === 'renamed') {
    return {
      rule: `config:${change.key}`,
      severity: 'warning',
      title: code(change.key),
      status: `${change.deprecatedIn ? `${deprecatedSince(change.deprecatedIn)}，` : ''}${LATEST_FLINK} 仍作为旧键名读取`,
      deprecatedIn: change.deprecatedIn,
      replacement: code(change.replacement!),
      source: evidence,
    };
  }
  return {
    rule: `config:${change.key}`,
    severity: 'warning',
    title: code(change.key),
    status: `${change.deprecatedIn ? deprecatedSince(change.deprecatedIn) : '已弃用'}，${LATEST_FLINK} 仍可用`,
    deprecatedIn: change.deprecatedIn,
    replacement: '仍可用，但已弃用：看它在配置类里的说明，准备换掉',
    source: evidence,
  };
}
