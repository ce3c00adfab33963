import {cpSync, existsSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {test as base, expect, type Page} from '@playwright/test';

export type Mode = 'hosted' | 'offline';

export interface SiteOptions {
  mode: Mode;
}

export interface Site {
  mode: Mode;
  /** The address of a site path in this build: /docs/x#h → http://…/BASE/docs/x#h or file:///…/index.html#/docs/x#h */
  url(sitePath: string): string;
  /** The site path the page shows now (without the base URL), whichever router the build uses. */
  currentPath(page: Page): string;
}

const OFFLINE_BUILD = path.join(__dirname, '..', '..', 'build-offline');

interface TestOptions {
  /**
   * A site path the test opens knowing it does not exist (set with
   * test.use): the server's 404 answer for it is not a problem, and the
   * browser's console error about that answer is not counted.
   */
  missingPage: string | undefined;
}

export const test = base.extend<{site: Site} & TestOptions, SiteOptions & {offlineRoot: string}>({
  mode: ['hosted', {option: true, scope: 'worker'}],
  missingPage: [undefined, {option: true}],

  // The offline build, copied the way a reader might keep it: in a folder
  // whose path has spaces and Chinese characters.
  offlineRoot: [
    async ({mode}, use) => {
      if (mode !== 'offline') {
        await use('');
        return;
      }
      if (!existsSync(path.join(OFFLINE_BUILD, 'index.html'))) {
        throw new Error('build-offline/ 不存在：请先运行 npm run build:offline');
      }
      const parent = mkdtempSync(path.join(os.tmpdir(), 'flink 学习导航 '));
      const root = path.join(parent, '离线 副本');
      cpSync(OFFLINE_BUILD, root, {recursive: true});
      await use(root);
      rmSync(parent, {recursive: true, force: true});
    },
    {scope: 'worker'},
  ],

  site: async ({mode, offlineRoot, baseURL}, use) => {
    const home = mode === 'offline' ? pathToFileURL(path.join(offlineRoot, 'index.html')).href : `${baseURL}`;
    // The hosted build's base path: / for build/, /fork/ for build-base-url/.
    const base = mode === 'offline' ? '/' : new URL(home).pathname;
    await use({
      mode,
      url: (sitePath) => (mode === 'offline' ? `${home}#${sitePath}` : `${home}${sitePath.replace(/^\//, '')}`),
      currentPath: (page) => {
        const url = new URL(page.url());
        if (mode === 'offline') return decodeURIComponent(url.hash.slice(1));
        // Outside the base path the whole address is returned, so that no
        // expected site path can match it.
        if (!url.pathname.startsWith(base)) return url.href;
        return decodeURIComponent(url.pathname.slice(base.length - 1) + url.search + url.hash);
      },
    });
  },

  // Every test fails on an uncaught page error, a console error, or a
  // request to another host. A Blob URL the page made itself (the migration
  // checker's worker, a download) is in memory: blob:<origin>/…, and
  // blob:null/… for a page read from disk.
  page: async ({page, site, baseURL, missingPage}, use) => {
    const expected404 = missingPage === undefined ? undefined : site.url(missingPage);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (expected404 && message.location().url === expected404 && message.text().includes('status of 404')) return;
      problems.push(`console error: ${message.text()}`);
    });
    page.on('request', (request) => {
      const url = request.url();
      const local =
        site.mode === 'offline'
          ? url.startsWith('file:') || url.startsWith('blob:null/')
          : url.startsWith(`${baseURL}`) || url.startsWith(`blob:${new URL(`${baseURL}`).origin}/`);
      if (!local && !url.startsWith('data:')) problems.push(`request leaves the site: ${url}`);
    });
    await use(page);
    expect(problems).toEqual([]);
  },
});

export {expect};

/** Waits until React has hydrated, so clicks and key presses reach the app. */
export async function open(page: Page, site: Site, sitePath: string): Promise<void> {
  await page.goto(site.url(sitePath));
  await page.locator('nav.navbar').waitFor();
  await page.waitForFunction(() => document.documentElement.dataset.hasHydrated === 'true');
}

/** The hits listed under the navbar's search box (not the options of other lists, such as the version picker's). */
export const searchHits = (page: Page) => page.getByRole('listbox', {name: '搜索结果'}).getByRole('option');

/** True when the element's top is inside the viewport (below the fixed navbar). */
export async function isScrolledTo(page: Page, selector: string): Promise<boolean> {
  return page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const top = el.getBoundingClientRect().top;
      return top >= 0 && top < window.innerHeight / 2;
    });
}

/**
 * Clicks the page's button named `name` `times` times as fast as a reader
 * can click: each click in a task of its own, with no wait in between. Each
 * click looks the button up again, as a restarted lab would have replaced it.
 */
export async function clickQuickly(page: Page, name: string, times: number): Promise<void> {
  await page.evaluate(
    async ([label, count]) => {
      for (let i = 0; i < count; i++) {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>('main button')];
        const button = buttons.find((candidate) => candidate.textContent?.trim() === label);
        if (!button) throw new Error(`no button named ${label} in <main>`);
        button.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    [name, times] as const,
  );
}

/**
 * Types `text` into the focused field one character per task, faster than
 * any typist: every character is an input event of its own, as React sees
 * a key press. Returns when the last event has been handled.
 */
export async function typeQuickly(page: Page, text: string): Promise<void> {
  await page.evaluate(async (value) => {
    for (let i = 1; i <= value.length; i++) {
      const field = document.activeElement;
      if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) {
        throw new Error(`focus left the field after ${i - 1} characters`);
      }
      // React tracks the value it last rendered; the native setter makes the input event count as a change.
      const prototype = field instanceof HTMLInputElement ? HTMLInputElement.prototype : HTMLTextAreaElement.prototype;
      Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(field, value.slice(0, i));
      field.dispatchEvent(new Event('input', {bubbles: true}));
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }, text);
}

/**
 * Clicks the first `count` elements in <main> that match `selector`, one
 * after another as fast as a reader can: each click in a task of its own,
 * with no wait in between.
 */
export async function clickEachQuickly(page: Page, selector: string, count: number): Promise<void> {
  await page.evaluate(
    async ([css, n]) => {
      const targets = [...document.querySelectorAll<HTMLElement>(`main ${css}`)].slice(0, n);
      if (targets.length < n) throw new Error(`only ${targets.length} elements match main ${css}`);
      for (const target of targets) {
        target.click();
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    },
    [selector, count] as const,
  );
}
