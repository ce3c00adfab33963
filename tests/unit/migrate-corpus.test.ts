import {describe, expect, it} from 'vitest';
import {apiChanges} from '../../src/data/apiChanges';
import {CONFIG_KEY_CHANGES} from '../../src/data/flinkConfig.generated';
import {evaluateCorpus, readCorpus} from '../migrateCorpus';

// The migration checker's accuracy on the corpus, per kind of file (npm run
// bench:migrate prints the figures and every miss). The issue (#17) sets
// the floor; a change that lowers a figure has made the checker worse.
const PRECISION_FLOOR = 0.95;
const RECALL_FLOOR = 0.95;

const samples = readCorpus();
const {outcomes, groups} = evaluateCorpus(samples);

describe('the migration corpus (tests/fixtures/migrate)', () => {
  it('has at least 40 samples, about a third of them clean 2.3 material, of every kind the checker reads', () => {
    expect(samples.length).toBeGreaterThanOrEqual(40);
    expect(samples.filter((s) => s.clean).length / samples.length).toBeGreaterThanOrEqual(0.3);
    const kinds = new Set(samples.map((s) => s.kind));
    expect([...kinds].sort()).toEqual(['config-yaml', 'flink-conf', 'gradle', 'java', 'pom', 'python', 'scala', 'sql']);
  });

  // A rule id the checker cannot give is a typo in the sidecar: it would only show up as a miss.
  it('expects only rules the checker knows', () => {
    const ids = new Set(apiChanges.map((change) => change.id));
    const keys = new Set(CONFIG_KEY_CHANGES.map((change) => change.key));
    const known = (rule: string) =>
      ids.has(rule) ||
      (rule.startsWith('config:') && keys.has(rule.slice('config:'.length))) ||
      /^build:(flink-version|java-version|removed:.+|scala-suffix:.+|connector:.+)$/.test(rule) ||
      /^class:org\.apache\.flink\./.test(rule);
    const unknown = samples.flatMap((sample) =>
      sample.expected
        .filter((finding) => !known(finding.rule))
        .map(
          (finding) =>
            `tests/fixtures/migrate/${sample.file}.expected.json › 第 ${finding.line} 行：没有 ${finding.rule} 这条规则，请对照 src/data/apiChanges.ts 的 id、config:<键名> 或 build:… 的写法`,
        ),
    );
    expect(unknown).toEqual([]);
  });

  it('gives clean 2.3 samples no "breaks" finding', () => {
    const broken = outcomes.flatMap((o) =>
      o.breaksOnClean.map((finding) => `tests/fixtures/migrate/${o.sample.file}：${finding}`),
    );
    expect(broken).toEqual([]);
  });

  it.each(['code', 'config', 'build'] as const)(`%s: precision and recall are at least ${PRECISION_FLOOR}`, (group) => {
    const score = groups[group];
    const details = outcomes
      .filter((o) => o.sample.group === group)
      .flatMap((o) => [
        ...o.missed.map((m) => `漏报 ${o.sample.file} ${m}`),
        ...o.extra.map((e) => `误报 ${o.sample.file} ${e}`),
      ])
      .join('\n');
    expect(score.precision, `precision ${score.precision.toFixed(3)}\n${details}`).toBeGreaterThanOrEqual(
      PRECISION_FLOOR,
    );
    expect(score.recall, `recall ${score.recall.toFixed(3)}\n${details}`).toBeGreaterThanOrEqual(RECALL_FLOOR);
  });
});
