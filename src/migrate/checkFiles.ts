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
import {findApiUses, type CodeLanguage} from './findApiUses';
import {MAX_FINDINGS} from './limits';
import {lineStarts, locate} from './position';
import type {FileKind, FileReport, Finding} from './types';
import {changeVerdict, type Verdict} from './verdicts';

export {MAX_FINDINGS};

export function findingsAt(text: string, hits: {index: number; length: number; verdict: Verdict}[]): Finding[] {
  const starts = lineStarts(text);
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

function checkCode(text: string, kind: FileKind): {index: number; length: number; verdict: Verdict}[] {
  const hits = findApiUses(text, {language: CODE_LANGUAGE[kind]}).map((use) => ({
    index: use.index,
    length: use.length,
    verdict: use.kind === 'change' ? changeVerdict(use.change) : removedClassVerdict(use.className),
  }));
  const covered = new Set(hits.map((hit) => hit.index));
  for (const match of text.matchAll(QUOTED_KEY)) {
    const index = match.index + 1;
    // A key that a curated entry already matched here is reported once.
    if ([...covered].some((at) => at >= match.index && at <= match.index + match[0].length)) continue;
    const verdict = judgeKey(match[1]);
    if (verdict) hits.push({index, length: match[1].length, verdict});
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
  for (const use of findApiUses(text, {language: 'yaml', changes: VALUE_RULES})) {
    if (use.kind === 'change') hits.push({index: use.index, length: use.length, verdict: changeVerdict(use.change)});
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
  if (hits.length > MAX_FINDINGS) {
    problems = [...problems, `发现的问题超过 ${MAX_FINDINGS} 处，只列出前 ${MAX_FINDINGS} 处。`];
    hits = hits.slice(0, MAX_FINDINGS);
  }
  return {name, kind, findings: findingsAt(text, hits), problems};
}
