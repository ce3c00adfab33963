/**
 * npm run bench [-- --rounds N] [--growth] [--out FILE]
 *
 * In one run: builds the hub and the stock Docusaurus classic TypeScript
 * template of the same version, serves both on 127.0.0.1, and prints, with
 * hub/template ratios: build wall time and peak memory, output size, the
 * JavaScript and CSS each page loads before any interaction (raw and gzip),
 * Lighthouse mobile scores, and the LCP and hydration time Chromium itself
 * observes under real CPU and network throttling (medians of N rounds, hub
 * and template alternating; first a table of the pages issue #13 sets goals
 * for). With --growth it also builds copies of the hub at 1×, 10×, 50× and
 * 100× today's content and reports build time, peak memory, the search
 * index, what the first query on the home page loads and how long it takes
 * in Chromium, and query latency at each size (bench/growthBench.ts).
 * Results are also written as
 * JSON (bench-results/) to compare over time. Figures only; nothing is
 * asserted here (the byte budgets are tests, see tests/e2e/budgets.spec.ts).
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../config/chromium.mjs';
import {measureGrowth} from './bench/growthBench';
import {runLighthouse, type LighthouseScores} from './bench/lighthouseRun';
import {observeLoad, type ObservedLoad} from './bench/observedLoad';
import {pageWeight, type PageWeight} from './bench/pageWeight';
import {coldBuild, kb, medianOf, ms, ratio, row, seconds} from './bench/table';
import {serveStatic} from './bench/serveStatic';
import {copyNoteIntoTemplate, scaffoldStockTemplate} from './bench/stockTemplate';

const {values: args} = parseArgs({
  options: {
    rounds: {type: 'string', default: '5'},
    growth: {type: 'boolean', default: false},
    out: {type: 'string'},
  },
});

const HUB = path.join(__dirname, '..');

// The pages issue #13 sets goals for: the longest note, a company case, and
// the resource explorer, each with the template page of its kind. The note
// is compared twice: with the template's own (short) doc page, and with the
// same note copied into the template (see copyNoteIntoTemplate).
const NOTE_FILE = 'docs/blogs/canal-to-hive.mdx';
const NOTE_ROUTE = '/docs/blogs/canal-to-hive';
const CASE_ROUTE = '/docs/practice/youzan';

interface Comparison {
  name: string;
  hub: string;
  template: string | null;
  /** One of the pages with goals: Lighthouse ≥ 90, LCP ≤ 2.5 s, TBT no higher than the template's doc page. */
  goal: boolean;
}

function pagesToCompare(templateNote: string): Comparison[] {
  return [
    {name: '首页', hub: '/', template: '/', goal: true},
    {name: '最长笔记（模板 intro）', hub: NOTE_ROUTE, template: '/docs/intro', goal: true},
    {name: '最长笔记（同一篇）', hub: NOTE_ROUTE, template: templateNote, goal: false},
    {name: '公司案例（模板 intro）', hub: CASE_ROUTE, template: '/docs/intro', goal: true},
    {name: '资源浏览（模板首页）', hub: '/resources', template: '/', goal: true},
    {name: '搜索页', hub: `/search?q=${encodeURIComponent('状态后端')}`, template: null, goal: false},
  ];
}

const pair = (hub: string | number, template: string | number | undefined) =>
  template === undefined ? String(hub) : `${hub} / ${template}`;

/** Every address the comparisons use, once, as [hub, template] pairs for alternating. */
function uniqueAddresses(pages: Comparison[], hubBase: string, templateBase: string): string[][] {
  const seen = new Set<string>();
  return pages
    .map((page) => {
      const urls = [hubBase + page.hub, ...(page.template === null ? [] : [templateBase + page.template])];
      const fresh = urls.filter((url) => !seen.has(url));
      fresh.forEach((url) => seen.add(url));
      return fresh;
    })
    .filter((pair) => pair.length > 0);
}

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], {encoding: 'utf8'}).split('\t')[0]);
}

async function main(): Promise<void> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-'));
  const results: Record<string, unknown> = {
    date: new Date().toISOString(),
    machine: {cpus: os.cpus().length, memoryGB: Math.round(os.totalmem() / 2 ** 30)},
  };
  try {
    console.log('构建 Flink 学习导航与官方模板（同一台机器、同一次运行）…');
    const templateDir = scaffoldStockTemplate(work, HUB);
    const pages = pagesToCompare(copyNoteIntoTemplate(templateDir, HUB, NOTE_FILE));
    const hubOut = path.join(work, 'hub-build');
    const templateOut = path.join(work, 'template-build');
    // The hosted build takes the offline zip from dist/ (plugins/offline-download).
    execFileSync('npm', ['run', 'build:offline'], {cwd: HUB, stdio: 'inherit'});
    const hubBuild = await coldBuild(HUB, hubOut);
    const templateBuild = await coldBuild(templateDir, templateOut);
    const sizes = {hub: duBytes(hubOut), template: duBytes(templateOut)};
    results.build = {hub: hubBuild, template: templateBuild, outputBytes: sizes};

    const stopHub = await serveStatic(HUB, hubOut, 4301);
    const stopTemplate = await serveStatic(templateDir, templateOut, 4302);
    try {
      const hubBase = 'http://127.0.0.1:4301';
      const templateBase = 'http://127.0.0.1:4302';

      const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
      const weights: Record<string, {hub: PageWeight; template?: PageWeight}> = {};
      for (const page of pages) {
        const context = await browser.newContext();
        const tab = await context.newPage();
        const hub = await pageWeight(tab, hubBase + page.hub);
        const template = page.template ? await pageWeight(tab, templateBase + page.template) : undefined;
        weights[page.name] = {hub, template};
        await context.close();
      }
      await browser.close();
      results.pageWeight = weights;

      // Each address is measured once a round, however many comparisons use it.
      const rounds = Number(args.rounds);
      const addresses = uniqueAddresses(pages, hubBase, templateBase);
      const runs: Record<string, {lighthouse: LighthouseScores[]; observed: ObservedLoad[]}> = {};
      const throttled = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
      for (let round = 1; round <= rounds; round++) {
        console.log(`Lighthouse 与限速实测 第 ${round}/${rounds} 轮…`);
        // Alternate which site goes first, so neither always meets a warmer machine.
        for (const pair of addresses) {
          for (const url of round % 2 === 1 ? pair : [...pair].reverse()) {
            runs[url] ??= {lighthouse: [], observed: []};
            runs[url].lighthouse.push(await runLighthouse(url, CHROMIUM_PATH));
            runs[url].observed.push(await observeLoad(throttled, url));
          }
        }
      }
      await throttled.close();
      const medians = Object.fromEntries(
        Object.entries(runs).map(([url, run]) => [
          url,
          {lighthouse: medianOf(run.lighthouse), observed: medianOf(run.observed)},
        ]),
      );
      results.lighthouse = {rounds, medians, runs};
      const of = (base: string, route: string | null) => (route === null ? undefined : medians[base + route]);

      console.log('\n== 构建与产物（比值 = 本站 / 官方模板）==');
      console.log(row(['', '本站', '官方模板', '比值']));
      console.log(
        row([
          '构建耗时',
          `${(hubBuild.ms / 1000).toFixed(1)} s`,
          `${(templateBuild.ms / 1000).toFixed(1)} s`,
          ratio(hubBuild.ms, templateBuild.ms),
        ]),
      );
      console.log(
        row([
          '构建峰值内存',
          `${hubBuild.peakMB.toFixed(0)} MB`,
          `${templateBuild.peakMB.toFixed(0)} MB`,
          ratio(hubBuild.peakMB, templateBuild.peakMB),
        ]),
      );
      console.log(row(['产物大小', kb(sizes.hub), kb(sizes.template), ratio(sizes.hub, sizes.template)]));

      console.log('\n== 交互前加载的 JS / CSS ==');
      console.log(
        row(['页面', '本站 JS', '模板 JS', '比值', '本站 JS gz', '模板 JS gz', '比值', '本站 CSS gz', '字体']),
      );
      for (const [name, {hub, template}] of Object.entries(weights)) {
        console.log(
          row([
            name,
            kb(hub.jsRaw),
            template ? kb(template.jsRaw) : '—',
            ratio(hub.jsRaw, template?.jsRaw),
            kb(hub.jsGzip),
            template ? kb(template.jsGzip) : '—',
            ratio(hub.jsGzip, template?.jsGzip),
            kb(hub.cssGzip),
            String(hub.fonts),
          ]),
        );
      }

      console.log(`\n== 目标页（#13）：${rounds} 轮中位数，本站 / 模板 ==`);
      console.log('目标：性能 ≥ 90，LCP ≤ 2.5 s，TBT 不高于同一次运行中模板的 intro 页；');
      console.log('实测 LCP 与水合完成：Chromium 中 CPU 4× 降速、慢速 4G 限速，页面自己报告的时间。');
      console.log(row(['页面', '性能', 'LCP', 'TBT', 'JS', '实测 LCP', '实测水合完成']));
      for (const page of pages.filter((p) => p.goal)) {
        const hub = of(hubBase, page.hub)!;
        const template = of(templateBase, page.template);
        const weight = weights[page.name];
        console.log(
          row([
            page.name,
            pair(hub.lighthouse.performance, template?.lighthouse.performance),
            pair(seconds(hub.lighthouse.lcpMs), template && seconds(template.lighthouse.lcpMs)),
            pair(ms(hub.lighthouse.tbtMs), template && ms(template.lighthouse.tbtMs)),
            pair(kb(weight.hub.jsRaw), weight.template && kb(weight.template.jsRaw)),
            pair(seconds(hub.observed.lcpMs), template && seconds(template.observed.lcpMs)),
            pair(seconds(hub.observed.hydratedMs), template && seconds(template.observed.hydratedMs)),
          ]),
        );
      }

      console.log(`\n== Lighthouse（移动端，${rounds} 轮中位数，本站 / 模板）==`);
      console.log(row(['页面', '性能', '无障碍', '最佳实践', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS']));
      for (const page of pages) {
        const hub = of(hubBase, page.hub)!.lighthouse;
        const template = of(templateBase, page.template)?.lighthouse;
        console.log(
          row([
            page.name,
            pair(hub.performance, template?.performance),
            pair(hub.accessibility, template?.accessibility),
            pair(hub.bestPractices, template?.bestPractices),
            pair(hub.seo, template?.seo),
            pair(seconds(hub.fcpMs), template && seconds(template.fcpMs)),
            pair(seconds(hub.lcpMs), template && seconds(template.lcpMs)),
            pair(ms(hub.tbtMs), template && ms(template.tbtMs)),
            pair(hub.cls.toFixed(3), template?.cls.toFixed(3)),
          ]),
        );
      }

      console.log(`\n== 限速实测（Chromium，CPU 4×、慢速 4G，${rounds} 轮中位数，本站 / 模板）==`);
      console.log(row(['页面', 'FCP', 'LCP', 'LCP 元素', '水合完成']));
      for (const page of pages) {
        const hub = of(hubBase, page.hub)!.observed;
        const template = of(templateBase, page.template)?.observed;
        console.log(
          row([
            page.name,
            pair(seconds(hub.fcpMs), template && seconds(template.fcpMs)),
            pair(seconds(hub.lcpMs), template && seconds(template.lcpMs)),
            pair(hub.lcpElement, template?.lcpElement),
            pair(seconds(hub.hydratedMs), template && seconds(template.hydratedMs)),
          ]),
        );
      }
    } finally {
      stopHub();
      stopTemplate();
    }

    if (args.growth) results.growth = await measureGrowth(HUB, work, coldBuild);
  } finally {
    rmSync(work, {recursive: true, force: true});
  }
  const out =
    args.out ??
    path.join(HUB, 'bench-results', `bench-${new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`);
  mkdirSync(path.dirname(out), {recursive: true});
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\n结果已写入 ${path.relative(process.cwd(), out)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
