/**
 * Reads the two kinds of Flink configuration file into key/value entries
 * with their positions:
 * - flink-conf.yaml, the way Flink 1.x read it (GlobalConfiguration, kept in
 *   2.x as ConfigurationFileMigrationUtils#loadLegacyYAMLResource): one
 *   "key: value" per line, everything after the first `#` a comment, a line
 *   without ": " skipped, the last of duplicate keys winning;
 * - config.yaml, standard YAML 1.2 (the `yaml` library, as Flink 2.x reads
 *   it with a YAML parser): nested maps flatten to dotted keys, duplicates
 *   and bad syntax are errors with their line.
 */
import {isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode} from 'yaml';

export interface ConfigEntry {
  key: string;
  value: string;
  /** Offset of the key in the text. */
  index: number;
  /** The comment after the value on the same line, without the `#` (legacy files). */
  comment?: string;
}

export interface ParsedConfig {
  entries: ConfigEntry[];
  /** Lines the reader should look at: not key/value pairs, duplicate keys, YAML errors; each names its line. */
  problems: string[];
  /** Lines that are only a comment (legacy files), to carry into the converted file. */
  comments: {index: number; text: string}[];
}

export function parseLegacyConfig(text: string): ParsedConfig {
  const entries: ConfigEntry[] = [];
  const problems: string[] = [];
  const comments: ParsedConfig['comments'] = [];
  const seen = new Map<string, number>();
  let offset = 0;
  text.split('\n').forEach((rawLine, i) => {
    const line = rawLine.replace(/\r$/, '');
    const lineNo = i + 1;
    const hash = line.indexOf('#');
    const conf = (hash === -1 ? line : line.slice(0, hash)).trim();
    const comment = hash === -1 ? undefined : line.slice(hash + 1).trim();
    // config.yaml starts a comment only at "#" after a space; flink-conf.yaml at any "#".
    if (hash > 0 && !/\s/.test(line[hash - 1]) && conf.includes(': ')) {
      problems.push(
        `第 ${lineNo} 行的「#」之后被 flink-conf.yaml 当作注释丢掉了；如果「#」是值的一部分，在 config.yaml 里把值放进引号`,
      );
    }
    if (conf.length === 0) {
      if (comment !== undefined) comments.push({index: offset, text: comment});
    } else {
      const separator = conf.indexOf(': ');
      if (separator === -1) {
        problems.push(`第 ${lineNo} 行不是「key: value」的形式（冒号后要有空格），Flink 1.x 会跳过这一行：${conf}`);
      } else {
        const key = conf.slice(0, separator).trim();
        const value = conf.slice(separator + 2).trim();
        if (!key || !value) {
          problems.push(`第 ${lineNo} 行的键或值是空的，Flink 1.x 会跳过这一行`);
        } else {
          const previous = seen.get(key);
          if (previous !== undefined) {
            problems.push(
              `第 ${lineNo} 行重复设置了 ${key}（第 ${previous} 行已设置过）：flink-conf.yaml 取最后一个，config.yaml 不允许重复`,
            );
            const earlier = entries.findIndex((entry) => entry.key === key);
            entries.splice(earlier, 1);
          }
          seen.set(key, lineNo);
          entries.push({key, value, index: offset + line.indexOf(key), comment: comment || undefined});
        }
      }
    }
    offset += rawLine.length + 1;
  });
  return {entries, problems, comments};
}

function scalarText(node: YamlNode | null | undefined, text: string): string {
  if (!node) return '';
  if (isScalar(node)) return node.value === null ? '' : String(node.value);
  const range = node.range;
  return range ? text.slice(range[0], range[1]).trim() : '';
}

export function parseStandardConfig(text: string): ParsedConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {lineCounter, uniqueKeys: true, prettyErrors: false});
  const problems = [...doc.errors, ...doc.warnings].map((error) => {
    const line = error.linePos?.[0]?.line ?? lineCounter.linePos(error.pos[0]).line;
    const reason =
      error.code === 'DUPLICATE_KEY'
        ? '重复的键（config.yaml 不允许同一个键出现两次）'
        : error.code === 'TAB_AS_INDENT'
          ? '用了制表符缩进（YAML 只允许空格缩进）'
          : error.message.split('\n')[0];
    return `第 ${line} 行：${reason}`;
  });
  const entries: ConfigEntry[] = [];
  const walk = (node: YamlNode | null | undefined, prefix: string) => {
    if (!isMap(node)) return;
    for (const pair of node.items) {
      if (!isPair(pair) || !isScalar(pair.key)) continue;
      const key = prefix + String(pair.key.value);
      if (isMap(pair.value)) {
        walk(pair.value, `${key}.`);
      } else {
        const value = isSeq(pair.value) ? scalarText(pair.value, text) : scalarText(pair.value as YamlNode, text);
        entries.push({key, value, index: pair.key.range?.[0] ?? 0});
      }
    }
  };
  walk(doc.contents as YamlNode, '');
  if (doc.contents && !isMap(doc.contents) && entries.length === 0 && problems.length === 0) {
    problems.push('第 1 行：config.yaml 的顶层应是「key: value」的映射');
  }
  return {entries, problems, comments: []};
}
