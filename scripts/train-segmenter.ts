/**
 * Learns the weights of the segmenter's ranker (src/tokenize/segmenter.generated.json) from hand-segmented
 * running text (npm run train:segmenter):
 *
 *   npx tsx scripts/train-segmenter.ts [tuning.tsv]     default corpus/segment-tune.tsv
 *
 * Every candidate split of a word (src/tokenize/analysis.ts `enumerateSplits`) is described by the features of
 * `candidateFeatures` — what the corpus says of its stem, and which clitics it has — and the weights maximize
 * the log-likelihood of the annotated split among the candidates (a conditional log-linear ranker, as in
 * Farasa's SVM-rank over counts), with an L2 penalty chosen by 5-fold cross-validation over the tuning set.
 * Full-batch gradient descent from zero: deterministic, no seed needed. The evaluation sets are never read.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FEATURE_COUNT, FEATURE_NAMES, candidateFeatures } from '../src/tokenize/analysis.js';
import { candidate } from '../src/tokenize/analysis.js';
import { candidatePieces, enumerateSplits, loadGold, readSegmentGold, SEGMENT_TUNING } from './lib/segment-gold.js';
import { ROOT } from './lib/unlabeled.js';

interface Example {
  /** Candidates' features, FEATURE_COUNT per candidate. */
  features: Float64Array;
  count: number;
  gold: number;
}

function examplesOf(path: string): { examples: Example[]; unreachable: string[] } {
  const examples: Example[] = [];
  const unreachable: string[] = [];
  const scratch = new Float64Array(FEATURE_COUNT);
  for (const gold of readSegmentGold(path)) {
    const goldPieces = loadGold(gold);
    if (goldPieces === undefined) continue;
    const rows: number[] = [];
    let goldIndex = -1;
    let count = 0;
    let ruleDecides = false;
    enumerateSplits((stemStart, stemEnd, suffix) => {
      // A preposition with a pronoun only (له) is split by rule, not by the ranker.
      if (candidate.prepositionWithPronoun) ruleDecides = true;
      if (candidatePieces(stemStart, stemEnd, suffix) === goldPieces && goldIndex < 0) goldIndex = count;
      candidateFeatures(stemStart, stemEnd, suffix, scratch);
      rows.push(...scratch);
      count++;
    });
    if (ruleDecides) continue;
    if (goldIndex < 0) unreachable.push(`${gold.word}\t${gold.pieces}`);
    else if (count > 1) examples.push({ features: Float64Array.from(rows), count, gold: goldIndex });
  }
  return { examples, unreachable };
}

/** Mean negative log-likelihood + λ/2 ||w||², and its gradient. */
function objective(examples: readonly Example[], w: Float64Array, lambda: number, gradient: Float64Array): number {
  gradient.fill(0);
  let loss = 0;
  const scores = new Float64Array(64);
  for (const { features, count, gold } of examples) {
    let max = -Infinity;
    for (let c = 0; c < count; c++) {
      let s = 0;
      for (let f = 0; f < FEATURE_COUNT; f++) s += w[f] * features[c * FEATURE_COUNT + f];
      scores[c] = s;
      if (s > max) max = s;
    }
    let z = 0;
    for (let c = 0; c < count; c++) z += Math.exp(scores[c] - max);
    loss += max + Math.log(z) - scores[gold];
    for (let c = 0; c < count; c++) {
      const p = Math.exp(scores[c] - max) / z - (c === gold ? 1 : 0);
      for (let f = 0; f < FEATURE_COUNT; f++) gradient[f] += p * features[c * FEATURE_COUNT + f];
    }
  }
  const n = Math.max(1, examples.length);
  let penalty = 0;
  for (let f = 0; f < FEATURE_COUNT; f++) {
    gradient[f] = gradient[f] / n + lambda * w[f];
    penalty += w[f] * w[f];
  }
  return loss / n + (lambda / 2) * penalty;
}

/** Gradient descent with Adam's step sizes (deterministic: full batch, fixed schedule). */
function fit(examples: readonly Example[], lambda: number, iterations = 3000): Float64Array {
  const w = new Float64Array(FEATURE_COUNT);
  const g = new Float64Array(FEATURE_COUNT);
  const m = new Float64Array(FEATURE_COUNT);
  const v = new Float64Array(FEATURE_COUNT);
  const rate = 0.05;
  for (let t = 1; t <= iterations; t++) {
    objective(examples, w, lambda, g);
    for (let f = 0; f < FEATURE_COUNT; f++) {
      m[f] = 0.9 * m[f] + 0.1 * g[f];
      v[f] = 0.999 * v[f] + 0.001 * g[f] * g[f];
      w[f] -= (rate * (m[f] / (1 - 0.9 ** t))) / (Math.sqrt(v[f] / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  return w;
}

function accuracy(examples: readonly Example[], w: Float64Array): number {
  let right = 0;
  for (const { features, count, gold } of examples) {
    let best = 0;
    let bestScore = -Infinity;
    for (let c = 0; c < count; c++) {
      let s = 0;
      for (let f = 0; f < FEATURE_COUNT; f++) s += w[f] * features[c * FEATURE_COUNT + f];
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best === gold) right++;
  }
  return right / Math.max(1, examples.length);
}

const path = resolve(process.argv[2] ?? SEGMENT_TUNING);
const { examples, unreachable } = examplesOf(path);
if (examples.length === 0) {
  console.error(`train-segmenter: no training words in ${path}`);
  process.exit(1);
}
console.log(`${examples.length} ambiguous words from ${path}; ${unreachable.length} annotations no candidate reaches`);
for (const line of unreachable) console.log(`  unreachable: ${line}`);

// λ by 5-fold cross-validation (contiguous folds: sentences stay together).
const FOLDS = 5;
let bestLambda = 0;
let bestAccuracy = -1;
for (const lambda of [0.00001, 0.00003, 0.0001, 0.0003, 0.001, 0.003, 0.01]) {
  let right = 0;
  const size = Math.ceil(examples.length / FOLDS);
  for (let k = 0; k < FOLDS; k++) {
    const heldOut = examples.slice(k * size, (k + 1) * size);
    const w = fit([...examples.slice(0, k * size), ...examples.slice((k + 1) * size)], lambda, 1500);
    right += accuracy(heldOut, w) * heldOut.length;
  }
  const cv = right / examples.length;
  console.log(`  λ ${lambda}: ${FOLDS}-fold CV accuracy on ambiguous words ${(100 * cv).toFixed(2)}%`);
  if (cv > bestAccuracy + 1e-9) {
    bestAccuracy = cv;
    bestLambda = lambda;
  }
}
const weights = fit(examples, bestLambda);
console.log(`λ ${bestLambda}; training accuracy ${(100 * accuracy(examples, weights)).toFixed(2)}%`);
FEATURE_NAMES.forEach((name, f) => console.log(`  ${weights[f].toFixed(3).padStart(8)}  ${name}`));
const output = {
  _generated: `by scripts/train-segmenter.ts from ${path.slice(ROOT.length + 1)} (${examples.length} ambiguous words; λ ${bestLambda} by ${FOLDS}-fold CV, ${(100 * bestAccuracy).toFixed(2)}%); do not edit by hand`,
  _license:
    'CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/): learnt from the stem table of src/words (derived from Arabic Wikipedia, ANERcorp and EASC) and from hand-segmented sentences of Wikipedia, ANERcorp and EASC; see README.md, License.',
  features: FEATURE_NAMES,
  weights: [...weights].map((w) => Number(w.toFixed(4))),
};
writeFileSync(resolve(ROOT, 'src/tokenize/segmenter.generated.json'), JSON.stringify(output, null, 1) + '\n');
console.log('wrote src/tokenize/segmenter.generated.json');
