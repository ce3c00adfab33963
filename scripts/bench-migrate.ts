/**
 * The migration checker's accuracy and speed (npm run bench:migrate):
 * - precision and recall per kind of file (code, config, build) over the
 *   corpus in tests/fixtures/migrate/, with every miss and false alarm;
 * - the same over the held-out set in tests/fixtures/migrate-holdout/, which
 *   the checker was not tuned on, printed apart so the two figures are never
 *   summed;
 * - the time to check a 5,000-line Java file, made deterministically from the
 *   corpus's Java samples, beside a baseline from the same run: the same
 *   lines turned into comments, which the checker reads but finds nothing
 *   in. The ratio says what finding things costs on this machine, whatever
 *   else it is busy with.
 * Prints figures; asserts nothing. The accuracy floors are held by
 * tests/unit/migrate-corpus.test.ts (on the tuned corpus only: the held-out
 * set measures, it does not gate); the speed is a figure, not a test.
 */
import {performance} from 'node:perf_hooks';
import {checkInput} from '../src/migrate/checkInput';
import {evaluateCorpus, HOLDOUT_DIR, readCorpus, type CorpusGroup, type CorpusSample} from '../tests/migrateCorpus';

const LINES = 5000;
const RUNS = 15;
const GROUP_LABELS: Record<CorpusGroup, string> = {code: '代码', config: '配置文件', build: '构建文件'};

/** The Java samples, in file order, repeated until the file has `LINES` lines. */
function javaFile(samples: ReturnType<typeof readCorpus>): string {
  const java = samples.filter((sample) => sample.kind === 'java').flatMap((sample) => sample.text.split('\n'));
  const lines: string[] = [];
  while (lines.length < LINES) lines.push(...java.slice(0, LINES - lines.length));
  return lines.join('\n');
}

/** Pads to a width in terminal columns: a Chinese character takes two. */
function columns(text: string, width: number): string {
  const used = [...text].reduce((sum, char) => sum + (/[\u2e80-\uffef]/.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, width - used));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of `RUNS` checks, after one run that warms up the matcher. */
function timeCheck(text: string): {ms: number; findings: number} {
  const check = () => {
    const result = checkInput({name: 'Big.java', text, kind: 'java'});
    if (!result.ok) throw new Error(result.message);
    return result.report.findings.length;
  };
  const findings = check();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    check();
    times.push(performance.now() - started);
  }
  return {ms: median(times), findings};
}

/** One corpus's table per kind of file, then every sample with a miss or a false alarm. */
function printAccuracy(title: string, samples: CorpusSample[]): void {
  const {outcomes, groups} = evaluateCorpus(samples);
  const clean = samples.filter((sample) => sample.clean).length;
  console.log(`${title}：样本 ${samples.length} 个，其中干净的 2.3 样本 ${clean} 个`);
  console.log(`${columns('种类', 10)}  样本  应报  实报  命中  precision  recall`);
  for (const group of ['code', 'config', 'build'] as const) {
    const g = groups[group];
    const cells = [g.samples, g.expected, g.found, g.hits].map((n) => String(n).padStart(4));
    console.log(
      `${columns(GROUP_LABELS[group], 10)}  ${cells.join('  ')}  ${g.precision.toFixed(3).padStart(9)}  ${g.recall.toFixed(3).padStart(6)}`,
    );
  }
  const wrong = outcomes.filter((o) => o.missed.length > 0 || o.extra.length > 0 || o.breaksOnClean.length > 0);
  for (const outcome of wrong) {
    console.log(`\n${outcome.sample.corpus}/${outcome.sample.file}`);
    for (const finding of outcome.missed) console.log(`  漏报  ${finding}`);
    for (const finding of outcome.extra) console.log(`  误报  ${finding}`);
    for (const finding of outcome.breaksOnClean) console.log(`  干净样本被报「会出错」  ${finding}`);
  }
}

function main(): void {
  const samples = readCorpus();
  printAccuracy('语料（检查器照它调过）', samples);
  console.log('');
  printAccuracy('留出集（检查器没见过；按它只修过一类错误：Python 文档字符串，见 README）', readCorpus(HOLDOUT_DIR));

  const file = javaFile(samples);
  const commented = file
    .split('\n')
    .map((line) => `// ${line}`)
    .join('\n');
  const full = timeCheck(file);
  const baseline = timeCheck(commented);
  console.log(
    `\n速度：${LINES} 行 Java（语料中的 Java 样本循环拼成，${(file.length / 1024).toFixed(0)} KB，${full.findings} 处发现）检查一次 ${full.ms.toFixed(1)} ms（${RUNS} 次的中位数）`,
  );
  console.log(
    `基线：同样的行全部改成注释（${baseline.findings} 处发现）${baseline.ms.toFixed(1)} ms；比值 ${(full.ms / baseline.ms).toFixed(2)}`,
  );
}

main();
