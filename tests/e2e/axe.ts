import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';

/** WCAG 2.1 A and AA: the rules every axe run here checks, unless it names its own. */
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeScope {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Only these rules, instead of WCAG 2.1 A and AA. */
  rules?: string[];
  /**
   * false: axe does not fetch the style sheets itself, which a page opened
   * from disk (file://, the offline build) refuses.
   */
  preload?: boolean;
}

/**
 * The page's serious and critical axe violations, one line each: the rule,
 * what it asks for, and the first elements that break it.
 *
 * Colour transitions are switched off first. Infima fades the colours of
 * links, buttons and backgrounds when the colour mode changes, and on a busy
 * machine axe has measured a navbar link and a button halfway through the
 * fade; switching the transitions off ends each fade where it would end.
 */
export async function seriousViolations(page: Page, scope: AxeScope = {}): Promise<string[]> {
  await page.addStyleTag({content: '*, *::before, *::after { transition: none !important; }'});
  let axe = new AxeBuilder({page});
  if (scope.include) axe = axe.include(scope.include);
  axe = scope.rules ? axe.withRules(scope.rules) : axe.withTags(WCAG_21_AA);
  if (scope.preload === false) axe = axe.options({preload: false});
  const {violations} = await axe.analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}
