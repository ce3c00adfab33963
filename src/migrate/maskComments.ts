/**
 * Blanks out comments, keeping every other character (and so every offset,
 * line and column) where it was, so that an old API named in a comment
 * ("// FsStateBackend was removed") is not reported as used. String literals
 * are kept: config keys live in them (conf.setString("state.backend", …)).
 *
 * Why not a parser: the checker reads Java, Scala, Python, SQL and YAML that
 * readers paste — often fragments that no parser accepts — and it only needs
 * to know what is a comment. An unclosed comment or string runs to the end
 * of the text, as it would for the compiler.
 */
export type CommentStyle = 'c' | 'hash' | 'sql';

export function maskComments(text: string, style: CommentStyle): string {
  // The text between comments is copied in slices, not character by
  // character: a 5 MB file is masked in tens of milliseconds.
  const out: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number) => {
    const comment = text.slice(from, to);
    const spaces = /[\r\n]/.test(comment)
      ? comment.replace(/[^\r\n]+/g, (run) => ' '.repeat(run.length))
      : ' '.repeat(comment.length);
    out.push(text.slice(copied, from), spaces);
    copied = to;
  };

  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '"' || c === "'" || (c === '`' && style === 'c')) {
      // Triple-quoted strings (Python, Java text blocks, Scala) end at the same triple.
      const triple = text.startsWith(c.repeat(3), i) ? c.repeat(3) : '';
      if (triple) {
        const end = text.indexOf(triple, i + 3);
        const stop = end === -1 ? text.length : end + 3;
        // A Python string that is a statement of its own (a docstring) does
        // nothing: it is prose, like a comment. One that is an argument or a
        // value (execute_sql("""…"""), sql = """…""") is kept.
        if (style === 'hash' && c !== '`' && startsStatement(text, i)) blank(i, stop);
        i = stop;
        continue;
      }
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' && style !== 'sql' ? 2 : 1;
      i = j + 1;
      continue;
    }
    const lineComment =
      (style === 'c' && c === '/' && next === '/') ||
      (style === 'sql' && c === '-' && next === '-') ||
      (style === 'hash' && c === '#');
    if (lineComment) {
      const end = text.indexOf('\n', i);
      const stop = end === -1 ? text.length : end;
      blank(i, stop);
      i = stop;
      continue;
    }
    if ((style === 'c' || style === 'sql') && c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? text.length : end + 2;
      blank(i, stop);
      i = stop;
      continue;
    }
    i++;
  }
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * True when nothing before `at` on its line but blanks, and the code before
 * that line does not continue into it: it does not end in an open bracket,
 * a comma, an operator or a backslash (a docstring follows `def f():`, a
 * class line, another statement, or nothing at all).
 */
function startsStatement(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (text.slice(lineStart, at).trim() !== '') return false;
  const before = text
    .slice(0, lineStart)
    .replace(/#[^\n]*$/gm, '')
    .trimEnd();
  return before === '' || !/[([{,=+\-*/%<>|&\\]$/.test(before);
}
