/**
 * Checks one file (or pasted text) of a 1.x project for what breaks or is
 * deprecated on the latest Flink release. Pure and synchronous: the page
 * runs it in a worker, the benchmark and tests call it directly.
 */
import {apiChanges} from '../data/apiChanges';
import {REMOVED_CLASSES_SOURCE} from '../data/flinkRemovedClasses.generated';
import {checkBuildFile} from './checkBuild';
import {parseLegacyConfig, parseStandardConfig, type ConfigEntry} from './configFiles';
import {isKeyName, judgeKey} from './configKeys';
import {findApiUses, withoutComments, type CodeLanguage} from './findApiUses';
import {MAX_FINDINGS} from './limits';
import {lineIndex, lineStarts, locate} from './position';
import type {FileKind, FileReport, Finding} from './types';
import {changeVerdict, type Verdict} from './verdicts';

export {MAX_FINDINGS};

export function findingsAt(
  text: string,
  hits: {index: number; length: number; verdict: Verdict}[],
  starts = lineStarts(text),
): Finding[] {
  return hits.map(({index, length, verdict}) => {
    const {line, column, excerpt} = locate(text, starts, index, length);
    return {...verdict, line, column, length, excerpt};
  });
}

const CODE_LANGUAGE: Partial<Record<FileKind, CodeLanguage>> = {
  java: 'java',
  scala: 'scala',
  python: 'python',
  sql: 'sql',
};

// Config keys written in code or SQL: "state.backend", 'execution.checkpointing.dir'.
const QUOTED_KEY = /["']([a-z][\w-]*(?:\.[\w-]+)+)["']/g;
// The key of a SQL SET statement, quoted or not (the SQL client of 1.12 and
// 1.13 took `SET table.planner = blink;`), dotted or not (`restart-strategy`).
const SQL_SET_KEY = /^[ \t]*SET[ \t]+(['"]?)([a-z][\w.-]*)\1[ \t]*=/gim;

function checkCode(text: string, kind: FileKind): {index: number; length: number; verdict: Verdict}[] {
  const language = CODE_LANGUAGE[kind];
  const hits = findApiUses(text, {language}).map((use) => ({
    index: use.index,
    length: use.length,
    verdict: use.kind === 'change' ? changeVerdict(use.change, language) : removedClassVerdict(use.className),
  }));
  // Where curated entries matched, sorted: a file can hold 100,000 keys, so look one up by binary search.
  const covered = hits.map((hit) => hit.index).sort((a, b) => a - b);
  const coveredWithin = (from: number, to: number) => {
    let low = 0;
    let high = covered.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (covered[mid] < from) low = mid + 1;
      else high = mid;
    }
    return low < covered.length && covered[low] <= to;
  };
  // Keys in comments (// conf.setString("state.backend", …)) are not settings.
  const code = withoutComments(text, language ?? 'text');
  const keys = [...code.matchAll(QUOTED_KEY)].map((match) => ({
    at: match.index,
    key: match[1],
    index: match.index + 1,
  }));
  if (kind === 'sql') {
    const quoted = new Set(keys.map((key) => key.index));
    for (const match of code.matchAll(SQL_SET_KEY)) {
      const index = match.index + match[0].indexOf(match[2]);
      if (!quoted.has(index)) keys.push({at: index - match[1].length, key: match[2], index});
    }
  }
  for (const {at, key, index} of keys) {
    // A key that a curated entry already matched here is reported once.
    if (coveredWithin(at, index + key.length)) continue;
    const verdict = judgeKey(key);
    if (verdict) hits.push({index, length: key.length, verdict});
  }
  return hits;
}

function removedClassVerdict(className: string): Verdict {
  return {
    rule: `class:${className}`,
    severity: 'breaks',
    title: `\`${className}\``,
    status: '2.0 移除',
    removedIn: '2.0',
    replacement: '2.0 发布说明把它列为移除的类：按该说明的「Breaking Changes」一节换成新的接口',
    source: {
      title: 'Flink 2.0 发布说明：移除的类（Removed Classes）',
      url: `https://github.com/apache/flink/blob/${REMOVED_CLASSES_SOURCE.commit}/${REMOVED_CLASSES_SOURCE.path}#removed-classes`,
    },
  };
}

// Entries about values ("state.backend: filesystem") rather than keys: the
// key itself may be current, its old value is not.
const VALUE_RULES = apiChanges.filter((change) => change.kind === 'config' && !change.names.some(isKeyName));

function checkConfig(text: string, kind: 'flink-conf' | 'config-yaml') {
  const parsed = kind === 'flink-conf' ? parseLegacyConfig(text) : parseStandardConfig(text);
  const hits = parsed.entries.flatMap((entry: ConfigEntry) => {
    const verdict = judgeKey(entry.key);
    return verdict ? [{index: entry.index, length: entry.key.length, verdict}] : [];
  });
  // Values are read from the parsed entries, so a nested config.yaml
  // (state: {backend: filesystem}) is judged like the flat line it means.
  for (const entry of parsed.entries) {
    for (const use of findApiUses(`${entry.key}: ${entry.value}`, {language: 'text', changes: VALUE_RULES})) {
      if (use.kind === 'change') {
        hits.push({index: entry.index, length: entry.key.length, verdict: changeVerdict(use.change)});
      }
    }
  }
  if (kind === 'flink-conf') {
    const legacyFile = apiChanges.find((change) => change.id === 'flink-conf-yaml')!;
    hits.unshift({index: 0, length: 0, verdict: changeVerdict(legacyFile)});
  }
  return {hits, problems: parsed.problems};
}

export function checkText(name: string, text: string, kind: FileKind): FileReport {
  let hits: {index: number; length: number; verdict: Verdict}[];
  let problems: string[] = [];
  if (kind === 'flink-conf' || kind === 'config-yaml') ({hits, problems} = checkConfig(text, kind));
  else if (kind === 'pom' || kind === 'gradle') hits = checkBuildFile(text, kind);
  else hits = checkCode(text, kind);
  hits.sort((a, b) => a.index - b.index);
  // One finding per rule and line: `FlinkKafkaConsumer<String> c = new FlinkKafkaConsumer<>(…)`
  // is one thing to fix, reported where it first appears.
  const starts = lineStarts(text);
  const seen = new Set<string>();
  hits = hits.filter((hit) => {
    const key = `${lineIndex(starts, hit.index)}\t${hit.verdict.rule}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (hits.length > MAX_FINDINGS) {
    problems = [...problems, `发现的问题超过 ${MAX_FINDINGS} 处，只列出前 ${MAX_FINDINGS} 处。`];
    hits = hits.slice(0, MAX_FINDINGS);
  }
  return {name, kind, findings: findingsAt(text, hits, starts), problems};
}
