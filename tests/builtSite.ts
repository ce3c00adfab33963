import {existsSync, readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {load} from 'cheerio';

export const BUILD_DIR = path.join(__dirname, '..', 'build');

export function assertBuilt(dir = BUILD_DIR): void {
  if (!existsSync(path.join(dir, 'index.html'))) {
    throw new Error(`${dir} 下没有构建产物：请先运行 npm run build`);
  }
}

export function listFiles(dir: string, ext: RegExp): string[] {
  return readdirSync(dir, {withFileTypes: true}).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, ext);
    return ext.test(entry.name) ? [full] : [];
  });
}

/** The href values of the anchors in a page (the build minifies HTML, so parse it). */
export function anchorHrefs(html: string): string[] {
  const $ = load(html);
  return $('a[href]')
    .map((_, el) => $(el).attr('href'))
    .get();
}

/**
 * Addresses on other hosts that a page would load by itself: pictures,
 * scripts, frames, style sheets, preloads and icons. Links a reader clicks
 * (<a href>) are not loads and are not listed.
 */
export function remoteLoads(html: string): string[] {
  const $ = load(html);
  const urls = [
    ...$('img[src], script[src], iframe[src], source[src], video[src], audio[src]')
      .map((_, el) => $(el).attr('src'))
      .get(),
    ...$('link[href]')
      .filter((_, el) => /stylesheet|preload|modulepreload|icon|preconnect|dns-prefetch/.test($(el).attr('rel') ?? ''))
      .map((_, el) => $(el).attr('href'))
      .get(),
  ];
  return urls.filter((url) => /^(https?:)?\/\//.test(url));
}

/**
 * Every address on the site a built page refers to (links, scripts, styles,
 * pictures, icons) that would answer 404 when the build is served at `base`,
 * or that leaves the base path altogether: as `file: address`.
 */
export function deadSiteReferences(dir: string, base: string): string[] {
  return listFiles(dir, /\.html$/).flatMap((file) => {
    const $ = load(readFileSync(file, 'utf8'));
    const refs = [
      ...$('a[href], link[href]')
        .map((_, el) => $(el).attr('href'))
        .get(),
      ...$('script[src], img[src], source[src]')
        .map((_, el) => $(el).attr('src'))
        .get(),
    ].filter((ref) => ref.startsWith('/') && !ref.startsWith('//'));
    const where = path.relative(dir, file);
    return [...new Set(refs)].flatMap((ref) => {
      if (!ref.startsWith(base)) return [`${where}: ${ref}（不在 ${base} 之下）`];
      const sitePath = decodeURIComponent(ref.slice(base.length).split(/[?#]/)[0]).replace(/\/$/, '');
      const candidates = sitePath ? [sitePath, `${sitePath}.html`, `${sitePath}/index.html`] : ['index.html'];
      return candidates.some((candidate) => existsSync(path.join(dir, candidate))) ? [] : [`${where}: ${ref}`];
    });
  });
}

/** The HTML of the page served at a route, e.g. /docs/blogs. */
export function pageHtml(route: string, dir = BUILD_DIR): string {
  const file = route === '/' ? 'index.html' : `${route.replace(/^\//, '')}.html`;
  return readFileSync(path.join(dir, file), 'utf8');
}
