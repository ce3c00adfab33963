import type {Element, ElementContent, Root} from 'hast';
import {toString} from 'hast-util-to-string';
import {Prism, normalizeTokens, type Token} from 'prism-react-renderer';
import {visit} from 'unist-util-visit';

/**
 * The hast property that marks a fenced block as highlighted here; MDX turns
 * it into the `data-highlighted` prop that `src/theme/CodeBlock` looks for.
 */
export const HIGHLIGHTED_PROP = 'data-highlighted';

export interface RehypePrismOptions {
  /** The same list as `themeConfig.prism.additionalLanguages`. */
  additionalLanguages: readonly string[];
}

type PrismGlobal = typeof globalThis & {Prism?: typeof Prism};

const loaded = new Map<string, Promise<void>>();

/**
 * Prism's language files register themselves on a global `Prism`, which is
 * how theme-classic adds them in the browser; here they are added once per
 * build process to prism-react-renderer's copy, the one the theme uses.
 */
function loadLanguages(languages: readonly string[]): Promise<void> {
  const key = languages.join(',');
  let done = loaded.get(key);
  if (!done) {
    done = (async () => {
      const global = globalThis as PrismGlobal;
      const previous = global.Prism;
      global.Prism = Prism;
      try {
        for (const language of languages) {
          await import(`prismjs/components/prism-${language}.js`);
        }
      } finally {
        global.Prism = previous;
      }
    })();
    loaded.set(key, done);
  }
  return done;
}

/**
 * The names a fence may give its language to be highlighted: Prism's
 * grammars and their aliases once the additional languages are loaded
 * (`text` among them, for plain text). Any other name is shown unhighlighted.
 */
export async function highlightableLanguages(additionalLanguages: readonly string[]): Promise<string[]> {
  await loadLanguages(additionalLanguages);
  return Object.entries(Prism.languages)
    .filter(([, grammar]) => typeof grammar === 'object')
    .map(([name]) => name);
}

/** Same steps as prism-react-renderer's `useTokenize`, run once at build time. */
export function tokenizeLines(code: string, language: string): Token[][] {
  const grammar = Prism.languages[language];
  if (!grammar) return normalizeTokens([code]);
  const env = {code, grammar, language, tokens: [] as ReturnType<typeof Prism.tokenize>};
  Prism.hooks.run('before-tokenize', env);
  env.tokens = Prism.tokenize(code, grammar);
  Prism.hooks.run('after-tokenize', env);
  return normalizeTokens(env.tokens);
}

function tokenToHast(token: Token): ElementContent {
  if (token.types.length === 1 && token.types[0] === 'plain') return {type: 'text', value: token.content};
  return {
    type: 'element',
    tagName: 'span',
    properties: {className: ['token', ...token.types]},
    children: [{type: 'text', value: token.content}],
  };
}

function linesToHast(lines: Token[][]): ElementContent[] {
  return lines.flatMap((line, index): ElementContent[] => {
    const element: Element = {
      type: 'element',
      tagName: 'span',
      properties: {className: ['token-line']},
      // An empty line comes back as one `empty` token holding "\n"; it stays empty here.
      children: line.filter((token) => !token.empty && token.content !== '').map(tokenToHast),
    };
    return index === 0 ? [element] : [{type: 'text', value: '\n'}, element];
  });
}

function languageOf(code: Element): string | undefined {
  const classNames = code.properties.className;
  if (!Array.isArray(classNames)) return undefined;
  const languageClass = classNames.map(String).find((name) => name.startsWith('language-'));
  return languageClass?.slice('language-'.length).toLowerCase();
}

/**
 * Highlights fenced code blocks while the MDX is compiled, with the same
 * Prism grammars the theme would load in the browser. Each `<code>` gets
 * one `span.token-line` per line and `span.token.<type>` per token, so pages
 * ship no highlighter: see `src/theme/CodeBlock` for how the theme's title,
 * copy button, line numbers and magic comments keep working.
 *
 * Only `pre > code` from Markdown fences is touched; `<CodeBlock>` written
 * as JSX is left to the theme, which shows it unhighlighted.
 */
export default function rehypePrism(options: RehypePrismOptions) {
  return async (tree: Root) => {
    await loadLanguages(options.additionalLanguages);
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      // Like the theme: a fence without a language is plain text.
      const language = languageOf(node) ?? 'text';
      // Markdown adds one final line break; the theme drops it too.
      const code = toString(node).replace(/\r?\n$/, '');
      node.children = linesToHast(tokenizeLines(code, language));
      node.properties[HIGHLIGHTED_PROP] = true;
    });
  };
}
