/**
 * Builds src/tokenize/stem-lexicon.json from ANERcorp's training part (../shared/data/anercorp/train.txt):
 *
 * - `evidence`: how often each form occurs as a word of its own, plus how often it occurs after the
 *   article (`ال`, `وال`, `بال`, `فبال`, `كال`…): evidence that the form is a real stem. Keys are
 *   standard-normalized with alef forms and alef maqsura folded (teh marbuta kept). Stored in log2
 *   buckets ("3": "w1 w2 …" means 8 ≤ evidence < 16); forms seen fewer than twice are left out. A `*`
 *   before a form marks that it was seen after the article (a noun or adjective of its own: *وزير).
 * - `names`: forms tagged as a person, place or organization in most of their occurrences. The light
 *   stemmer never strips suffixes from them (بوتين is not بوت + ين).
 *
 * Deterministic (no randomness; keys sorted). Run: npx tsx scripts/build-stem-lexicon.ts
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { ARTICLE_FORM, LEXICON_FORM, isArabicLetters } from '../src/tokenize/lexicon-form.js';
import unsegmentable from '../src/tokenize/unsegmentable.json';

const dataPath = fileURLToPath(new URL('../../shared/data/anercorp/train.txt', import.meta.url));
const outPath = fileURLToPath(new URL('../src/tokenize/stem-lexicon.json', import.meta.url));
if (!existsSync(dataPath)) {
  console.log(`skipped: ${dataPath} not found (ANERcorp lives in ../shared/data/anercorp/, beside the repo)`);
  process.exit(0);
}

const functionWords = new Set(unsegmentable.words);
const evidence = new Map<string, number>();
/** Forms seen after the article: nouns and adjectives in their own right (الوزير → وزير). */
const afterArticle = new Set<string>();
const tagged = new Map<string, { entity: number; total: number }>();

const add = (key: string, n: number): void => {
  evidence.set(key, (evidence.get(key) ?? 0) + n);
};

for (const line of readFileSync(dataPath, 'utf8').split('\n')) {
  const space = line.lastIndexOf(' ');
  if (space <= 0) continue;
  const word = normalize(line.slice(0, space));
  const tag = line.slice(space + 1).trim();
  if (!isArabicLetters(word)) continue;
  const key = normalize(word, LEXICON_FORM);
  add(key, 1);
  const seen = tagged.get(key) ?? { entity: 0, total: 0 };
  seen.total++;
  if (/^[BI]-(?:PERS|LOC|ORG)$/u.test(tag)) seen.entity++;
  tagged.set(key, seen);
  // The article is the one prefix whose written form is unambiguous enough to credit the stem after it
  // (`لل` is not: للبنان is ل + لبنان). Checked on the hamza-keeping form, so ألمانيا is not ال + مانيا.
  if (!functionWords.has(word)) {
    const match = ARTICLE_FORM.exec(word);
    if (match) {
      const stem = normalize(match[1], LEXICON_FORM);
      add(stem, 1);
      afterArticle.add(stem);
    }
  }
}

const buckets: Record<string, string[]> = {};
for (const [key, count] of evidence) {
  if (count < 2) continue;
  const bucket = String(Math.floor(Math.log2(count)));
  (buckets[bucket] ??= []).push(afterArticle.has(key) ? '*' + key : key);
}
const isTaggedName = (key: string): boolean => {
  const seen = tagged.get(key);
  return seen !== undefined && seen.entity * 2 > seen.total && key.length >= 2;
};
// A name written with a clitic (لبوتين, وموسكو, للولايات) is not listed: the name under it is.
const CLITIC_HEADS = ['\u0648', '\u0641', '\u0628', '\u0644', '\u0643', '\u0648\u0628', '\u0648\u0644', '\u0641\u0628', '\u0641\u0644']; // و ف ب ل ك وب ول فب فل
const LAM_LAM = '\u0644\u0644'; // لل = ل + ال
const names: string[] = [];
for (const key of tagged.keys()) {
  if (!isTaggedName(key)) continue;
  const hidesName =
    CLITIC_HEADS.some((head) => key.startsWith(head) && isTaggedName(key.slice(head.length))) ||
    (key.startsWith(LAM_LAM) && isTaggedName('\u0627\u0644' + key.slice(2))); // ALEF LAM
  if (!hidesName) names.push(key);
}

const output = {
  _generated: 'by scripts/build-stem-lexicon.ts from ANERcorp train.txt (CC BY-SA 4.0, Benajiba & Rosso; split by Obeid et al. 2020); do not edit by hand',
  evidence: Object.fromEntries(
    Object.keys(buckets)
      .sort((a, b) => Number(a) - Number(b))
      .map((bucket) => [bucket, buckets[bucket].sort().join(' ')]),
  ),
  names: names.sort().join(' '),
};
writeFileSync(outPath, JSON.stringify(output, null, 1) + '\n');
const stored = Object.values(buckets).reduce((sum, list) => sum + list.length, 0);
console.log(`wrote ${outPath}: ${stored} stems, ${names.length} names`);
