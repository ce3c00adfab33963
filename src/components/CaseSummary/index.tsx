import Link from '@docusaurus/Link';
import {findCase, listOrUnverified, UNVERIFIED} from '@site/src/data/cases';
import styles from './styles.module.css';

/**
 * The structured facts of one company case, shown at the top of its page.
 * The original article is the catalog card further down the same page
 * (its <ResourceList>), so this links there instead of importing the whole
 * catalog into every case page.
 */
export default function CaseSummary({id}: {id: string}) {
  const study = findCase(id);
  return (
    <dl className={styles.summary}>
      <dt>公司</dt>
      <dd>{study.company}</dd>
      <dt>行业</dt>
      <dd>{study.industry}</dd>
      <dt>场景</dt>
      <dd>{study.scenario}</dd>
      <dt>技术栈</dt>
      <dd>{study.stack.join('、')}</dd>
      <dt>数据来源</dt>
      <dd>{listOrUnverified(study.sources)}</dd>
      <dt>数据去向</dt>
      <dd>{listOrUnverified(study.sinks)}</dd>
      <dt>规模</dt>
      <dd>{study.scale ?? UNVERIFIED}</dd>
      <dt>Flink 版本</dt>
      <dd>{study.flinkVersion}</dd>
      <dt>原文</dt>
      <dd>
        <Link href={`#${study.resourceId}`}>见本页末尾的原文卡片</Link>
      </dd>
    </dl>
  );
}
