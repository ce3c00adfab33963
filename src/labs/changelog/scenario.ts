/**
 * The scenario's two text forms: the query string of the lab's address
 * (the address is the scenario: a reload or a shared link shows the same
 * run) and the CSV a reader can paste. Both parse leniently: whatever is
 * wrong is reported in Chinese, naming what was used instead, and never
 * throws. The format is documented on the lab page (src/pages/labs/changelog.tsx).
 */
import {
  AGG_FUNCTIONS,
  CONFLICTS,
  JOIN_TYPES,
  KEEPS,
  MAX_EVENTS,
  MAX_TOP_N,
  MAX_VALUE_LENGTH,
  ROW_KINDS,
  SHAPES,
  TIME_ORDERS,
  tableOf,
  type InputEvent,
  type RowKind,
  type Scenario,
  type Shape,
  type Side,
} from './model';
import {outputColumns} from './planner';

export const MIN_TOP_N = 2;

/** The upsert sink's default primary key: the query's upsert key where it has one. */
export function defaultPk(scenario: Pick<Scenario, 'shape' | 'rowNumber'>): string[] {
  switch (scenario.shape) {
    case 'agg':
      return ['customer'];
    case 'join':
    case 'dedup':
      return ['order_id'];
    case 'topn':
      return scenario.rowNumber ? ['category', 'row_num'] : ['product_id'];
  }
}

export function defaultScenario(shape: Shape = 'agg'): Scenario {
  return {
    shape,
    agg: 'count',
    join: 'inner',
    keep: 'first',
    order: 'proctime',
    n: 3,
    rowNumber: true,
    pk: defaultPk({shape, rowNumber: true}),
    conflict: 'none',
    requireOnConflict: true,
    events: [],
    step: 0,
  };
}

/**
 * Row kinds in the address use the letters of Flink's changelog-mode
 * notation (changelogMode=[I,UB,UA,D] in explain output), which need no
 * escaping; CSV accepts these and the +I/-U/+U/-D form.
 */
const URL_KINDS: Record<RowKind, string> = {'+I': 'I', '-U': 'UB', '+U': 'UA', '-D': 'D'};

function kindOf(text: string): RowKind | 'WM' | null {
  const upper = text.trim().toUpperCase();
  if (upper === 'WM') return 'WM';
  if ((ROW_KINDS as readonly string[]).includes(upper)) return upper as RowKind;
  const byLetter = Object.entries(URL_KINDS).find(([, letters]) => letters === upper);
  return byLetter ? (byLetter[0] as RowKind) : null;
}

const isShape = (value: string): value is Shape => (SHAPES as readonly string[]).includes(value);

interface Parsed {
  scenario: Scenario;
  problems: string[];
}

/**
 * Fits raw fields (already split and decoded) to the scenario's tables:
 * side, kind and exactly one value per column. `where` names the row in
 * messages (「第 3 行」).
 */
function toEvent(
  fields: string[],
  scenario: Pick<Scenario, 'shape' | 'order'>,
  where: string,
  problems: string[],
): InputEvent | null {
  const rest = [...fields];
  // Values keep their spaces (the editor writes them as typed); row kinds
  // and sides are read trimmed.
  let side: Side = 'L';
  if (scenario.shape === 'join') {
    const first = (rest.shift() ?? '').trim().toUpperCase();
    if (first !== 'L' && first !== 'R') {
      problems.push(`${where}：Join 的每一行要先写 L（orders）或 R（products），却是「${first}」；这一行已跳过。`);
      return null;
    }
    side = first;
  }
  const kindText = rest.shift() ?? '';
  const kind = kindOf(kindText);
  if (!kind) {
    problems.push(`${where}：行类型「${kindText.trim()}」不认识（应为 +I、-U、+U、-D 或 WM）；这一行已跳过。`);
    return null;
  }
  if (kind === 'WM') {
    if (rest.length !== 1) problems.push(`${where}：WM 行只写一个水位线时间，已只取第一个值。`);
    return {side, kind, values: [clip(rest[0] ?? '', where, problems)]};
  }
  const columns = tableOf(scenario, side).columns;
  if (rest.length !== columns.length) {
    problems.push(
      `${where}：${tableOf(scenario, side).name} 有 ${columns.length} 列（${columns.map((c) => c.name).join('、')}），这一行却有 ${rest.length} 个值；${rest.length < columns.length ? '缺的值按空白处理' : '多出的值已丢弃'}。`,
    );
  }
  return {side, kind, values: columns.map((_, index) => clip(rest[index] ?? '', where, problems))};
}

function clip(value: string, where: string, problems: string[]): string {
  if (value.length <= MAX_VALUE_LENGTH) return value;
  problems.push(`${where}：值「${value.slice(0, 12)}…」超过 ${MAX_VALUE_LENGTH} 个字符，已截短。`);
  return value.slice(0, MAX_VALUE_LENGTH);
}

function pick<T extends string>(
  params: Map<string, string>,
  name: string,
  allowed: readonly T[],
  fallback: T,
  problems: string[],
): T {
  const value = params.get(name);
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  problems.push(`参数 ${name}=${value} 无效（可选 ${allowed.join('、')}），已改用 ${fallback}。`);
  return fallback;
}

function integer(text: string | undefined): number | null {
  return text !== undefined && /^-?\d{1,9}$/.test(text.trim()) ? Number(text) : null;
}

/** Splits the raw query into parameters, decoding each value; bad escapes are reported, not thrown. */
function readParams(query: string, problems: string[]): {params: Map<string, string>; rawRows: string | null} {
  const params = new Map<string, string>();
  let rawRows: string | null = null;
  for (const part of query.replace(/^[?#]/, '').split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const name = eq < 0 ? part : part.slice(0, eq);
    const raw = eq < 0 ? '' : part.slice(eq + 1);
    // rows keeps its separators: each field is decoded on its own.
    if (name === 'rows') {
      rawRows = raw;
      continue;
    }
    try {
      params.set(name, decodeURIComponent(raw.replaceAll('+', ' ')));
    } catch {
      problems.push(`参数 ${name} 含有无法解码的字符，已忽略。`);
    }
  }
  return {params, rawRows};
}

const KNOWN_PARAMS = new Set([
  'shape',
  'agg',
  'join',
  'keep',
  'order',
  'n',
  'rownum',
  'pk',
  'conflict',
  'require',
  'step',
]);

/** Reads a scenario from the lab's query string. Never throws. */
export function parseScenario(query: string): Parsed {
  const problems: string[] = [];
  const {params, rawRows} = readParams(query, problems);
  for (const name of params.keys()) {
    if (!KNOWN_PARAMS.has(name)) problems.push(`参数 ${name} 不认识，已忽略。`);
  }
  const shapeText = params.get('shape');
  let shape: Shape = 'agg';
  if (shapeText !== undefined) {
    if (isShape(shapeText)) shape = shapeText;
    else problems.push(`参数 shape=${shapeText} 不是已知的查询形状（${SHAPES.join('、')}），已改用 agg。`);
  }
  const scenario = defaultScenario(shape);
  scenario.agg = pick(params, 'agg', AGG_FUNCTIONS, 'count', problems);
  scenario.join = pick(params, 'join', JOIN_TYPES, 'inner', problems);
  scenario.keep = pick(params, 'keep', KEEPS, 'first', problems);
  scenario.order = pick(params, 'order', TIME_ORDERS, 'proctime', problems);
  scenario.conflict = pick(params, 'conflict', CONFLICTS, 'none', problems);
  scenario.rowNumber = pick(params, 'rownum', ['1', '0'] as const, '1', problems) === '1';
  scenario.requireOnConflict = pick(params, 'require', ['1', '0'] as const, '1', problems) === '1';

  const nText = params.get('n');
  if (nText !== undefined) {
    const n = integer(nText);
    if (n === null) problems.push(`参数 n=${nText} 不是整数，已改用 ${scenario.n}。`);
    else {
      const clamped = Math.min(MAX_TOP_N, Math.max(MIN_TOP_N, n));
      if (clamped !== n) problems.push(`参数 n=${n} 超出范围（${MIN_TOP_N} 到 ${MAX_TOP_N}），已改用 ${clamped}。`);
      scenario.n = clamped;
    }
  }

  const columns = outputColumns(scenario);
  scenario.pk = defaultPk(scenario);
  const pkText = params.get('pk');
  if (pkText !== undefined) {
    const names = pkText.split(',').map((name) => name.trim());
    const unknown = names.filter((name) => !columns.includes(name));
    const known = columns.filter((column) => names.includes(column));
    if (unknown.length > 0)
      problems.push(`主键里的 ${unknown.join('、')} 不是结果的列（${columns.join('、')}），已去掉。`);
    if (known.length > 0) scenario.pk = known;
    else problems.push(`upsert 结果表至少要有一列主键，已改用 ${scenario.pk.join(', ')}。`);
  }

  scenario.events = rawRows === null ? [] : parseUrlRows(rawRows, scenario, problems);

  const stepText = params.get('step');
  if (stepText !== undefined) {
    const step = integer(stepText);
    if (step === null) problems.push(`参数 step=${stepText} 不是整数，已从第 0 步开始。`);
    else {
      scenario.step = Math.min(scenario.events.length, Math.max(0, step));
      if (scenario.step !== step)
        problems.push(`参数 step=${step} 超出范围（0 到 ${scenario.events.length}），已改用 ${scenario.step}。`);
    }
  }
  return {scenario, problems};
}

function parseUrlRows(raw: string, scenario: Scenario, problems: string[]): InputEvent[] {
  const rows = raw.split(';').filter((row) => row !== '');
  if (rows.length > MAX_EVENTS) {
    problems.push(`rows 有 ${rows.length} 行，超过上限 ${MAX_EVENTS} 行：只读取前 ${MAX_EVENTS} 行。`);
  }
  const events: InputEvent[] = [];
  rows.slice(0, MAX_EVENTS).forEach((row, index) => {
    const where = `第 ${index + 1} 行`;
    let fields: string[];
    try {
      fields = row.split(',').map((field) => decodeURIComponent(field));
    } catch {
      problems.push(`${where} 含有无法解码的字符，已跳过。`);
      return;
    }
    const event = toEvent(fields, scenario, where, problems);
    if (event) events.push(event);
  });
  return events;
}

/** Each field is percent-encoded on its own, so a comma or semicolon in a value cannot split it. */
const encodeField = (value: string) => encodeURIComponent(value);

function eventFields(event: InputEvent, shape: Shape, kindText: (kind: RowKind | 'WM') => string): string[] {
  return [...(shape === 'join' ? [event.side] : []), kindText(event.kind), ...event.values];
}

/** The query string for a scenario, in a stable order, without defaults. */
export function serializeScenario(scenario: Scenario): string {
  const defaults = defaultScenario(scenario.shape);
  const parts: string[] = [];
  const add = (name: string, value: string, fallback: string) => {
    if (value !== fallback) parts.push(`${name}=${encodeURIComponent(value)}`);
  };
  add('shape', scenario.shape, 'agg');
  if (scenario.shape === 'agg') add('agg', scenario.agg, defaults.agg);
  if (scenario.shape === 'join') add('join', scenario.join, defaults.join);
  if (scenario.shape === 'dedup') {
    add('keep', scenario.keep, defaults.keep);
    add('order', scenario.order, defaults.order);
  }
  if (scenario.shape === 'topn') {
    add('n', String(scenario.n), String(defaults.n));
    add('rownum', scenario.rowNumber ? '1' : '0', '1');
  }
  const pk = scenario.pk.join(',');
  if (pk !== defaultPk(scenario).join(',')) parts.push(`pk=${pk.split(',').map(encodeURIComponent).join(',')}`);
  add('conflict', scenario.conflict, 'none');
  add('require', scenario.requireOnConflict ? '1' : '0', '1');
  if (scenario.events.length > 0) {
    const rows = scenario.events.map((event) =>
      eventFields(event, scenario.shape, (kind) => (kind === 'WM' ? 'WM' : URL_KINDS[kind]))
        .map(encodeField)
        .join(','),
    );
    parts.push(`rows=${rows.join(';')}`);
  }
  add('step', String(scenario.step), '0');
  return parts.join('&');
}

/** One CSV field: quoted when it holds a comma, a quote or surrounding spaces. */
function csvField(value: string): string {
  return /[",\n\r]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The events as CSV, one line each, with +I/-U/+U/-D kinds. */
export function eventsToCsv(events: readonly InputEvent[], shape: Shape): string {
  return events
    .map((event) =>
      eventFields(event, shape, (kind) => kind)
        .map(csvField)
        .join(','),
    )
    .join('\n');
}

/**
 * Splits one CSV line into fields; double quotes may wrap a field ("" is a
 * quote inside one). Unquoted fields are trimmed, quoted ones kept as they are.
 */
function splitCsvLine(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let wasQuoted = false;
  const push = () => {
    fields.push(wasQuoted ? field : field.trim());
    field = '';
    wasQuoted = false;
  };
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === ',') push();
    else if (char === '"' && field.trim() === '' && !wasQuoted) {
      quoted = true;
      wasQuoted = true;
      field = '';
    } else if (!wasQuoted) field += char;
  }
  push();
  return fields;
}

/**
 * Reads pasted CSV: one event per line, `[L|R,]kind,value,…`. Blank lines,
 * lines starting with # and a header line (starting with kind/side/类型)
 * are skipped. Stops reading after MAX_EVENTS events, so a huge paste costs
 * one split and no more.
 */
export function parseCsv(
  text: string,
  scenario: Pick<Scenario, 'shape' | 'order'>,
): {events: InputEvent[]; problems: string[]} {
  const problems: string[] = [];
  const events: InputEvent[] = [];
  const lines = text.split(/\r?\n/);
  let counted = 0;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line || line.startsWith('#') || /^(kind|side|类型)\s*(,|$)/i.test(line)) continue;
    counted += 1;
    if (events.length >= MAX_EVENTS) continue;
    const event = toEvent(splitCsvLine(line), scenario, `CSV 第 ${index + 1} 行`, problems);
    if (event) events.push(event);
  }
  if (counted > MAX_EVENTS) {
    problems.push(`粘贴的内容有 ${counted} 行数据，超过上限 ${MAX_EVENTS} 行：只读取了前 ${MAX_EVENTS} 行。`);
  }
  return {events, problems};
}

type Settings = Partial<
  Pick<Scenario, 'agg' | 'join' | 'keep' | 'order' | 'n' | 'rowNumber' | 'pk' | 'conflict' | 'requireOnConflict'>
>;

/**
 * A scenario with some query or sink settings changed, kept consistent: the
 * primary key only names output columns (the default key if none is left),
 * and switching deduplication between processing and event time adds or
 * drops the ts column (each row's ts is its position) and the WM rows.
 */
export function withSettings(scenario: Scenario, changes: Settings): Scenario {
  const next: Scenario = {...scenario, ...changes};
  if (scenario.shape === 'dedup' && next.order !== scenario.order) {
    next.events =
      next.order === 'rowtime'
        ? scenario.events.map((event, index) => ({...event, values: [...event.values, String(index + 1)]}))
        : scenario.events
            .filter((event) => event.kind !== 'WM')
            .map((event) => ({...event, values: event.values.slice(0, 3)}));
    next.step = Math.min(next.step, next.events.length);
  }
  const columns = outputColumns(next);
  const pk = next.pk.filter((name) => columns.includes(name));
  next.pk = pk.length > 0 ? pk : defaultPk(next);
  return next;
}
