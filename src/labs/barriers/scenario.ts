/**
 * The checkpoint-barrier lab's scenario and its URL format. React-free, so
 * the lab, its page, the note's embed and the tests share one definition.
 *
 * A scenario is one Task with two input channels, its output buffer, and the
 * two options that decide how checkpoint n is aligned. The query string is
 * the scenario:
 *
 *   ?ch1=a1,a2,|@2,a3&ch2=b1,b2,b3,|@6,b4&out=o1,o2&drain=2&unaligned=1&timeout=4
 *
 * - ch1, ch2: what the upstream sent on the channel, in order: records
 *   (1–8 letters or digits) and one barrier `|` for checkpoint n. `@t` after
 *   an item: it reaches this Task at the start of step t; an item without
 *   `@` arrives with the item before it (the first one at step 0, i.e. it
 *   is already in the input buffer).
 * - out: records already waiting in the output buffer for the downstream.
 * - drain: the downstream takes one record every `drain` steps (0: never,
 *   the downstream is fully backpressured).
 * - unaligned: execution.checkpointing.unaligned.enabled (1 or 0).
 * - timeout: execution.checkpointing.aligned-checkpoint-timeout, in steps.
 */

export interface RecordItem {
  kind: 'record';
  label: string;
  /** The step at whose start the record reaches this Task. */
  arrival: number;
}

export interface BarrierItem {
  kind: 'barrier';
  arrival: number;
}

export type ChannelItem = RecordItem | BarrierItem;

export interface Scenario {
  /** Each channel holds exactly one barrier (parse adds or drops barriers to make it so). */
  channels: ChannelItem[][];
  output: string[];
  drain: number;
  unaligned: boolean;
  timeout: number;
}

/**
 * Caps on what a scenario may hold. Every item is drawn on the lab and the
 * run is replayed step by step, so the caps keep the picture readable and
 * the work per edit small; what lies beyond a cap is dropped with a message.
 */
export const LIMITS = {
  /** Items (records and the barrier) per input channel. */
  channelItems: 30,
  /** Records already in the output buffer. */
  outputRecords: 20,
  /** The latest step at which an item may arrive. */
  arrival: 60,
  /** The longest gap between two records the downstream takes. */
  drain: 10,
  /** The largest aligned-checkpoint timeout, in steps. */
  timeout: 60,
  /** Characters of a record's name. */
  label: 8,
} as const;

export const CHANNEL_PARAMS = ['ch1', 'ch2'] as const;
const PARAMS = [...CHANNEL_PARAMS, 'out', 'drain', 'unaligned', 'timeout'] as const;

export const DEFAULT_QUERY = 'ch1=a1,a2,|@2,a3,a4&ch2=b1,b2,b3,b4,b5,|@8,b6&out=o1,o2&drain=3&unaligned=0&timeout=0';

export const BARRIER_TOKEN = '|';
const LABEL = new RegExp(`^[\\p{L}\\p{N}_-]{1,${LIMITS.label}}$`, 'u');
// Readers may type full-width separators and bars on a Chinese keyboard.
const SEPARATORS = /[\s,，、;；]+/u;
const BARRIERS = new Set(['|', '｜']);

/**
 * How checkpoint n is aligned, as CheckpointOptions.forConfig decides from the
 * two options (aligned when unaligned checkpoints are off, whatever the
 * timeout; unaligned from the start when the timeout is 0; otherwise aligned
 * with a timeout):
 * https://github.com/apache/flink/blob/f3953d2a141929a5266593fa8071a273c3808209/flink-runtime/src/main/java/org/apache/flink/runtime/checkpoint/CheckpointOptions.java#L101-L116
 */
export type AlignmentMode = 'aligned' | 'unaligned' | 'timeoutable';

export function alignmentMode(scenario: Pick<Scenario, 'unaligned' | 'timeout'>): AlignmentMode {
  if (!scenario.unaligned) return 'aligned';
  return scenario.timeout === 0 ? 'unaligned' : 'timeoutable';
}

export function describeMode(scenario: Pick<Scenario, 'unaligned' | 'timeout'>): string {
  switch (alignmentMode(scenario)) {
    case 'aligned':
      return scenario.timeout > 0
        ? `对齐的检查点。非对齐检查点没有开启，对齐超时（${scenario.timeout} 步）不起作用。`
        : '对齐的检查点：先到屏障的通道被阻塞，直到所有通道的屏障到齐。';
    case 'unaligned':
      return '非对齐检查点：对齐超时为 0，检查点从一开始就不对齐，屏障越过缓冲区里的数据。';
    case 'timeoutable':
      return `先按对齐方式做；从检查点触发（第 0 步）算起过了 ${scenario.timeout} 步还没对齐完，就切换为非对齐检查点。`;
  }
}

export const channelName = (index: number) => `通道 ${index + 1}`;

export interface ParseResult {
  scenario: Scenario;
  /** What was wrong with the input and what was used instead, one sentence each. */
  problems: string[];
}

function parseChannel(text: string, name: string, problems: string[]): ChannelItem[] {
  let tokens = text.split(SEPARATORS).filter(Boolean);
  if (tokens.length > LIMITS.channelItems) {
    problems.push(
      `${name} 有 ${tokens.length} 项，超过上限 ${LIMITS.channelItems} 项，只用了前 ${LIMITS.channelItems} 项（每一项都要画出来、逐步回放，太多就看不清了）。`,
    );
    tokens = tokens.slice(0, LIMITS.channelItems);
  }
  const items: ChannelItem[] = [];
  let arrival = 0;
  let barriers = 0;
  for (const token of tokens) {
    const at = token.indexOf('@');
    const word = at === -1 ? token : token.slice(0, at);
    if (!BARRIERS.has(word) && !LABEL.test(word)) {
      problems.push(`${name}：「${token}」不是记录名（记录名是 1–${LIMITS.label} 个字母或数字，屏障写作 |），已忽略。`);
      continue;
    }
    if (at !== -1) {
      const raw = token.slice(at + 1);
      const step = /^\d+$/.test(raw) ? Number(raw) : NaN;
      if (Number.isNaN(step)) {
        problems.push(`${name}：「${token}」的 @ 后面要写第几步到达（0 或正整数），已按第 ${arrival} 步处理。`);
      } else if (step > LIMITS.arrival) {
        problems.push(
          `${name}：「${token}」的到达时间超过上限第 ${LIMITS.arrival} 步，已按第 ${LIMITS.arrival} 步处理。`,
        );
        arrival = Math.max(arrival, LIMITS.arrival);
      } else if (step < arrival) {
        problems.push(
          `${name}：「${token}」早于前一项的第 ${arrival} 步到达。通道先进先出，后发的数据不会先到，已按第 ${arrival} 步处理。`,
        );
      } else {
        arrival = step;
      }
    }
    if (BARRIERS.has(word)) {
      barriers += 1;
      if (barriers === 1) items.push({kind: 'barrier', arrival});
    } else {
      items.push({kind: 'record', label: word, arrival});
    }
  }
  if (barriers > 1) {
    problems.push(`${name} 有 ${barriers} 个屏障。实验只模拟一个检查点，只保留了第一个。`);
  }
  if (barriers === 0) {
    problems.push(`${name} 没有屏障 |，已在末尾补上一个（第 ${arrival} 步到达）。`);
    items.push({kind: 'barrier', arrival});
  }
  return items;
}

function parseOutput(text: string, problems: string[]): string[] {
  const labels: string[] = [];
  for (const token of text.split(SEPARATORS).filter(Boolean)) {
    if (BARRIERS.has(token)) {
      problems.push('输出缓冲区里不能写屏障：屏障由这个 Task 自己发出，已忽略。');
    } else if (token.includes('@')) {
      const label = token.slice(0, token.indexOf('@'));
      problems.push(`输出缓冲区：「${token}」已经在缓冲区里，不需要写到达时间，已按「${label}」处理。`);
      if (LABEL.test(label)) labels.push(label);
    } else if (LABEL.test(token)) {
      labels.push(token);
    } else {
      problems.push(`输出缓冲区：「${token}」不是记录名（1–${LIMITS.label} 个字母或数字），已忽略。`);
    }
  }
  if (labels.length > LIMITS.outputRecords) {
    problems.push(
      `输出缓冲区有 ${labels.length} 条记录，超过上限 ${LIMITS.outputRecords} 条，只用了前 ${LIMITS.outputRecords} 条。`,
    );
    return labels.slice(0, LIMITS.outputRecords);
  }
  return labels;
}

const DEFAULT_PARAMS = new URLSearchParams(DEFAULT_QUERY);

function parseInteger(raw: string, key: 'drain' | 'timeout', what: string, max: number, problems: string[]): number {
  const value = raw.trim();
  if (/^\d+$/.test(value) && Number(value) <= max) return Number(value);
  const fallback = Number(DEFAULT_PARAMS.get(key));
  problems.push(`${what}「${raw}」不是 0–${max} 之间的整数，已用 ${fallback}。`);
  return fallback;
}

/**
 * Reads a scenario from a query string (with or without the leading `?`).
 * A missing parameter takes its default; anything unusable is replaced and
 * reported, so every query string gives a scenario that can be played.
 */
export function parse(query: string): ParseResult {
  const problems: string[] = [];
  // URLSearchParams never throws: a broken escape such as %E0%A4 decodes to
  // U+FFFD, which then fails the record-name rule with a message.
  const params = new URLSearchParams(query.replace(/^\?/, ''));
  const unknown = [...new Set(params.keys())].filter((key) => !(PARAMS as readonly string[]).includes(key));
  if (unknown.length > 0) {
    problems.push(
      `网址里的参数${unknown.map((key) => `「${key}」`).join('、')}不认识，已忽略（可用的参数见实验页的「网址格式」）。`,
    );
  }
  const get = (key: (typeof PARAMS)[number]) => params.get(key) ?? DEFAULT_PARAMS.get(key) ?? '';

  const channels = CHANNEL_PARAMS.map((key, index) => parseChannel(get(key), channelName(index), problems));
  const output = parseOutput(get('out'), problems);
  const drain = parseInteger(get('drain'), 'drain', '下游取走记录的间隔', LIMITS.drain, problems);
  const timeout = parseInteger(get('timeout'), 'timeout', '对齐超时', LIMITS.timeout, problems);

  let unaligned = false;
  const flag = get('unaligned').trim();
  if (flag === '1' || flag === 'true') unaligned = true;
  else if (flag !== '0' && flag !== 'false') {
    problems.push(`「unaligned=${flag}」应为 1（开启）或 0（关闭），已按关闭处理。`);
  }

  return {scenario: {channels, output, drain, unaligned, timeout}, problems};
}

/** A channel as the reader writes it: `a1, a2, |@2, a3`. */
export function formatChannel(items: ChannelItem[], separator = ','): string {
  let arrival = 0;
  return items
    .map((item) => {
      const name = item.kind === 'barrier' ? BARRIER_TOKEN : item.label;
      const suffix = item.arrival !== arrival ? `@${item.arrival}` : '';
      arrival = item.arrival;
      return name + suffix;
    })
    .join(separator);
}

// Commas, bars and @ stay readable in the address: the URL standard leaves
// them unescaped in a query, with the hash router too.
const encode = (value: string) =>
  encodeURIComponent(value).replace(/%2C/g, ',').replace(/%7C/g, '|').replace(/%40/g, '@');

/** The query string of a scenario (without `?`), every parameter written out so a shared link never depends on defaults. */
export function serialize(scenario: Scenario): string {
  const values: [string, string][] = [
    ...CHANNEL_PARAMS.map((key, index): [string, string] => [key, formatChannel(scenario.channels[index] ?? [])]),
    ['out', scenario.output.join(',')],
    ['drain', String(scenario.drain)],
    ['unaligned', scenario.unaligned ? '1' : '0'],
    ['timeout', String(scenario.timeout)],
  ];
  return values.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}
