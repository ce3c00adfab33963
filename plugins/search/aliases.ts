import type {GlossaryTerm} from '../../src/data/glossary';
import {normalizeAlias} from '../../src/search/aliases';
import type {AliasTable} from '../../src/search/indexFormat';
import {queryTerms} from '../../src/search/tokenize';

/** A word a reader may type (an old class name) and the term the hub uses for it now. */
export interface AliasPair {
  variant: string;
  canonical: string;
}

/** The names a glossary field holds, split at slashes and brackets: JobGraph / Logical Graph holds two, and so does 作业图（逻辑图）。 */
function names(field: string): string[] {
  return field
    .split(/\s*(?:\/|[（(]|[）)])\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * The alias table shipped with the search (see src/search/aliases.ts):
 * each glossary term's `aliases` and `variants` stand for its names in `zh`
 * and `en`; each English name stands for the Chinese ones (the notes write 反压 where a reader may type
 * backpressure); extra pairs come from the plugin (renamed APIs). A variant
 * written with spaces is also found without them (state backend,
 * statebackend). Throws, naming the entry and the fix, on a variant with
 * nothing to search for.
 */
export function buildAliasTable(glossary: readonly GlossaryTerm[], extra: readonly AliasPair[] = []): AliasTable {
  const table: AliasTable = {};
  function add(variant: string, canonical: string[], where: string): void {
    const key = normalizeAlias(variant);
    if (queryTerms(key).length === 0) {
      throw new Error(`${where}：别名「${variant}」没有可搜索的文字（只有空白或标点），请删掉或改正。`);
    }
    for (const form of new Set([key, key.replace(/ /g, '')])) {
      // A term's own name listed as its alias (Savepoint for Savepoint) adds nothing.
      const targets = canonical.filter((term) => normalizeAlias(term).replace(/ /g, '') !== form.replace(/ /g, ''));
      if (targets.length > 0) table[form] = [...new Set([...(table[form] ?? []), ...targets])];
    }
  }
  for (const term of glossary) {
    const where = `src/data/glossary.ts › 条目 "${term.id}"`;
    const zh = names(term.zh);
    for (const alias of term.aliases ?? []) add(alias, [...zh, ...names(term.en)], `${where} › aliases`);
    for (const variant of term.variants ?? []) add(variant, [...zh, ...names(term.en)], `${where} › variants`);
    // Keyed State（键控状态）: an English name the Chinese field also gives stands for the rest of it.
    for (const en of names(term.en)) add(en, zh, `${where} › en`);
  }
  for (const {variant, canonical} of extra) {
    add(variant, [canonical], `plugins/search 的额外别名「${variant}」→「${canonical}」`);
  }
  return table;
}
