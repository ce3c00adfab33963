import {execFileSync, spawnSync} from 'node:child_process';

/** Reads files of one commit of an apache/flink clone (a bare mirror is enough), without a work tree. */
export interface FlinkTree {
  ref: string;
  sha: string;
  /** Paths under the commit that match git-grep's pattern (fixed string) and pathspecs. */
  grepFiles(fixed: string, pathspecs: string[]): string[];
  /** Whether the fixed string occurs anywhere in the given pathspecs. */
  contains(fixed: string, pathspecs: string[]): boolean;
  list(pathspec: string): string[];
  read(paths: string[]): Map<string, string>;
}

export function openFlinkTree(gitDir: string, ref: string): FlinkTree {
  const git = (args: string[], input?: string) =>
    execFileSync('git', ['--git-dir', gitDir, ...args], {input, maxBuffer: 1 << 30, encoding: 'utf8'});
  const sha = git(['rev-parse', ref]).trim();
  return {
    ref,
    sha,
    grepFiles(fixed, pathspecs) {
      const out = spawnSync('git', ['--git-dir', gitDir, 'grep', '-l', '-F', fixed, sha, '--', ...pathspecs], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      });
      return out.stdout
        .split('\n')
        .filter(Boolean)
        .map((line) => line.slice(sha.length + 1));
    },
    contains(fixed, pathspecs) {
      const out = spawnSync('git', ['--git-dir', gitDir, 'grep', '-q', '-F', fixed, sha, '--', ...pathspecs]);
      return out.status === 0;
    },
    list(pathspec) {
      return git(['ls-tree', '-r', '--name-only', sha, '--', pathspec]).split('\n').filter(Boolean);
    },
    read(paths) {
      // One git process for all files: cat-file --batch answers "<sha> blob <size>\n<content>\n" per request.
      const raw = execFileSync('git', ['--git-dir', gitDir, 'cat-file', '--batch'], {
        input: paths.map((p) => `${sha}:${p}`).join('\n') + '\n',
        maxBuffer: 1 << 30,
      });
      const files = new Map<string, string>();
      let offset = 0;
      for (const p of paths) {
        const headerEnd = raw.indexOf(10, offset);
        const header = raw.subarray(offset, headerEnd).toString('utf8');
        const size = Number(header.split(' ')[2]);
        if (Number.isNaN(size)) throw new Error(`git cat-file: ${header} (${p})`);
        files.set(p, raw.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
        offset = headerEnd + 1 + size + 1;
      }
      return files;
    },
  };
}
