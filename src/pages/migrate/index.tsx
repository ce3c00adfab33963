import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Layout from '@theme/Layout';
import {CONFIG_KEYS_PATH} from '@site/src/components/ConfigKeysTable/model';
import {LATEST_FLINK} from '@site/src/data/flinkReleases';
import {FILE_KIND_LABELS} from '@site/src/migrate/detectKind';
import {MAX_FINDINGS} from '@site/src/migrate/limits';
import {MIGRATE_CONFIG_SECTION, MIGRATE_PAGE} from '@site/src/migrate/page';
import {SEVERITY_LABELS} from '@site/src/migrate/report';
import Checker from './_components/Checker';
import styles from './styles.module.css';

const FLINK_BLOB = 'https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209';
const CHANGES_TABLE = '/docs/learning-sites/flink-2-changes';
const configSectionId = MIGRATE_CONFIG_SECTION.path.split('#')[1];

const SOURCES = [
  [
    'Flink 配置文档：Migrate from flink-conf.yaml to config.yaml 一节（2.3）',
    `${FLINK_BLOB}/docs/content/docs/deployment/config.md`,
  ],
  ['同一页的文档站版本', 'https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/deployment/config/'],
  ['bin/migrate-config-file.sh', `${FLINK_BLOB}/flink-dist/src/main/flink-bin/bin/migrate-config-file.sh`],
  [
    'ConfigurationFileMigrationUtils.java（旧格式的逐行读取与迁移）',
    `${FLINK_BLOB}/flink-core/src/main/java/org/apache/flink/configuration/ConfigurationFileMigrationUtils.java`,
  ],
  [
    'ConfigurationParserUtils.java（迁移时写出嵌套的 YAML）',
    `${FLINK_BLOB}/flink-runtime/src/main/java/org/apache/flink/runtime/util/ConfigurationParserUtils.java`,
  ],
  [
    'YamlParserUtils.java：convertAndDumpYamlFromFlatMap 把平铺的键写成嵌套的 YAML',
    `${FLINK_BLOB}/flink-core/src/main/java/org/apache/flink/configuration/YamlParserUtils.java`,
  ],
  [
    'DataStream.java（2.3 只有 KeySelector 形式的 keyBy）',
    `${FLINK_BLOB}/flink-runtime/src/main/java/org/apache/flink/streaming/api/datastream/DataStream.java`,
  ],
  [
    'ConnectedStreams.java（keyBy(int, int) 等标为 @Deprecated）',
    `${FLINK_BLOB}/flink-runtime/src/main/java/org/apache/flink/streaming/api/datastream/ConnectedStreams.java`,
  ],
] as const;

/**
 * The migration checker (#17), 迁移检查 in the navbar. The text is rendered on the server
 * and reads without JavaScript; the form is the island: the engine's code
 * and data load on the first check, in a worker (see _checker.ts).
 */
export default function MigratePage() {
  return (
    <Layout title={MIGRATE_PAGE.title} description={MIGRATE_PAGE.summary}>
      <main className="container margin-vert--lg">
        <article className={styles.page}>
          <Heading as="h1">
            {MIGRATE_PAGE.title}：从 Flink 1.x 到 {LATEST_FLINK}
          </Heading>
          <p>
            把作业的源码、SQL、配置文件或构建文件粘贴或拖进来，检查器逐处指出在 Flink {LATEST_FLINK}{' '}
            上会出错（已经移除）和仍可用但已弃用的写法：在哪一行哪一列、发生了什么、改成什么、2.x
            的示例、依据和讲解它的笔记。flink-conf.yaml 还会转换成 2.x 读取的 config.yaml。
            <strong>你粘贴或选择的内容只在这个页面里处理，不会发到任何地方。</strong>
          </p>
          <p>
            想先看全部变化，读 <Link to={CHANGES_TABLE}>Flink 2.x 相对 1.x 的主要变化</Link>
            ：检查器用的就是那张表的数据。升级时保存点怎样处理，见
            <Link to="/docs/blogs/savepoints-and-upgrades">《保存点与版本升级》</Link>。
          </p>

          <Heading as="h2" id="check">
            检查
          </Heading>
          <Checker />

          <Heading as="h2" id="what">
            检查器做什么
          </Heading>
          <ul>
            <li>
              <strong>代码</strong>（Java、Scala、Python、SQL）：找出 <Link to={CHANGES_TABLE}>2.x 变化表</Link>
              里的旧写法，以及 2.0 发布说明列为已移除的类的 <code>import</code>；代码里写成字符串的配置键（如{' '}
              <code>conf.setString(&quot;state.backend&quot;, …)</code>）按配置键检查。注释里提到的不算。
            </li>
            <li>
              <strong>配置文件</strong>：flink-conf.yaml 按 Flink 1.x 的方式逐行读取，config.yaml 按 YAML 1.2
              读取。每个键对照 {LATEST_FLINK} 的配置类（键的弃用名与回退名）和 2.0
              发布说明的移除清单：改了名的给出新名字，不再读取的说明用什么代替。
            </li>
            <li>
              <strong>构建文件</strong>（pom.xml、build.gradle、build.gradle.kts）：带 Scala
              后缀、在新版本里已经没有的构件，2.x 不再发布的构件，只支持 1.x 的连接器版本，1.x 的{' '}
              <code>flink.version</code>，以及低于 2.x 要求的 Java 版本。
            </li>
          </ul>
          <p>结果按文件列出，同一条规则在一个文件里的多处合在一起，先列会出错的。严重程度分三级：</p>
          <ul>
            <li>{SEVERITY_LABELS.breaks}：已经移除，升级前必须改；</li>
            <li>{SEVERITY_LABELS.warning}：今天还能用，但已弃用，趁升级一起改掉；</li>
            <li>{SEVERITY_LABELS.info}：例如项目仍依赖 1.x 的 Flink。</li>
          </ul>
          <p>
            选了从哪个版本升级（或在「我的 Flink
            版本」里选过版本）时，在那个版本或更早就已弃用或移除的写法不是这次升级的新问题，默认隐藏，结果上方写明隐藏了几处，可以一并显示。网址里的{' '}
            <code>?from=1.17</code> 优先于存下的版本，<code>?from=all</code>{' '}
            表示显示全部，所以把网址发给同事，他看到的是同一份报告的范围。「复制为
            Markdown」把整份报告复制下来，可以直接贴进工单或 PR。
          </p>

          <Heading as="h2" id="inputs">
            检查器读什么
          </Heading>
          <p>能检查的文件：{Object.values(FILE_KIND_LABELS).join('、')}。</p>
          <ul>
            <li>
              选择或拖入的文件按文件名认类型；认不出的（如 <code>.txt</code>
              ）会说明能检查哪些，可以把内容粘贴进来、手动选择类型。粘贴的内容默认按内容猜类型，猜错时在「粘贴内容的类型」里改。
            </li>
            <li>
              每个文件最多 5 MB；二进制文件（jar、图片、压缩包）不读；一个文件发现的问题超过 {MAX_FINDINGS} 处时只列出前{' '}
              {MAX_FINDINGS} 处，并在这个文件下说明。
            </li>
            <li>
              读不懂的地方按文件列出：YAML 的语法错误（含 Tab 缩进）、重复的键、flink-conf.yaml 里 Flink 1.x
              会跳过的行，都写明是第几行。
            </li>
          </ul>

          <Heading as="h2" id="limits">
            检查器不知道什么
          </Heading>
          <ul>
            <li>
              <strong>它比对文字，不认类型。</strong>检查器不编译代码，不知道一个变量是什么类型。例如两个参数的{' '}
              <code>keyBy(0, 1)</code>：写在 <code>ConnectedStreams</code> 上，{LATEST_FLINK} 仍可用（已弃用）；写在{' '}
              <code>DataStream</code> 上，{LATEST_FLINK} 的 <code>DataStream</code> 只剩接受 <code>KeySelector</code> 的{' '}
              <code>keyBy</code>
              ，根本编译不过。检查器分不出是哪一种，只能报「已弃用」，并在替代写法里写明两种情况：看到这一条，请自己确认它在哪种流上。
            </li>
            <li>
              它也不知道一个名字指的是哪个类：你自己的类和 Flink 删掉的类同名时，同样会被报告。2.0
              移除的类里，没有写进变化表的那些只靠 Java、Scala 的 <code>import</code> 语句认出：用通配（
              <code>import org.apache.flink….*</code>）或 Scala 的 <code>{'{A, B}'}</code> 写法引入时认不出。
            </li>
            <li>
              它只认得本站整理过的变化：变化表里的条目、2.0
              发布说明的已移除类清单、配置类里的键，以及上面列出的构建规则。默认值变了、语义变了的地方，它不会报告；
              <strong>没有发现问题不等于一定能在 {LATEST_FLINK} 上运行</strong>
              ，升级前仍要读发布说明并在测试环境里跑一遍。
            </li>
            <li>
              配置只检查键名和少数旧取值（如 <code>state.backend: filesystem</code>），不检查值在 2.x
              上是否合法。构建文件只读你给的那一个：父 POM、别处定义的属性、Gradle
              的版本目录和传递依赖都看不到；连接器只认得本站整理过版本线的几个。
            </li>
          </ul>

          <Heading as="h2" id={configSectionId}>
            {MIGRATE_CONFIG_SECTION.section}
          </Heading>
          <p>
            从 2.0 起，Flink 只读 <code>conf/config.yaml</code>，它必须是标准的 YAML 1.2；不再读{' '}
            <code>flink-conf.yaml</code>。两种文件的大多数写法相同，Flink 的配置文档列出了不同之处：config.yaml
            里只有行首或前面有空格的 <code>#</code>{' '}
            才开始注释；不允许重复的键；无效的行会报错，而不是被跳过；特殊字符要按 YAML 的规则转义或加引号。
          </p>
          <p>
            <strong>Flink 自带的 bin/migrate-config-file.sh</strong>（1.19 起的发行包里都有，下面按 {LATEST_FLINK}{' '}
            的代码说）读取 <code>conf/flink-conf.yaml</code>，写出 <code>conf/config.yaml</code>：
          </p>
          <ul>
            <li>
              用 1.x 的逐行方式读旧文件：注释不保留，读不成 <code>key: value</code>{' '}
              的行只在日志里警告一声就跳过，重复的键取最后一个；
            </li>
            <li>
              键名原样照抄，按点号拆成嵌套的 YAML；所有值都当作字符串写出，所以有些值带上了引号（文档说明 Flink
              读配置时会再转成各配置项的类型）；
            </li>
            <li>
              读出的键放在 <code>HashMap</code> 里，写出时不保留原文件的顺序；
            </li>
            <li>
              一个键是另一个键的前缀时（如 1.x 配置里常见的 <code>state.backend</code> 与{' '}
              <code>state.backend.incremental</code>），嵌套写法放不下两者。{LATEST_FLINK} 的{' '}
              <code>YamlParserUtils#convertAndDumpYamlFromFlatMap</code>{' '}
              按点号逐层建表：先处理长的键、后处理短的键时，短键的值会替换掉整张子表，长键的设置悄悄丢失；顺序反过来，转换因类型不符而失败。先处理哪个由{' '}
              <code>HashMap</code> 的遍历顺序决定；
            </li>
            <li>
              改了名的键、已经不再读取的键都不处理。哪个键在哪个版本改了名、弃用或不再读取，见
              <Link to={CONFIG_KEYS_PATH}>配置项变化对照表</Link>（本页的转换读的是同一份数据）。
            </li>
          </ul>
          <p>
            <strong>本页的转换</strong>用同样的逐行方式读旧文件，此外：
          </p>
          <ul>
            <li>
              {LATEST_FLINK} 只作为旧名字读取的键，写成今天的名字（取自 {LATEST_FLINK}{' '}
              配置类里的弃用名与回退名），旁边注释原来的键名；
            </li>
            <li>{LATEST_FLINK} 不再读取的键，连同原值写成注释，并写明用什么代替，原来的设置不会悄悄丢掉；</li>
            <li>
              保留原文件的注释和顺序，键按原样不拆开（config.yaml 也接受带点号的平铺写法），前缀相同的键可以并存；
            </li>
            <li>只在 YAML 1.2 会把值读成别的东西时才加引号，数字和布尔值保持原样；</li>
            <li>
              列出 Flink 1.x 会跳过的行、重复的键，以及在值中间、会被旧格式当成注释截掉的 <code>#</code>；
            </li>
            <li>在浏览器里完成，不需要 Flink 发行包。转换后的文件可以复制或下载，用之前请逐行核对。</li>
          </ul>

          <Heading as="h2" id="privacy">
            隐私
          </Heading>
          <p>
            检查在你的浏览器里进行。第一次点「检查」时，页面从本站载入检查器的代码和数据，在后台线程（Web
            Worker）里运行；你粘贴的文字和选择的文件都不上传、不保存，刷新或关闭页面就没有了。下载的 config.yaml
            也是在浏览器里生成的。浏览器里只保存「我的 Flink 版本」（localStorage）。离线版同样可以用，不需要网络。
          </p>

          <Heading as="h2" id="sources">
            依据
          </Heading>
          <p>
            每条检查结果都带着自己的依据（发布说明、配置类或连接器的兼容表，固定到读过的提交）。本页关于配置文件转换和{' '}
            <code>keyBy</code> 的说明依据 Flink 的 release-2.3 分支（提交 f3953d2a）：
          </p>
          <ul>
            {SOURCES.map(([title, url]) => (
              <li key={url}>
                <Link href={url}>{title}</Link>
              </li>
            ))}
          </ul>
        </article>
      </main>
    </Layout>
  );
}
