import {spawn} from 'node:child_process';
import {readdirSync, readFileSync} from 'node:fs';

export interface Measured {
  ms: number;
  /** Highest sum of resident memory over the command and all its children. */
  peakMB: number;
  code: number | null;
}

// /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may contain spaces.
function groupOf(pid: string): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
  } catch {
    return null;
  }
}

function rssKB(pid: string): number {
  try {
    const match = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of every process in a process group (Linux /proc). */
function groupRssKB(pgid: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (/^\d+$/.test(pid) && groupOf(pid) === pgid) total += rssKB(pid);
  }
  return total;
}

/**
 * Runs a command in its own process group and samples the group's memory
 * every 200 ms: GNU time's %M reports only the largest single process, and a
 * build spreads over workers.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: {cwd: string; env?: NodeJS.ProcessEnv},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: {...process.env, ...options.env},
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const timer = setInterval(() => (peak = Math.max(peak, groupRssKB(child.pid!))), 200);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      if (code !== 0) {
        reject(new Error(`${command} ${args.join(' ')} 失败（${code}）：\n${stderr}`));
        return;
      }
      resolve({ms: performance.now() - started, peakMB: peak / 1024, code});
    });
  });
}
