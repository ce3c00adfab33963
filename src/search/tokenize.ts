/**
 * Tokenizer for Chinese and English text, shared by the index (built at
 * build time, plugins/search/buildIndex.ts) and the query (in the browser).
 *
 * Why not a word segmenter: Intl.Segmenter and jieba's default dictionary cut
 * Flink terms apart (for example 状态/后/端 and 检查/点), and a dictionary big enough
 * to fix that would outweigh what a search loads. Overlapping character bigrams
 * need no dictionary: the index holds every bigram (and single character) of
 * a Chinese run; a query of n characters becomes its n-1 bigrams, all of
 * which must match. So 状态后端 and 状态 后端 both find "状态后端", while
 * a single common character in a longer query does not flood the results.
 */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;
// A run of Han characters, or a run of Latin letters and digits (with the
// dots, dashes and underscores of config keys like state.backend.type).
const RUNS = /[\u3400-\u9fff\uf900-\ufaff]+|[A-Za-z0-9][A-Za-z0-9._-]*/g;

export function isHan(term: string): boolean {
  return HAN.test(term);
}

function bigrams(run: string): string[] {
  const chars = [...run];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/** Parts of a Latin word a reader may type on their own: camelCase humps and dotted segments. */
function latinParts(word: string): string[] {
  const pieces = word.split(/[._-]+/).filter(Boolean);
  const humps = pieces.flatMap((piece) => piece.match(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g) ?? [piece]);
  return [...new Set([word, ...pieces, ...humps].map((part) => part.toLowerCase()))].filter((part) => part.length > 0);
}

/** Terms stored in the index for a piece of text. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [run] of text.matchAll(RUNS)) {
    if (isHan(run)) {
      terms.push(...run, ...bigrams(run).filter((gram) => gram.length === 2));
    } else {
      terms.push(...latinParts(run.replace(/[._-]+$/, '')));
    }
  }
  return terms;
}

/**
 * Terms a query is looked up by (Han bigrams and whole lower-cased Latin
 * words), each with the places of the query it stands for: each Han
 * character is a place, and each Latin word one place. A record whose terms
 * cover every place has every part of the query even where it lacks a
 * bigram that spans two words: 屏障 and 对齐 cover the query 屏障对齐
 * without its middle bigram 障对 (see engine.ts).
 */
export function queryTermCover(query: string): Map<string, number[]> {
  const cover = new Map<string, number[]>();
  const add = (term: string, places: number[]) => cover.set(term, [...(cover.get(term) ?? []), ...places]);
  let place = 0;
  for (const [run] of query.matchAll(RUNS)) {
    if (isHan(run)) {
      const first = place;
      const grams = bigrams(run);
      grams.forEach((gram, i) => add(gram, gram.length === 1 ? [first] : [first + i, first + i + 1]));
      place += [...run].length;
    } else {
      for (const word of run
        .replace(/[._-]+$/, '')
        .split(/[._-]+/)
        .filter(Boolean)) {
        add(word.toLowerCase(), [place++]);
      }
    }
  }
  return cover;
}

/** Terms a query is looked up by: Han bigrams and whole lower-cased Latin words. */
export function queryTerms(query: string): string[] {
  return [...queryTermCover(query).keys()];
}

/** Lower-cased, without white space: how typed phrases are compared (状态 后端 = 状态后端). */
export function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, '');
}

/**
 * What to highlight in a snippet for a query: each Han run as a whole (and,
 * when typed with a space in the middle, the reader's pieces), and each word.
 */
export function highlightTerms(query: string): string[] {
  return [...new Set([...query.matchAll(RUNS)].map(([run]) => run.toLowerCase()))];
}
