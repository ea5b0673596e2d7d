/**
 * Trains dhad's NER model: a first-order linear-chain model over BIO tags (Viterbi at run time), trained
 * as an averaged linear-chain CRF (default) or an averaged structured perceptron, features from
 * src/ner/features.ts hashed into 2^BITS rows of TAG_COUNT weights.
 *
 *   npx tsx scripts/train-ner.ts            select the epoch count on dev, then train the shipped model
 *
 * Data: ../shared/data/anercorp/train.txt (CC BY-SA 4.0). Dev = its last 10% of sentences: every choice
 * (features, epochs, article weight) is made on dev; test.txt is never read here. The seed article with
 * its hand-made gold (corpus/article.entities.json) is added to training, ARTICLE_REPEAT times.
 * Phase 1 trains on train-minus-dev and scores dev after each epoch; phase 2 trains the shipped model on
 * all of train.txt for the best epoch count and writes src/ner/model.generated.ts.
 * Training is cost-augmented (NER_COST, see COST) and jackknifed: lexicon and vocabulary features of each
 * tenth of the data come from the other nine tenths, so words unseen in training look in training as
 * they will look at run time. Env knobs for dev experiments: NER_BITS, NER_EPOCHS, NER_COST,
 * NER_ARTICLE_REPEAT, NER_PRUNE / NER_PRUNE_SWEEP, NER_OUTSIDE_BIAS / NER_SWEEP, NER_SELECT_ONLY,
 * NER_LEARNER (crf | perceptron | pa | adagrad) with NER_CRF_ETA / NER_CRF_COST, NER_PA_C / NER_PA_COST /
 * NER_ADA_ETA; NER_CV=k scores k-fold cross-validation over train.txt instead (nothing is written);
 * NER_DUMP_DEV=file writes the dev predictions for error analysis; NER_WRITE_DEV_MODEL=1 writes the model
 * trained without dev instead of the shipped one, so that eval:ner's dev rows, and any script that calls
 * entities() on dev sentences, score a model that never saw them.
 * Fixed seed: the same data gives the same model, byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { ablate, extractFeatures, FEATURE_COUNT, FEATURE_VERSION, LEX_BEGIN, type Vocabulary, WordBits } from '../src/ner/features.js';
import { splitClitics } from '../src/ner/clitics.js';
import { allowedTransition, TAG_COUNT, TAGS, tagId, viterbi } from '../src/ner/tags.js';
import { addToScore, chunks, formatScore, micro, newScore, prf, readConll, type Sentence } from './lib/conll.js';
import { goldSentences, readArticle } from './lib/article.js';
import { mulberry32, shuffle } from './lib/random.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data/anercorp');
const BITS = Number(process.env.NER_BITS ?? 18);
const MAX_EPOCHS = Number(process.env.NER_EPOCHS ?? 10);
const ARTICLE_REPEAT = Number(process.env.NER_ARTICLE_REPEAT ?? 3);
/**
 * Cost-augmented training: while training, every wrong tag of a token gets COST extra score (twice that
 * for calling a gold entity token O), so the perceptron must beat the gold tags by a margin and is pushed
 * towards recall. Chosen on dev.
 */
const COST = Number(process.env.NER_COST ?? 30);
/**
 * The update rule: 'crf' (a gradient step on the CRF log-likelihood, see crfUpdate), 'perceptron' (step 1
 * per wrong token) or 'pa' (passive-aggressive PA-I, step min(PA_C, loss / ||feature difference||^2), the
 * loss margin being PA_COST per wrong token, doubled for a gold entity token called O), or 'adagrad'
 * (perceptron whose step per weight is ADA_ETA / sqrt(updates of that weight)). Averaged in every case. Chosen on dev: the plain perceptron
 * (73.2) beat PA-I (72.1-72.4 for C 0.01-0.1, worse for smaller C) and AdaGrad (71.2-71.8, eta 0.3-3);
 * the CRF beat the perceptron on 5-fold CV over train.txt (76.46 vs 76.09 micro-F1 with the first
 * gazetteers, 78.78 vs 78.49 with the larger ones), with eta 0.03 (0.1: 71.7 on dev) and cost 1
 * (0: 72.7, 3: 73.0 on dev; 2: 76.35 on CV).
 */
const LEARNER = process.env.NER_LEARNER ?? 'crf';
const PA_C = Number(process.env.NER_PA_C ?? 0.1);
const PA_COST = Number(process.env.NER_PA_COST ?? 1);
const ADA_ETA = Number(process.env.NER_ADA_ETA ?? 1);
const CRF_ETA = Number(process.env.NER_CRF_ETA ?? 0.03);
const CRF_COST = Number(process.env.NER_CRF_COST ?? 1);
/** Added to the O score of every token at decoding (perceptron units); 0 = plain Viterbi. */
const OUTSIDE_BIAS = Number(process.env.NER_OUTSIDE_BIAS ?? 0);
/** Size of the shipped vocabulary Bloom filter: 2^20 bits (128 KB), ~1% false positives. */
const VOCABULARY_BITS = 20;
const DEV_FRACTION = 0.1;
const SEED = 20240229;
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];
/**
 * NER_ABLATE=clusters: train without that source of word knowledge (src/ner/features.ts
 * featureSources), to measure what each adds; the written model records it (meta.ablation) so that eval:ner
 * scores it with the same features. Never for the shipped model.
 */
const ABLATION = (process.env.NER_ABLATE ?? '').split(',').filter((name) => name !== '');
ablate(ABLATION);

interface Example {
  feats: Uint32Array;
  gold: Uint8Array;
  n: number;
}

interface Knowledge {
  lexicon: Map<string, number>;
  vocabulary: Vocabulary;
  words: Set<string>;
}

function toExample(s: Sentence, known: Knowledge): Example {
  const words = s.words.map((w) => normalize(w, 'search'));
  return { feats: extractFeatures(words, known.lexicon, known.vocabulary), gold: Uint8Array.from(s.tags.map(tagId)), n: words.length };
}

function toExamples(sentences: readonly Sentence[], known: Knowledge): Example[] {
  return sentences.map((s) => toExample(s, known));
}

/** Every word of `sentences` (search form) and its clitic-stripped core: see Vocabulary in features.ts. */
function vocabularyWords(sentences: readonly Sentence[]): Set<string> {
  const words = new Set<string>();
  for (const s of sentences) {
    for (const raw of s.words) {
      const w = normalize(raw, 'search');
      words.add(w);
      words.add(w.slice(splitClitics(w).prefixLength));
    }
  }
  return words;
}

function knowledge(sentences: readonly Sentence[]): Knowledge {
  const words = vocabularyWords(sentences);
  return { lexicon: buildLexicon(sentences), vocabulary: words, words };
}

const JACKKNIFE_FOLDS = 10;

/** Words seen mostly inside entities (see Lexicon in src/ner/features.ts). */
function buildLexicon(sentences: readonly Sentence[]): Map<string, number> {
  const counts = new Map<string, { total: number; begins: number; types: number[] }>();
  for (const s of sentences) {
    s.words.forEach((raw, i) => {
      const w = normalize(raw, 'search');
      let c = counts.get(w);
      if (c === undefined) counts.set(w, (c = { total: 0, begins: 0, types: [0, 0, 0, 0] }));
      c.total++;
      const tag = s.tags[i];
      if (tag === 'O') return;
      const k = TYPES.indexOf(tag.slice(2));
      if (k >= 0) c.types[k]++;
      if (tag.startsWith('B-')) c.begins++;
    });
  }
  const lexicon = new Map<string, number>();
  for (const [w, c] of counts) {
    const inside = c.types.reduce((a, b) => a + b, 0);
    if (inside === 0 || inside < 0.5 * c.total) continue;
    let mask = 0;
    c.types.forEach((n, k) => {
      if (n >= 0.3 * inside) mask |= 1 << k;
    });
    if (c.begins >= 0.5 * inside) mask |= LEX_BEGIN;
    lexicon.set(w, mask);
  }
  return lexicon;
}

/** Examples whose lexicon features come from the OTHER folds: the model learns how far to trust it. */
function jackknifed(sentences: readonly Sentence[]): Example[] {
  const out: Example[] = [];
  const size = Math.ceil(sentences.length / JACKKNIFE_FOLDS);
  for (let f = 0; f < JACKKNIFE_FOLDS; f++) {
    const known = knowledge([...sentences.slice(0, f * size), ...sentences.slice((f + 1) * size)]);
    out.push(...toExamples(sentences.slice(f * size, (f + 1) * size), known));
  }
  return out;
}

/** The weights and their running averages; `train` applies the LEARNER's update (named for the first one). */
class Perceptron {
  readonly mask: number;
  readonly w: Float32Array;
  /** Sum over updates of (step * delta): averaged = w - u / step (the usual lazy-averaging trick). */
  readonly u: Float32Array;
  readonly trans = new Float64Array(TAG_COUNT * TAG_COUNT);
  readonly transU = new Float64Array(TAG_COUNT * TAG_COUNT);
  readonly start = new Float64Array(TAG_COUNT);
  readonly startU = new Float64Array(TAG_COUNT);
  step = 1;
  /** AdaGrad: per weight, the number of updates it received (its summed squared gradient). */
  readonly g: Float32Array | undefined;

  constructor(bits: number) {
    this.mask = (1 << bits) - 1;
    this.g = LEARNER === 'adagrad' ? new Float32Array((this.mask + 1) * TAG_COUNT) : undefined;
    this.w = new Float32Array((this.mask + 1) * TAG_COUNT);
    this.u = new Float32Array((this.mask + 1) * TAG_COUNT);
  }

  emissions(ex: Example, weights: Float32Array): Float64Array {
    const e = new Float64Array(ex.n * TAG_COUNT);
    for (let i = 0; i < ex.n; i++) {
      const o = i * TAG_COUNT;
      for (let k = 0; k < FEATURE_COUNT; k++) {
        const row = (ex.feats[i * FEATURE_COUNT + k] & this.mask) * TAG_COUNT;
        for (let t = 0; t < TAG_COUNT; t++) e[o + t] += weights[row + t];
      }
    }
    return e;
  }

  predict(ex: Example, w: Float32Array, trans: ArrayLike<number>, start: ArrayLike<number>, outsideBias = 0): Uint8Array {
    const e = this.emissions(ex, w);
    if (outsideBias !== 0) for (let i = 0; i < ex.n; i++) e[i * TAG_COUNT] += outsideBias;
    return viterbi(e, ex.n, trans, start);
  }

  private bump(i: number, ex: Example, tag: number, delta: number): void {
    const ada = this.g !== undefined;
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const idx = (ex.feats[i * FEATURE_COUNT + k] & this.mask) * TAG_COUNT + tag;
      let d = delta;
      if (ada) {
        this.g![idx] += 1;
        d = (ADA_ETA * delta) / Math.sqrt(this.g![idx]);
      }
      this.w[idx] += d;
      this.u[idx] += this.step * d;
    }
  }

  train(ex: Example): void {
    if (LEARNER === 'crf') {
      this.crfUpdate(ex);
      this.step++;
      return;
    }
    const e = this.emissions(ex, this.w);
    const cost = LEARNER === 'pa' ? PA_COST : COST;
    if (cost > 0) {
      for (let i = 0; i < ex.n; i++) {
        const g = ex.gold[i];
        for (let t = 0; t < TAG_COUNT; t++) if (t !== g) e[i * TAG_COUNT + t] += t === 0 ? 2 * cost : cost;
      }
    }
    const pred = viterbi(e, ex.n, this.trans, this.start);
    let same = true;
    for (let i = 0; i < ex.n; i++) if (pred[i] !== ex.gold[i]) same = false;
    if (!same) {
      if (LEARNER === 'pa') this.passiveAggressive(ex, pred, e);
      else this.perceptronUpdate(ex, pred);
    }
    this.step++;
  }

  private perceptronUpdate(ex: Example, pred: Uint8Array): void {
    for (let i = 0; i < ex.n; i++) {
      if (pred[i] !== ex.gold[i]) {
        this.bump(i, ex, ex.gold[i], 1);
        this.bump(i, ex, pred[i], -1);
      }
      const prevGold = i === 0 ? -1 : ex.gold[i - 1];
      const prevPred = i === 0 ? -1 : pred[i - 1];
      if (prevGold !== prevPred || pred[i] !== ex.gold[i]) {
        if (i === 0) {
          this.start[ex.gold[0]] += 1;
          this.startU[ex.gold[0]] += this.step;
          this.start[pred[0]] -= 1;
          this.startU[pred[0]] -= this.step;
        } else {
          this.trans[prevGold * TAG_COUNT + ex.gold[i]] += 1;
          this.transU[prevGold * TAG_COUNT + ex.gold[i]] += this.step;
          this.trans[prevPred * TAG_COUNT + pred[i]] -= 1;
          this.transU[prevPred * TAG_COUNT + pred[i]] -= this.step;
        }
      }
    }
  }

  /**
   * PA-I (Crammer et al. 2006), structured: the step tau = min(C, loss / ||phi(gold) - phi(pred)||^2)
   * with loss = cost(pred) + score(pred) - score(gold), pred the cost-augmented Viterbi path. Big steps
   * on badly wrong sentences, small ones on near misses, capped by C.
   */
  private passiveAggressive(ex: Example, pred: Uint8Array, augmented: Float64Array): void {
    const diff = new Map<number, number>(); // weight index -> delta (feature rows)
    const tdiff = new Map<number, number>(); // transition index (start: -1 - tag) -> delta
    const add = (m: Map<number, number>, k: number, d: number) => m.set(k, (m.get(k) ?? 0) + d);
    // Path scores on the cost-augmented emissions: pred's includes its cost, gold's has none.
    let loss = 0;
    for (let i = 0; i < ex.n; i++) {
      const g = ex.gold[i];
      const p = pred[i];
      loss += augmented[i * TAG_COUNT + p] - augmented[i * TAG_COUNT + g];
      const prevGold = i === 0 ? -1 : ex.gold[i - 1];
      const prevPred = i === 0 ? -1 : pred[i - 1];
      const gk = i === 0 ? -1 - g : prevGold * TAG_COUNT + g;
      const pk = i === 0 ? -1 - p : prevPred * TAG_COUNT + p;
      if (gk !== pk) {
        loss += (i === 0 ? this.start[p] : this.trans[pk]) - (i === 0 ? this.start[g] : this.trans[gk]);
        add(tdiff, gk, 1);
        add(tdiff, pk, -1);
      }
      if (p !== g) {
        for (let k = 0; k < FEATURE_COUNT; k++) {
          const row = (ex.feats[i * FEATURE_COUNT + k] & this.mask) * TAG_COUNT;
          add(diff, row + g, 1);
          add(diff, row + p, -1);
        }
      }
    }
    let norm = 0;
    for (const d of diff.values()) norm += d * d;
    for (const d of tdiff.values()) norm += d * d;
    if (loss <= 0 || norm === 0) return;
    const tau = Math.min(PA_C, loss / norm);
    const ut = this.step * tau;
    for (const [idx, d] of diff) {
      if (d === 0) continue;
      this.w[idx] += tau * d;
      this.u[idx] += ut * d;
    }
    for (const [k, d] of tdiff) {
      if (d === 0) continue;
      if (k < 0) {
        this.start[-1 - k] += tau * d;
        this.startU[-1 - k] += ut * d;
      } else {
        this.trans[k] += tau * d;
        this.transU[k] += ut * d;
      }
    }
  }

  /**
   * Linear-chain CRF (Lafferty et al. 2001), one stochastic gradient step on the sentence's softmax-margin
   * log-likelihood (Gimpel & Smith 2010): every weight moves by CRF_ETA x (gold count - expected count),
   * the expectations from forward-backward over the allowed transitions, with each non-gold tag's score
   * raised by CRF_COST (twice that for O) as in the perceptron's cost-augmented training. Averaged like
   * the perceptron (averaged SGD), which is all the regularization it needs here (chosen on dev and CV).
   */
  private crfUpdate(ex: Example): void {
    const T = TAG_COUNT;
    const n = ex.n;
    const e = this.emissions(ex, this.w);
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i];
      for (let t = 0; t < T; t++) if (t !== g) e[i * T + t] += t === 0 ? 2 * CRF_COST : CRF_COST;
    }
    const alpha = new Float64Array(n * T);
    const beta = new Float64Array(n * T);
    const terms = new Float64Array(T);
    /** log(sum(exp(terms[0..count)))) without overflow. */
    const logSumExp = (count: number): number => {
      let max = -Infinity;
      for (let k = 0; k < count; k++) if (terms[k] > max) max = terms[k];
      if (max === -Infinity) return max;
      let sum = 0;
      for (let k = 0; k < count; k++) sum += Math.exp(terms[k] - max);
      return max + Math.log(sum);
    };
    // An entity cannot start with I-: the same constraint as Viterbi's.
    for (let t = 0; t < T; t++) alpha[t] = t === 0 || t % 2 === 1 ? this.start[t] + e[t] : -Infinity;
    for (let i = 1; i < n; i++) {
      for (let b = 0; b < T; b++) {
        let count = 0;
        for (let a = 0; a < T; a++) if (allowedTransition(a, b)) terms[count++] = alpha[(i - 1) * T + a] + this.trans[a * T + b];
        alpha[i * T + b] = logSumExp(count) + e[i * T + b];
      }
    }
    for (let i = n - 2; i >= 0; i--) {
      for (let a = 0; a < T; a++) {
        let count = 0;
        for (let b = 0; b < T; b++) {
          if (allowedTransition(a, b)) terms[count++] = this.trans[a * T + b] + e[(i + 1) * T + b] + beta[(i + 1) * T + b];
        }
        beta[i * T + a] = logSumExp(count);
      }
    }
    for (let t = 0; t < T; t++) terms[t] = alpha[(n - 1) * T + t];
    const logZ = logSumExp(T);
    const eta = CRF_ETA;
    const averagedEta = this.step * eta;
    for (let i = 0; i < n; i++) {
      const g = ex.gold[i];
      for (let t = 0; t < T; t++) {
        const gradient = (t === g ? 1 : 0) - Math.exp(alpha[i * T + t] + beta[i * T + t] - logZ);
        if (Math.abs(gradient) < 1e-4) continue; // saves most of the work: confident tokens barely move
        for (let k = 0; k < FEATURE_COUNT; k++) {
          const idx = (ex.feats[i * FEATURE_COUNT + k] & this.mask) * T + t;
          this.w[idx] += eta * gradient;
          this.u[idx] += averagedEta * gradient;
        }
        if (i === 0) {
          this.start[t] += eta * gradient;
          this.startU[t] += averagedEta * gradient;
        }
      }
      if (i === 0) continue;
      const previousGold = ex.gold[i - 1];
      for (let a = 0; a < T; a++) {
        for (let b = 0; b < T; b++) {
          if (!allowedTransition(a, b)) continue;
          const p = Math.exp(alpha[(i - 1) * T + a] + this.trans[a * T + b] + e[i * T + b] + beta[i * T + b] - logZ);
          const gradient = (a === previousGold && b === g ? 1 : 0) - p;
          this.trans[a * T + b] += eta * gradient;
          this.transU[a * T + b] += averagedEta * gradient;
        }
      }
    }
  }

  averaged(): { w: Float32Array; trans: Float64Array; start: Float64Array } {
    const w = new Float32Array(this.w.length);
    for (let i = 0; i < w.length; i++) w[i] = this.w[i] - this.u[i] / this.step;
    const trans = this.trans.map((v, i) => v - this.transU[i] / this.step);
    const start = this.start.map((v, i) => v - this.startU[i] / this.step);
    return { w, trans, start };
  }
}

function evaluate(model: Perceptron, examples: Example[], weights: ReturnType<Perceptron['averaged']>, outsideBias = 0) {
  const score = newScore();
  for (const ex of examples) {
    const pred = model.predict(ex, weights.w, weights.trans, weights.start, outsideBias);
    addToScore(score, chunks([...ex.gold].map((t) => TAGS[t])), chunks([...pred].map((t) => TAGS[t])));
  }
  return score;
}

function runEpochs(train: Example[], epochs: number, onEpoch?: (epoch: number, model: Perceptron) => void): Perceptron {
  const model = new Perceptron(BITS);
  const random = mulberry32(SEED);
  const order = train.map((_, i) => i);
  for (let epoch = 1; epoch <= epochs; epoch++) {
    shuffle(order, random);
    for (const i of order) model.train(train[i]);
    onEpoch?.(epoch, model);
  }
  return model;
}

// ---- quantize and write ----------------------------------------------------------------------------

/** Weights with |w| below PRUNE Int8 units are dropped from the shipped model (size); chosen on dev. */
const PRUNE = Number(process.env.NER_PRUNE ?? 0);

type Weights = ReturnType<Perceptron['averaged']>;

/**
 * Shipped weights are Int8: value = q * scale, |q| <= 127. On dev, Int8 scores as the float weights do
 * (72.43 vs 72.47 micro-F1; Int16 72.47), and the run-time table is half the size of an Int16 one
 * (2.4 MB for 2^18 rows x 9 tags), so more of it stays in cache: tagging is bound by those look-ups.
 * Transition and start scores stay unrounded (a few dozen numbers, and decoding is sensitive to them).
 */
const WEIGHT_LEVELS = 127;

/** The scale of a weight set: its largest weight maps to WEIGHT_LEVELS. */
function scaleOf(weights: Weights): number {
  let maxAbs = 0;
  for (const v of weights.w) maxAbs = Math.max(maxAbs, Math.abs(v));
  for (const v of weights.trans) maxAbs = Math.max(maxAbs, Math.abs(v));
  return maxAbs / WEIGHT_LEVELS;
}

/** What the shipped model will hold: weights rounded to Int8 units, the small ones pruned (as floats). */
function asShipped(weights: Weights, prune: number): Weights {
  const scale = scaleOf(weights);
  const w = new Float32Array(weights.w.length);
  let kept = 0;
  for (let i = 0; i < w.length; i++) {
    const q = Math.round(weights.w[i] / scale);
    if (Math.abs(q) >= Math.max(1, prune)) {
      w[i] = q * scale;
      kept++;
    }
  }
  return { w, trans: weights.trans, start: weights.start, kept } as Weights;
}

function varint(out: number[], value: number): void {
  while (value >= 0x80) {
    out.push((value & 0x7f) | 0x80);
    value >>>= 7;
  }
  out.push(value);
}

function writeModel(weights: Weights, vocabulary: WordBits, outsideBias: number, meta: Record<string, unknown>): number {
  const scale = scaleOf(weights);
  const gaps: number[] = [];
  const values: number[] = [];
  let last = -1;
  for (let i = 0; i < weights.w.length; i++) {
    const q = Math.round(weights.w[i] / scale);
    if (Math.abs(q) < Math.max(1, PRUNE)) continue;
    varint(gaps, i - last - 1);
    values.push(q & 0xff);
    last = i;
  }
  const inUnits = (v: number) => Number((v / scale).toFixed(3));
  const gapsB64 = Buffer.from(gaps).toString('base64');
  const valuesB64 = Buffer.from(values).toString('base64');
  const source = `// Generated by scripts/train-ner.ts (npm run train:ner). Do not edit by hand.
//
// dhad named-entity model: ${LEARNER === 'crf' ? 'linear-chain CRF (averaged SGD)' : `averaged ${LEARNER}`} over BIO tags, ${values.length} non-zero weights.
// Trained on ANERcorp (Benajiba & Rosso 2007/2008), CAMeL Lab train split (Obeid et al., LREC 2020),
// and dhad's hand-annotated corpus/article.txt. Licensed CC BY-SA 4.0 (this file only), as its source data:
//   Y. Benajiba, P. Rosso, J. M. Benedí Ruiz. ANERsys: An Arabic Named Entity Recognition System Based on
//   Maximum Entropy. CICLing 2007. / Y. Benajiba, P. Rosso. Arabic Named Entity Recognition using
//   Conditional Random Fields. LREC 2008 workshop.
//   O. Obeid et al. CAMeL Tools: An Open Source Python Toolkit for Arabic NLP. LREC 2020.
//   https://creativecommons.org/licenses/by-sa/4.0/
//
// Weights are Int8 (value = q * scale), stored sparsely: \`gaps\` holds LEB128 varints (zeros skipped
// before each non-zero entry of the rows*tags table), \`values\` the Int8s; both base64. Transition,
// start and outside-bias scores are in the same units, unrounded.
// \`vocabulary\` is a Bloom filter (src/ner/features.ts WordBits) of the training words.
// Decoded lazily by src/ner/model.ts on the first call, never at import.

export const MODEL = {
  meta: ${JSON.stringify(meta)},
  featureVersion: ${FEATURE_VERSION},
  featureCount: ${FEATURE_COUNT},
  bits: ${BITS},
  tags: ${JSON.stringify(TAGS)},
  scale: ${scale},
  transitions: ${JSON.stringify([...weights.trans].map(inUnits))},
  start: ${JSON.stringify([...weights.start].map(inUnits))},
  outsideBias: ${inUnits(outsideBias)},
  vocabulary: '${Buffer.from(vocabulary.bits).toString('base64')}',
  gaps: '${gapsB64}',
  values: '${valuesB64}',
} as const;
`;
  writeFileSync(resolve(ROOT, 'src/ner/model.generated.ts'), source);
  return source.length;
}

function writeLexicon(lexicon: Map<string, number>): void {
  const entries = [...lexicon].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // One string per mask value keeps the file small: { "mask": "word word word" }.
  const byMask: Record<string, string> = {};
  for (const [w, mask] of entries) byMask[mask] = byMask[mask] === undefined ? w : `${byMask[mask]} ${w}`;
  const doc = {
    _generated: 'by scripts/train-ner.ts from ANERcorp train.txt (CC BY-SA 4.0; Benajiba & Rosso; CAMeL split, Obeid et al. 2020)',
    _about: 'Words seen mostly inside entities; key = bit mask (1 PERS, 2 LOC, 4 ORG, 8 MISC, 16 mostly entity-initial), value = space-separated words in search form.',
    ...byMask,
  };
  writeFileSync(resolve(ROOT, 'src/ner/lexicon.generated.json'), JSON.stringify(doc, null, 1) + '\n');
}

/**
 * NER_CV=k: k-fold cross-validation over train.txt (contiguous folds, so documents stay together); the
 * scores of all folds are pooled per epoch. Steadier than the one dev part for choosing features (five
 * times the entities); the article is left out. Nothing is written.
 */
const CV_FOLDS = Number(process.env.NER_CV ?? 0);

function crossValidate(all: readonly Sentence[]): void {
  const size = Math.ceil(all.length / CV_FOLDS);
  const perEpoch = Array.from({ length: MAX_EPOCHS }, () => newScore());
  for (let f = 0; f < CV_FOLDS; f++) {
    const rest = [...all.slice(0, f * size), ...all.slice((f + 1) * size)];
    const heldOut = toExamples(all.slice(f * size, (f + 1) * size), knowledge(rest));
    runEpochs(jackknifed(rest), MAX_EPOCHS, (epoch, model) => {
      const weights = model.averaged();
      const score = evaluate(model, heldOut, weights);
      const pooled = perEpoch[epoch - 1];
      for (const [type, counts] of score) {
        const to = pooled.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
        to.gold += counts.gold;
        to.predicted += counts.predicted;
        to.correct += counts.correct;
        pooled.set(type, to);
      }
    });
    console.log(`fold ${f + 1}/${CV_FOLDS} done`);
  }
  perEpoch.forEach((score, i) => console.log(`epoch ${i + 1}: ${CV_FOLDS}-fold CV micro-F1 ${(100 * prf(micro(score, TYPES)).f).toFixed(2)}`));
  console.log(formatScore(`${CV_FOLDS}-fold CV, epoch ${MAX_EPOCHS}`, perEpoch[MAX_EPOCHS - 1], TYPES));
}

// ---- main ------------------------------------------------------------------------------------------

function main(): void {
  if (!existsSync(`${DATA}/train.txt`)) {
    console.error(`train-ner: ${DATA}/train.txt not found (ANERcorp, CAMeL split, is read from ../shared/data).`);
    process.exit(1);
  }
  const t0 = Date.now();
  const all = readConll(`${DATA}/train.txt`);
  if (CV_FOLDS > 1) {
    crossValidate(all);
    return;
  }
  const devStart = Math.floor(all.length * (1 - DEV_FRACTION));
  const { text, gold } = readArticle(ROOT);
  const articleSentences = goldSentences(text, gold);
  const trainSentences = all.slice(0, devStart);
  const partKnown = knowledge(trainSentences);
  const article = toExamples(articleSentences, partKnown);
  const trainPart = jackknifed(trainSentences);
  const dev = toExamples(all.slice(devStart), partKnown);
  const repeatArticle = (xs: Example[], art: Example[]) => [...xs, ...Array.from({ length: ARTICLE_REPEAT }, () => art).flat()];
  console.log(`train ${trainPart.length} sentences, dev ${dev.length}, article ${article.length} x${ARTICLE_REPEAT}; features ${((Date.now() - t0) / 1000).toFixed(1)} s`);

  let bestEpoch = 1;
  let bestF = -1;
  let bestWeights: ReturnType<Perceptron['averaged']> | undefined;
  const devModel = runEpochs(repeatArticle(trainPart, article), MAX_EPOCHS, (epoch, model) => {
    const averaged = model.averaged();
    const score = evaluate(model, dev, averaged);
    const f = prf(micro(score, TYPES)).f;
    if (f > bestF) {
      bestF = f;
      bestEpoch = epoch;
      bestWeights = averaged;
    }
    console.log(`epoch ${epoch}: dev micro-F1 ${(100 * f).toFixed(2)}  (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    if (epoch === MAX_EPOCHS || process.env.NER_VERBOSE) console.log(formatScore(`dev after epoch ${epoch}`, score, TYPES));
  });
  console.log(`best epoch on dev: ${bestEpoch} (micro-F1 ${(100 * bestF).toFixed(2)})`);
  if (process.env.NER_SWEEP && bestWeights) {
    for (const b of process.env.NER_SWEEP.split(',').map(Number)) {
      const score = evaluate(devModel, dev, bestWeights, b);
      console.log(formatScore(`dev, O bias ${b}`, score, TYPES));
    }
  }
  if (bestWeights) {
    // The dev figure of the weights as they will ship (Int16, pruned): pruning is chosen on this.
    for (const p of (process.env.NER_PRUNE_SWEEP ?? String(PRUNE)).split(',').map(Number)) {
      const shipped = asShipped(bestWeights, p);
      const f = prf(micro(evaluate(devModel, dev, shipped), TYPES)).f;
      console.log(`dev micro-F1 as shipped, prune ${p}: ${(100 * f).toFixed(2)} (${(shipped as unknown as { kept: number }).kept} weights kept)`);
    }
  }
  if (process.env.NER_DUMP_DEV && bestWeights) {
    // Error analysis: one `word gold predicted` line per dev token (CoNLL-like), from the best dev epoch.
    const lines: string[] = [];
    const devSentences = all.slice(devStart);
    dev.forEach((ex, k) => {
      const pred = devModel.predict(ex, bestWeights!.w, bestWeights!.trans, bestWeights!.start, 0);
      devSentences[k].words.forEach((w, i) => lines.push(`${w} ${TAGS[ex.gold[i]]} ${TAGS[pred[i]]}`));
      lines.push('');
    });
    writeFileSync(process.env.NER_DUMP_DEV, lines.join('\n'));
    console.log(`dev predictions written to ${process.env.NER_DUMP_DEV}`);
  }
  if (process.env.NER_WRITE_DEV_MODEL && bestWeights) {
    // The best dev-epoch model, trained WITHOUT dev, written as the shipped files, so that what entities()
    // does after tagging (clitic trimming, rules, any post-processing) can be judged on dev honestly.
    // Not for shipping: rerun without this knob.
    writeLexicon(partKnown.lexicon);
    writeModel(bestWeights, WordBits.build(partKnown.words, VOCABULARY_BITS), OUTSIDE_BIAS, {
      trainedOn: 'ANERcorp train.txt WITHOUT its last 10% (dev) + corpus/article.txt gold: for dev evaluation only',
      epochs: bestEpoch,
      seed: SEED,
      devMicroF1AtSelection: Number((100 * bestF).toFixed(2)),
      ...(ABLATION.length > 0 ? { ablation: ABLATION } : {}),
    });
    console.log('wrote the dev-evaluation model (trained without dev) to src/ner/model.generated.ts');
    return;
  }
  if (process.env.NER_SELECT_ONLY) return;
  if (ABLATION.length > 0) throw new Error('train-ner: NER_ABLATE is for experiments (NER_CV, NER_SELECT_ONLY, NER_WRITE_DEV_MODEL); the shipped model uses every source');

  const fullKnown = knowledge(all);
  const full = repeatArticle(jackknifed(all), toExamples(articleSentences, fullKnown));
  writeLexicon(fullKnown.lexicon);
  const model = runEpochs(full, bestEpoch);
  const vocabulary = WordBits.build(fullKnown.words, VOCABULARY_BITS);
  const size = writeModel(model.averaged(), vocabulary, OUTSIDE_BIAS, {
    trainedOn: 'ANERcorp train.txt (all, dev included) + corpus/article.txt gold',
    epochs: bestEpoch,
    articleRepeat: ARTICLE_REPEAT,
    cost: COST,
    prune: PRUNE,
    seed: SEED,
    devMicroF1AtSelection: Number((100 * bestF).toFixed(2)),
  });
  console.log(`wrote src/ner/model.generated.ts (${(size / 1024 / 1024).toFixed(2)} MB) in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

main();
