/**
 * The rows of the config-keys reference (docs/learning-sites/config-keys.mdx):
 * one per configuration key that changed between the oldest release a reader
 * can pick and the latest, in the manner of MDN's compatibility tables (a
 * column per release, each cell saying in words how that release reads the
 * key). React-free: the page's table and the search records
 * (plugins/search) are both built from these rows, so a hit and its row agree.
 *
 * Data, not copied: the option classes as scripts/flink-data/generate.ts read
 * them (flinkConfig.generated.ts, flinkConfigHistory.generated.ts), and the
 * curated entries of apiChanges.ts that name a key, whose hand-written status
 * and replacement win, as they do in the migration checker (judgeKey); the
 * wording of statuses is the checker's (verdicts.ts).
 */
import {apiChanges, type ApiChange} from '../../data/apiChanges';
import type {ConfigKeyChange} from '../../data/flinkConfig';
import {CONFIG_KEY_CHANGES, DEFAULT_CHANGES, FLINK_COMMITS} from '../../data/flinkConfig.generated';
import {CONFIG_KEY_STATES, DEFAULT_CHANGE_TABLES, REMOVED_LIST_2_0} from '../../data/flinkConfigHistory.generated';
import {compareMinor, FLINK_RELEASES, LATEST_FLINK, parseMinor} from '../../data/flinkReleases';
import {isKeyName} from '../../migrate/configKeys';
import {changeVerdict, configVerdict} from '../../migrate/verdicts';
import {CELL_LABELS, type Cell, type CellState, type ConfigKeyTable, type ConfigRow, type RowKind} from './model';

const VERSIONS = FLINK_RELEASES.map((release) => release.version);
const LETTER_STATES: Record<string, CellState> = {o: 'option', d: 'deprecated', a: 'alias'};
const LISTED_REMOVED_2_0 = new Set(REMOVED_LIST_2_0.keys);

const flinkFile = (version: string, file: string, title: string) => ({
  title,
  url: `https://github.com/apache/flink/blob/${FLINK_COMMITS[version]}/${file}`,
});

const RELEASE_NOTES_LIST = {
  title: 'Flink 2.0 发布说明（文末的 List of removed configuration options）',
  url: `https://github.com/apache/flink/blob/${REMOVED_LIST_2_0.commit}/${REMOVED_LIST_2_0.path}`,
};

export const anchorOf = (key: string) => key.replace(/[<>]/g, '');

/** The cells of a key the generator read, from its letters; before its first release it did not exist yet. */
function cellsFromStates(states: string): Cell[] {
  const first = states.search(/[^-]/);
  return VERSIONS.map((version, i) => {
    const state = LETTER_STATES[states[i]] ?? (i < first ? 'not-yet' : 'gone');
    return {version, state, text: CELL_LABELS[state], changed: i > 0 && states[i] !== states[i - 1]};
  });
}

/**
 * A curated key the option classes do not hold (a `<name>` pattern, or a key
 * gone before the first column): what its entry says, and 未记录 before it.
 * Compared as releases, since a removal before 1.17 has no column of its own.
 */
function cellsFromEntry(change: ApiChange): Cell[] {
  const reached = (version: string, at: string | undefined) => {
    const [mine, then] = [parseMinor(version), at === undefined ? undefined : parseMinor(at)];
    return mine !== undefined && then !== undefined && compareMinor(mine, then) >= 0;
  };
  let previous: CellState | undefined;
  return VERSIONS.map((version) => {
    const state: CellState = reached(version, change.removedIn)
      ? 'gone'
      : reached(version, change.deprecatedIn)
        ? 'deprecated'
        : 'unknown';
    const changed = previous !== undefined && previous !== state;
    previous = state;
    return {version, state, text: CELL_LABELS[state], changed};
  });
}

function optionClass(change: ConfigKeyChange) {
  const name = change.evidence.file.split('/').at(-1);
  const role = change.kind === 'removed' ? '：最后一个读取它的版本' : '';
  return flinkFile(change.evidence.version, change.evidence.file, `${name}（Flink ${change.evidence.version}${role}）`);
}

/** What the release notes' removal list adds to a key the option classes still read, or left out of it. */
function releaseNotesRemarks(key: string, removedIn2_0: boolean): string[] {
  const listed = LISTED_REMOVED_2_0.has(key);
  if (listed && !removedIn2_0) {
    return [`2.0 发布说明的移除清单列出了它，但 ${LATEST_FLINK} 的配置类仍读取它；各版本的状态以配置类为准。`];
  }
  if (!listed && removedIn2_0) return ['2.0 发布说明的移除清单里没有它；它从 2.0 起不在任何配置类中。'];
  return [];
}

function keyRow(key: string, generated: ConfigKeyChange | undefined, curated: ApiChange | undefined): ConfigRow {
  const verdict = curated ? changeVerdict(curated) : configVerdict(generated!);
  const kind: RowKind = generated?.kind ?? (curated?.removedIn ? 'removed' : 'deprecated');
  const sources = [
    ...(curated ? [curated.source] : []),
    ...(generated ? [optionClass(generated)] : []),
    ...(LISTED_REMOVED_2_0.has(key) ? [RELEASE_NOTES_LIST] : []),
  ];
  return {
    key,
    anchor: anchorOf(key),
    kind,
    status: verdict.status,
    replacement: verdict.replacement,
    remarks: releaseNotesRemarks(key, (generated?.removedIn ?? curated?.removedIn) === '2.0'),
    cells: generated ? cellsFromStates(CONFIG_KEY_STATES[key]) : cellsFromEntry(curated!),
    sources: sources.filter((source, i) => sources.findIndex((other) => other.url === source.url) === i),
    note: verdict.note,
  };
}

/** A default as the docs tables write it; (none) is their word for no default. */
const describeDefault = (value: string) => (value === '(none)' ? '无默认值' : `默认 ${value}`);

function defaultRow(key: string): ConfigRow {
  const changes = DEFAULT_CHANGES.filter((change) => change.key === key).sort(
    (a, b) => VERSIONS.indexOf(a.version) - VERSIONS.indexOf(b.version),
  );
  const defaultIn = (version: string) =>
    [...changes].reverse().find((change) => VERSIONS.indexOf(change.version) <= VERSIONS.indexOf(version))?.to ??
    changes[0].from;
  const cells = cellsFromStates(CONFIG_KEY_STATES[key]).map((cell) => {
    if (cell.state !== 'option' && cell.state !== 'deprecated') return cell;
    const change = changes.find((c) => c.version === cell.version);
    return change
      ? {...cell, text: `改为${describeDefault(change.to)}`, changed: true}
      : {...cell, text: describeDefault(defaultIn(cell.version))};
  });
  const listed = LISTED_REMOVED_2_0.has(key);
  return {
    key,
    anchor: anchorOf(key),
    kind: 'default',
    status: changes
      .map((change) => `${change.version} 起：${describeDefault(change.from)} → ${describeDefault(change.to)}`)
      .join('；'),
    replacement: '键名不变。依赖旧默认值的作业，请在配置里写明原来的值',
    remarks: releaseNotesRemarks(key, false),
    cells,
    sources: [
      ...changes.map((change) => {
        const table = DEFAULT_CHANGE_TABLES[key][change.version];
        return flinkFile(change.version, table, `${table.split('/').at(-1)}（Flink ${change.version} 文档的配置表）`);
      }),
      ...(listed ? [RELEASE_NOTES_LIST] : []),
    ],
  };
}

/** Every row, sorted by key: the keys the option classes changed, the curated keys they do not hold, and the new defaults. */
function configKeyRows(): ConfigRow[] {
  const curated = new Map<string, ApiChange>();
  for (const change of apiChanges.filter((entry) => entry.kind === 'config')) {
    for (const name of change.names.filter(isKeyName)) if (!curated.has(name)) curated.set(name, change);
  }
  const generated = new Map(CONFIG_KEY_CHANGES.map((change) => [change.key, change]));
  const keys = new Set([...generated.keys(), ...curated.keys()]);
  const rows = [...keys].map((key) => keyRow(key, generated.get(key), curated.get(key)));
  for (const key of new Set(DEFAULT_CHANGES.map((change) => change.key))) rows.push(defaultRow(key));
  return rows.sort((a, b) => a.key.localeCompare(b.key) || a.kind.localeCompare(b.kind));
}

/** The rows, and the commit of apache/flink each release column was read at. */
export function configKeyTable(): ConfigKeyTable {
  return {
    rows: configKeyRows(),
    commits: VERSIONS.map((version) => ({version, commit: FLINK_COMMITS[version]})),
  };
}
