import type {Page, Request} from '@playwright/test';
import {MY_VERSION_KEY} from '../../src/hooks/useMyFlinkVersion';
import {MAX_INPUT_BYTES} from '../../src/migrate/limits';
import {seriousViolations} from './axe';
import {expect, open, test, type Site} from './fixtures';

// The migration checker (/migrate, #17) on the hosted and the offline build.
// What the engine finds is unit-tested in src/migrate/__tests__; here: the
// page around it. Paste and files, the worker (also from file://), the
// version the reader upgrades from, the report, the converted config, bad
// input, privacy, the main thread during a 5 MB check, keyboard and axe.

const JOB = `import org.apache.flink.runtime.state.filesystem.FsStateBackend;

public class Job {
  public static void main(String[] args) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setStateBackend(new FsStateBackend("hdfs:///checkpoints"));
    conf.setString("state.checkpoints.dir", "hdfs:///cp");
    env.addSource(new MySource()).keyBy(0).sum(1).print();
  }
}
`;
const FLINK_CONF = 'state.backend: rocksdb\nstate.backend.incremental: true\ntaskmanager.heap.size: 1024m\n';
const POM = `<project><properties><flink.version>1.17.2</flink.version></properties><dependencies>
<dependency><groupId>org.apache.flink</groupId><artifactId>flink-streaming-java_2.12</artifactId><version>\${flink.version}</version></dependency>
</dependencies></project>`;

const file = (name: string, text: string | Buffer) => ({
  name,
  mimeType: 'application/octet-stream',
  buffer: typeof text === 'string' ? Buffer.from(text) : text,
});

const status = (page: Page) => page.getByRole('status').filter({hasText: /检查完成|没能加载|已停止/});
const fileSection = (page: Page, name: string) => page.getByRole('region', {name, exact: true});
/** The report's entry for one rule, found by its heading. */
const entry = (page: Page, title: RegExp) =>
  page.locator('section[aria-label] article').filter({has: page.getByRole('heading', {level: 4, name: title})});

async function openChecker(page: Page, site: Site, query = '') {
  await open(page, site, `/migrate${query}`);
  await expect(page.getByRole('heading', {level: 1})).toContainText('迁移检查');
}

async function checkPasted(page: Page, text: string) {
  await page.getByLabel('粘贴代码或配置').fill(text);
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(status(page)).toContainText('检查完成');
}

test('pasted 1.x code: counts, each finding with its place, status, replacement, example and sources', async ({
  page,
  site,
}) => {
  await openChecker(page, site);
  await checkPasted(page, JOB);
  await expect(status(page)).toHaveText('检查完成：1 个文件，会出错 4 处，已弃用 2 处，提示 0 处。');
  // Ran in the worker, also from file:// in the offline build.
  await expect(page.getByText('浏览器没能启动后台线程')).toHaveCount(0);

  const pasted = fileSection(page, '粘贴的内容');
  await expect(pasted.getByRole('heading', {level: 3})).toContainText('Java');
  const groups = pasted.locator('article');
  // What breaks first, each rule once with all its places.
  await expect(groups).toHaveCount(5);
  const backend = entry(page, /FsStateBackend \//);
  await expect(backend.getByRole('heading', {level: 4})).toHaveText('会出错 FsStateBackend / MemoryStateBackend');
  await expect(backend).toContainText('1.13 弃用，2.0 移除（2.0–2.3 上都不能用）');
  await expect(backend).toContainText('改为：');
  await expect(backend.locator('pre code')).toContainText('state.backend.type: hashmap');
  await expect(backend.getByText('出现 2 处：')).toBeVisible();
  await expect(backend.locator('li').first()).toContainText('第 1 行第 50 列');
  await expect(backend.locator('mark').first()).toHaveText('FsStateBackend');
  await expect(backend.getByRole('link', {name: /发布说明/})).toHaveAttribute('href', /github\.com\/apache\/flink/);
  await backend.getByRole('link', {name: /状态后端/}).click();
  await expect(page.getByRole('heading', {level: 1})).toBeVisible();
  expect(site.currentPath(page)).toBe('/docs/blogs/state-backends');
});

test('files picked or dropped: each its own report, the flink-conf.yaml converted, copied and downloaded', async ({
  page,
  site,
}) => {
  await openChecker(page, site);
  await page
    .getByLabel('选择文件，或把文件拖到这里')
    .setInputFiles([file('flink-conf.yaml', FLINK_CONF), file('pom.xml', POM)]);
  // A drop on the zone adds to the list.
  const dataTransfer = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['env.addSource(new MySource());'], 'Old.java'));
    return transfer;
  });
  await page.locator('#migrate-files').dispatchEvent('drop', {dataTransfer});
  await expect(page.getByRole('list', {name: '选中的文件'}).getByRole('listitem')).toHaveCount(3);
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(status(page)).toContainText('检查完成：3 个文件');

  await expect(fileSection(page, 'pom.xml')).toContainText('flink-streaming-java_2.12');
  await expect(fileSection(page, 'Old.java')).toContainText('env.addSource(...)');
  const conf = fileSection(page, 'flink-conf.yaml');
  await expect(conf.getByText('整个文件')).toBeVisible();
  const conversion = conf.getByRole('region', {name: '转换成的 config.yaml'});
  await expect(conversion.getByRole('listitem').filter({hasText: '→'})).toHaveText([
    'state.backend → state.backend.type',
    'state.backend.incremental → execution.checkpointing.incremental',
  ]);
  await expect(conversion).toContainText('taskmanager.heap.size：当前版本不再读取');
  const yaml = await conversion.locator('pre code').innerText();
  expect(yaml).toContain('state.backend.type: rocksdb  # 原键名 state.backend');
  expect(yaml).toContain('# taskmanager.heap.size: 1024m');

  const link = conversion.getByRole('link', {name: '下载 config.yaml'});
  await expect(link).toHaveAttribute('href', /^blob:/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('config.yaml');
  const saved = await download.path();
  const {readFileSync} = await import('node:fs');
  expect(readFileSync(saved, 'utf8').trimEnd()).toBe(yaml.trimEnd());
});

test('the version upgraded from hides older changes, with a count and a toggle; the address wins', async ({
  page,
  site,
}) => {
  await page.addInitScript((key) => window.localStorage.setItem(key, '1.20'), MY_VERSION_KEY);
  await openChecker(page, site, '?from=1.18');
  const select = page.getByLabel('从哪个 Flink 版本升级');
  await expect(select).toHaveValue('1.18');
  await expect(page.getByText('网址里的版本 1.18 优先于你在「我的 Flink 版本」中选的 1.20。')).toBeVisible();
  await checkPasted(page, JOB);
  // addSource was deprecated in 1.18: not news to a reader on 1.18.
  await expect(status(page)).toHaveText(
    '检查完成：1 个文件，会出错 4 处，已弃用 1 处，提示 0 处。另有 1 处在 1.18 或更早就已变化，已隐藏。',
  );
  await expect(entry(page, /env\.addSource/)).toHaveCount(0);
  await page.getByLabel('也显示这 1 处').check();
  await expect(entry(page, /env\.addSource/)).toHaveCount(1);
  await page.getByLabel('也显示这 1 处').uncheck();

  // The stored version applies without ?from=; "show all" says so in the address.
  await select.selectOption('');
  await expect.poll(() => site.currentPath(page)).toBe('/migrate?from=all');
  await expect(status(page)).toHaveText('检查完成：1 个文件，会出错 4 处，已弃用 2 处，提示 0 处。');
  await select.selectOption('1.20');
  await expect.poll(() => site.currentPath(page)).toBe('/migrate?from=1.20');
  await expect(status(page)).toContainText('另有 2 处在 1.20 或更早就已变化');

  await openChecker(page, site, '?from=0.9');
  await expect(page.getByText('网址里的 from=0.9 不是本站列出的版本，已忽略。')).toBeVisible();
  await expect(select).toHaveValue('1.20');
});

test('the severity filter shows only what is asked for', async ({page, site}) => {
  await openChecker(page, site);
  await checkPasted(page, JOB);
  const groups = fileSection(page, '粘贴的内容').locator('article');
  await page.getByRole('checkbox', {name: /^会出错/}).uncheck();
  await expect(groups).toHaveCount(2);
  await page.getByRole('checkbox', {name: /^仍可用但已弃用/}).uncheck();
  await expect(fileSection(page, '粘贴的内容')).toContainText('按现在的筛选没有要显示的问题。');
});

test('copy as Markdown confirms, or selects the report in a box when the clipboard is refused', async ({
  page,
  site,
  context,
}) => {
  test.skip(site.mode !== 'hosted', 'the clipboard permission is granted per origin');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openChecker(page, site);
  await checkPasted(page, JOB);
  await page.getByRole('button', {name: '复制为 Markdown'}).click();
  await expect(page.getByText(/^已复制到剪贴板：Markdown 报告（含全部严重程度），共 \d+ 行。$/)).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^## Flink 2\.3 迁移检查/);
  expect(copied).toContain('- **会出错** 第 6 行第 8 列：`env.setStateBackend(...)`');

  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
  });
  await page.getByRole('button', {name: '复制为 Markdown'}).click();
  const box = page.getByRole('textbox', {name: '要复制的文本'});
  await expect(box).toBeFocused();
  expect(await box.inputValue()).toBe(copied);
  expect(await box.evaluate((el: HTMLTextAreaElement) => el.selectionEnd - el.selectionStart)).toBe(copied.length);
});

test('bad input gets a clear message per file, and the page keeps working', async ({page, site}) => {
  await openChecker(page, site);
  // Nothing at all.
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(fileSection(page, '粘贴的内容')).toContainText('内容是空的：请粘贴代码或配置，或选择文件。');

  const minified = `${'x();'.repeat(50_000)}env.setStateBackend(new FsStateBackend("hdfs:///cp"));`;
  await page
    .getByLabel('选择文件，或把文件拖到这里')
    .setInputFiles([
      file('app.jar', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0])),
      file('job.rb', 'puts 1'),
      file('huge.java', 'a'.repeat(MAX_INPUT_BYTES + 1)),
      file('Min.java', minified),
      file('Open.java', 'env.setStateBackend(x); /* never closed FsStateBackend'),
      file('Quote.scala', 'val s = "never closed\nenv.setStateBackend(x)'),
      file('config.yaml', 'execution:\n\tcheckpointing: 1\n'),
      file('dup.yaml', 'a: &x 1\na: 2\nb: *x\n'),
    ]);
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(status(page)).toContainText('检查完成：8 个文件');
  await expect(status(page)).toContainText('3 个文件没能检查');
  await expect(fileSection(page, 'app.jar')).toContainText('这看起来是二进制文件');
  await expect(fileSection(page, 'job.rb')).toContainText('不认识这种文件（job.rb）');
  await expect(fileSection(page, 'huge.java')).toContainText('超过了 5 MB 的上限');
  const min = fileSection(page, 'Min.java');
  await expect(min).toContainText('第 1 行第 200004 列');
  expect((await min.locator('li code').first().innerText()).length).toBeLessThan(200);
  await expect(fileSection(page, 'Open.java').locator('article')).toHaveCount(1);
  await expect(fileSection(page, 'Quote.scala').locator('article')).toHaveCount(1);
  await expect(fileSection(page, 'config.yaml')).toContainText('第 2 行：用了制表符缩进');
  await expect(fileSection(page, 'dup.yaml')).toContainText('第 2 行：重复的键');

  // A file far over the limit is refused from its size, without being read.
  await page.getByRole('button', {name: '清空'}).click();
  await expect(page.getByRole('list', {name: '选中的文件'})).toHaveCount(0);
  // Made in the page and dropped: sending 16 MB through the test protocol would take longer than the check.
  const dump = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(16 * 1024 * 1024).fill(65)], 'dump.sql'));
    return transfer;
  });
  await page.locator('#migrate-files').dispatchEvent('drop', {dataTransfer: dump});
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(fileSection(page, 'dump.sql')).toContainText('文件有 16.0 MB，超过了 5 MB 的上限');
});

test('a 5 MB file is checked without a long task on the main thread', async ({page, site}) => {
  test.setTimeout(90_000);
  await page.addInitScript(() => {
    const tasks: {start: number; duration: number}[] = [];
    (window as unknown as {longTasks: typeof tasks}).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push({start: entry.startTime, duration: entry.duration});
    }).observe({type: 'longtask', buffered: true});
  });
  await openChecker(page, site);
  const block = 'env.setStateBackend(new FsStateBackend("hdfs:///cp"));\nint unrelated = compute(1, 2, 3);\n';
  const big = block.repeat(Math.floor((MAX_INPUT_BYTES - 1024) / block.length));
  await page.getByLabel('选择文件，或把文件拖到这里').setInputFiles([file('Big.java', big)]);
  const started = await page.evaluate(() => performance.now());
  await page.getByRole('button', {name: '检查', exact: true}).click();
  await expect(status(page)).toContainText('检查完成', {timeout: 60_000});
  await expect(fileSection(page, 'Big.java')).toContainText('只列出前 1000 处');
  const tasks = await page.evaluate(
    (from) =>
      (window as unknown as {longTasks: {start: number; duration: number}[]}).longTasks.filter((t) => t.start >= from),
    started,
  );
  const longest = Math.max(0, ...tasks.map((task) => task.duration));
  const listed = tasks.map((task) => `${Math.round(task.start - started)}+${Math.round(task.duration)}`).join(' ');
  expect(longest, `检查时主线程上的长任务（开始于点击后多少毫秒+时长）：${listed}`).toBeLessThanOrEqual(200);
});

test('without a worker the check runs on the page, and says so', async ({page, site}) => {
  await page.addInitScript(() => {
    window.Worker = class {
      constructor() {
        throw new DOMException('Workers are disabled', 'SecurityError');
      }
    } as unknown as typeof Worker;
  });
  await openChecker(page, site);
  await checkPasted(page, JOB);
  await expect(page.getByText('浏览器没能启动后台线程（Workers are disabled）')).toBeVisible();
  await expect(status(page)).toHaveText('检查完成：1 个文件，会出错 4 处，已弃用 2 处，提示 0 处。');
});

test('nothing pasted or picked leaves the page while a check runs', async ({page, site, baseURL}) => {
  const secret = 'hdfs://secret-cluster-7f3a/checkpoints';
  await openChecker(page, site);
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  await page
    .getByLabel('选择文件，或把文件拖到这里')
    .setInputFiles([file('flink-conf.yaml', `state.checkpoints.dir: ${secret}\n`)]);
  await checkPasted(page, JOB.replace('hdfs:///checkpoints', secret));
  await expect(page.getByRole('region', {name: '转换成的 config.yaml'})).toContainText(secret);
  const local = (url: string) =>
    site.mode === 'offline'
      ? /^(file:|blob:null\/)/.test(url)
      : url.startsWith(`${baseURL}`) || url.startsWith(`blob:${new URL(`${baseURL}`).origin}/`);
  expect(requests.map((r) => r.url()).filter((url) => !local(url))).toEqual([]);
  for (const request of requests) {
    expect(request.url()).not.toContain('secret-cluster');
    expect(request.postData() ?? '').not.toContain('secret-cluster');
  }
});

test('the checker’s code loads on the first check, and on no other page', async ({page, site}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  const engineChunks = () => scripts.filter((url) => /\/migrate-(worker|engine)\.[\w]+\.js$/.test(url));
  for (const path of ['/', '/docs/blogs/state-backends', '/docs/learning-sites/flink-2-changes', '/resources']) {
    await open(page, site, path);
    await page.waitForLoadState('networkidle');
  }
  expect(engineChunks()).toEqual([]);
  await openChecker(page, site);
  await page.waitForLoadState('networkidle');
  expect(engineChunks()).toEqual([]);
  await checkPasted(page, JOB);
  expect(engineChunks().map((url) => url.split('/').at(-1)!.split('.')[0])).toEqual(['migrate-worker']);
});

test('the whole flow works from the keyboard', async ({page, site}) => {
  await openChecker(page, site);
  // Listening early: Playwright starts intercepting the file dialog only once someone listens.
  const chooser = page.waitForEvent('filechooser');
  await page.getByLabel('粘贴代码或配置').focus();
  await page.keyboard.insertText(FLINK_CONF);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('粘贴内容的类型')).toBeFocused();
  await expect(page.getByLabel('粘贴内容的类型').locator('option').first()).toHaveText(
    '自动识别（看起来是 flink-conf.yaml（1.x 配置文件））',
  );
  await page.keyboard.press('Tab');
  await expect(page.locator('#migrate-files')).toBeFocused();
  await page.keyboard.press('Space');
  await (await chooser).setFiles([file('pom.xml', POM)]);
  await expect(page.getByRole('list', {name: '选中的文件'})).toContainText('pom.xml');
  await page.getByRole('button', {name: '移除 pom.xml'}).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('list', {name: '选中的文件'})).toHaveCount(0);
  await page.getByLabel('从哪个 Flink 版本升级').focus();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', {name: '检查', exact: true})).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toContainText('检查完成：1 个文件');
  const conversion = page.getByRole('region', {name: '转换成的 config.yaml'});
  await conversion.getByRole('link', {name: '下载 config.yaml'}).focus();
  await page.keyboard.press('Tab');
  await expect(conversion.locator('pre')).toBeFocused();
});

test('axe finds no serious violation with a report shown, light and dark; 360 px wide without overflow', async ({
  page,
  site,
}) => {
  test.skip(site.mode !== 'hosted', 'colours and layout are the same in both builds');
  await page.setViewportSize({width: 360, height: 800});
  await openChecker(page, site, '?from=1.17');
  await page
    .getByLabel('选择文件，或把文件拖到这里')
    .setInputFiles([file('flink-conf.yaml', FLINK_CONF), file('pom.xml', POM)]);
  await checkPasted(page, JOB);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({colorScheme});
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    expect(await seriousViolations(page), colorScheme).toEqual([]);
  }
});
