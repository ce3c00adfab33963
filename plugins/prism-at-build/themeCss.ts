import type {PrismTheme} from 'prism-react-renderer';

const BLOCK = '.theme-code-block';

function declarations(style: object): string {
  return Object.entries(style)
    .filter(([, value]) => value !== undefined)
    .map(
      ([property, value]) => `${property.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${String(value)}`,
    )
    .join(';');
}

function rules(theme: PrismTheme, scope: string): string[] {
  const {color, backgroundColor} = theme.plain;
  // !important: the theme's CodeBlock/Container sets these two inline from
  // the light theme during server rendering, and would only switch after
  // React has loaded; this way a dark page has dark blocks from the first paint.
  const container = `${scope}${BLOCK}{--prism-color:${color}!important;--prism-background-color:${backgroundColor}!important}`;
  const tokens = theme.styles.map(({types, languages, style}) => {
    const within = languages ? languages.map((language) => ` .language-${language}`) : [''];
    const selectors = within.flatMap((language) => types.map((type) => `${scope}${BLOCK}${language} .token.${type}`));
    return `${selectors.join(',')}{${declarations(style)}}`;
  });
  return [container, ...tokens];
}

/**
 * The site's two Prism themes as a stylesheet on the class names the build
 * writes (`.token.keyword`…), the light one by default and the dark one under
 * `[data-theme='dark']`.
 *
 * One difference from prism-react-renderer's inline styles: when a token has
 * two types that both set a colour (`class-name punctuation` in Java), the
 * type listed later in the theme wins here, the later type of the token wins
 * there. Every colour passes the contrast check, so only the hue can differ.
 */
export function themeCss(light: PrismTheme, dark: PrismTheme): string {
  return [...rules(light, ''), ...rules(dark, "[data-theme='dark'] ")].join('\n');
}
