/**
 * npm run bench:labs [-- --rounds N]
 *
 * What the labs (#18) cost the notes that embed them, in one run: builds a
 * copy of the hub as it is and a copy with the lab embeds taken out of those
 * notes (the "before"), serves both on 127.0.0.1 and prints, per note, with
 * after/before ratios:
 * - the JavaScript and CSS the page loads before any interaction;
 * - the JavaScript it loads once the reader scrolls through the page (the
 *   labs' islands load their code there; the self-check island does too, in
 *   both builds);
 * - Lighthouse mobile medians of N rounds, the two builds alternating.
 * Figures only; the byte budgets are tests (tests/e2e/budgets.spec.ts).
 */
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {gzipSync} from 'node:zlib';
import {chromium, type Page} from '@playwright/test';
import {CHROMIUM_ARGS, CHROMIUM_PATH} from '../config/chromium.mjs';
import {labs} from '../src/labs/catalog';
import {copyHub} from './bench/growth';
import {runLighthouse, type LighthouseScores} from './bench/lighthouseRun';
import {pageWeight, type PageWeight} from './bench/pageWeight';
import {serveStatic} from './bench/serveStatic';
import {coldBuild, kb, medianOf, ms, ratio, row, seconds} from './bench/table';

const {values: args} = parseArgs({options: {rounds: {type: 'string', default: '3'}}});
const HUB = path.join(__dirname, '..');
const PORTS = {before: 4305, after: 4306} as const;
type Build = keyof typeof PORTS;

/** The notes that embed a lab, each once (a note may embed more than one). */
const notes = [...new Set(labs.map((lab) => lab.note))];

// Note routes are longer than the page names of npm run bench.
const labRow = (cells: string[]) => row(cells, 40, 16);

const noteFile = (siteDir: string, route: string) => path.join(siteDir, `${route.replace(/^\//, '')}.mdx`);

/**
 * Takes the embeds out of a note: the `import X from '@site/src/labs/<id>/Embed'`
 * lines and every `<X ... />` line. Fails when a note has none, so a renamed
 * embed cannot turn "before" into a copy of "after".
 */
function withoutLabs(source: string, file: string): string {
  const names = [...source.matchAll(/^import (\w+) from '@site\/src\/labs\/[\w-]+\/Embed';\n/gm)].map((m) => m[1]);
  if (names.length === 0) throw new Error(`${file}：没有找到实验的 import，bench:labs 需要跟着改`);
  let text = source.replace(/^import \w+ from '@site\/src\/labs\/[\w-]+\/Embed';\n/gm, '');
  for (const name of names) {
    const element = new RegExp(`^<${name}\\b[^>]*/>\\n`, 'gm');
    if (!element.test(text)) throw new Error(`${file}：没有找到 <${name} … />，bench:labs 需要跟着改`);
    text = text.replace(element, '');
  }
  return text;
}

/** Bytes of JavaScript loaded after hydration while the reader scrolls to the end of the page. */
async function scrollWeight(page: Page, url: string): Promise<{raw: number; gzip: number}> {
  await page.goto(url, {waitUntil: 'load'});
  await page.waitForFunction("document.documentElement.dataset.hasHydrated === 'true'");
  await page.waitForLoadState('networkidle');
  const bodies: Promise<Buffer>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  // A screen at a time, as a reader would, so each island sees itself come near.
  const height = await page.evaluate('document.documentElement.scrollHeight');
  for (let y = 0; y <= Number(height); y += 600) {
    await page.evaluate(`window.scrollTo(0, ${y})`);
    await page.waitForTimeout(50);
  }
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  const loaded = await Promise.all(bodies);
  return {
    raw: loaded.reduce((n, body) => n + body.length, 0),
    gzip: loaded.reduce((n, body) => n + gzipSync(body, {level: 6}).length, 0),
  };
}

async function main(): Promise<void> {
  if (!existsSync(path.join(HUB, 'dist'))) {
    throw new Error('没有 dist/ 里的离线包：托管版的构建要用它。先运行 npm run build:offline');
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'hub-bench-labs-'));
  const stops: (() => void)[] = [];
  try {
    const dirs = {before: path.join(work, 'before'), after: path.join(work, 'after')};
    for (const build of ['after', 'before'] as const) {
      copyHub(HUB, dirs[build]);
      if (build === 'before') {
        for (const route of notes) {
          const file = noteFile(dirs.before, route);
          writeFileSync(file, withoutLabs(readFileSync(file, 'utf8'), path.relative(dirs.before, file)));
        }
      }
      console.log(`构建 ${build === 'after' ? '现在的站点' : '去掉实验的站点'}…`);
      const measured = await coldBuild(dirs[build], path.join(dirs[build], 'build'));
      console.log(`  ${seconds(measured.ms)}`);
      stops.push(await serveStatic(dirs[build], path.join(dirs[build], 'build'), PORTS[build]));
    }
    const url = (build: Build, route: string) => `http://127.0.0.1:${PORTS[build]}${route}`;

    const browser = await chromium.launch({executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS});
    const weights: Record<string, Record<Build, PageWeight & {scrollRaw: number; scrollGzip: number}>> = {};
    for (const route of notes) {
      weights[route] = {} as (typeof weights)[string];
      for (const build of ['before', 'after'] as const) {
        const context = await browser.newContext({viewport: {width: 412, height: 823}});
        const first = await pageWeight(await context.newPage(), url(build, route));
        const scrolled = await scrollWeight(await context.newPage(), url(build, route));
        weights[route][build] = {...first, scrollRaw: scrolled.raw, scrollGzip: scrolled.gzip};
        await context.close();
      }
    }
    await browser.close();

    const rounds = Number(args.rounds);
    const runs: Record<string, LighthouseScores[]> = {};
    for (let round = 1; round <= rounds; round++) {
      console.log(`Lighthouse 第 ${round}/${rounds} 轮…`);
      for (const route of notes) {
        // Alternate which build goes first, so neither always meets a warmer machine.
        const order: Build[] = round % 2 === 1 ? ['before', 'after'] : ['after', 'before'];
        for (const build of order)
          (runs[url(build, route)] ??= []).push(await runLighthouse(url(build, route), CHROMIUM_PATH));
      }
    }
    const lighthouse = (build: Build, route: string) => medianOf(runs[url(build, route)]);

    console.log('\n== 交互前加载的 JS 与 CSS（前 = 去掉实验，后 = 现在；比值 = 后 / 前）==');
    console.log(labRow(['笔记', 'JS 前', 'JS 后', '比值', 'JS gz 前', 'JS gz 后', '比值', 'CSS gz 前 / 后']));
    for (const route of notes) {
      const {before, after} = weights[route];
      console.log(
        labRow([
          route.replace('/docs/', ''),
          kb(before.jsRaw),
          kb(after.jsRaw),
          ratio(after.jsRaw, before.jsRaw),
          kb(before.jsGzip),
          kb(after.jsGzip),
          ratio(after.jsGzip, before.jsGzip),
          `${kb(before.cssGzip)} / ${kb(after.cssGzip)}`,
        ]),
      );
    }
    console.log('\n== 读者滚动到页尾时再加载的 JS（实验岛与自测岛）==');
    console.log(labRow(['笔记', '前', '后', '差', '前 gz', '后 gz', '差 gz']));
    for (const route of notes) {
      const {before, after} = weights[route];
      console.log(
        labRow([
          route.replace('/docs/', ''),
          kb(before.scrollRaw),
          kb(after.scrollRaw),
          kb(after.scrollRaw - before.scrollRaw),
          kb(before.scrollGzip),
          kb(after.scrollGzip),
          kb(after.scrollGzip - before.scrollGzip),
        ]),
      );
    }
    console.log(`\n== Lighthouse 移动端（${rounds} 轮中位数，前 / 后）==`);
    console.log(labRow(['笔记', '性能', 'FCP', 'LCP', 'TBT', 'CLS']));
    for (const route of notes) {
      const before = lighthouse('before', route);
      const after = lighthouse('after', route);
      console.log(
        labRow([
          route.replace('/docs/', ''),
          `${before.performance} / ${after.performance}`,
          `${seconds(before.fcpMs)} / ${seconds(after.fcpMs)}`,
          `${seconds(before.lcpMs)} / ${seconds(after.lcpMs)}`,
          `${ms(before.tbtMs)} / ${ms(after.tbtMs)}`,
          `${before.cls.toFixed(3)} / ${after.cls.toFixed(3)}`,
        ]),
      );
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
