/**
 * npm run check:links [-- --write] [--report FILE] [--catalog FILE] [--docs DIR]
 *
 * Checks every catalog URL (series parts and archive copies too), and every
 * source a note cites (its `sources` frontmatter), with
 * limited concurrency per host, time-outs, retries with back-off, HEAD with a
 * GET fallback, and reports redirects. Sites that block robots are reported
 * as "cannot tell", never as dead.
 *
 * --write   records each entry's status and today's date in the catalog, and
 *           for a dead link adds an archived copy pinned to a timestamp
 *           (the original URL is never removed). A note's sources are only
 *           reported: which page replaces a dead source is for a person to
 *           decide.
 * --report  also writes the problems as Markdown: the body of the weekly
 *           pull request, and of the link-rot issue.
 *
 * Only this check can tell that a source exists at all: the unit tests
 * (offline) check a source's form (an apache.org source, no page twice),
 * not that the page is real.
 *
 * When no address gets any HTTP answer, the network is down, not the links:
 * it says so, changes nothing and exits with code 2.
 */
import {readFileSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {pathToFileURL} from 'node:url';
import {parseArgs} from 'node:util';
import * as prettier from 'prettier';
import type {LinkState, Resource} from '../src/data/resources';
import {LINK_STATUS_LABELS} from '../src/data/taxonomy';
import {isNote, readDocs} from '../tests/docsFiles';
import {checkAll, networkUnreachable, type Checked} from './linkcheck/checkAll';
import {catalogTargets, noteSourceTargets} from './linkcheck/targets';
import {applyLinkUpdates, type LinkUpdate} from './linkcheck/updateCatalog';
import {findArchivedCopy} from './linkcheck/wayback';

const {values: args} = parseArgs({
  options: {
    write: {type: 'boolean', default: false},
    report: {type: 'string'},
    catalog: {type: 'string', default: path.join(__dirname, '..', 'src', 'data', 'resources.ts')},
    docs: {type: 'string', default: path.join(__dirname, '..', 'docs')},
  },
});

function describe(result: Checked): string {
  const {outcome} = result;
  const http = outcome.kind === 'response' ? `HTTP ${outcome.httpStatus}` : outcome.error;
  const hops = outcome.kind === 'response' && outcome.redirects.length ? ` → ${outcome.redirects.join(' → ')}` : '';
  return `${LINK_STATUS_LABELS[outcome.status]}  ${result.id} (${result.field})  ${http}${hops}${outcome.note ? `  ${outcome.note}` : ''}`;
}

function markdownReport(results: Checked[], today: string): string {
  const problems = results.filter((r) => r.outcome.status === 'dead' || r.outcome.status === 'cannot-tell');
  const rows = problems.map(
    (r) =>
      `| \`${r.id}\` | ${r.field} | ${LINK_STATUS_LABELS[r.outcome.status]} | ${r.outcome.note.replace(/\|/g, '\\|')} | <${r.url}> |`,
  );
  return [
    `链接检查（${today}）：共 ${results.length} 个地址，已失效 ${problems.filter((r) => r.outcome.status === 'dead').length} 个，无法判断 ${problems.filter((r) => r.outcome.status === 'cannot-tell').length} 个。`,
    '',
    '「无法判断」多为站点拦截程序访问（微信、CSDN 等），请人工打开确认。资源目录的失效链接请不要删除，在条目的 `link.archiveUrl` 中补上存档副本；笔记（`docs/…`）的依据失效时，换成仍能打开、说法相同的页面（官方文档的新地址、发布说明或存档副本），并重新核对它支持的说法。',
    '',
    '| 条目 | 字段 | 状态 | 说明 | 地址 |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

async function main(): Promise<number> {
  const catalogFile = path.resolve(args.catalog!);
  const {resources} = (await import(pathToFileURL(catalogFile).href)) as {resources: Resource[]};
  const notes = (await readDocs(path.resolve(args.docs!))).filter(isNote);
  const targets = [...catalogTargets(resources), ...noteSourceTargets(notes)];
  console.log(`检查 ${resources.length} 条资源和 ${notes.length} 篇笔记的依据，共 ${targets.length} 个地址…`);
  const results = await checkAll(targets);

  if (networkUnreachable(results)) {
    const sample = results[0].outcome.kind === 'network-error' ? results[0].outcome.error : '';
    console.error(
      `无法连接网络：${targets.length} 个地址都没有得到任何 HTTP 响应（例如 ${sample}）。这说明是本机离线，而不是链接失效；没有修改任何文件。`,
    );
    return 2;
  }

  for (const result of results) console.log(describe(result));
  const today = new Date().toISOString().slice(0, 10);
  if (args.report) writeFileSync(args.report, markdownReport(results, today));

  if (args.write) {
    const updates: LinkUpdate[] = [];
    for (const resource of resources) {
      const main = results.find((r) => r.id === resource.id && r.field === 'url')!;
      const link: LinkState = {status: main.outcome.status, lastChecked: today, archiveUrl: resource.link.archiveUrl};
      if (link.status === 'dead' && !link.archiveUrl) {
        link.archiveUrl = (await findArchivedCopy(resource.url, resource.published).catch(() => null)) ?? undefined;
        console.log(
          link.archiveUrl
            ? `${resource.id}：找到存档副本 ${link.archiveUrl}`
            : `${resource.id}：没有找到存档副本，请人工寻找替代地址`,
        );
      }
      updates.push({id: resource.id, link});
    }
    // Formatted as the repository's Prettier config says, so the weekly pull
    // request passes npm run lint (a dead link's archive URL makes a long line).
    const updated = applyLinkUpdates(readFileSync(catalogFile, 'utf8'), updates);
    const options = await prettier.resolveConfig(catalogFile);
    writeFileSync(catalogFile, await prettier.format(updated, {...options, filepath: catalogFile}));
    console.log(`已更新 ${path.relative(process.cwd(), catalogFile)} 中 ${updates.length} 条资源的链接状态`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
