/**
 * Finds old Flink APIs in code: the one matcher behind both the migration
 * checker (readers' code) and the docs rules (the hub's own code blocks), so
 * what the hub rejects in its notes and what it reports in a reader's job
 * are the same thing. Data: src/data/apiChanges.ts (curated changes, each
 * with a replacement) and the classes the 2.0 release notes list as removed.
 */
import {apiChanges, type ApiChange} from '../data/apiChanges';
import {REMOVED_CLASSES_2_0} from '../data/flinkRemovedClasses.generated';
import {maskComments, type CommentStyle} from './maskComments';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A name as a whole word: `FsStateBackend` but not `MyFsStateBackend`, and
 * `state.backend` but not `state.backend.type` or `x.state.backend`. A plain
 * identifier may follow a dot (`env.setStateBackend`); a dotted key may not.
 * In prose a name is not followed by `.word` either (`FsStateBackend.java` is
 * a file); in code an identifier may be (`TimeCharacteristic.EventTime`).
 */
export function nameRegExp(name: string, {inCode = false}: {inCode?: boolean} = {}): RegExp {
  const dotted = name.includes('.');
  const before = dotted ? '(?<![\\w$.-])' : '(?<![\\w$-])';
  const after = dotted || !inCode ? '(?![\\w$-]|\\.\\w)' : '(?![\\w$-])';
  return new RegExp(`${before}${escape(name)}${after}`);
}

/** How code in a language using the old API looks: PyFlink has its own names where the entry says so. */
export function usagePatterns(change: ApiChange, language?: CodeLanguage): RegExp[] {
  if (language === 'python' && change.python) return change.python.usage;
  return change.usage ?? change.names.map((name) => nameRegExp(name, {inCode: true}));
}

export type CodeLanguage = 'java' | 'scala' | 'kotlin' | 'python' | 'sql' | 'yaml' | 'text';

const COMMENT_STYLE: Record<CodeLanguage, CommentStyle | undefined> = {
  java: 'c',
  scala: 'c',
  kotlin: 'c',
  python: 'hash',
  sql: 'sql',
  yaml: 'hash',
  text: undefined,
};

/** The code with its comments blanked out, offsets kept: what the matcher and the key scan read. */
export function withoutComments(code: string, language: CodeLanguage): string {
  const style = COMMENT_STYLE[language];
  return style ? maskComments(code, style) : code;
}

export type CodeUse =
  | {kind: 'change'; change: ApiChange; index: number; length: number}
  | {kind: 'removed-class'; className: string; index: number; length: number};

const global = (pattern: RegExp) =>
  new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

// The curated entries that already name a class, so a class import is
// reported once, with its replacement, rather than also as a bare removal.
function coveredByChanges(className: string, changes: readonly ApiChange[]): boolean {
  return changes.some((change) => usagePatterns(change).some((pattern) => new RegExp(pattern.source).test(className)));
}

const REMOVED_IMPORT = /\bimport\s+(?:static\s+)?(org\.apache\.flink\.[\w.]+?)(?:\.\*|\s*;|\s*$|\s+as\b|\.\{)/gm;
const REMOVED = new Set(REMOVED_CLASSES_2_0);

/**
 * Every use of an old API in a piece of code, in the order they appear:
 * curated changes (first use per change and position), and imports of
 * classes 2.0 removed that no curated change covers. Comments do not count.
 */
export function findApiUses(
  code: string,
  {language = 'java', changes = apiChanges}: {language?: CodeLanguage; changes?: readonly ApiChange[]} = {},
): CodeUse[] {
  const text = withoutComments(code, language);
  const uses: CodeUse[] = [];
  for (const change of changes) {
    if (change.unless?.some((pattern) => pattern.test(text))) continue;
    const seen = new Set<number>();
    for (const pattern of usagePatterns(change, language)) {
      for (const match of text.matchAll(global(pattern))) {
        if (seen.has(match.index)) continue;
        seen.add(match.index);
        uses.push({kind: 'change', change, index: match.index, length: match[0].length});
      }
    }
  }
  if (language === 'java' || language === 'scala' || language === 'kotlin') {
    for (const match of text.matchAll(REMOVED_IMPORT)) {
      const className = match[1];
      if (!REMOVED.has(className) || coveredByChanges(className, changes)) continue;
      const index = match.index + match[0].indexOf(className);
      uses.push({kind: 'removed-class', className, index, length: className.length});
    }
  }
  return uses.sort((a, b) => a.index - b.index);
}

/** Old APIs a text names (prose, titles): each change once, with the name found. */
export function findApiMentions(
  text: string,
  changes: readonly ApiChange[] = apiChanges,
): {change: ApiChange; name: string}[] {
  return changes.flatMap((change) => {
    const name = change.names.find((candidate) => nameRegExp(candidate).test(text));
    return name ? [{change, name}] : [];
  });
}
