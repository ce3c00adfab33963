import Link from '@docusaurus/Link';
import {caseStudies, listOrUnverified, UNVERIFIED} from '@site/src/data/cases';
import styles from './styles.module.css';

/** All company cases side by side, generated from src/data/cases.ts. */
export default function CaseTable() {
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label="大厂实践案例对比">
      <table>
        <thead>
          <tr>
            <th scope="col">公司</th>
            <th scope="col">行业</th>
            <th scope="col">场景</th>
            <th scope="col">技术栈</th>
            <th scope="col">数据来源 → 去向</th>
            <th scope="col">规模</th>
            <th scope="col">Flink 版本</th>
            <th scope="col">要点</th>
          </tr>
        </thead>
        <tbody>
          {caseStudies.map((study) => (
            <tr key={study.id}>
              <th scope="row">
                <Link to={`/docs/practice/${study.id}`}>{study.company}</Link>
              </th>
              <td>{study.industry}</td>
              <td>{study.scenario}</td>
              <td>{study.stack.join('、')}</td>
              <td>
                {listOrUnverified(study.sources)} → {listOrUnverified(study.sinks)}
              </td>
              <td>{study.scale ?? UNVERIFIED}</td>
              <td>{study.flinkVersion}</td>
              <td>{study.lessons[0]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
