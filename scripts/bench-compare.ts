/**
 * npm run bench:compare -- --base <git ref> [--rounds N] [--routes /a,/b]
 *
 * What a change does to page-load speed, against a baseline from the same
 * run: builds the commit `base` (from git, into a temporary folder) and the
 * working tree as it is, both cold, serves them on 127.0.0.1 and measures
 * each route N rounds, the two builds alternating:
 * - Lighthouse mobile (simulated throttling): performance, FCP, LCP, TBT;
 * - a load in Chromium under real throttling (4× slower CPU, slow 4G): LCP,
 *   when hydration finished, and the blocking time and longest task that
 *   Chromium observed (see bench/observedLoad.ts).
 * It prints medians, and head/base ratios. Figures only: no pass or fail.
 */
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {chromium} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../config/chromium.mjs';
import {copyHub} from './bench/growth';
import {runLighthouse, type LighthouseScores} from './bench/lighthouseRun';
import {observeLoad, type ObservedLoad} from './bench/observedLoad';
import {serveStatic} from './bench/serveStatic';
import {coldBuild, median, ms, ratio, row, seconds} from './bench/table';

const DEFAULT_ROUTES = [
  '/',
  '/docs/blogs/event-time-watermarks',
  '/docs/blogs/sql-changelog',
  '/docs/source-analysis/checkpoint-principles',
  '/docs/practice/kubernetes-operator',
];

const {values: args} = parseArgs({
  options: {
    base: {type: 'string'},
    rounds: {type: 'string', default: '3'},
    routes: {type: 'string', default: DEFAULT_ROUTES.join(',')},
  },
});
const HUB = path.join(__dirname, '..');
const PORTS = {base: 4307, head: 4308} as const;
type Build = keyof typeof PORTS;

interface Run {
  lighthouse: LighthouseScores;
  observed: ObservedLoad;
}

/** The commit's files, as git has them, with the working tree's node_modules. */
function checkout(ref: string, dir: string): string {
  const commit = execFileSync('git', ['rev-parse', '--short', `${ref}^{commit}`], {cwd: HUB, encoding: 'utf8'}).trim();
  mkdirSync(dir, {recursive: true});
  execFileSync('sh', ['-c', `git archive ${commit} | tar -x -C "${dir}"`], {cwd: HUB});
  symlinkSync(path.join(HUB, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  // The hosted build copies in the offline zip (plugins/offline-download); either build's will do.
  symlinkSync(path.join(HUB, 'dist'), path.join(dir, 'dist'), 'dir');
  return commit;
}

async function main(): Promise<void> {
  if (!args.base) throw new Error('要给出比较的基线：npm run bench:compare -- --base <提交或分支>，例如 --base HEAD~1');
  const routes = args.routes.split(',').map((route) => route.trim());
  const rounds = Number(args.rounds);
  const work = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-compare-'));
  const stops: (() => void)[] = [];
  try {
    const dirs = {base: path.join(work, 'base'), head: path.join(work, 'head')};
    const commit = checkout(args.base, dirs.base);
    copyHub(HUB, dirs.head);
    for (const build of ['base', 'head'] as const) {
      console.log(`构建 ${build === 'base' ? `基线 ${commit}` : '工作区'}…`);
      const measured = await coldBuild(dirs[build], path.join(dirs[build], 'build'));
      console.log(`  ${seconds(measured.ms)}`);
      stops.push(await serveStatic(dirs[build], path.join(dirs[build], 'build'), PORTS[build]));
    }
    const url = (build: Build, route: string) => `http://127.0.0.1:${PORTS[build]}${route}`;

    const runs: Record<string, Run[]> = {};
    const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
    for (let round = 1; round <= rounds; round++) {
      console.log(`第 ${round}/${rounds} 轮…`);
      for (const route of routes) {
        // Alternate which build goes first, so neither always meets a warmer machine.
        for (const build of round % 2 === 1 ? (['base', 'head'] as const) : (['head', 'base'] as const)) {
          const address = url(build, route);
          (runs[address] ??= []).push({
            lighthouse: await runLighthouse(address, CHROMIUM_PATH),
            observed: await observeLoad(browser, address),
          });
        }
      }
    }
    await browser.close();

    const of = (build: Build, route: string, pick: (run: Run) => number) => median(runs[url(build, route)].map(pick));
    const metrics: [string, (run: Run) => number, (value: number) => string][] = [
      ['Lighthouse 性能', (run) => run.lighthouse.performance, String],
      ['Lighthouse FCP', (run) => run.lighthouse.fcpMs, seconds],
      ['Lighthouse LCP', (run) => run.lighthouse.lcpMs, seconds],
      ['Lighthouse TBT', (run) => run.lighthouse.tbtMs, ms],
      ['实测 LCP', (run) => run.observed.lcpMs, seconds],
      ['实测水合完成', (run) => run.observed.hydratedMs, seconds],
      ['实测 TBT', (run) => run.observed.tbtMs, ms],
      ['实测最长任务', (run) => run.observed.longestTaskMs, ms],
    ];
    console.log(`\n== 基线 ${commit} 与工作区：${rounds} 轮中位数（比值 = 工作区 / 基线）==`);
    console.log('实测：Chromium 中 CPU 4× 降速、慢速 4G 限速，页面自己报告的时间与长任务。');
    for (const route of routes) {
      console.log(`\n${route}`);
      console.log(row(['', '基线', '工作区', '比值'], 18, 12));
      for (const [name, pick, format] of metrics) {
        const base = of('base', route, pick);
        const head = of('head', route, pick);
        console.log(row([name, format(base), format(head), ratio(head, base)], 18, 12));
      }
    }
  } finally {
    for (const stop of stops) stop();
    rmSync(work, {recursive: true, force: true});
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
