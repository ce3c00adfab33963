import {spawn} from 'node:child_process';
import path from 'node:path';

/** Serves a built site with `docusaurus serve` on 127.0.0.1 until stopped. */
export async function serveStatic(siteDir: string, buildDir: string, port: number): Promise<() => void> {
  const bin = path.join(siteDir, 'node_modules', '.bin', 'docusaurus');
  const child = spawn(bin, ['serve', '--dir', buildDir, '--port', String(port), '--host', '127.0.0.1', '--no-open'], {
    cwd: siteDir,
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return () => process.kill(-child.pid!);
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.kill(-child.pid!);
  throw new Error(`${buildDir} 在 ${url} 上没有启动`);
}
