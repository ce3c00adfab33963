import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {Fragment, useMemo} from 'react';
import ResourceCard from '@site/src/components/ResourceCard';
import {resources} from '@site/src/data/resources';
import FacetFieldset from '@site/src/components/FacetFieldset';
import {STILL_USEFUL_FOR_2X} from '@site/src/data/taxonomy';
import {useMyFlinkVersion} from '@site/src/hooks/useMyFlinkVersion';
import {useQueryState} from '@site/src/utils/useQueryState';
import TopicGapNotice from './_components/TopicGapNotice';
import VersionFacet from './_components/VersionFacet';
import {
  chosenTopicGaps,
  countForVersion,
  countOptions,
  emptyState,
  FACET_INFO,
  FACETS,
  filterResources,
  parseState,
  serializeState,
  SORTS,
  toggleValue,
  type SortKey,
} from './_utils';
import styles from './styles.module.css';

/** Every catalog entry with filters whose state lives in the URL. */
export default function ResourceExplorer() {
  const [state, update] = useQueryState(parseState, serializeState);
  const shown = useMemo(() => filterResources(resources, state), [state]);
  const {version: myVersion} = useMyFlinkVersion();

  const isFiltered = serializeState({...state, sort: 'catalog'}) !== '';

  return (
    <Layout
      title="资源浏览"
      description="按分组、类型、语言、主题、Flink 2.x 适用性、是否适用于你的 Flink 版本、访问方式和链接状态筛选全部 Flink 学习资源。">
      <main className="container margin-vert--lg">
        <Heading as="h1">资源浏览</Heading>
        <p>
          全部 {resources.length}{' '}
          条资源，可按多个条件组合筛选：同一组内满足任一即可，不同组之间需同时满足。筛选条件保存在网址中，复制网址即可分享当前视图。
        </p>
        <p>
          「链接状态」按每周链接检查的最近结果筛选：已失效的条目保留原地址，卡片上附有存档副本；「尚未检查」「无法判断」的条目卡片上不显示状态，只能在这里筛出来。
        </p>
        <div className={styles.layout}>
          <form className={styles.filters} aria-label="筛选条件" onSubmit={(event) => event.preventDefault()}>
            <div className={styles.field}>
              <label htmlFor="explorer-text">关键词</label>
              <input
                id="explorer-text"
                type="search"
                className={styles.input}
                value={state.text}
                placeholder="标题、摘要、网站"
                onChange={(event) => update((current) => ({...current, text: event.target.value}))}
              />
            </div>
            <div className={styles.field}>
              <label htmlFor="explorer-sort">排序</label>
              <select
                id="explorer-sort"
                className={styles.input}
                value={state.sort}
                onChange={(event) => update((current) => ({...current, sort: event.target.value as SortKey}))}>
                {Object.entries(SORTS).map(([key, label]) => (
                  <option key={key} value={key}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className={styles.actions}>
              <button
                type="button"
                className="button button--sm button--primary"
                onClick={() =>
                  update((current) => ({
                    ...current,
                    selected: {...current.selected, validity: [...STILL_USEFUL_FOR_2X]},
                  }))
                }>
                只看对 Flink 2.x 仍有用的
              </button>
              <button
                type="button"
                className="button button--sm button--secondary"
                disabled={!isFiltered}
                onClick={() => update(() => emptyState())}>
                清除筛选
              </button>
            </div>
            {FACETS.map((facet) => (
              <Fragment key={facet}>
                <FacetFieldset
                  name={facet}
                  legend={FACET_INFO[facet].legend}
                  options={FACET_INFO[facet].options}
                  label={FACET_INFO[facet].label}
                  selected={state.selected[facet]}
                  counts={countOptions(resources, state, facet)}
                  onToggle={(value) => update((current) => toggleValue(current, facet, value))}
                />
                {facet === 'validity' && (
                  <VersionFacet
                    filtered={state.version}
                    mine={myVersion}
                    count={(version) => countForVersion(resources, state, version)}
                    onChange={(version) => update((current) => ({...current, version}))}
                  />
                )}
              </Fragment>
            ))}
          </form>
          <section className={styles.results} aria-labelledby="explorer-count">
            <p id="explorer-count" className={styles.count} role="status">
              显示 {shown.length} / {resources.length} 条
            </p>
            {chosenTopicGaps(state).map(({topic, label, gap}) => (
              <TopicGapNotice key={topic} label={label} gap={gap} />
            ))}
            {shown.length === 0 && <p>没有符合条件的资源。试试去掉一两个筛选条件。</p>}
            {shown.map((resource) => (
              <ResourceCard key={resource.id} resource={resource} headingLevel="h2" />
            ))}
          </section>
        </div>
      </main>
    </Layout>
  );
}
