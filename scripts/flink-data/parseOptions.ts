/**
 * Reads ConfigOption definitions out of Flink's Java sources. Not a Java
 * parser: option definitions follow one builder shape
 * (`public static final ConfigOption<T> NAME = ConfigOptions.key("a.b")
 * .…Type().defaultValue(…).withDeprecatedKeys("…").withFallbackKeys(…)…;`),
 * and this reads that shape, resolving string constants of the same file.
 * What it cannot resolve it reports, so a run says how much it skipped.
 */
export interface ParsedOption {
  /** Class.FIELD, for resolving `FIELD.key()` references. */
  field: string;
  key: string;
  deprecatedKeys: string[];
  /** Literal fallback keys, and references (`Class.FIELD` or `FIELD`) still to resolve. */
  fallbackKeys: string[];
  fallbackRefs: string[];
  /** The option itself is @Deprecated (or its whole class is). */
  deprecated: boolean;
  /** The defaultValue(...) argument as written in Java, whitespace-collapsed; undefined without one. */
  defaultExpr?: string;
  file: string;
}

export interface ParseResult {
  options: ParsedOption[];
  /** Option fields whose key could not be read, as Class.FIELD. */
  unresolved: string[];
}

/** Blanks out comments and keeps string literals, so that scanning for parentheses and `;` is safe. */
function stripComments(source: string): string {
  let out = '';
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? source.length : end + 2;
      // Keep line breaks so positions stay readable when debugging.
      out += source.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop;
    } else if (c === '"') {
      if (source.startsWith('"""', i)) {
        const end = source.indexOf('"""', i + 3);
        const stop = end === -1 ? source.length : end + 3;
        out += source.slice(i, stop);
        i = stop;
        continue;
      }
      let j = i + 1;
      while (j < source.length && source[j] !== '"') j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === "'") {
      let j = i + 1;
      while (j < source.length && source[j] !== "'") j += source[j] === '\\' ? 2 : 1;
      out += source.slice(i, j + 1);
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** The text between the parenthesis at `open` and its match, skipping string literals. */
function balanced(text: string, open: number): string | undefined {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return text.slice(open + 1, i);
    }
  }
  return undefined;
}

/** Splits a call's arguments on top-level commas. */
function splitArgs(args: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < args.length; i++) {
    const c = args[i];
    if (c === '"') {
      i++;
      while (i < args.length && args[i] !== '"') i += args[i] === '\\' ? 2 : 1;
    } else if (c === '(' || c === '{' || c === '[') depth++;
    else if (c === ')' || c === '}' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(args.slice(start, i).trim());
      start = i + 1;
    }
  }
  const last = args.slice(start).trim();
  if (last) parts.push(last);
  return parts;
}

const unquote = (literal: string) => JSON.parse(literal) as string;

/** Evaluates `"a" + CONST + "b"` with the file's string constants; undefined when something is not known. */
function evalString(expr: string, constants: Map<string, string>): string | undefined {
  const parts = splitOnPlus(expr.trim());
  let value = '';
  for (const part of parts) {
    if (/^"(?:[^"\\]|\\.)*"$/.test(part)) value += unquote(part);
    else if (/^[A-Za-z_][\w.]*$/.test(part) && constants.has(part.split('.').at(-1)!)) {
      value += constants.get(part.split('.').at(-1)!)!;
    } else return undefined;
  }
  return value;
}

function splitOnPlus(expr: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < expr.length; i++) {
    const c = expr[i];
    if (c === '"') {
      i++;
      while (i < expr.length && expr[i] !== '"') i += expr[i] === '\\' ? 2 : 1;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '+' && depth === 0) {
      parts.push(expr.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(expr.slice(start).trim());
  return parts;
}

/** Every `.name(` call of a builder chain, with its argument text. */
function calls(chain: string, name: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(`\\.${name}\\s*\\(`, 'g');
  for (let match = pattern.exec(chain); match; match = pattern.exec(chain)) {
    const args = balanced(chain, match.index + match[0].length - 1);
    if (args !== undefined) found.push(args);
  }
  return found;
}

export function parseOptionsFile(file: string, source: string): ParseResult {
  const code = stripComments(source);
  const className =
    /\b(?:class|interface)\s+(\w+)/.exec(code)?.[1] ??
    file
      .split('/')
      .at(-1)!
      .replace(/\.java$/, '');
  const classHeader = code.slice(0, code.search(/\b(?:class|interface)\s+\w+/));
  const classDeprecated = /@Deprecated\b/.test(classHeader);
  const constants = new Map<string, string>();
  for (const m of code.matchAll(/static\s+final\s+String\s+(\w+)\s*=\s*([^;]+);/g)) {
    const value = evalString(m[2], constants);
    if (value !== undefined) constants.set(m[1], value);
  }
  const options: ParsedOption[] = [];
  const unresolved: string[] = [];
  const declaration =
    /((?:@[\w.]+(?:\([^;{}]*?\))?\s*)*)(?:public|protected|private)?\s*static\s+final\s+ConfigOption<[^=;]*?>\s+(\w+)\s*=/g;
  for (let m = declaration.exec(code); m; m = declaration.exec(code)) {
    const start = m.index + m[0].length;
    // The statement ends at the first `;` outside parentheses and strings.
    let depth = 0;
    let end = start;
    for (; end < code.length; end++) {
      const c = code[end];
      if (c === '"') {
        end++;
        while (end < code.length && code[end] !== '"') end += code[end] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')') depth--;
      else if (c === ';' && depth === 0) break;
    }
    const chain = code.slice(start, end);
    const field = `${className}.${m[2]}`;
    const keyCall = /\bkey\s*\(/.exec(chain);
    const keyArgs = keyCall ? balanced(chain, keyCall.index + keyCall[0].length - 1) : undefined;
    const key = keyArgs === undefined ? undefined : evalString(keyArgs, constants);
    if (key === undefined) {
      unresolved.push(field);
      continue;
    }
    const strings = (args: string[]) =>
      args.flatMap(splitArgs).map((arg) => ({arg, value: evalString(arg, constants)}));
    const deprecatedKeys = strings(calls(chain, 'withDeprecatedKeys'))
      .map((a) => a.value)
      .filter((v): v is string => v !== undefined);
    const fallbacks = strings(calls(chain, 'withFallbackKeys'));
    const defaultCall = calls(chain, 'defaultValue')[0];
    options.push({
      field,
      key,
      deprecatedKeys,
      fallbackKeys: fallbacks.map((a) => a.value).filter((v): v is string => v !== undefined),
      fallbackRefs: fallbacks
        .filter((a) => a.value === undefined)
        .map((a) => a.arg.replace(/\.key\(\)$/, ''))
        .map((ref) => (ref.includes('.') ? ref : `${className}.${ref}`)),
      deprecated: classDeprecated || /@Deprecated\b/.test(m[1]),
      defaultExpr: defaultCall?.replace(/\s+/g, ' ').trim(),
      file,
    });
  }
  return {options, unresolved};
}

/** Rows of the generated configuration tables (docs/layouts/shortcodes/generated/*.html): key, default as the docs show it, type. */
export function parseGeneratedTable(html: string): {key: string; default: string; type: string}[] {
  const rows: {key: string; default: string; type: string}[] = [];
  const decode = (text: string) =>
    text
      .replace(/<[^>]+>/g, '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
      .trim();
  for (const m of html.matchAll(
    /<tr>\s*<td><h5>([\s\S]*?)<\/h5><\/td>\s*<td[^>]*>([\s\S]*?)<\/td>\s*<td>([\s\S]*?)<\/td>/g,
  )) {
    rows.push({key: decode(m[1]), default: decode(m[2]), type: decode(m[3])});
  }
  return rows;
}
