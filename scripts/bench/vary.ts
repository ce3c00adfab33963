/**
 * How the growth benchmark's copies differ from the originals (see
 * growth.ts). Verbatim copies would flatter the search: their words repeat
 * (the vocabulary stays that of 1×) and gzip folds the repetition away.
 *
 * - Han characters are shifted by a stride per copy, within CJK Unified
 *   Ideographs (U+4E00–U+9FFF): a copy keeps its text's shape and length, but
 *   its characters, and so its bigrams, are new, as a bigger hub's new
 *   vocabulary would be.
 * - Latin letters are permuted, case kept, in every other copy: those copies
 *   bring new English words (and camelCase humps) too, while the rest keep
 *   the originals' English, so common words such as RocksDB or checkpoint
 *   still get the long posting lists a bigger hub would give them.
 *
 * Both keep each string's length in UTF-16 units, so offsets into a text
 * stay valid after it is varied. Imported by the grown copy's catalog, so
 * plain functions without dependencies.
 */
const HAN_FIRST = 0x4e00;
const HAN_COUNT = 0x9fff - HAN_FIRST + 1;
// Prime and far from small multiples of the range, so no two of the 100 copies coincide.
const HAN_STRIDE = 997;

export function shiftHan(text: string, copy: number): string {
  return text.replace(/[\u4e00-\u9fff]/g, (char) =>
    String.fromCharCode(HAN_FIRST + ((char.charCodeAt(0) - HAN_FIRST + copy * HAN_STRIDE) % HAN_COUNT)),
  );
}

/** Whether a copy's Latin letters are permuted: every other copy. */
export function variesLatin(copy: number): boolean {
  return copy % 2 === 1;
}

/** The copy's permutation of a–z: a shuffle seeded by the copy number, so every run builds the same copies. */
function alphabetOf(copy: number): string {
  const letters = [...'abcdefghijklmnopqrstuvwxyz'];
  let seed = copy * 2654435761;
  for (let i = letters.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [letters[i], letters[j]] = [letters[j], letters[i]];
  }
  return letters.join('');
}

export function permuteLatin(text: string, copy: number): string {
  const alphabet = alphabetOf(copy);
  return text.replace(/[A-Za-z]/g, (char) => {
    const lower = char.toLowerCase();
    const mapped = alphabet[lower.charCodeAt(0) - 97];
    return char === lower ? mapped : mapped.toUpperCase();
  });
}

/** A catalog string in a copy: Han shifted, Latin permuted in every other copy. */
export function varyText(text: string, copy: number): string {
  const shifted = shiftHan(text, copy);
  return variesLatin(copy) ? permuteLatin(shifted, copy) : shifted;
}
