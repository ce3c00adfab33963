import {readFileSync} from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';

// What the GitHub workflows and .ci/run promise contributors and readers,
// checked on their text: the workflows cannot run here.
const root = path.join(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
const scripts = JSON.parse(read('package.json')).scripts as Record<string, string>;

/** The npm scripts that do the work when a script runs, in order (npm run X is followed into X). */
function steps(name: string): string[] {
  return scripts[name]
    .split('&&')
    .flatMap((part) => {
      const run = part.trim().match(/^npm run ([\w:-]+)$/);
      return run ? steps(run[1]) : [name];
    })
    .filter((step, i, all) => step !== all[i - 1]);
}

describe('CI (.github/workflows/ci.yml) runs npm test in two jobs by cost', () => {
  const ci = read('.github/workflows/ci.yml');

  it('splits npm test into the quick checks and the site checks, nothing left out', () => {
    expect(scripts.test).toBe('npm run test:quick && npm run test:site');
    expect(steps('test:quick')).toEqual(['typecheck', 'format:check', 'lint:js', 'lint:md', 'lint:zh', 'test:unit']);
    expect(steps('test:site')).toEqual(['build:offline', 'build', 'build:base-url', 'test:build', 'test:e2e']);
  });

  it('runs each half in its own job, the browser half with Chromium installed', () => {
    expect(ci).toMatch(/\n {2}quick:\n[\s\S]*?- run: npm run test:quick\n/);
    expect(ci).toMatch(/\n {2}site:\n[\s\S]*?- run: bash \.ci\/install-chromium\n[\s\S]*?- run: npm run test:site\n/);
  });

  it('cancels the run a new push to the same pull request supersedes', () => {
    expect(ci).toMatch(/\nconcurrency:\n {2}group: .*github\.event\.pull_request\.number.*\n {2}cancel-in-progress: /);
  });

  it('leaves .ci/run installing what a fresh machine lacks, then calling exactly npm test', () => {
    const lines = read('.ci/run')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    expect(lines).toContain('bash .ci/install-chromium');
    expect(lines.at(-1)).toBe('npm test');
  });
});

describe('Deploy (.github/workflows/deploy.yml) builds for the address Pages serves', () => {
  const deploy = read('.github/workflows/deploy.yml');

  it('takes the base path and the site origin from actions/configure-pages', () => {
    expect(deploy).toMatch(/- id: pages\n\s+uses: actions\/configure-pages@v\d+\n/);
    expect(deploy).toMatch(
      /- run: npm run build\n\s+env:\n(\s+\w+: .*\n)*?\s+BASE_URL: \$\{\{ steps\.pages\.outputs\.base_path \}\}\n/,
    );
    expect(deploy).toMatch(/SITE_URL: \$\{\{ steps\.pages\.outputs\.origin \}\}\n/);
  });
});

describe('Link check (.github/workflows/link-check.yml) writes the statuses back', () => {
  const linkCheck = read('.github/workflows/link-check.yml');

  it('writes the results and opens one pull request with the catalog', () => {
    expect(linkCheck).toContain('npm run check:links -- --write');
    expect(linkCheck).toMatch(/uses: peter-evans\/create-pull-request@v\d+\n/);
    expect(linkCheck).toContain('add-paths: src/data/resources.ts');
  });

  it('describes the pull request with the report, which lists dead sources of notes too', () => {
    const report = /npm run check:links -- --write --report (\S+)\n/.exec(linkCheck)?.[1];
    expect(report).toBeDefined();
    expect(linkCheck).toContain(`body-path: ${report}`);
    // check:links reads the notes' sources unless told another folder (the unit tests do).
    expect(read('scripts/check-links.ts')).toMatch(/noteSourceTargets\(/);
  });
});

describe('the pull request template asks for the quick checks only', () => {
  it('names npm run test:quick and leaves the rest to CI', () => {
    const template = read('.github/pull_request_template.md');
    expect(template).toContain('`npm run test:quick`');
    expect(template).not.toMatch(/运行 `npm test`/);
  });
});
