import {execFile, spawnSync} from 'node:child_process';
import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {promisify} from 'node:util';
import * as prettier from 'prettier';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {checkAll, DEFAULT_ALL_OPTIONS, networkUnreachable} from '../../scripts/linkcheck/checkAll';
import {checkUrl, classify, DEFAULT_OPTIONS} from '../../scripts/linkcheck/checkUrl';
import {applyLinkUpdates} from '../../scripts/linkcheck/updateCatalog';
import {noteSourceTargets} from '../../scripts/linkcheck/targets';
import {findArchivedCopy} from '../../scripts/linkcheck/wayback';
import {readDocs} from '../docsFiles';

const execFileAsync = promisify(execFile);

// A local server on 127.0.0.1 that answers as the web does.
const hits = new Map<string, number>();
let inFlight = 0;
let maxInFlight = 0;

function route(req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url!, 'http://x');
  const key = `${req.method} ${url.pathname}`;
  hits.set(key, (hits.get(key) ?? 0) + 1);
  switch (url.pathname) {
    case '/ok':
      res.writeHead(200).end('ok');
      return;
    case '/moved':
      res.writeHead(301, {location: '/ok'}).end();
      return;
    case '/gone-404':
      res.writeHead(404).end();
      return;
    case '/gone-410':
      res.writeHead(410).end();
      return;
    case '/busy':
      res.writeHead(429, {'retry-after': '0'}).end();
      return;
    case '/busy-once':
      res.writeHead(hits.get(key) === 1 ? 429 : 200).end();
      return;
    case '/error':
      res.writeHead(500).end();
      return;
    case '/hang':
      return; // never answers
    case '/reset':
      req.socket.destroy();
      return;
    case '/no-head':
      res.writeHead(req.method === 'HEAD' ? 405 : 200).end();
      return;
    case '/slow':
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        res.writeHead(200).end();
      }, 50);
      return;
    case '/wayback/available':
      res.writeHead(200, {'content-type': 'application/json'}).end(
        JSON.stringify({
          archived_snapshots: {closest: {available: true, status: '200', timestamp: '20200601123456', url: 'x'}},
        }),
      );
      return;
    default:
      res.writeHead(404).end();
  }
}

let server: Server;
let base = '';
const fast = {...DEFAULT_OPTIONS, timeoutMs: 300, retries: 1, backoffMs: 10};

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

describe('checkUrl against a local server', () => {
  it('200 is ok', async () => {
    expect(await checkUrl(`${base}/ok`, fast)).toMatchObject({kind: 'response', status: 'ok', httpStatus: 200});
  });

  it('301 is followed and reported', async () => {
    expect(await checkUrl(`${base}/moved`, fast)).toMatchObject({
      status: 'redirected',
      httpStatus: 200,
      redirects: [`${base}/ok`],
    });
  });

  it.each(['/gone-404', '/gone-410'])('%s is dead', async (p) => {
    expect(await checkUrl(`${base}${p}`, fast)).toMatchObject({status: 'dead'});
  });

  it('429 is retried, then reported as cannot tell, never dead', async () => {
    const count = () => (hits.get('HEAD /busy') ?? 0) + (hits.get('GET /busy') ?? 0);
    const before = count();
    expect(await checkUrl(`${base}/busy`, fast)).toMatchObject({status: 'cannot-tell', httpStatus: 429});
    expect(count() - before).toBe(2);
  });

  it('a 429 that clears on retry ends ok', async () => {
    expect(await checkUrl(`${base}/busy-once`, fast)).toMatchObject({status: 'ok'});
  });

  it('500 is cannot tell after retries', async () => {
    expect(await checkUrl(`${base}/error`, fast)).toMatchObject({status: 'cannot-tell', httpStatus: 500});
  });

  it('a hang times out as a network error', async () => {
    expect(await checkUrl(`${base}/hang`, fast)).toMatchObject({
      kind: 'network-error',
      status: 'cannot-tell',
      error: 'TIMEOUT',
    });
  });

  it('a reset connection is a network error, not a dead link', async () => {
    expect(await checkUrl(`${base}/reset`, fast)).toMatchObject({kind: 'network-error', status: 'cannot-tell'});
  });

  it('falls back to GET when HEAD is refused', async () => {
    expect(await checkUrl(`${base}/no-head`, fast)).toMatchObject({status: 'ok'});
    expect(hits.get('GET /no-head')).toBe(1);
  });
});

describe('classify', () => {
  it('treats anti-bot sites as cannot tell, even on 404', () => {
    expect(classify(404, 'https://mp.weixin.qq.com/s?x=1', false).status).toBe('cannot-tell');
    expect(classify(403, 'https://blog.csdn.net/a', false).status).toBe('cannot-tell');
  });

  it('treats 403 elsewhere as cannot tell', () => {
    expect(classify(403, 'https://example.org/a', false).status).toBe('cannot-tell');
  });
});

describe('checkAll', () => {
  it('never sends two requests at once to one host', async () => {
    maxInFlight = 0;
    const targets = [1, 2, 3].map((n) => ({id: `e${n}`, field: 'url', url: `${base}/slow?n=${n}`}));
    await checkAll(targets, {...DEFAULT_ALL_OPTIONS, ...fast, concurrency: 4, perHost: 1});
    expect(maxInFlight).toBe(1);
  });

  it('calls the network unreachable only when no address answered at all', async () => {
    const down = await checkAll([{id: 'a', field: 'url', url: 'https://x.flink-hub.invalid/'}], {
      ...DEFAULT_ALL_OPTIONS,
      ...fast,
    });
    expect(networkUnreachable(down)).toBe(true);
    const mixed = await checkAll(
      [
        {id: 'a', field: 'url', url: 'https://x.flink-hub.invalid/'},
        {id: 'b', field: 'url', url: `${base}/gone-404`},
      ],
      {...DEFAULT_ALL_OPTIONS, ...fast},
    );
    expect(networkUnreachable(mixed)).toBe(false);
  });
});

describe('archived copies', () => {
  it('pins the Wayback copy to its snapshot timestamp', async () => {
    expect(await findArchivedCopy('https://example.org/post', '2020-06', 1000, `${base}/wayback/available`)).toBe(
      'https://web.archive.org/web/20200601123456/https://example.org/post',
    );
  });
});

describe('writing results back', () => {
  const source = readFileSync(path.join(__dirname, '../fixtures/catalog.ts'), 'utf8');

  it('changes only the link of the named entry and keeps its URL', () => {
    const updated = applyLinkUpdates(source, [
      {
        id: 'fixture-rocksdb-tuning',
        link: {
          status: 'dead',
          lastChecked: '2026-11-24',
          archiveUrl: 'https://web.archive.org/web/20200101000000/http://x/',
        },
      },
    ]);
    const changed = updated.split('\n').filter((line, i) => line !== source.split('\n')[i]);
    expect(changed).toEqual([
      "    link: {status: 'dead', lastChecked: '2026-11-24', archiveUrl: 'https://web.archive.org/web/20200101000000/http://x/'},",
    ]);
    expect(updated).toContain("url: 'https://blog.flink-hub.invalid/rocksdb-tuning'");
  });

  it('refuses an id that is not in the catalog', () => {
    expect(() => applyLinkUpdates(source, [{id: 'nope', link: {status: 'ok', lastChecked: '2026-11-24'}}])).toThrow(
      'nope',
    );
  });
});

// The notes whose sources the script checks, instead of the real docs/: the
// tests must not depend on the network, or on the notes contributors edit.
const OFFLINE_DOCS = path.join(__dirname, '../fixtures/linkcheck/docs');

describe('the addresses checked', () => {
  it('include every source of every note, under the note’s file', async () => {
    const notes = await readDocs(OFFLINE_DOCS);
    expect(noteSourceTargets(notes)).toEqual([
      {
        id: 'docs/blogs/offline-note.mdx',
        field: 'sources.0.url',
        url: 'https://docs.apache.flink-hub.invalid/checkpoints',
      },
      {id: 'docs/blogs/offline-note.mdx', field: 'sources.1.url', url: 'https://blog.flink-hub.invalid/checkpoints'},
    ]);
  });
});

describe('npm run check:links without network', () => {
  it('says so, exits 2 and leaves the catalog unchanged', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkcheck-'));
    const catalog = path.join(dir, 'catalog.ts');
    copyFileSync(path.join(__dirname, '../fixtures/linkcheck/offline-catalog.ts'), catalog);
    const before = readFileSync(catalog, 'utf8');
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, '../../scripts/check-links.ts'),
        '--write',
        '--catalog',
        catalog,
        '--docs',
        OFFLINE_DOCS,
      ],
      {encoding: 'utf8', timeout: 60_000},
    );
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toContain('无法连接网络');
    expect(readFileSync(catalog, 'utf8')).toBe(before);
  }, 60_000);
});

describe('npm run check:links -- --write', () => {
  it('writes the catalog formatted as Prettier wants it, and reports a dead source of a note', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'linkcheck-write-'));
    copyFileSync(path.join(__dirname, '../../.prettierrc.json'), path.join(dir, '.prettierrc.json'));
    const catalog = path.join(dir, 'catalog.ts');
    // Still dead, with an archived copy already found: the written link
    // object is longer than a line, as real archive addresses make it.
    const archive = `${base}/ok?copy=${'a'.repeat(80)}`;
    writeFileSync(
      catalog,
      `export const resources = [\n  {\n    id: 'gone',\n    url: '${base}/gone-404',\n    link: {status: 'dead', lastChecked: '2026-01-05', archiveUrl: '${archive}'},\n  },\n];\n`,
    );
    // A note citing a page that answers 404, beside one that answers.
    const docs = path.join(dir, 'docs');
    mkdirSync(path.join(docs, 'blogs'), {recursive: true});
    writeFileSync(
      path.join(docs, 'blogs', 'cited.mdx'),
      readFileSync(path.join(OFFLINE_DOCS, 'blogs', 'offline-note.mdx'), 'utf8')
        .replace('https://docs.apache.flink-hub.invalid/checkpoints', `${base}/gone-404`)
        .replace('https://blog.flink-hub.invalid/checkpoints', `${base}/ok`),
    );
    const report = path.join(dir, 'report.md');
    const run = await execFileAsync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(__dirname, '../../scripts/check-links.ts'),
        '--write',
        '--catalog',
        catalog,
        '--docs',
        docs,
        '--report',
        report,
      ],
      {encoding: 'utf8', timeout: 60_000},
    );
    expect(run.stdout).toContain('已更新');
    const rows = readFileSync(report, 'utf8')
      .split('\n')
      .filter((line) => line.startsWith('| `'));
    expect(rows).toEqual([
      expect.stringMatching(/^\| `gone` \| url \| 已失效 \|/),
      expect.stringMatching(/^\| `docs\/blogs\/cited\.mdx` \| sources\.0\.url \| 已失效 \|/),
    ]);
    const written = readFileSync(catalog, 'utf8');
    expect(written).toContain("status: 'dead'");
    expect(written).toContain(`'${archive}'`);
    const options = await prettier.resolveConfig(catalog);
    expect(await prettier.check(written, {...options, filepath: catalog})).toBe(true);
  }, 60_000);
});
