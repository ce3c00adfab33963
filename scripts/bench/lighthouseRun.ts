import {execFile} from 'node:child_process';
import path from 'node:path';
import {promisify} from 'node:util';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const run = promisify(execFile);

/** One Lighthouse run (mobile, default simulated throttling) in a fresh Chromium, in a child `node` (see lighthouse.mjs). */
export async function runLighthouse(url: string, chromePath: string): Promise<LighthouseScores> {
  const {stdout} = await run(process.execPath, [path.join(__dirname, 'lighthouse.mjs'), url, chromePath], {
    maxBuffer: 1 << 20,
  });
  return JSON.parse(stdout) as LighthouseScores;
}
