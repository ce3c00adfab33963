/**
 * What happened to one configuration key: the curated entry that names it
 * (src/data/apiChanges.ts, with a hand-written replacement), else what the
 * option classes say (src/data/flinkConfig.generated.ts). Keys with a
 * `<name>` segment (metrics.reporter.<name>.class) match any one segment.
 */
import {apiChanges} from '../data/apiChanges';
import {CONFIG_KEY_CHANGES} from '../data/flinkConfig.generated';
import {changeVerdict, configVerdict, type Verdict} from './verdicts';

/** A name that is a key (possibly with <name> segments), not a phrase such as "state.backend: filesystem". */
export const isKeyName = (name: string) => /^[\w.<>-]+$/.test(name) && name.includes('.');

const patternOf = (key: string) =>
  new RegExp(`^${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/<[^>]+>/g, '[^.]+')}$`);

interface KeyRule {
  exact?: string;
  pattern?: RegExp;
  verdict: () => Verdict;
}

function rules(): KeyRule[] {
  const curated = apiChanges
    .filter((change) => change.kind === 'config')
    .flatMap((change) =>
      change.names.filter(isKeyName).map((name): KeyRule => {
        const verdict = () => changeVerdict(change);
        return name.includes('<') ? {pattern: patternOf(name), verdict} : {exact: name, verdict};
      }),
    );
  const generated = CONFIG_KEY_CHANGES.map((change): KeyRule => {
    const verdict = () => configVerdict(change);
    return change.key.includes('<') ? {pattern: patternOf(change.key), verdict} : {exact: change.key, verdict};
  });
  return [...curated, ...generated];
}

let exactRules: Map<string, KeyRule> | undefined;
let patternRules: KeyRule[] | undefined;

const renames = new Map(
  CONFIG_KEY_CHANGES.filter((change) => change.kind === 'renamed').map((change) => [change.key, change.replacement!]),
);

/** Today's name of a key the latest release reads only as an old name. */
export const renamedTo = (key: string): string | undefined => renames.get(key);

/** What the reader should know about a key, or undefined when the latest release reads it as is. */
export function judgeKey(key: string): Verdict | undefined {
  if (!exactRules || !patternRules) {
    const all = rules();
    exactRules = new Map();
    // The curated entry comes first and wins: its replacement is written for readers.
    for (const rule of all) if (rule.exact && !exactRules.has(rule.exact)) exactRules.set(rule.exact, rule);
    patternRules = all.filter((rule) => rule.pattern);
  }
  const rule = exactRules.get(key) ?? patternRules.find((candidate) => candidate.pattern!.test(key));
  return rule?.verdict();
}
