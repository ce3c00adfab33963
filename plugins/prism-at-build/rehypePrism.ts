import type {Element, Root} from 'hast';
import {toString} from 'hast-util-to-string';
import {Prism, normalizeTokens, type Token} from 'prism-react-renderer';
import {visit} from 'unist-util-visit';
import {encodeTokens, type EncodedTokens, TOKEN_TYPES_PROP, TOKENS_PROP} from './tokenCodec';

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

function languageOf(code: Element): string | undefined {
  const classNames = code.properties.className;
  if (!Array.isArray(classNames)) return undefined;
  const languageClass = classNames.map(String).find((name) => name.startsWith('language-'));
  return languageClass?.slice('language-'.length).toLowerCase();
}

/**
 * A type name the format cannot write would come from a grammar, not from
 * the page; the error still names the block, so whoever added the grammar
 * finds it.
 */
function encodeFence(code: string, language: string, where: string): EncodedTokens {
  try {
    return encodeTokens(tokenizeLines(code, language));
  } catch (error) {
    throw new Error(
      `${where}的 ${language} 代码块：${(error as Error).message}。` +
        '请把围栏的语言改为 text，或在 plugins/prism-at-build/tokenCodec.ts 中换用这种语法不会用到的分隔符',
    );
  }
}

/**
 * Highlights fenced code blocks while the MDX is compiled, with the same
 * Prism grammars the theme would load in the browser. Each `<code>` keeps
 * its text and gets the tokens as two compact props (`tokenCodec.ts`), so
 * pages ship no highlighter and no markup per token: see
 * `src/theme/CodeBlock` for how they become the theme's lines and how its
 * title, copy button, line numbers and magic comments keep working.
 *
 * Only `pre > code` from Markdown fences is touched; `<CodeBlock>` written
 * as JSX is left to the theme, which shows it unhighlighted.
 */
export default function rehypePrism(options: RehypePrismOptions) {
  // The file is unified's VFile; only its path is read, for the error message.
  return async (tree: Root, file: {path?: string}) => {
    await loadLanguages(options.additionalLanguages);
    visit(tree, 'element', (node, _index, parent) => {
      if (node.tagName !== 'code' || parent?.type !== 'element' || parent.tagName !== 'pre') return;
      // Like the theme: a fence without a language is plain text.
      const language = languageOf(node) ?? 'text';
      // One kind of line break, the one the format knows; Markdown adds one
      // final line break, which the theme drops too.
      const code = toString(node).replace(/\r\n?/g, '\n').replace(/\n$/, '');
      const where = `${file.path ?? ''} ${node.position ? `第 ${node.position.start.line} 行` : '中'}`;
      const encoded = encodeFence(code, language, where);
      // The final line break stays: the theme shows a <code> whose only
      // child is a string without one as inline code.
      node.children = [{type: 'text', value: `${code}\n`}];
      node.properties[TOKEN_TYPES_PROP] = encoded.types;
      node.properties[TOKENS_PROP] = encoded.tokens;
    });
  };
}
