import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {labPath, labs} from '@site/src/labs/catalog';
import ChangelogLab from '@site/src/labs/changelog/Lab';
import {FLINK_SOURCE, MAX_EVENTS, MAX_OUTPUT_ROWS, MAX_TOP_N, MAX_VALUE_LENGTH} from '@site/src/labs/changelog/model';
import {presets} from '@site/src/labs/changelog/presets';
import {MIN_TOP_N} from '@site/src/labs/changelog/scenario';
import {useLabFromAddress} from '@site/src/labs/useLabFromAddress';
import styles from './changelog.module.css';

const lab = labs.find((candidate) => candidate.id === 'changelog');
const DEFAULT_QUERY = presets[0].query;

/** Flink sources the simulation follows, at the release-2.3 commit cited beside the code. */
const SOURCES: {rule: string; path: string}[] = [
  {
    rule: 'GROUP BY：第一行 +I，之后 -U/+U，行数减到 0 发 -D，没开 TTL 时聚合值不变就不输出',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/aggregate/utils/GroupAggHelper.java',
  },
  {
    rule: '连接：内连接沿用输入的行类型，外连接只发 +I/-D，补 NULL 的行如何撤回与恢复',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/join/stream/StreamingJoinOperator.java',
  },
  {
    rule: '去重：处理时间/事件时间、保留第一行/最后一行各用哪个函数',
    path: 'flink-table/flink-table-planner/src/main/java/org/apache/flink/table/planner/plan/nodes/exec/stream/StreamExecDeduplicate.java',
  },
  {
    rule: '去重的逐行逻辑',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/utils/DeduplicateFunctionHelper.java',
  },
  {
    rule: '按事件时间保留第一行：等水位线、丢弃迟到行',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/deduplicate/RowTimeDeduplicateKeepFirstRowFunction.java',
  },
  {
    rule: 'Top-N（只有插入的输入）',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/utils/AppendOnlyTopNHelper.java',
  },
  {
    rule: 'Top-N（输入是 changelog）',
    path: 'flink-table/flink-table-runtime/src/main/java/org/apache/flink/table/runtime/operators/rank/RetractableTopNFunction.java',
  },
  {
    rule: '规划器：结果包含哪些变化、只接受插入的结果表的报错、upsert 结果表与 ON CONFLICT',
    path: 'flink-table/flink-table-planner/src/main/scala/org/apache/flink/table/planner/plan/optimize/program/FlinkChangelogModeInferenceProgram.scala',
  },
  {
    rule: 'table.exec.sink.require-on-conflict 在 2.3 的默认值',
    path: 'flink-table/flink-table-api-java/src/main/java/org/apache/flink/table/api/config/ExecutionConfigOptions.java',
  },
];

const PARAMS: [string, string][] = [
  ['shape', 'agg（GROUP BY 聚合，默认）、join、dedup（去重）、topn'],
  ['agg', 'count（COUNT(*)，默认）或 sum（SUM(amount)）；只用于 agg'],
  ['join', 'inner（默认）或 left；只用于 join'],
  ['keep, order', '去重保留 first（默认）或 last，按 proctime（默认）或 rowtime 排序；只用于 dedup'],
  [
    'n, rownum',
    `Top-N 每类取前几名（${MIN_TOP_N} 到 ${MAX_TOP_N}，默认 3），rownum=0 表示不输出名次（默认 1）；只用于 topn`,
  ],
  ['pk', 'upsert 结果表的主键，用逗号分隔的结果列名（默认是查询的 upsert key，没有时是第一列）'],
  ['conflict', 'none（默认）、deduplicate、nothing 或 error，即 INSERT 语句末尾的 ON CONFLICT'],
  ['require', '1（默认）或 0，即 table.exec.sink.require-on-conflict'],
  ['rows', '输入行，按到达顺序，行与行之间用分号分隔，字段之间用逗号分隔（见下）'],
  ['step', '当前看到第几步（0 表示还没开始，默认 0）'],
];

/** The SQL changelog lab at /labs/changelog: the scenario lives in the address. */
export default function ChangelogLabPage() {
  // No query string means "show the first preset", which is also what the
  // server renders. An edited scenario that serializes to nothing is written
  // as shape=agg so that it stays.
  const {lab: fromAddress, onQueryChange} = useLabFromAddress(DEFAULT_QUERY);
  return (
    <Layout title="实验：SQL changelog" description={lab?.summary}>
      <main className={`container margin-vert--lg ${styles.text}`}>
        <Heading as="h1">实验：SQL changelog</Heading>
        <p>
          选一种查询，编辑输入行（可以是只有插入的表，也可以是本身带 +I、-U、+U、-D 的 changelog 表），一步步看结果的
          changelog：同一个结果在 retract 编码和 upsert 编码下各是什么样，以及只接受插入、upsert、retract
          三种结果表各自接不接受这个查询。每条规则都按 Flink 2.3
          的源码模拟，出处见页末。场景完整地保存在网址里，复制网址就能分享你看到的一切；你输入的内容不会离开浏览器。
        </p>
        <p>
          配套笔记：<Link to="/docs/blogs/sql-changelog">Flink SQL：动态表与 changelog</Link>。
        </p>
        <section aria-labelledby="lab">
          <Heading as="h2" id="lab">
            动手
          </Heading>
          <ChangelogLab
            key={fromAddress?.key ?? 0}
            query={fromAddress?.query ?? DEFAULT_QUERY}
            onQueryChange={(next) => onQueryChange(next || 'shape=agg')}
            heading="h3"
          />
        </section>

        <section>
          <Heading as="h2" id="model">
            模拟了什么、没模拟什么
          </Heading>
          <ul>
            <li>
              模拟的是一个并行实例、状态永不过期（不开状态有效期 TTL、不开 mini-batch）时，算子逐行产生的逻辑
              changelog；这也是 Flink 的默认配置。多个并行实例之间的交错和网络上的乱序不在模拟之内，实验不会显示 Flink
              在这些前提下不会产生的行。
            </li>
            <li>
              实验里的表都没有主键。输入里只要出现 -U、+U 或 -D，这张表就按 changelog
              格式（debezium-json）声明，规划器据此推导；-U 和 -D 只能撤回表里已有的行，+U 要紧跟在同一张表的 -U
              之后，不满足的行会被忽略并说明原因。
            </li>
            <li>
              按事件时间去重时，水位线作为输入中的 WM 行显式给出，不模拟水位线的周期性生成。定时器时间相同的多个
              key、以及一行同时匹配多行时，同一步内几行输出的先后由 Flink
              状态后端的遍历顺序决定，实验按行进入状态的顺序列出。
            </li>
            <li>
              写进主键与 upsert key 不一致的 upsert 结果表时，规划器会加一个物化算子（SinkUpsertMaterializer 或
              WatermarkCompactingSinkMaterializer），实验指出它在哪里加、收到什么，但不模拟它的输出。
            </li>
            <li>
              Top-N 只模拟 N ≥ {MIN_TOP_N}：Top-1 走另一个算子（FastTop1Function）。去重只模拟只有插入的输入：输入是
              changelog 时，规划器改用通用的 Top-N 算子。
            </li>
          </ul>
        </section>

        <section>
          <Heading as="h2" id="url">
            网址格式
          </Heading>
          <p>
            场景就是这个页面网址的查询串（离线版里它在 <code>#</code> 之后），参数的值是默认值时省略：
          </p>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="网址参数（可横向滚动）">
            <table>
              <thead>
                <tr>
                  <th scope="col">参数</th>
                  <th scope="col">取值</th>
                </tr>
              </thead>
              <tbody>
                {PARAMS.map(([name, meaning]) => (
                  <tr key={name}>
                    <td>
                      <code>{name}</code>
                    </td>
                    <td>{meaning}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            <code>rows</code> 的每一行依次写：（只有 join 要写）表，<code>L</code> 是 orders、<code>R</code> 是
            products；行类型，用 Flink explain 里 changelogMode 的写法 <code>I</code>、<code>UB</code>、<code>UA</code>
            、<code>D</code>（分别是 +I、-U、+U、-D），按事件时间去重时还可以是 <code>WM</code>
            （水位线，后面只跟一个时间）；然后按列的顺序写值。每个值单独做 URL 编码，所以值里可以有逗号和分号。例如：
          </p>
          <pre className={styles.example}>
            <code>
              {`${labPath('changelog')}?agg=sum&rows=I,Mary,10;UB,Mary,10;UA,Mary,20\n${labPath('changelog')}?shape=join&join=left&rows=L,I,o1,p1;R,I,p1,Phone`}
            </code>
          </pre>
          <p>
            粘贴 CSV 时格式相同，只是字段之间用逗号、行与行之间换行，行类型也可以写成
            +I、-U、+U、-D，含逗号的值用双引号括起来。
          </p>
          <p>
            出错时实验照常运行，并逐条说明哪里不对、改用了什么：未知的参数或取值回到默认值，越界的数字取最近的合法值，格式不对的行跳过。为了让每一步的计算量有上限，输入最多
            {MAX_EVENTS} 行（更多时只读前 {MAX_EVENTS} 行），每个值最多 {MAX_VALUE_LENGTH} 个字符，结果的 changelog 超过{' '}
            {MAX_OUTPUT_ROWS} 行时停止模拟后面的输入：逐步观察用不到这么多，而一个键上几百行的连接能输出上万行。
          </p>
          <p>
            网址很长时（例如几百行输入），托管站点的服务器可能拒绝这个请求（本地预览时会看到 HTTP
            431）；离线版没有这个限制。这时请用「粘贴或导出 CSV」分享输入。
          </p>
        </section>

        <section>
          <Heading as="h2" id="sources">
            依据
          </Heading>
          <p>
            以下是 apache/flink 仓库 release-2.3 分支提交 <code>f3953d2a</code>{' '}
            上的源码；每条规则在实验代码里都注明了出处，单元测试的期望结果取自 Flink 文档和这些类的 harness 测试。
          </p>
          <ul>
            {SOURCES.map((source) => (
              <li key={source.path}>
                {source.rule}：<Link href={`${FLINK_SOURCE}${source.path}`}>{source.path.split('/').at(-1)}</Link>
              </li>
            ))}
            <li>
              Flink 文档：
              <Link href="https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/concepts/sql-table-concepts/dynamic_tables/">
                Dynamic Tables
              </Link>
              、
              <Link href="https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/sql/reference/queries/deduplication/">
                Deduplication
              </Link>
              、
              <Link href="https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/sql/reference/queries/topn/">
                Top-N
              </Link>
              、
              <Link href="https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/sql/reference/dml/insert/">
                INSERT 与 ON CONFLICT
              </Link>
            </li>
          </ul>
        </section>
      </main>
    </Layout>
  );
}
