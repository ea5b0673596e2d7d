/**
 * ROUGE-N F for Arabic, as ../shared/README.md prescribes for EASC: whitespace words after folding
 * diacritics, tatweel, alef forms (أ إ آ ٱ → ا), ى → ي, ة → ه and punctuation; clipped n-gram counts.
 */

// Diacritics (harakat, tanween, shadda, sukun U+064B–U+065F, superscript alef U+0670) and tatweel U+0640.
const MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
// Punctuation and symbols of every script (Arabic comma, semicolon, question mark included) become spaces.
const PUNCTUATION = /[\p{P}\p{S}]/gu;

/** The words of `text` as ROUGE compares them. */
export function rougeWords(text: string): string[] {
  const folded = text
    .normalize('NFC')
    .replace(MARKS, '')
    .replace(/[\u0623\u0625\u0622\u0671]/gu, '\u0627') // ALEF WITH HAMZA ABOVE/BELOW, WITH MADDA, WASLA → ALEF
    .replace(/\u0649/gu, '\u064A') // ALEF MAKSURA → YEH
    .replace(/\u0629/gu, '\u0647') // TEH MARBUTA → HEH
    .replace(PUNCTUATION, ' ');
  return folded.split(/\s+/u).filter((word) => word.length > 0);
}

function nGramCounts(words: readonly string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= words.length; i++) {
    const key = words.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N F1 of one candidate against one reference (both already split by `rougeWords`). */
export function rougeF(candidate: readonly string[], reference: readonly string[], n: number): number {
  const candidateCounts = nGramCounts(candidate, n);
  const referenceCounts = nGramCounts(reference, n);
  let overlap = 0;
  for (const [gram, count] of candidateCounts) overlap += Math.min(count, referenceCounts.get(gram) ?? 0);
  const candidateTotal = Math.max(0, candidate.length - n + 1);
  const referenceTotal = Math.max(0, reference.length - n + 1);
  if (overlap === 0 || candidateTotal === 0 || referenceTotal === 0) return 0;
  const precision = overlap / candidateTotal;
  const recall = overlap / referenceTotal;
  return (2 * precision * recall) / (precision + recall);
}

/** ROUGE-N F averaged over several references. */
export function meanRougeF(candidate: string, references: readonly string[], n: number): number {
  const candidateWords = rougeWords(candidate);
  let sum = 0;
  for (const reference of references) sum += rougeF(candidateWords, rougeWords(reference), n);
  return sum / references.length;
}
