/**
 * Hand-segmented words for the segmenter's training (corpus/segment-tune.tsv) and evaluation
 * (corpus/segment-gold-wiki-news.tsv, test/tokenize/segment-gold.tsv): one `word<TAB>pieces` per line, the
 * pieces as written joined by `+`; `#` lines are comments, blank lines separate sentences.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../../src/normalize/index.js';
import { candidate, enumerateSplits, isBaseLetters, loadNormalized, unitsToString, word } from '../../src/tokenize/analysis.js';
import { ROOT } from './unlabeled.js';

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

export function readSegmentGold(path: string): GoldWord[] {
  if (!existsSync(path)) return [];
  const out: GoldWord[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [form, pieces] = line.split('\t');
    if (!pieces) throw new Error(`${path}: no segmentation for ${JSON.stringify(form)}`);
    if (pieces.split('+').join('') !== form) throw new Error(`${path}: ${JSON.stringify(pieces)} does not join back to ${JSON.stringify(form)}`);
    out.push({ word: form, pieces });
  }
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
    pieces.push(unitsToString(word.standard, from, candidate.prefixEnds[k]));
    from = candidate.prefixEnds[k];
  }
  pieces.push(unitsToString(word.standard, from, stemEnd));
  if (suffix >= 0) pieces.push(unitsToString(word.standard, stemEnd, word.length));
  return pieces.join('+');
}

export { enumerateSplits };
