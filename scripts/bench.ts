/**
 * npm run bench [-- --rounds N] [--growth] [--out FILE]
 *
 * In one run: builds the hub and the stock Docusaurus classic TypeScript
 * template of the same version, serves both on 127.0.0.1, and prints, with
 * hub/template ratios: build wall time and peak memory, output size, the
 * JavaScript and CSS each page loads before any interaction (raw and gzip),
 * and Lighthouse mobile scores (medians of N rounds, hub and template
 * alternating). With --growth it also builds copies of the hub at 1×, 10×,
 * 50× and 100× today's content and reports build time, peak memory, the
 * search index, what the first query on the home page loads and how long
 * it takes in Chromium, and query latency at each size (bench/growthBench.ts). Results are also written as
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
import {pageWeight, type PageWeight} from './bench/pageWeight';
import {runMeasured, type Measured} from './bench/processTree';
import {serveStatic} from './bench/serveStatic';
import {copyNoteIntoTemplate, scaffoldStockTemplate} from './bench/stockTemplate';

const {values: args} = parseArgs({
  options: {
    rounds: {type: 'string', default: '3'},
    growth: {type: 'boolean', default: false},
    out: {type: 'string'},
  },
});

const HUB = path.join(__dirname, '..');

// The note measured, and a copy of it in the template (see copyNoteIntoTemplate).
const NOTE_FILE = 'docs/blogs/state-backends.mdx';
const NOTE_ROUTE = '/docs/blogs/state-backends';

// The same kinds of page in both sites; the template has no explorer or search page.
// The note is compared twice: with the template's own (short) doc page, and
// with the same note copied into the template.
function pagesToCompare(templateNote: string): {name: string; hub: string; template: string | null}[] {
  return [
    {name: '首页', hub: '/', template: '/'},
    {name: '笔记页（模板 intro）', hub: NOTE_ROUTE, template: '/docs/intro'},
    {name: '笔记页（同一篇）', hub: NOTE_ROUTE, template: templateNote},
    {name: '资源浏览', hub: '/resources', template: null},
    {name: '搜索页', hub: `/search?q=${encodeURIComponent('状态后端')}`, template: null},
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (hub: number, template: number | undefined) => (template ? `${(hub / template).toFixed(2)}×` : '—');

function duBytes(dir: string): number {
  return Number(execFileSync('du', ['-sb', dir], {encoding: 'utf8'}).split('\t')[0]);
}

/**
 * A cold build: no Rspack persistent cache. The sites share one node_modules
 * (and so one cache folder); letting them write it in turn corrupts it, and
 * a cold build is also the fair comparison.
 */
async function build(siteDir: string, outDir: string): Promise<Measured> {
  rmSync(path.join(siteDir, '.docusaurus'), {recursive: true, force: true});
  return runMeasured(path.join(siteDir, 'node_modules', '.bin', 'docusaurus'), ['build', '--out-dir', outDir], {
    cwd: siteDir,
    env: {DOCUSAURUS_NO_PERSISTENT_CACHE: 'true'},
  });
}

function row(cells: string[]): string {
  return cells.map((cell, i) => (i === 0 ? cell.padEnd(22) : cell.padStart(16))).join(' ');
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
    const hubBuild = await build(HUB, hubOut);
    const templateBuild = await build(templateDir, templateOut);
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

      const rounds = Number(args.rounds);
      const runs: Record<string, {hub: LighthouseScores[]; template: LighthouseScores[]}> = {};
      for (let round = 1; round <= rounds; round++) {
        console.log(`Lighthouse 第 ${round}/${rounds} 轮…`);
        for (const page of pages) {
          runs[page.name] ??= {hub: [], template: []};
          // Alternate which site goes first, so neither always meets a warmer machine.
          const order = round % 2 === 1 ? (['hub', 'template'] as const) : (['template', 'hub'] as const);
          for (const site of order) {
            if (site === 'template' && !page.template) continue;
            const url = site === 'hub' ? hubBase + page.hub : templateBase + page.template;
            runs[page.name][site].push(await runLighthouse(url, CHROMIUM_PATH));
          }
        }
      }
      const medians = Object.fromEntries(
        Object.entries(runs).map(([name, {hub, template}]) => {
          const pick = (list: LighthouseScores[]) =>
            list.length
              ? (Object.fromEntries(
                  Object.keys(list[0]).map((k) => [k, median(list.map((s) => s[k as keyof LighthouseScores]))]),
                ) as unknown as LighthouseScores)
              : undefined;
          return [name, {hub: pick(hub)!, template: pick(template)}];
        }),
      );
      results.lighthouse = {rounds, medians, runs};

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

      console.log(`\n== Lighthouse（移动端，${rounds} 轮中位数，本站 / 模板）==`);
      console.log(row(['页面', '性能', '无障碍', '最佳实践', 'SEO', 'LCP', 'TBT', 'CLS']));
      for (const [name, {hub, template}] of Object.entries(medians)) {
        const pair = (h: number, t: number | undefined, unit = '') =>
          t === undefined ? `${h}${unit}` : `${h}${unit} / ${t}${unit}`;
        console.log(
          row([
            name,
            pair(hub.performance, template?.performance),
            pair(hub.accessibility, template?.accessibility),
            pair(hub.bestPractices, template?.bestPractices),
            pair(hub.seo, template?.seo),
            pair(Math.round(hub.lcpMs), template && Math.round(template.lcpMs), 'ms'),
            pair(Math.round(hub.tbtMs), template && Math.round(template.tbtMs), 'ms'),
            pair(Number(hub.cls.toFixed(3)), template && Number(template.cls.toFixed(3))),
          ]),
        );
      }
    } finally {
      stopHub();
      stopTemplate();
    }

    if (args.growth) results.growth = await measureGrowth(HUB, work, build);
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
