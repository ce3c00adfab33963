/**
 * The migration checker's accuracy corpus (tests/fixtures/migrate/): readers'
 * files in the style of 1.x tutorials, and clean 2.3 files, each with a
 * sidecar `<file>.expected.json` that lists the findings a correct checker
 * gives it (rule id, line, severity), written from Flink's sources rather
 * than from the checker's output. `npm run bench:migrate` prints the scores;
 * tests/unit/migrate-corpus.test.ts holds their floors.
 *
 * The held-out set (tests/fixtures/migrate-holdout/) has the same layout and
 * sidecars but was written without reading the checker, which was never tuned
 * on it: the bench scores it apart, as a measure of files the checker has not
 * seen, and no test holds a floor on it. Something that breaks on 2.x but has
 * no rule is expected as `missing:<short-name>`, so it counts as a miss.
 *
 * A finding is its rule and line: several matches of one rule on one line
 * (`FlinkKafkaConsumer<String> c = new FlinkKafkaConsumer<>(…)`) are one
 * finding, as a reader fixes them together. A finding with the right rule and
 * line but the wrong severity counts as a miss and as a false alarm: calling
 * a deprecated API broken is the mistake the corpus most guards against.
 */
import {readdirSync, readFileSync} from 'node:fs';
import path from 'node:path';
import {z} from 'zod';
import {checkInput} from '../src/migrate/checkInput';
import type {FileKind, Finding, Severity} from '../src/migrate/types';

export const CORPUS_DIR = path.join(__dirname, 'fixtures/migrate');
export const HOLDOUT_DIR = path.join(__dirname, 'fixtures/migrate-holdout');

/** What the bench reports per: code (Java, Scala, Python, SQL), config files, build files. */
export type CorpusGroup = 'code' | 'config' | 'build';

const GROUP_OF: Record<FileKind, CorpusGroup> = {
  java: 'code',
  scala: 'code',
  python: 'code',
  sql: 'code',
  'flink-conf': 'config',
  'config-yaml': 'config',
  pom: 'build',
  gradle: 'build',
};

const expectedFile = z
  .object({
    kind: z.enum(['java', 'scala', 'python', 'sql', 'flink-conf', 'config-yaml', 'pom', 'gradle']),
    /** Clean 2.3 material: whatever else it gets, never a "breaks" finding. */
    clean: z.boolean(),
    /** What the sample imitates, in a line. */
    about: z.string().min(4),
    findings: z.array(
      z
        .object({
          line: z.number().int().positive(),
          rule: z.string().regex(/^[a-z0-9:._<>-]+$/i),
          severity: z.enum(['breaks', 'warning', 'info']),
        })
        .strict(),
    ),
  })
  .strict();

export interface CorpusSample {
  /** The sample's corpus folder from the repository root, e.g. tests/fixtures/migrate. */
  corpus: string;
  /** Path under the corpus folder, e.g. code/KafkaWordCount.java. */
  file: string;
  text: string;
  kind: FileKind;
  group: CorpusGroup;
  clean: boolean;
  about: string;
  expected: {line: number; rule: string; severity: Severity}[];
}

/** Every sample of a corpus (by default the tuned one) with its expectations; a sample without a valid sidecar fails with the file and the fix. */
export function readCorpus(corpusDir: string = CORPUS_DIR): CorpusSample[] {
  const corpus = path.relative(path.join(__dirname, '..'), corpusDir).split(path.sep).join('/');
  const where = (file: string) => `${corpus}/${file}.expected.json`;
  const samples: CorpusSample[] = [];
  for (const dir of readdirSync(corpusDir, {withFileTypes: true})) {
    if (!dir.isDirectory()) continue;
    for (const name of readdirSync(path.join(corpusDir, dir.name)).sort()) {
      if (name.endsWith('.expected.json')) continue;
      const file = `${dir.name}/${name}`;
      const text = readFileSync(path.join(corpusDir, file), 'utf8');
      let sidecar: unknown;
      try {
        sidecar = JSON.parse(readFileSync(path.join(corpusDir, `${file}.expected.json`), 'utf8'));
      } catch (error) {
        throw new Error(
          `${where(file)}：读不到或不是合法的 JSON（${(error as Error).message.split('\n')[0]}）。每个样本旁边要有一个写明应得结果的 .expected.json，写法见 CONTRIBUTING「给 2.x 变化清单加一条」`,
        );
      }
      const parsed = expectedFile.safeParse(sidecar);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new Error(`${where(file)} › ${issue.path.join('.') || '（整个文件）'}：${issue.message}`);
      }
      const lines = text.split('\n').length;
      for (const finding of parsed.data.findings) {
        if (finding.line > lines) {
          throw new Error(`${where(file)} › ${finding.rule}：第 ${finding.line} 行超出了样本的行数（${lines} 行）`);
        }
      }
      samples.push({
        corpus,
        file,
        text,
        kind: parsed.data.kind,
        group: GROUP_OF[parsed.data.kind],
        clean: parsed.data.clean,
        about: parsed.data.about,
        expected: parsed.data.findings,
      });
    }
  }
  return samples;
}

/** The findings the checker gives a sample, or its refusal as an error (a sample must be checkable). */
export function checkSample(sample: Pick<CorpusSample, 'corpus' | 'file' | 'text' | 'kind'>): Finding[] {
  const result = checkInput({name: sample.file, text: sample.text, kind: sample.kind});
  if (!result.ok) throw new Error(`${sample.corpus}/${sample.file}：检查器拒绝了它：${result.message}`);
  return result.report.findings;
}

const keyOf = (finding: {line: number; rule: string}) => `${finding.line}\t${finding.rule}`;

export interface SampleOutcome {
  sample: CorpusSample;
  /** Expected and found, with the expected severity. */
  hits: number;
  /** Expected but not found (or found with another severity): "line rule severity". */
  missed: string[];
  /** Found but not expected (or with another severity). */
  extra: string[];
  /** A clean 2.3 sample that got a "breaks" finding. */
  breaksOnClean: string[];
}

export function scoreSample(sample: CorpusSample, findings: readonly Finding[]): SampleOutcome {
  const found = new Map<string, Severity>();
  for (const finding of findings) found.set(keyOf(finding), finding.severity);
  const expected = new Map(sample.expected.map((finding) => [keyOf(finding), finding.severity]));
  const describe = (key: string, severity: Severity) => `第 ${key.replace('\t', ' 行 ')}（${severity}）`;
  let hits = 0;
  const missed: string[] = [];
  for (const [key, severity] of expected) {
    if (found.get(key) === severity) hits++;
    else missed.push(describe(key, severity));
  }
  const extra = [...found]
    .filter(([key, severity]) => expected.get(key) !== severity)
    .map(([key, severity]) => describe(key, severity));
  const breaksOnClean = sample.clean
    ? [...found].filter(([, severity]) => severity === 'breaks').map(([key]) => describe(key, 'breaks'))
    : [];
  return {sample, hits, missed, extra, breaksOnClean};
}

export interface GroupScore {
  samples: number;
  clean: number;
  expected: number;
  found: number;
  hits: number;
  /** Of what the checker reported, how much was expected. 1 when it reported nothing. */
  precision: number;
  /** Of what was expected, how much the checker reported. 1 when nothing was expected. */
  recall: number;
}

export function scoreGroups(outcomes: readonly SampleOutcome[]): Record<CorpusGroup, GroupScore> {
  const groups = {} as Record<CorpusGroup, GroupScore>;
  for (const group of ['code', 'config', 'build'] as const) {
    const of = outcomes.filter((outcome) => outcome.sample.group === group);
    const hits = of.reduce((sum, o) => sum + o.hits, 0);
    const expected = of.reduce((sum, o) => sum + o.hits + o.missed.length, 0);
    const found = of.reduce((sum, o) => sum + o.hits + o.extra.length, 0);
    groups[group] = {
      samples: of.length,
      clean: of.filter((o) => o.sample.clean).length,
      expected,
      found,
      hits,
      precision: found === 0 ? 1 : hits / found,
      recall: expected === 0 ? 1 : hits / expected,
    };
  }
  return groups;
}

export function evaluateCorpus(samples: readonly CorpusSample[] = readCorpus()): {
  outcomes: SampleOutcome[];
  groups: Record<CorpusGroup, GroupScore>;
} {
  const outcomes = samples.map((sample) => scoreSample(sample, checkSample(sample)));
  return {outcomes, groups: scoreGroups(outcomes)};
}
