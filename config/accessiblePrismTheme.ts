import {colord, extend} from 'colord';
import a11yPlugin from 'colord/plugins/a11y';
import type {PrismTheme} from 'prism-react-renderer';

extend([a11yPlugin]);

// WCAG 2.1 AA for normal text (1.4.3).
const MIN_CONTRAST = 4.5;

/**
 * Every prism-react-renderer theme has some token colours (comments, mostly)
 * below WCAG AA on its own background. This returns the theme with each such
 * colour darkened (light theme) or lightened (dark theme) in small steps
 * until it reaches 4.5:1, so highlighting keeps its hues and becomes
 * readable. Runs once, when the config is loaded.
 */
export function accessiblePrismTheme(theme: PrismTheme): PrismTheme {
  const background = theme.plain.backgroundColor ?? '#ffffff';
  const darkBackground = colord(background).isDark();
  const fix = (color: string | undefined): string | undefined => {
    if (!color) return color;
    let adjusted = colord(color);
    for (let step = 0; step < 50 && adjusted.contrast(background) < MIN_CONTRAST; step++) {
      adjusted = darkBackground ? adjusted.lighten(0.02) : adjusted.darken(0.02);
    }
    return adjusted.toHex();
  };
  return {
    plain: {...theme.plain, color: fix(theme.plain.color)},
    styles: theme.styles.map((entry) => ({...entry, style: {...entry.style, color: fix(entry.style.color)}})),
  };
}
