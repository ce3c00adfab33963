import {spawnSync} from 'node:child_process';
import {readFileSync, symlinkSync, writeFileSync} from 'node:fs';
import path from 'node:path';

/**
 * Scaffolds Docusaurus's classic TypeScript template with create-docusaurus
 * of the same version as the hub (a devDependency, so no download), and lets
 * it use the hub's node_modules: the template's dependencies are a subset of
 * the hub's, at the same versions.
 */
export function scaffoldStockTemplate(parentDir: string, hubDir: string): string {
  const name = 'stock-template';
  const cli = path.join(hubDir, 'node_modules', 'create-docusaurus', 'bin', 'index.js');
  const run = spawnSync(process.execPath, [cli, name, 'classic', '--typescript', '--skip-install'], {
    cwd: parentDir,
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`create-docusaurus 失败：${run.stderr}`);
  const dir = path.join(parentDir, name);
  symlinkSync(path.join(hubDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/**
 * Copies one hub note into the template's docs as far as stock Docusaurus
 * can render it: the same frontmatter, text, tables and code, without the
 * hub's components (diagrams, resource cards) and with links to other hub
 * pages kept as their text. So the two sites can be compared on the same
 * page, not only on the template's short intro. Returns the page's route.
 */
export function copyNoteIntoTemplate(templateDir: string, hubDir: string, noteFile: string): string {
  const slug = 'hub-note';
  const body = readFileSync(path.join(hubDir, noteFile), 'utf8')
    .replace(/^import .*\n/gm, '')
    .replace(/^<[A-Z][\s\S]*?\/>\n?/gm, '')
    .replace(/\[([^\]]+)\]\((?!https?:)[^)]*\)/g, '$1');
  writeFileSync(path.join(templateDir, 'docs', `${slug}.mdx`), body);
  return `/docs/${slug}`;
}
