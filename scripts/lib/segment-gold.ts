/**
 * Reads and checks the running-text gold sets of clitic segmentation (corpus/segment-gold-wiki-news.tsv,
 * corpus/segment-tune.tsv; sampled by scripts/sample-segment-gold.ts):
 *
 *   # header lines …
 *
 *   # source document/sentence | the sentence as found
 *   word<TAB>pieces joined by +
 *   …
 *
 * `parseSegmentGold` never throws: it returns what it could read and a list of problems (one per bad line),
 * so the sampler can read a half-annotated skeleton and the test can require that there are none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../../src/normalize/index.js';
import { candidate, enumerateSplits, isBaseLetters, loadNormalized, unitsToString, word } from '../../src/tokenize/analysis.js';
import { isArabicLetters } from '../../src/tokenize/lexicon-form.js';
import { ROOT } from './unlabeled.js';

/** Written forms of the proclitics. */
const WAW = '\u0648'; // و conjunction
const FEH = '\u0641'; // ف conjunction
const BEH = '\u0628'; // ب preposition
const KAF = '\u0643'; // ك preposition
const LAM = '\u0644'; // ل preposition, or ل before a verb; also the article's form after ل (للبحث → ل+ل+بحث)
const SEEN = '\u0633'; // س future
const ARTICLE = '\u0627\u0644'; // ال ALEF LAM
const CONJUNCTIONS = new Set([WAW, FEH]);
const PREPOSITIONS = new Set([BEH, KAF, LAM, SEEN]);

/** Pronoun enclitics: ي ني نا ك كم كن ه ها هما هم هن. */
export const PRONOUN_SUFFIXES = new Set([
  '\u064a', // ي YEH
  '\u0646\u064a', // ني NOON YEH
  '\u0646\u0627', // نا NOON ALEF
  '\u0643', // ك KAF
  '\u0643\u0645', // كم KAF MEEM
  '\u0643\u0646', // كن KAF NOON
  '\u0647', // ه HEH
  '\u0647\u0627', // ها HEH ALEF
  '\u0647\u0645\u0627', // هما HEH MEEM ALEF
  '\u0647\u0645', // هم HEH MEEM
  '\u0647\u0646', // هن HEH NOON
]);

export interface GoldRow {
  word: string;
  /** The annotation as written (`''` while not annotated). */
  annotation: string;
  /** 1-based line number in the file. */
  line: number;
}

export interface GoldSentence {
  source: string;
  /** `document/sentence`. */
  id: string;
  text: string;
  rows: GoldRow[];
}

export interface ParsedGold {
  /** The `#` lines before the first sentence, without the `# `. */
  header: string[];
  sentences: GoldSentence[];
  problems: string[];
}

const SENTENCE_LINE = /^# (\S+) (\S+\/\d+) \| (.+)$/u;

/** True when `prefixes` is (و|ف)? then (ب|ك|ل|س)? then the article (ال, or ل right after the preposition ل). */
function isPrefixSequence(prefixes: string[]): boolean {
  let k = 0;
  if (k < prefixes.length && CONJUNCTIONS.has(prefixes[k]!)) k++;
  let preposition: string | undefined;
  if (k < prefixes.length && PREPOSITIONS.has(prefixes[k]!)) preposition = prefixes[k++];
  if (k < prefixes.length && preposition !== SEEN) {
    if (prefixes[k] === ARTICLE || (prefixes[k] === LAM && preposition === LAM)) k++;
  }
  return k === prefixes.length;
}

/**
 * Why an annotation is not a well-formed segmentation of `word`, or `undefined` when it is: its pieces must
 * be non-empty, join back to the word, and read as proclitics, one stem, and at most one pronoun enclitic.
 */
export function annotationProblem(word: string, annotation: string): string | undefined {
  if (annotation === '') return 'not annotated';
  const pieces = annotation.split('+');
  if (pieces.some((piece) => piece === '')) return `empty piece in ${annotation}`;
  if (pieces.join('') !== word) return `pieces ${annotation} do not join back to ${word}`;
  for (let stem = 0; stem < pieces.length; stem++) {
    const suffixes = pieces.slice(stem + 1);
    if (suffixes.length > 1 || !suffixes.every((suffix) => PRONOUN_SUFFIXES.has(suffix))) continue;
    if (isPrefixSequence(pieces.slice(0, stem))) return undefined;
  }
  return `${annotation} is not proclitics (و ف, ب ك ل س, ال) + stem + at most one pronoun suffix`;
}

export function parseSegmentGold(text: string): ParsedGold {
  const header: string[] = [];
  const sentences: GoldSentence[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  let current: GoldSentence | undefined;
  text.split('\n').forEach((line, index) => {
    const lineNumber = index + 1;
    if (line.trim() === '') {
      current = undefined;
      return;
    }
    const sentence = SENTENCE_LINE.exec(line);
    if (sentence) {
      current = { source: sentence[1]!, id: sentence[2]!, text: sentence[3]!, rows: [] };
      const key = `${current.source} ${current.id}`;
      if (seen.has(key)) problems.push(`line ${lineNumber}: sentence ${key} occurs twice`);
      seen.add(key);
      sentences.push(current);
      return;
    }
    if (line.startsWith('#')) {
      if (sentences.length === 0) header.push(line.replace(/^# ?/u, ''));
      else problems.push(`line ${lineNumber}: a comment that is not a sentence line: ${line}`);
      return;
    }
    if (!current) {
      problems.push(`line ${lineNumber}: a word outside a sentence: ${line}`);
      return;
    }
    const columns = line.split('\t');
    if (columns.length !== 2) {
      problems.push(`line ${lineNumber}: ${columns.length} columns, 2 expected: ${line}`);
      return;
    }
    const [word, annotation] = columns as [string, string];
    current.rows.push({ word, annotation, line: lineNumber });
    if (!isArabicLetters(word)) problems.push(`line ${lineNumber}: ${word} is not Arabic letters only`);
    else {
      const problem = annotationProblem(word, annotation);
      if (problem) problems.push(`line ${lineNumber}: ${problem}`);
    }
  });
  for (const sentence of sentences) {
    if (sentence.rows.length === 0) problems.push(`sentence ${sentence.source} ${sentence.id} has no words`);
  }
  return { header, sentences, problems };
}

export interface GoldCounts {
  sentences: number;
  words: number;
  withClitics: number;
  annotated: number;
}

/** Counts per source (in order of first appearance) and in all. */
export function countSegmentGold(sentences: GoldSentence[]): { perSource: Map<string, GoldCounts>; total: GoldCounts } {
  const perSource = new Map<string, GoldCounts>();
  const total: GoldCounts = { sentences: 0, words: 0, withClitics: 0, annotated: 0 };
  for (const sentence of sentences) {
    let counts = perSource.get(sentence.source);
    if (!counts) perSource.set(sentence.source, (counts = { sentences: 0, words: 0, withClitics: 0, annotated: 0 }));
    for (const target of [counts, total]) {
      target.sentences++;
      for (const row of sentence.rows) {
        target.words++;
        if (row.annotation !== '') target.annotated++;
        if (row.annotation.includes('+')) target.withClitics++;
      }
    }
  }
  return { perSource, total };
}

/** The header lines that state the counts (the sampler writes them, the test checks them). */
export function countLines(sentences: GoldSentence[]): string[] {
  const { perSource, total } = countSegmentGold(sentences);
  const share = total.words === 0 ? 0 : (100 * total.withClitics) / total.words;
  const missing = total.words - total.annotated;
  return [
    `Counts: ${total.words} words in ${total.sentences} sentences, ${total.withClitics} with clitics (${share.toFixed(1)}%)` +
      (missing > 0 ? `, ${missing} not yet annotated` : '') +
      '.',
    ...[...perSource].map(
      ([source, counts]) => `  ${source}: ${counts.sentences} sentences, ${counts.words} words, ${counts.withClitics} with clitics`,
    ),
  ];
}

// ---- for the segmenter's training (scripts/train-segmenter.ts) and evaluation (scripts/eval-segment.ts) ----

export interface GoldWord {
  word: string;
  /** Surface pieces joined by `+`. */
  pieces: string;
}

export const SEGMENT_TUNING = resolve(ROOT, 'corpus/segment-tune.tsv');
export const SEGMENT_GOLD_SETS = [
  { name: 'Wikipedia and news, running text (corpus/segment-gold-wiki-news.tsv)', path: resolve(ROOT, 'corpus/segment-gold-wiki-news.tsv') },
  { name: 'ANERcorp test, distinct words (test/tokenize/segment-gold.tsv)', path: resolve(ROOT, 'test/tokenize/segment-gold.tsv') },
];

/**
 * The annotated words of a gold file, in order: the running-text sets above, or a plain `word<TAB>pieces`
 * list such as test/tokenize/segment-gold.tsv (`#` lines are comments). Throws on a malformed line.
 */
export function readSegmentGold(path: string): GoldWord[] {
  if (!existsSync(path)) return [];
  const out: GoldWord[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/u)
    .forEach((line, index) => {
      if (line.trim() === '' || line.startsWith('#')) return;
      const [word, pieces = ''] = line.split('\t');
      const problem = annotationProblem(word!, pieces);
      if (problem) throw new Error(`${path}:${index + 1}: ${problem}`);
      out.push({ word: word!, pieces });
    });
  return out;
}

/**
 * Loads `gold.word` (standard form) for the analysis and returns the standard-form pieces of the gold answer
 * joined by `+`, or undefined for a word the segmenter does not analyse (not Arabic letters).
 */
export function loadGold(gold: GoldWord): string | undefined {
  const standard = normalize(gold.word);
  if (!isBaseLetters(standard)) return undefined;
  loadNormalized(standard);
  return gold.pieces
    .split('+')
    .map((piece) => normalize(piece))
    .filter((piece) => piece !== '')
    .join('+');
}

/** The standard-form pieces of the candidate being visited by enumerateSplits, joined by `+`. */
export function candidatePieces(_stemStart: number, stemEnd: number, suffix: number): string {
  const pieces: string[] = [];
  let from = 0;
  for (let k = 0; k < candidate.prefixCount; k++) {
    pieces.push(unitsToString(word.standard, from, candidate.prefixEnds[k]!));
    from = candidate.prefixEnds[k]!;
  }
  pieces.push(unitsToString(word.standard, from, stemEnd));
  if (suffix >= 0) pieces.push(unitsToString(word.standard, stemEnd, word.length));
  return pieces.join('+');
}

export { enumerateSplits };
