/**
 * The explorer's state and filter logic, kept free of React so it can be
 * unit-tested. The URL query string is the source of truth: a reload or a
 * shared link shows the same view (`?topic=state&topic=checkpoint&access=free`,
 * `&version=1.20` for the resources that apply to Flink 1.20).
 */
import {
  compareMinor,
  FLINK_RELEASES,
  parseMinor,
  parseVersionRange,
  rangeIncludes,
  type MinorVersion,
} from '@site/src/data/flinkReleases';
import type {Resource} from '@site/src/data/resources';
import {squash} from '@site/src/search/tokenize';
import {
  ACCESS_KINDS,
  ACCESS_LABELS,
  GROUP_INFO,
  GROUPS,
  LANGUAGE_LABELS,
  LANGUAGES,
  LINK_STATUS_LABELS,
  LINK_STATUSES,
  RESOURCE_TYPE_LABELS,
  RESOURCE_TYPES,
  TOPIC_GAPS,
  TOPIC_LABELS,
  TOPICS,
  VALIDITIES,
  VALIDITY_LABELS,
  type Topic,
  type TopicGap,
} from '@site/src/data/taxonomy';

export const FACETS = ['group', 'type', 'language', 'topic', 'validity', 'access', 'link'] as const;
export type Facet = (typeof FACETS)[number];

export const FACET_INFO: Record<Facet, {legend: string; options: readonly string[]; label: (value: string) => string}> =
  {
    group: {legend: '分组', options: GROUPS, label: (v) => GROUP_INFO[v as keyof typeof GROUP_INFO].label},
    type: {
      legend: '类型',
      options: RESOURCE_TYPES,
      label: (v) => RESOURCE_TYPE_LABELS[v as keyof typeof RESOURCE_TYPE_LABELS],
    },
    language: {legend: '语言', options: LANGUAGES, label: (v) => LANGUAGE_LABELS[v as keyof typeof LANGUAGE_LABELS]},
    topic: {legend: '主题', options: TOPICS, label: (v) => TOPIC_LABELS[v as keyof typeof TOPIC_LABELS]},
    validity: {
      legend: 'Flink 2.x 适用性',
      options: VALIDITIES,
      label: (v) => VALIDITY_LABELS[v as keyof typeof VALIDITY_LABELS],
    },
    access: {legend: '访问方式', options: ACCESS_KINDS, label: (v) => ACCESS_LABELS[v as keyof typeof ACCESS_LABELS]},
    // The weekly link check's last finding (src/data/resources.ts › link.status).
    link: {
      legend: '链接状态',
      options: LINK_STATUSES,
      label: (v) => LINK_STATUS_LABELS[v as keyof typeof LINK_STATUS_LABELS],
    },
  };

export const SORTS = {
  catalog: '按目录顺序',
  newest: '最新发表在前',
  oldest: '最早发表在前',
  title: '按标题',
} as const;
export type SortKey = keyof typeof SORTS;

export interface ExplorerState {
  /** Chosen values per facet: any of them (OR) within a facet, all facets together (AND). */
  selected: Record<Facet, string[]>;
  /** Only the resources that apply to this Flink version (appliesToVersion); all when null. */
  version: string | null;
  text: string;
  sort: SortKey;
}

export function emptyState(): ExplorerState {
  return {
    selected: Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<Facet, string[]>,
    version: null,
    text: '',
    sort: 'catalog',
  };
}

const VERSIONS = FLINK_RELEASES.map((release) => release.version);
const FIRST_2X: MinorVersion = [2, 0];

/**
 * Whether a resource applies to a reader's Flink version ("适用于我的版本"),
 * from what the catalog records: the release it was written for
 * (`writtenFor`) and whether it still holds on Flink 2.x (`validity`).
 * - `current` (correct on today's 2.x): applies when written for that
 *   version or an earlier one, since it held when written and still holds on
 *   the latest release. Written for a later release, it may rest on what the
 *   reader's version lacks. With no `writtenFor`, the catalog vouches only
 *   for 2.x, so it applies to 2.x versions only.
 * - `api-changed` (some of its APIs changed by 2.x): applies only to the
 *   versions it was written for. The catalog says what changed, not in which
 *   release, so on any other version some of its code may not work
 *   (`metrics.reporter.<name>.class`, for one, stopped working in 1.17).
 * - `historical` (background reading): applies to none.
 */
export function appliesToVersion(resource: Resource, version: string): boolean {
  const mine = parseMinor(version);
  if (!mine || resource.validity === 'historical') return false;
  const written = resource.writtenFor && parseVersionRange(resource.writtenFor.version);
  if (written && rangeIncludes(written, mine)) return true;
  if (resource.validity !== 'current') return false;
  return written ? compareMinor(written.from, mine) <= 0 : compareMinor(mine, FIRST_2X) >= 0;
}

/** How many resources the version filter would show for `version`, given every other filter. */
export function countForVersion(resources: readonly Resource[], state: ExplorerState, version: string): number {
  return resources.filter((resource) => matches(resource, {...state, version})).length;
}

/** Reads the state from a query string, dropping values the catalog does not know. */
export function parseState(search: string): ExplorerState {
  const params = new URLSearchParams(search);
  const state = emptyState();
  for (const facet of FACETS) {
    const known = new Set(FACET_INFO[facet].options);
    state.selected[facet] = [...new Set(params.getAll(facet).filter((value) => known.has(value)))];
  }
  const version = params.get('version');
  state.version = version !== null && VERSIONS.includes(version) ? version : null;
  state.text = params.get('q') ?? '';
  const sort = params.get('sort');
  // Own keys only: `in` would also accept what every object inherits (__proto__, toString…).
  state.sort = sort !== null && Object.hasOwn(SORTS, sort) ? (sort as SortKey) : 'catalog';
  return state;
}

/** The query string for a state, in a stable order, without defaults ('' for the empty view). */
export function serializeState(state: ExplorerState): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const order = FACET_INFO[facet].options;
    for (const value of [...state.selected[facet]].sort((a, b) => order.indexOf(a) - order.indexOf(b))) {
      params.append(facet, value);
    }
  }
  if (state.version) params.set('version', state.version);
  if (state.text.trim()) params.set('q', state.text.trim());
  if (state.sort !== 'catalog') params.set('sort', state.sort);
  const query = params.toString();
  return query ? `?${query}` : '';
}

export function toggleValue(state: ExplorerState, facet: Facet, value: string): ExplorerState {
  const current = state.selected[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return {...state, selected: {...state.selected, [facet]: next}};
}

function valuesOf(resource: Resource, facet: Facet): string[] {
  switch (facet) {
    case 'topic':
      return resource.topics;
    case 'access':
      return resource.access;
    case 'link':
      return [resource.link.status];
    default:
      return [resource[facet]];
  }
}

function matchesText(resource: Resource, text: string): boolean {
  const wanted = squash(text);
  if (!wanted) return true;
  const haystack = squash(
    [
      resource.title,
      resource.summary,
      resource.site,
      resource.changes ?? '',
      ...resource.topics.map((t) => TOPIC_LABELS[t]),
    ].join(' '),
  );
  return wanted.split(/[,，]/).every((part) => haystack.includes(part));
}

/** Whether a resource passes every facet (but `except`, for option counts), the version and the text filter. */
export function matches(resource: Resource, state: ExplorerState, except?: Facet): boolean {
  return (
    FACETS.every((facet) => {
      const chosen = state.selected[facet];
      return (
        facet === except || chosen.length === 0 || valuesOf(resource, facet).some((value) => chosen.includes(value))
      );
    }) &&
    (state.version === null || appliesToVersion(resource, state.version)) &&
    matchesText(resource, state.text)
  );
}

/** Publication dates sort as text (YYYY, YYYY-MM, YYYY-MM-DD); undated entries go last. */
function byPublished(direction: 1 | -1) {
  return (a: Resource, b: Resource) => {
    if (!a.published || !b.published) return (a.published ? 0 : 1) - (b.published ? 0 : 1);
    return direction * a.published.localeCompare(b.published);
  };
}

export function filterResources(resources: readonly Resource[], state: ExplorerState): Resource[] {
  const shown = resources.filter((resource) => matches(resource, state));
  switch (state.sort) {
    case 'newest':
      return shown.sort(byPublished(-1));
    case 'oldest':
      return shown.sort(byPublished(1));
    case 'title':
      return shown.sort((a, b) => a.title.localeCompare(b.title, 'zh-Hans-CN'));
    default:
      return shown;
  }
}

/**
 * How many resources each option of a facet would show, given the other
 * facets and the text filter: the usual faceted-search count, so a count of
 * 0 means ticking that option empties the list.
 */
export function countOptions(
  resources: readonly Resource[],
  state: ExplorerState,
  facet: Facet,
): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(FACET_INFO[facet].options.map((option) => [option, 0]));
  for (const resource of resources) {
    if (!matches(resource, state, facet)) continue;
    for (const value of valuesOf(resource, facet)) counts[value] += 1;
  }
  return counts;
}

/**
 * The declared gaps (TOPIC_GAPS) of the topics a reader chose, in taxonomy
 * order: choosing Hive should tell them that 2.x has no Hive connector yet
 * and where to go instead, rather than leave them with old entries only.
 */
export function chosenTopicGaps(
  state: ExplorerState,
  gaps: Partial<Record<Topic, TopicGap>> = TOPIC_GAPS,
): {topic: Topic; label: string; gap: TopicGap}[] {
  return TOPICS.flatMap((topic) => {
    const gap = gaps[topic];
    return gap && state.selected.topic.includes(topic) ? [{topic, label: TOPIC_LABELS[topic], gap}] : [];
  });
}
