/**
 * The watermark lab's scenario: the records and the parameters, and their
 * address format. The query string is the scenario, so a reload, a shared
 * link or a note's preset shows the same run:
 *
 *   r=1000,a,0,1;3000,a,1,2&splits=2&bound=2000&idle=0&w=tumbling&size=5000&late=0&side=0&at=3
 *
 * `parse` never throws: whatever it cannot use, it replaces and says so in
 * `problems` (Chinese, naming what was wrong and what was used instead).
 * React-free; unit-tested in __tests__/scenario.test.ts.
 */

export type WindowKind = 'tumbling' | 'sliding' | 'session';
export const WINDOW_KINDS: readonly WindowKind[] = ['tumbling', 'sliding', 'session'];
export const WINDOW_LABELS: Record<WindowKind, string> = {
  tumbling: '滚动窗口（TumblingEventTimeWindows）',
  sliding: '滑动窗口（SlidingEventTimeWindows）',
  session: '会话窗口（EventTimeSessionWindows）',
};

export interface LabRecord {
  /** Event time in ms: what the TimestampAssigner reads from the record. */
  ts: number;
  key: string;
  /** The source split (e.g. a Kafka partition) the record is read from, 0-based. */
  split: number;
  /** Processing time in whole seconds when the source reads it; strictly increasing in table order. */
  arrival: number;
}

export interface Scenario {
  records: LabRecord[];
  /** Splits the source reads, all assigned at processing time 0; splits without records stay silent. */
  splits: number;
  /** forBoundedOutOfOrderness bound, ms. */
  bound: number;
  /** withIdleness timeout in whole seconds; 0 = no idleness detection. */
  idle: number;
  window: WindowKind;
  /** Tumbling and sliding window size, ms. */
  size: number;
  /** Sliding window slide, ms. */
  slide: number;
  /** Session gap, ms. */
  gap: number;
  /** allowedLateness, ms. */
  lateness: number;
  /** sideOutputLateData set (a late-data OutputTag) or not. */
  sideOutput: boolean;
}

/**
 * Caps, so that every step stays quick to compute and to show. Each step
 * re-renders the records table and every open window; past a few hundred
 * records the page would spend seconds per step, and the address would grow
 * past what chat apps keep intact.
 */
export const LIMITS = {
  records: 300,
  splits: 8,
  /** Event times: 0 … about 31 years in ms. */
  time: 1_000_000_000_000,
  /** Durations (bound, size, slide, gap, lateness): one day in ms. */
  duration: 86_400_000,
  /** Arrival times and the idleness timeout, seconds (about 11.5 days). */
  seconds: 1_000_000,
  /** Windows one record may belong to (size / slide for sliding windows). */
  windowsPerRecord: 20,
  keyLength: 12,
} as const;

export const DEFAULT_SCENARIO: Scenario = {
  records: [],
  splits: 1,
  bound: 2000,
  idle: 0,
  window: 'tumbling',
  size: 5000,
  slide: 1000,
  gap: 3000,
  lateness: 0,
  sideOutput: false,
};

export interface Parsed {
  scenario: Scenario;
  /** The step to show (0 = before the first record); clamped by the page to the run's length. */
  step: number;
  problems: string[];
}

const KEY_PATTERN = /^[\p{L}\p{N}_-]+$/u;

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** Splits a query string (with or without "?") into its last value per name. */
function queryParams(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of query.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = safeDecode(eq < 0 ? part : part.slice(0, eq));
    params.set(name, safeDecode(eq < 0 ? '' : part.slice(eq + 1)));
  }
  return params;
}

/**
 * Reads a whole number in [min, max]. Missing → fallback silently; anything
 * else that is not usable → fallback or the nearest bound, with a message.
 */
function readInt(
  raw: string | undefined,
  what: string,
  unit: string,
  min: number,
  max: number,
  fallback: number,
  problems: string[],
): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const text = raw.trim();
  if (!/^[-+]?\d+$/.test(text)) {
    problems.push(`${what}「${raw}」不是整数${unit ? `（单位 ${unit}）` : ''}，已改用 ${fallback}。`);
    return fallback;
  }
  const value = Number(text);
  if (value < min) {
    problems.push(`${what} ${text} 小于下限 ${min}，已改用 ${min}。`);
    return min;
  }
  if (value > max) {
    problems.push(`${what} ${text} 超过上限 ${max}，已改用 ${max}。`);
    return max;
  }
  return value;
}

export interface RecordsResult {
  records: LabRecord[];
  problems: string[];
}

/**
 * Reads records from rows of fields [event time, key, split, arrival]. A row
 * that cannot be read is skipped with a message; a missing arrival time is
 * one second after the previous record; an arrival time that is not later
 * than the previous one is moved to one second after it (the lab reads one
 * record per step, in table order).
 */
export function readRecordRows(rows: string[][], rowName: (index: number) => string): RecordsResult {
  const problems: string[] = [];
  const records: LabRecord[] = [];
  let lastArrival = 0;
  for (let index = 0; index < rows.length; index++) {
    const fields = rows[index].map((field) => field.trim());
    if (fields.every((field) => field === '')) continue;
    if (records.length === LIMITS.records) {
      const rest = rows.slice(index).filter((row) => row.some((field) => field.trim() !== '')).length;
      problems.push(
        `记录最多 ${LIMITS.records} 条（每一步都要重新显示全部记录和窗口）：只用了前 ${LIMITS.records} 条，其余 ${rest} 条没有使用。`,
      );
      break;
    }
    const where = rowName(index);
    const [tsText = '', keyText = '', splitText = '', arrivalText = ''] = fields;
    if (!/^\d+$/.test(tsText)) {
      problems.push(`${where}：事件时间「${tsText}」不是非负整数（毫秒），这一行没有使用。`);
      continue;
    }
    const ts = Number(tsText);
    if (ts > LIMITS.time) {
      problems.push(`${where}：事件时间 ${tsText} 超过上限 ${LIMITS.time} 毫秒，这一行没有使用。`);
      continue;
    }
    let key = keyText;
    if (!key || !KEY_PATTERN.test(key) || [...key].length > LIMITS.keyLength) {
      problems.push(
        `${where}：键「${keyText}」只能由字母、数字、下划线和连字符组成（最多 ${LIMITS.keyLength} 个字符），已改用 a。`,
      );
      key = 'a';
    }
    let split = 0;
    if (splitText !== '') {
      if (/^\d+$/.test(splitText) && Number(splitText) < LIMITS.splits) split = Number(splitText);
      else problems.push(`${where}：分片「${splitText}」应为 0–${LIMITS.splits - 1} 的整数，已改用 0。`);
    }
    let arrival = lastArrival + 1;
    if (arrivalText !== '') {
      if (!/^\d+$/.test(arrivalText)) {
        problems.push(`${where}：到达时间「${arrivalText}」不是整数秒，已改用 ${arrival} 秒。`);
      } else if (Number(arrivalText) <= lastArrival) {
        problems.push(
          `${where}：到达时间 ${arrivalText} 秒不晚于上一条记录（${lastArrival} 秒）；实验按表中顺序每步读一条，已改用 ${arrival} 秒。`,
        );
      } else if (Number(arrivalText) > LIMITS.seconds) {
        problems.push(`${where}：到达时间 ${arrivalText} 秒超过上限 ${LIMITS.seconds} 秒，这一行没有使用。`);
        continue;
      } else {
        arrival = Number(arrivalText);
      }
    }
    if (arrival > LIMITS.seconds) {
      problems.push(`${where}：到达时间会超过上限 ${LIMITS.seconds} 秒，这一行没有使用。`);
      continue;
    }
    lastArrival = arrival;
    records.push({ts, key, split, arrival});
  }
  return {records, problems};
}

/**
 * Reads pasted CSV: one record per line, event time, key, split, arrival
 * (ms, text, 0-based, seconds); a header line, blank lines, spaces, tabs or
 * semicolons as separators are accepted.
 */
export function parseCsv(text: string): RecordsResult {
  const lines = text.split(/\r\n|\n|\r/);
  const rows: string[][] = [];
  const lineNumbers: number[] = [];
  lines.forEach((line, index) => {
    const fields = line.split(/[,;\t，]/);
    const isHeader = index === lines.findIndex((l) => l.trim() !== '') && !/^\s*\d/.test(line);
    if (line.trim() === '' || isHeader) return;
    rows.push(fields);
    lineNumbers.push(index + 1);
  });
  const result = readRecordRows(rows, (index) => `CSV 第 ${lineNumbers[index]} 行`);
  if (rows.length > 0 && result.records.length === 0) {
    result.problems.push('CSV 中没有一行可用的记录，表格保持不变。');
  }
  return result;
}

export function toCsv(records: LabRecord[]): string {
  // autocorrect-disable
  return ['事件时间,键,分片,到达时间', ...records.map((r) => `${r.ts},${r.key},${r.split},${r.arrival}`)].join('\n');
  // autocorrect-enable
}

/** The scenario's own checks on its parameters, shared by parse and by the form. */
export function normalizeScenario(input: Scenario): {scenario: Scenario; problems: string[]} {
  const problems: string[] = [];
  const scenario = {...input};
  const highestSplit = scenario.records.reduce((max, r) => Math.max(max, r.split), 0);
  if (scenario.splits < highestSplit + 1) {
    problems.push(
      `分片数 ${scenario.splits} 少于记录用到的分片（最大为 ${highestSplit}），已改用 ${highestSplit + 1}。`,
    );
    scenario.splits = highestSplit + 1;
  }
  // SlidingEventTimeWindows accepts size / slide up to 10,000,000; the lab
  // shows every window, so it keeps a record in at most 20.
  if (scenario.window === 'sliding' && Math.ceil(scenario.size / scenario.slide) > LIMITS.windowsPerRecord) {
    const slide = Math.ceil(scenario.size / LIMITS.windowsPerRecord);
    problems.push(
      `窗口大小 ${scenario.size} 与滑动步长 ${scenario.slide} 会让每条记录属于 ${Math.ceil(scenario.size / scenario.slide)} 个窗口，实验最多显示 ${LIMITS.windowsPerRecord} 个：滑动步长已改用 ${slide}。`,
    );
    scenario.slide = slide;
  }
  return {scenario, problems};
}

export function parse(query: string): Parsed {
  const params = queryParams(query);
  const problems: string[] = [];
  const get = (name: string) => params.get(name);
  const d = DEFAULT_SCENARIO;

  const recordText = get('r') ?? '';
  const rows = recordText === '' ? [] : recordText.split(';').map((row) => row.split(','));
  const read = readRecordRows(rows, (index) => `网址中的第 ${index + 1} 条记录`);
  problems.push(...read.problems);

  const windowText = get('w');
  let window = d.window;
  if (windowText !== undefined) {
    if ((WINDOW_KINDS as readonly string[]).includes(windowText)) window = windowText as WindowKind;
    else problems.push(`窗口类型「${windowText}」不认识（可选 tumbling、sliding、session），已改用 tumbling。`);
  }
  const sideText = get('side');
  if (sideText !== undefined && sideText !== '0' && sideText !== '1') {
    problems.push(`旁路输出 side=「${sideText}」应为 0 或 1，已改用 0（不设旁路输出）。`);
  }

  const scenario: Scenario = {
    records: read.records,
    splits: readInt(get('splits'), '分片数', '', 1, LIMITS.splits, 1, problems),
    bound: readInt(get('bound'), '乱序上界', '毫秒', 0, LIMITS.duration, d.bound, problems),
    idle: readInt(get('idle'), '空闲超时', '秒', 0, LIMITS.seconds, d.idle, problems),
    window,
    size: readInt(get('size'), '窗口大小', '毫秒', 1, LIMITS.duration, d.size, problems),
    slide: readInt(get('slide'), '滑动步长', '毫秒', 1, LIMITS.duration, d.slide, problems),
    gap: readInt(get('gap'), '会话间隙', '毫秒', 1, LIMITS.duration, d.gap, problems),
    lateness: readInt(get('late'), '允许迟到时间', '毫秒', 0, LIMITS.duration, d.lateness, problems),
    sideOutput: sideText === '1',
  };
  const normalized = normalizeScenario(scenario);
  problems.push(...normalized.problems);
  const step = readInt(get('at'), '当前步', '', 0, LIMITS.records + 1, 0, problems);
  return {scenario: normalized.scenario, step, problems};
}

/** The canonical query string (without "?"): parse(serialize(s)) gives s back. */
export function serialize(scenario: Scenario, step = 0): string {
  const records = scenario.records.map((r) => `${r.ts},${encodeURIComponent(r.key)},${r.split},${r.arrival}`).join(';');
  const parts = [
    `r=${records}`,
    `splits=${scenario.splits}`,
    `bound=${scenario.bound}`,
    `idle=${scenario.idle}`,
    `w=${scenario.window}`,
  ];
  if (scenario.window === 'session') parts.push(`gap=${scenario.gap}`);
  else parts.push(`size=${scenario.size}`);
  if (scenario.window === 'sliding') parts.push(`slide=${scenario.slide}`);
  parts.push(`late=${scenario.lateness}`, `side=${scenario.sideOutput ? 1 : 0}`);
  if (step > 0) parts.push(`at=${step}`);
  return parts.join('&');
}
