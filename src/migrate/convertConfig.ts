/**
 * flink-conf.yaml → config.yaml, as Flink 2.x wants it.
 *
 * Flink's own bin/migrate-config-file.sh reads the old file with the legacy
 * parser and writes every key as it was, nested, with values quoted as
 * strings (ConfigurationFileMigrationUtils, ConfigurationUtils
 * #convertConfigToWritableLines on release-2.3). This does the same reading,
 * and beyond it:
 * - writes today's name for every key the latest release reads only as a
 *   deprecated name (from the option classes), and says so in a comment;
 * - keeps keys the latest release no longer reads as comments with their
 *   value and what to use instead, so nothing the reader had is lost;
 * - keeps the reader's comments, and writes flat keys in the original order
 *   (flat keys are valid in config.yaml, and env.java.home must be flat);
 * - quotes a value only when YAML 1.2 would read it as something else, so
 *   numbers and booleans stay plain and every value means what it meant.
 */
import {parse as parseYaml, stringify as stringifyYaml} from 'yaml';
import {parseLegacyConfig} from './configFiles';
import {judgeKey, renamedTo} from './configKeys';

export interface ConvertedConfig {
  yaml: string;
  /** The key → value map the new file sets (what a YAML parser must read back). */
  values: Record<string, string>;
  renamed: {from: string; to: string}[];
  /** Keys kept only as comments. */
  removed: {key: string; value: string; reason: string}[];
  problems: string[];
}

/** The value as a YAML 1.2 scalar that reads back as the same text. */
export function yamlScalar(value: string): string {
  try {
    const plain = parseYaml(`v: ${value}`, {uniqueKeys: true}) as {v: unknown} | null;
    if (plain && plain.v !== null && typeof plain.v !== 'object' && String(plain.v) === value) return value;
  } catch {
    // Not a valid plain scalar (e.g. it contains ": "): quote it below.
  }
  return stringifyYaml(value, {lineWidth: 0}).trimEnd();
}

const codeText = (text: string) => text.replaceAll('`', '');

export function convertLegacyConfig(text: string): ConvertedConfig {
  const parsed = parseLegacyConfig(text);
  const lines = [
    '# 由 Flink 学习导航从 flink-conf.yaml 转换：按 YAML 1.2 写出，键名已换成当前版本的名字。',
    '# 改了名的键旁有注释；当前版本不再读取的键以注释保留原值和替代写法。',
  ];
  const values: Record<string, string> = {};
  const renamed: ConvertedConfig['renamed'] = [];
  const removed: ConvertedConfig['removed'] = [];
  // Flink reads a key's own name before its deprecated names: when a file sets
  // both, the new one wins, so the old one must not overwrite it.
  const setDirectly = new Set(parsed.entries.map((entry) => entry.key));
  const written = new Set<string>();
  const commentedOut = (entry: {key: string; value: string}, reason: string) => {
    removed.push({key: entry.key, value: entry.value, reason});
    return `# ${reason}\n# ${entry.key}: ${entry.value}`;
  };

  const convert = (entry: (typeof parsed.entries)[number]): string => {
    const verdict = judgeKey(entry.key);
    if (verdict?.severity === 'breaks') {
      return commentedOut(
        entry,
        `当前版本不再读取（${codeText(verdict.status)}），替代：${codeText(verdict.replacement)}`,
      );
    }
    const target = renamedTo(entry.key);
    if (target && setDirectly.has(target)) {
      return commentedOut(entry, `旧键名：文件里同时设置了新键 ${target}，Flink 以新键为准`);
    }
    if (target && written.has(target)) {
      return commentedOut(entry, `旧键名：另一个旧键名已经设置了 ${target}，请确认保留哪一个`);
    }
    const key = target ?? entry.key;
    written.add(key);
    values[key] = entry.value;
    const notes = [target ? `原键名 ${entry.key}` : '', entry.comment ?? ''].filter(Boolean).join('；');
    if (target) renamed.push({from: entry.key, to: target});
    return `${key}: ${yamlScalar(entry.value)}${notes ? `  # ${notes}` : ''}`;
  };

  const items = [
    ...parsed.comments.map((comment) => ({index: comment.index, line: `# ${comment.text}`})),
    ...parsed.entries.map((entry) => ({index: entry.index, line: convert(entry)})),
  ].sort((a, b) => a.index - b.index);
  lines.push(...items.map((item) => item.line));
  return {yaml: `${lines.join('\n')}\n`, values, renamed, removed, problems: parsed.problems};
}
