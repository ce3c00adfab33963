import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {lazy, Suspense} from 'react';
import {labPath, labs} from '@site/src/labs/catalog';
import {DEFAULT_PRESET, presetById, PRESETS} from '@site/src/labs/watermarks/presets';
import {LIMITS} from '@site/src/labs/watermarks/scenario';
import {useLabFromAddress} from '@site/src/labs/useLabFromAddress';

const lab = labs.find((entry) => entry.id === 'watermarks')!;
const FLINK_BLOB = 'https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209';
const DEFAULT_QUERY = presetById(DEFAULT_PRESET)!.query;
// The same chunk the notes' islands load, rather than a second copy in this page's bundle.
const WatermarkLab = lazy(() => import('@site/src/labs/watermarks/Lab'));
const LOADING = <p>正在载入实验……（实验需要 JavaScript；不运行脚本时，可以在笔记里读每个预设场景的文字说明。）</p>;

const SOURCES = [
  [
    'BoundedOutOfOrdernessWatermarks.java',
    'flink-core/src/main/java/org/apache/flink/api/common/eventtime/BoundedOutOfOrdernessWatermarks.java',
  ],
  [
    'WatermarksWithIdleness.java (IdlenessTimer)',
    'flink-core/src/main/java/org/apache/flink/api/common/eventtime/WatermarksWithIdleness.java',
  ],
  [
    'CombinedWatermarkStatus.java',
    'flink-core/src/main/java/org/apache/flink/api/common/eventtime/CombinedWatermarkStatus.java',
  ],
  [
    'WatermarkOutputMultiplexer.java',
    'flink-core/src/main/java/org/apache/flink/api/common/eventtime/WatermarkOutputMultiplexer.java',
  ],
  [
    'PipelineOptions.java (pipeline.auto-watermark-interval)',
    'flink-core/src/main/java/org/apache/flink/configuration/PipelineOptions.java',
  ],
  ['TimeWindow.java', 'flink-runtime/src/main/java/org/apache/flink/streaming/api/windowing/windows/TimeWindow.java'],
  [
    'TumblingEventTimeWindows.java',
    'flink-runtime/src/main/java/org/apache/flink/streaming/api/windowing/assigners/TumblingEventTimeWindows.java',
  ],
  [
    'SlidingEventTimeWindows.java',
    'flink-runtime/src/main/java/org/apache/flink/streaming/api/windowing/assigners/SlidingEventTimeWindows.java',
  ],
  [
    'EventTimeSessionWindows.java',
    'flink-streaming-java/src/main/java/org/apache/flink/streaming/api/windowing/assigners/EventTimeSessionWindows.java',
  ],
  [
    'MergingWindowSet.java',
    'flink-runtime/src/main/java/org/apache/flink/streaming/runtime/operators/windowing/MergingWindowSet.java',
  ],
  [
    'EventTimeTrigger.java',
    'flink-runtime/src/main/java/org/apache/flink/streaming/api/windowing/triggers/EventTimeTrigger.java',
  ],
  [
    'WindowOperator.java',
    'flink-runtime/src/main/java/org/apache/flink/streaming/runtime/operators/windowing/WindowOperator.java',
  ],
  ['Windows 文档（windows.md）', 'docs/content/docs/dev/datastream/operators/windows.md'],
  [
    'Generating Watermarks 文档（generating_watermarks.md）',
    'docs/content/docs/dev/datastream/event-time/generating_watermarks.md',
  ],
] as const;

/**
 * The lab's page. The scenario lives in the address (useLabFromAddress): the
 * lab starts from it after hydration, writes every edit and step back, and
 * starts afresh when the address changes from outside (a preset link below,
 * the browser's back button).
 */
export default function WatermarksLabPage() {
  const {lab: mounted, onQueryChange} = useLabFromAddress(DEFAULT_QUERY);

  return (
    <Layout title={`实验：${lab.title}`} description={lab.summary}>
      {/* <article>: running-text links are underlined by the site's CSS (main article p a). */}
      <main className="container margin-vert--lg">
        <article>
          <Heading as="h1">实验：{lab.title}</Heading>
          <p>
            一个 Flink 作业从多分片的 Source 读数据，在 Source 上设置 <code>forBoundedOutOfOrderness</code>（可选{' '}
            <code>withIdleness</code>），按键开事件时间窗口（可选 <code>allowedLateness</code> 与{' '}
            <code>sideOutputLateData</code>
            ）。编辑记录和参数，一条一条地回放：每一步都能看到每个分片和算子的水位线、打开的窗口和里面的记录、每一次触发和触发它的水位线、迟到触发，以及被丢弃或进入旁路输出的记录。讲解见笔记
            <Link to={lab.note}>《事件时间与水位线》</Link>。
          </p>
          <p>
            预设场景：
            {PRESETS.map((preset, index) => (
              <span key={preset.id}>
                {index > 0 && '、'}
                <Link to={`${labPath('watermarks')}?${preset.query}`}>{preset.title}</Link>
              </span>
            ))}
            。
          </p>

          <Heading as="h2" id="lab">
            场景与回放
          </Heading>
          {mounted ? (
            <Suspense fallback={LOADING}>
              <WatermarkLab
                key={mounted.key}
                initialQuery={mounted.query}
                onQueryChange={onQueryChange}
                headingLevel={3}
              />
            </Suspense>
          ) : (
            LOADING
          )}

          <Heading as="h2" id="model">
            实验怎样对应 Flink 的时间
          </Heading>
          <p>
            Flink 每隔 <code>pipeline.auto-watermark-interval</code>（默认 200
            毫秒）才发出一次水位线、检查一次空闲，空闲按处理时间计；实验里记录逐秒到达（整秒、严格递增），空闲超时也取整秒，所以实验在每条记录之后立即发出水位线、按到达时间判断空闲（上一条记录之后超过超时即空闲），这正是
            Flink 在默认间隔下、不论定时器相位如何都会得到的结果。
          </p>
          <ul>
            <li>
              一个 Source 子任务读取全部分片，每个分片有自己的水位线生成器（用 <code>fromSource</code> 接入的 FLIP-27
              Source 就是这样），分片的水位线在 Source 内合并后发给窗口算子；所有分片在处理时间 0 秒时分配。
            </li>
            <li>记录先于它带来的水位线到达窗口算子，所以判断它是否迟到用的是它到达之前的水位线。</li>
            <li>
              同一水位线触发的多个窗口，Flink
              不规定先后，实验按键、再按窗口起点排列。窗口里的内容按记录编号列出，实际的输出由窗口函数决定。
            </li>
            <li>
              开启空闲检测时，最后多一步：输入停止超过超时后所有分片空闲，Source
              发出各分片水位线的最大值。这不是有界输入的结束（那时 Flink 的 Source 任务会发出 Long.MAX_VALUE
              的水位线，触发所有窗口，见 SourceOperatorStreamTask#advanceToEndOfEventTime）。
            </li>
            <li>
              反压和水位线对齐都不在模型里；按 2.3 的源码，空闲计时用的时钟本就不计 Source
              有数据却被阻塞、无法前进的时间。
            </li>
          </ul>

          <Heading as="h2" id="url-format">
            网址格式
          </Heading>
          <p>场景完整地保存在网址的查询串里，复制网址就能分享你看到的这一步。离线版里查询串在 # 之后，格式相同。</p>
          {/* Focusable: the table scrolls sideways on narrow screens (Infima tables are scroll boxes). */}
          <table tabIndex={0} aria-label="网址参数">
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
                  <code>r</code>
                </td>
                <td>记录，分号分隔；每条依次是事件时间、键、分片、到达时间，用逗号分隔</td>
                <td>
                  事件时间 0–{LIMITS.time} 毫秒；键为字母、数字、<code>_</code>、<code>-</code>，最多 {LIMITS.keyLength}{' '}
                  个字符；分片 0–{LIMITS.splits - 1}；到达时间为整秒，严格递增；最多 {LIMITS.records} 条
                </td>
              </tr>
              <tr>
                <td>
                  <code>splits</code>
                </td>
                <td>分片数（没有记录的分片保持沉默）</td>
                <td>1–{LIMITS.splits}，不少于记录用到的分片</td>
              </tr>
              <tr>
                <td>
                  <code>bound</code>
                </td>
                <td>
                  <code>forBoundedOutOfOrderness</code> 的乱序上界
                </td>
                <td>0–{LIMITS.duration} 毫秒，默认 2000</td>
              </tr>
              <tr>
                <td>
                  <code>idle</code>
                </td>
                <td>
                  <code>withIdleness</code> 的超时
                </td>
                <td>整秒，0 表示不检测空闲（默认）</td>
              </tr>
              <tr>
                <td>
                  <code>w</code>
                </td>
                <td>窗口分配器</td>
                <td>
                  <code>tumbling</code>（默认）、<code>sliding</code>、<code>session</code>
                </td>
              </tr>
              <tr>
                <td>
                  <code>size</code>、<code>slide</code>、<code>gap</code>
                </td>
                <td>窗口大小、滑动步长、会话间隙</td>
                <td>
                  1–{LIMITS.duration} 毫秒，默认 5000、1000、3000；滑动窗口每条记录最多属于 {LIMITS.windowsPerRecord}{' '}
                  个窗口
                </td>
              </tr>
              <tr>
                <td>
                  <code>late</code>
                </td>
                <td>
                  <code>allowedLateness</code>
                </td>
                <td>0–{LIMITS.duration} 毫秒，默认 0</td>
              </tr>
              <tr>
                <td>
                  <code>side</code>
                </td>
                <td>
                  是否设置 <code>sideOutputLateData</code>
                </td>
                <td>
                  <code>1</code> 或 <code>0</code>（默认）
                </td>
              </tr>
              <tr>
                <td>
                  <code>at</code>
                </td>
                <td>显示第几步</td>
                <td>0（开始之前，默认）到最后一步</td>
              </tr>
            </tbody>
          </table>
          <p>
            例如 <code>?r=1000,a,0,1;7000,a,0,2&amp;bound=1000&amp;w=tumbling&amp;size=5000</code>{' '}
            是一个分片上的两条记录、乱序上界 1 秒、5
            秒的滚动窗口。不能用的值会被替换，页面上方会说明哪里不对、改用了什么；记录多于 {LIMITS.records} 条时只用前{' '}
            {LIMITS.records} 条，免得每一步的表格太长、网址在聊天软件里被截断。
          </p>

          <Heading as="h2" id="sources">
            依据
          </Heading>
          <p>
            模拟的每条规则都在源码旁注明了它依据的 Flink 2.3 源码（release-2.3 分支，提交
            f3953d2a），单元测试的预期结果取自 Flink
            自己的测试（WindowOperatorTest、BoundedOutOfOrdernessWatermarksTest、WatermarkOutputMultiplexerTest、WatermarksWithIdlenessTest）和文档：
          </p>
          <ul>
            {SOURCES.map(([title, path]) => (
              <li key={path}>
                <Link to={`${FLINK_BLOB}/${path}`}>{title}</Link>
              </li>
            ))}
          </ul>
        </article>
      </main>
    </Layout>
  );
}
