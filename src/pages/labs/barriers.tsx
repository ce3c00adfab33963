import Link from '@docusaurus/Link';
import clsx from 'clsx';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {labPath, labs} from '@site/src/labs/catalog';
import BarriersLab from '@site/src/labs/barriers/Lab';
import {describeOutcome, PRESETS} from '@site/src/labs/barriers/presets';
import {DEFAULT_QUERY, LIMITS} from '@site/src/labs/barriers/scenario';
import {SOURCES} from '@site/src/labs/barriers/sources';
import {useLabFromAddress} from '@site/src/labs/useLabFromAddress';
import styles from './barriers.module.css';

const lab = labs.find((candidate) => candidate.id === 'barriers');

/**
 * The lab runs the scenario in the address (useLabFromAddress): it starts
 * once the address is known (after hydration) and again when the address
 * changes from outside, e.g. a preset link; its own edits are written back
 * without a restart.
 */
function LabFromAddress() {
  const {lab, onQueryChange} = useLabFromAddress(DEFAULT_QUERY);
  if (lab === null) return <p>正在读取网址里的场景……（实验需要 JavaScript）</p>;
  return <BarriersLab key={lab.key} query={lab.query} onQueryChange={onQueryChange} />;
}

export default function BarriersLabPage() {
  return (
    <Layout title="实验：检查点屏障" description={lab?.summary}>
      <main className={clsx('container margin-vert--lg', styles.page)}>
        <Heading as="h1">实验：检查点屏障</Heading>
        <p>
          一个算子有两条输入通道，缓冲区里各有一些数据，检查点 n
          的屏障在不同的时间到达两条通道。逐步播放，看对齐的检查点阻塞哪条通道、屏障什么时候转发、快照什么时候做；换成非对齐检查点，看屏障怎样越过缓冲区里的数据、快照里多了哪些在途数据；再设一个对齐超时，看它在什么时候、把什么切换成非对齐。原理和源码的走读见笔记
          <Link to="/docs/source-analysis/checkpoint-principles">检查点原理：屏障、对齐与非对齐</Link>。
        </p>

        <section aria-labelledby="presets">
          <Heading as="h2" id="presets">
            预设场景
          </Heading>
          <ul className={styles.presets}>
            {PRESETS.map((preset) => (
              <li key={preset.id}>
                <Link to={`${labPath('barriers')}?${preset.query}`}>{preset.title}</Link>
                <p>
                  {preset.setup}
                  {describeOutcome(preset.outcome).join('')}
                </p>
              </li>
            ))}
          </ul>
        </section>

        <section aria-labelledby="lab">
          <Heading as="h2" id="lab">
            实验
          </Heading>
          <p>修改下面的场景，网址会跟着变：复制网址，别人打开看到的就是同一次回放。你输入的内容不会离开浏览器。</p>
          <LabFromAddress />
        </section>

        <section aria-labelledby="model">
          <Heading as="h2" id="model">
            这个模型省略了什么
          </Heading>
          <p>
            实验只模拟一个 Task
            的一个检查点：记录是抽象的数据项（每项代表一个网络缓冲区），时间按抽象的「步」推进，每步下游至多取走一条输出、到期的数据进入输入通道，然后
            Task 执行一个到期的定时器或处理一个输入元素，所以它画出的每一种先后顺序都是 Flink
            会产生的，但步数不代表真实的时间。
          </p>
          <ul>
            <li>
              两条输入通道都按跨 TaskManager
              的远程通道处理：开启对齐超时时，屏障一到，网络层就先送来一条优先的通告（同一 TaskManager
              内的本地通道没有通告，超时要等读到屏障才起算）。
            </li>
            <li>
              上游和下游的 Task
              不在模拟之内：屏障何时到达由场景给定；下游只是按固定间隔取走输出，收到屏障后立即恢复消费。输出缓冲区不设容量上限。
            </li>
            <li>检查点在第 0 步由 JobManager 触发，对齐超时从这时算起，而不是从这个 Task 读到第一个屏障时算起。</li>
            <li>快照的异步上传、向 JobManager 确认，以及检查点 n+1 都不在模拟之内。</li>
          </ul>
        </section>

        <section aria-labelledby="url-format">
          <Heading as="h2" id="url-format">
            网址格式
          </Heading>
          <p>
            场景完整地写在网址的查询参数里（离线版在 <code>#</code> 之后），例如默认场景：
          </p>
          <pre className={styles.url}>
            <code>{`${labPath('barriers')}?${DEFAULT_QUERY}`}</code>
          </pre>
          <div className={styles.scroll} role="region" aria-label="网址参数（表格）" tabIndex={0}>
            <table>
              <thead>
                <tr>
                  <th scope="col">参数</th>
                  <th scope="col">含义</th>
                  <th scope="col">取值</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td>
                    <code>ch1</code>、<code>ch2</code>
                  </td>
                  <td>上游按顺序发到通道 1、通道 2 的数据和屏障</td>
                  <td>
                    逗号分隔的记录名（1–{LIMITS.label} 个字母或数字）和一个屏障 <code>|</code>；在一项后写{' '}
                    <code>@t</code> 表示它在第 t 步到达，没写的随前一项一起到达，第一项默认第 0 步。每条通道最多{' '}
                    {LIMITS.channelItems} 项，最晚第 {LIMITS.arrival} 步。
                  </td>
                </tr>
                <tr>
                  <td>
                    <code>out</code>
                  </td>
                  <td>输出缓冲区里还没发往下游的记录</td>
                  <td>逗号分隔的记录名，最多 {LIMITS.outputRecords} 条</td>
                </tr>
                <tr>
                  <td>
                    <code>drain</code>
                  </td>
                  <td>下游每隔几步取走一条记录</td>
                  <td>0–{LIMITS.drain}，0 表示完全反压</td>
                </tr>
                <tr>
                  <td>
                    <code>unaligned</code>
                  </td>
                  <td>
                    <code>execution.checkpointing.unaligned.enabled</code>
                  </td>
                  <td>1 开启，0 关闭</td>
                </tr>
                <tr>
                  <td>
                    <code>timeout</code>
                  </td>
                  <td>
                    <code>execution.checkpointing.aligned-checkpoint-timeout</code>，单位是步
                  </td>
                  <td>0–{LIMITS.timeout}；只在 unaligned=1 时起作用，0 表示检查点从一开始就不对齐</td>
                </tr>
              </tbody>
            </table>
          </div>
          <p>
            缺少的参数用默认场景的值；写错的参数、格式不对的记录、超过上限的数量，实验都会说明问题出在哪里、改用了什么，不会报错退出。
          </p>
        </section>

        <section aria-labelledby="sources">
          <Heading as="h2" id="sources">
            依据
          </Heading>
          <p>
            模拟的每条规则都照着 Flink 2.3（<code>release-2.3</code> 分支）的源码和文档写成，单元测试里的例子取自 Flink
            自己的测试和文档。逐步回放时，每件事旁边都链接了它依据的那段源码：
          </p>
          <ul className={styles.sources}>
            {Object.values(SOURCES).map((source) => (
              <li key={source.url}>
                <Link to={source.url}>{source.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </Layout>
  );
}
