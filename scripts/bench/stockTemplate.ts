import {spawnSync} from 'node:child_process';
import {symlinkSync} from 'node:fs';
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
