/**
 * Builds dhad's word knowledge from the unlabeled corpus (npm run build:words): the data modules of src/words/
 * that the segmenter, the tagger and the summarizer import.
 *
 *   npm run build:words      stems, then word vectors and clusters (about 15–25 minutes)
 *   npm run build:lexicon    only the stem table (about ten seconds)
 *
 * One reader (scripts/lib/unlabeled.ts) and one pass of word statistics (scripts/lib/word-stats.ts) feed
 * every table:
 *
 * 1. src/words/stems.generated.ts — every string that the segmenter's candidate splits
 *    (src/tokenize/analysis.ts `enumerateSplits`) propose as the stem of a corpus word seen at least twice,
 *    with how often it is written alone and how many distinct clitic combinations it is seen with (its bare
 *    form counting as one). Kept: stems with two or more combinations, or seen alone ten times or more. Also
 *    the words ANERcorp's training part tags mostly as names (the light stemmer never strips those).
 * 2. src/words/clusters.generated.ts — word vectors by skip-gram with negative sampling (scripts/lib/sgns.ts)
 *    over the words seen at least five times, clustered by spherical k-means into CLUSTER_COUNT clusters whose
 *    centroids are merged by Ward's method into a tree, cut at coarser granularities (scripts/lib/clusters.ts).
 *
 * Deterministic: fixed seeds, one thread; the same corpus gives the same files, byte for byte.
 * Where ../shared/data is absent it says so and exits without writing anything.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../src/normalize/index.js';
import { PREFIX_ARTICLE, candidate, enumerateSplits, isBaseLetters, loadNormalized, restoredLetter, word } from '../src/tokenize/analysis.js';
import { LEXICON_FORM } from '../src/tokenize/lexicon-form.js';
import unsegmentable from '../src/tokenize/unsegmentable.json';
import { encodeBits, encodeWordList } from '../src/words/encoding.js';
import { STEM_ARTICLE_BITS, STEM_BARE_BITS, STEM_CODE_BITS, STEM_VARIETY_BITS } from '../src/words/formats.js';
import { ATTRIBUTION, clusterVectors, trainVectors, writeClusters } from './lib/word-clusters.js';
import { readConll } from './lib/conll.js';
import { ROOT, SHARED_DATA, skipWithoutData } from './lib/unlabeled.js';
import { collectWordStats, type WordStats } from './lib/word-stats.js';

skipWithoutData('build-words');

const MIN_FORM_COUNT = 2;
const MIN_VARIETY = 2;
const MIN_BARE_COUNT = 10;
const MAX_BARE_CODE = 2 ** STEM_BARE_BITS - 1;
const MAX_VARIETY = 2 ** STEM_VARIETY_BITS - 1;
const MAX_ARTICLE_VARIETY = 2 ** STEM_ARTICLE_BITS - 1;
/**
 * The clitic combination of the candidate split being visited, as a small integer: suffix + 1 in the low
 * four bits, then one bit per prefix (by PREFIX_FORMS code), then one for a preposition standing before a
 * pronoun (له).
 */
function combinationOf(suffix: number): number {
  let combination = suffix + 1;
  for (let k = 0; k < candidate.prefixCount; k++) combination |= 1 << (4 + candidate.prefixCodes[k]);
  if (candidate.prepositionWithPronoun) combination |= 1 << 12;
  return combination;
}
const ARTICLE_BIT = 1 << (4 + PREFIX_ARTICLE);

function lexiconKey(units: Uint16Array, from: number, to: number, extra: number): string {
  let key = String.fromCharCode(...units.subarray(from, to));
  if (extra >= 0) key += String.fromCharCode(extra);
  return key;
}

/** The bare-count code of a count: 0 for none, c for counts in [2^(c−1), 2^c). */
function bareCode(count: number): number {
  return count <= 0 ? 0 : Math.min(MAX_BARE_CODE, Math.floor(Math.log2(count)) + 1);
}

function buildStems(stats: WordStats): { words: string[]; codes: number[] } {
  const functionWords = new Set(unsegmentable.words);
  // How often each lexicon-form string is written as a word of its own.
  const bare = new Map<string, number>();
  stats.words.forEach((form, id) => {
    const key = normalize(form, LEXICON_FORM);
    bare.set(key, (bare.get(key) ?? 0) + stats.counts[id]);
  });
  // Which clitic combinations each candidate stem is seen with: a small integer per combination.
  const combinations = new Map<string, Set<number>>();
  const note = (key: string, combination: number): void => {
    let set = combinations.get(key);
    if (set === undefined) combinations.set(key, (set = new Set()));
    set.add(combination);
  };
  stats.words.forEach((form, id) => {
    if (stats.counts[id] < MIN_FORM_COUNT || !isBaseLetters(form) || functionWords.has(form)) return;
    loadNormalized(form);
    enumerateSplits((stemStart, stemEnd, suffix) => {
      const combination = combinationOf(suffix);
      note(lexiconKey(word.lexicon, stemStart, stemEnd, -1), combination);
      // Before a pronoun a stem may be written with another last letter (علاقتنا: علاقة).
      const restored = suffix >= 0 ? restoredLetter(word.lexicon[stemEnd - 1]) : -1;
      if (restored >= 0) note(lexiconKey(word.lexicon, stemStart, stemEnd - 1, restored), combination);
    });
  });
  const words: string[] = [];
  const codes: number[] = [];
  const keys = new Set([...combinations.keys(), ...[...bare.keys()].filter((key) => isBaseLetters(key))]);
  for (const key of [...keys].sort()) {
    const seen = combinations.get(key);
    const variety = seen?.size ?? 0;
    const count = bare.get(key) ?? 0;
    if (variety < MIN_VARIETY && count < MIN_BARE_COUNT) continue;
    let articleVariety = 0;
    for (const combination of seen ?? []) if (combination & ARTICLE_BIT) articleVariety++;
    words.push(key);
    codes.push(
      bareCode(count) |
        (Math.min(MAX_VARIETY, variety) << STEM_BARE_BITS) |
        (Math.min(MAX_ARTICLE_VARIETY, articleVariety) << (STEM_BARE_BITS + STEM_VARIETY_BITS)),
    );
  }
  return { words, codes };
}

/**
 * Forms that ANERcorp's training part tags as a person, place or organization in most of their
 * occurrences (lexicon form, two letters or more); a name written with a clitic (لبوتين) is not listed when
 * the name under it is.
 */
function taggedNames(): string[] {
  const tagged = new Map<string, { entity: number; total: number }>();
  for (const sentence of readConll(resolve(SHARED_DATA, 'anercorp/train.txt'))) {
    sentence.words.forEach((raw, i) => {
      const key = normalize(normalize(raw), LEXICON_FORM);
      if (!isBaseLetters(key)) return;
      const seen = tagged.get(key) ?? { entity: 0, total: 0 };
      seen.total++;
      if (/^[BI]-(?:PERS|LOC|ORG)$/u.test(sentence.tags[i])) seen.entity++;
      tagged.set(key, seen);
    });
  }
  const isName = (key: string): boolean => {
    const seen = tagged.get(key);
    return seen !== undefined && seen.entity * 2 > seen.total && key.length >= 2;
  };
  const CLITIC_HEADS = ['\u0648', '\u0641', '\u0628', '\u0644', '\u0643', '\u0648\u0628', '\u0648\u0644', '\u0641\u0628', '\u0641\u0644']; // و ف ب ل ك وب ول فب فل
  const LAM_LAM = '\u0644\u0644'; // لل = ل + ال
  const ALEF_LAM = '\u0627\u0644'; // ال
  return [...tagged.keys()]
    .filter((key) => isName(key))
    .filter((key) => !CLITIC_HEADS.some((head) => key.startsWith(head) && isName(key.slice(head.length))))
    .filter((key) => !(key.startsWith(LAM_LAM) && isName(ALEF_LAM + key.slice(2))))
    .sort();
}

function writeStems(stems: { words: string[]; codes: number[] }, names: string[]): number {
  const source = `// Generated by scripts/build-words.ts (npm run build:words). Do not edit by hand.
//
// dhad's stem table: ${stems.words.length} stems attested in the unlabeled corpus, with a ${STEM_CODE_BITS}-bit code each (how
// often the stem is written alone, with how many clitic combinations, how many of them with the article), and ${names.length} words ANERcorp tags
// as names. Decoded by src/words/stems.ts (format: src/words/encoding.ts).
//
${ATTRIBUTION}

export const STEMS = {
  words: '${encodeWordList(stems.words)}',
  codes: '${encodeBits(stems.codes, STEM_CODE_BITS)}',
  names: '${encodeWordList(names)}',
} as const;
`;
  writeFileSync(resolve(ROOT, 'src/words/stems.generated.ts'), source);
  return source.length;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  const seconds = (): string => `${((Date.now() - t0) / 1000).toFixed(0)} s`;
  const stats = await collectWordStats();
  console.log(`read ${stats.documents} documents: ${stats.stream.length} stream entries, ${stats.words.length} distinct words (${JSON.stringify(stats.tokensBySource)}) in ${seconds()}`);
  const stems = buildStems(stats);
  const size = writeStems(stems, taggedNames());
  console.log(`wrote src/words/stems.generated.ts: ${stems.words.length} stems, ${(size / 1024).toFixed(0)} KB in ${seconds()}`);
  if (process.argv.includes('--stems')) return;
  const log = (message: string): void => console.log(`${message} (${seconds()})`);
  const { words, counts, vectors } = trainVectors(stats, log);
  const clusters = clusterVectors(words, counts, vectors, log);
  const clusterSize = writeClusters(clusters);
  console.log(`wrote src/words/clusters.generated.ts: ${clusters.words.length} words, ${(clusterSize / 1024).toFixed(0)} KB in ${seconds()}`);
}

await main();
