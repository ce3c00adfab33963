import type {Token} from 'prism-react-renderer';

/**
 * How a fenced block's highlighting travels from the build
 * (`rehypePrism.ts`, which encodes) to the browser (`src/theme/CodeBlock`,
 * which decodes). This module is the one definition of the format; it is
 * pure and imports nothing at run time, so the browser can load it.
 *
 * Writing one `<span>` per token made MDX emit about 60 bytes of
 * `jsx("span",{className:"token …",children:"…"})` per token, which put
 * code-heavy notes over their byte budget. Instead, the `<code>` element
 * keeps the fence's text as its only child, and two props describe the
 * tokens without repeating any of that text:
 *
 * - `data-token-types`: the block's distinct type lists in order of first
 *   use, each written as in the class attribute without `token` (types
 *   joined by a space), the lists joined by `,`:
 *   `plain,keyword,class-name punctuation`.
 * - `data-tokens`: one entry per token, in order: the index of its type
 *   list, then its length in decimal (UTF-16 code units, as JavaScript
 *   counts). The index is written in base 26 with letters, the last digit
 *   lowercase (`a` = 0 … `z` = 25) and any digits before it uppercase
 *   (`A` = 0 … `Z` = 25, never a leading `A`): `a`…`z` for the first 26
 *   lists, then `Ba`…`Zz`, then `BAa`… Letters and digits alternate, so
 *   entries need no separator: `b3a1c6` is a token of list 1 over 3
 *   characters, one of list 0 over 1, one of list 2 over 6.
 *
 * The text is read in order. Line breaks are `\n` only (the build turns
 * `\r\n` and `\r` into `\n`, as Prism's renderer would split lines there),
 * and the text ends with Markdown's final `\n`, which is not part of the
 * code (the theme drops it too). A `\n` where a token would start begins a
 * new line. A token may run over line breaks (a comment over several lines
 * is one entry); it is cut at them into one token per line, as Prism's
 * renderer cuts it, and empty pieces are left out, so an empty line has no
 * tokens (the theme draws it as an empty line). Every character of the
 * code belongs to a token or is one of those line breaks.
 *
 * Since no text is in the props, the code may hold any character (`,`,
 * letters, digits). Only a type name with a space or `,` cannot be
 * written; `encodeTokens` refuses it.
 */
export const TOKEN_TYPES_PROP = 'data-token-types';
export const TOKENS_PROP = 'data-tokens';

/** The two props' values. */
export interface EncodedTokens {
  types: string;
  tokens: string;
}

const LIST_SEPARATOR = ',';
const TYPE_SEPARATOR = ' ';
const LETTERS = 26;
const ENTRY = /([A-Z]*)([a-z])(\d+)/y;

function encodeIndex(index: number): string {
  const last = String.fromCharCode(97 + (index % LETTERS));
  let rest = Math.floor(index / LETTERS);
  let leading = '';
  while (rest > 0) {
    leading = String.fromCharCode(65 + (rest % LETTERS)) + leading;
    rest = Math.floor(rest / LETTERS);
  }
  return leading + last;
}

function decodeIndex(leading: string, last: string): number {
  let index = 0;
  for (const letter of leading) index = index * LETTERS + letter.charCodeAt(0) - 65;
  return index * LETTERS + last.charCodeAt(0) - 97;
}

/**
 * Encodes lines as prism-react-renderer's `normalizeTokens` returns them
 * (their contents joined by `\n` are the code). Throws if a type name
 * cannot be written in `data-token-types`.
 */
export function encodeTokens(lines: readonly (readonly Token[])[]): EncodedTokens {
  const lists: string[] = [];
  const indexes = new Map<string, number>();
  const entries: {index: number; length: number}[] = [];
  // Line breaks since the last token: inside the next token if it continues
  // that token's type list, otherwise implied by the text.
  let breaks = 0;
  lines.forEach((line, lineNumber) => {
    if (lineNumber > 0) breaks += 1;
    for (const token of line) {
      // `empty` marks the placeholder Prism's renderer puts on an empty line.
      if (token.empty || token.content === '') continue;
      const bad = token.types.find(
        (type) => type === '' || type.includes(TYPE_SEPARATOR) || type.includes(LIST_SEPARATOR),
      );
      if (bad !== undefined || token.types.length === 0) {
        throw new Error(`Prism 的 token 类型「${bad ?? ''}」是空的或含空格、逗号，写不进 ${TOKEN_TYPES_PROP}`);
      }
      const list = token.types.join(TYPE_SEPARATOR);
      let index = indexes.get(list);
      if (index === undefined) {
        index = lists.push(list) - 1;
        indexes.set(list, index);
      }
      const previous = entries.at(-1);
      if (previous && breaks > 0 && previous.index === index) previous.length += breaks + token.content.length;
      else entries.push({index, length: token.content.length});
      breaks = 0;
    }
  });
  return {
    types: lists.join(LIST_SEPARATOR),
    tokens: entries.map(({index, length}) => `${encodeIndex(index)}${length}`).join(''),
  };
}

/**
 * The lines of `code` (the `<code>` element's text, final `\n` included)
 * with their tokens, as `normalizeTokens` gave them minus empty tokens.
 * Null if the props do not describe this text: the caller shows the code
 * plain. No reason is given, as no reader could act on one and every page
 * would carry its text; the unit tests name each case.
 */
export function decodeTokens(code: string, {types, tokens}: EncodedTokens): Token[][] | null {
  const text = code.endsWith('\n') ? code.slice(0, -1) : code;
  const lists = types === '' ? [] : types.split(LIST_SEPARATOR).map((list) => list.split(TYPE_SEPARATOR));
  if (lists.some((list) => list.includes(''))) return null;
  const lines: Token[][] = [[]];
  let cursor = 0;
  ENTRY.lastIndex = 0;
  while (ENTRY.lastIndex < tokens.length) {
    const entry = ENTRY.exec(tokens);
    const list = entry && lists[decodeIndex(entry[1], entry[2])];
    if (!list) return null;
    while (text[cursor] === '\n') {
      lines.push([]);
      cursor += 1;
    }
    const length = Number(entry[3]);
    if (length === 0 || cursor + length > text.length) return null;
    text
      .slice(cursor, cursor + length)
      .split('\n')
      .forEach((content, piece) => {
        if (piece > 0) lines.push([]);
        if (content !== '') lines[lines.length - 1].push({types: list, content});
      });
    cursor += length;
  }
  for (; cursor < text.length; cursor += 1) {
    if (text[cursor] !== '\n') return null;
    lines.push([]);
  }
  return lines;
}
