/**
 * Self-supervised sentence salience from Wikipedia lead sections, and whether it transfers to EASC
 * (npm run eval:salience). This is the experiment that decides whether dhad's ranker gains a learned salience
 * term; it writes nothing, and dhad ships no such term because the transfer check below fails (README, Quality).
 *
 * Self-supervision: every Wikipedia article opens with a lead written as its summary. For each article (held-out
 * ones excluded) whose lead has at least 2 sentences and whose body at least 4, the document is the lead's first
 * sentence (kept as sentence 0, as an EASC article's opening is part of the text) followed by the body; a body
 * sentence's label is the share of its content stems that the rest of the lead repeats. A logistic model (soft
 * labels, Newton's method, small L2) learns that share from features the summarizer computes at run time:
 * position, relative position, length, paragraph opening, quotation, LexRank centrality, similarity to sentence 0
 * and to the document's centroid, the share of numbers, and per-stem echo priors (how often the lead repeats
 * the sentences a stem occurs in, log-odds against the mean, cross-fitted: learnt on the articles of one page-id
 * parity and used as features for the other).
 *
 * Reported: the model's weights; its AUC on the held-out Wikipedia articles (positives: at least 30% of the
 * sentence's stems repeated) beside the AUC of dhad's own relevance; on EASC, the per-article rank correlation
 * of each with the annotators' votes, and ROUGE-1 when the model's score is added to dhad's relevance with weight
 * w — chosen on the odd (tuning) half only; the even half is printed for information.
 *
 *   npx tsx scripts/eval-salience.ts     (about a minute: one pass over Wikipedia)
 */
import { analyze, cosine, type AnalyzedDocument } from '../src/summarize/document.js';
import { DEFAULT_WEIGHTS, lexRank, relevance } from '../src/summarize/rank.js';
import { selectSentences } from '../src/summarize/select.js';
import { annotatorVotes, budgetOf, isTuningArticle, readEascDev } from './lib/easc.js';
import { meanRougeF } from './lib/rouge.js';
import { readWikipedia, skipWithoutData } from './lib/unlabeled.js';

skipWithoutData('eval-salience');

const FEATURES = [
  'position',
  'relativePosition',
  'length',
  'logLength',
  'paragraphOpening',
  'quotation',
  'centrality',
  'openingSimilarity',
  'centroidSimilarity',
  'numberShare',
  'echoMean',
  'echoMax',
] as const;
const ECHO_MEAN = FEATURES.indexOf('echoMean');
const ECHO_MAX = FEATURES.indexOf('echoMax');
/** Pseudo-count that shrinks a rare stem's echo rate to the mean. */
const ECHO_SMOOTHING = 20;
const L2 = 1e-3;
const IS_NUMBER = /^[\d.,]+$/u;

/** Per-stem echo statistics: sentences seen with the stem, and the sum of their labels. */
class EchoPriors {
  private readonly seen = new Map<string, number>();
  private readonly echoed = new Map<string, number>();
  private sentences = 0;
  private labelSum = 0;

  add(stems: readonly string[], label: number): void {
    this.sentences++;
    this.labelSum += label;
    for (const stem of stems) {
      this.seen.set(stem, (this.seen.get(stem) ?? 0) + 1);
      this.echoed.set(stem, (this.echoed.get(stem) ?? 0) + label);
    }
  }

  /** Log-odds of the stem's smoothed echo rate against the mean rate. */
  prior(stem: string): number {
    const mean = this.labelSum / Math.max(1, this.sentences);
    const rate = ((this.echoed.get(stem) ?? 0) + ECHO_SMOOTHING * mean) / ((this.seen.get(stem) ?? 0) + ECHO_SMOOTHING);
    const logit = (p: number): number => Math.log(Math.min(1 - 1e-9, Math.max(1e-9, p)) / Math.max(1e-9, 1 - p));
    return logit(rate) - logit(mean);
  }
}

const stemsOf = (doc: AnalyzedDocument, s: number): string[] => Array.from(doc.sentences[s].terms, (id) => doc.termKeys[id]);

/** The run-time features of every sentence; the echo priors are filled in later (they depend on the fold). */
function sentenceFeatures(doc: AnalyzedDocument): number[][] {
  const n = doc.sentences.length;
  const central = lexRank(doc);
  const maxCentral = Math.max(...central);
  const centroid = new Float64Array(doc.termKeys.length);
  for (const { terms, weights } of doc.sentences) for (let k = 0; k < terms.length; k++) centroid[terms[k]] += weights[k];
  let centroidNorm = 0;
  for (const value of centroid) centroidNorm += value * value;
  centroidNorm = Math.sqrt(centroidNorm) || 1;
  return doc.sentences.map((sentence, s) => {
    let centroidSimilarity = 0;
    for (let k = 0; k < sentence.terms.length; k++) centroidSimilarity += (sentence.weights[k] * centroid[sentence.terms[k]]) / centroidNorm;
    const stems = stemsOf(doc, s);
    return [
      1 / Math.pow(1 + s, DEFAULT_WEIGHTS.positionDecay),
      n > 1 ? s / (n - 1) : 0,
      Math.min(1, sentence.wordCount / DEFAULT_WEIGHTS.fullLength),
      Math.log1p(sentence.wordCount),
      sentence.opensParagraph ? 1 : 0,
      sentence.quoteShare,
      maxCentral > 0 ? central[s] / maxCentral : 0,
      s === 0 ? 1 : cosine(sentence, doc.sentences[0]),
      centroidSimilarity,
      stems.length > 0 ? stems.filter((stem) => IS_NUMBER.test(stem)).length / stems.length : 0,
      0,
      0,
    ];
  });
}

function setEchoFeatures(features: number[], stems: readonly string[], priors: EchoPriors): void {
  const values = stems.map((stem) => priors.prior(stem));
  features[ECHO_MEAN] = values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
  features[ECHO_MAX] = values.length > 0 ? Math.max(...values) : 0;
}

interface LabelledSentence {
  /** Index in the document (the lead's first sentence, then the body). */
  sentence: number;
  features: number[];
  stems: string[];
  label: number;
  fold: number;
}

/**
 * Body sentences of one Wikipedia article, labelled by what the rest of its lead repeats, with the document they
 * were analysed in (the lead's first sentence, then the body); no rows when the article has no usable lead.
 */
function labelArticle(text: string, fold: number): { doc?: AnalyzedDocument; rows: LabelledSentence[] } {
  const leadEnd = text.indexOf('\n');
  if (leadEnd < 0) return { rows: [] };
  const lead = analyze(text.slice(0, leadEnd));
  if (lead.sentences.length < 2) return { rows: [] };
  const repeated = new Set<string>();
  for (let s = 1; s < lead.sentences.length; s++) for (const stem of stemsOf(lead, s)) repeated.add(stem);
  const doc = analyze(`${lead.sentences[0].text}\n${text.slice(leadEnd + 1)}`);
  if (doc.sentences.length < 5) return { rows: [] };
  const features = sentenceFeatures(doc);
  const out: LabelledSentence[] = [];
  for (let s = 1; s < doc.sentences.length; s++) {
    const stems = stemsOf(doc, s);
    if (stems.length === 0) continue;
    out.push({ sentence: s, features: features[s], stems, label: stems.filter((stem) => repeated.has(stem)).length / stems.length, fold });
  }
  return { doc, rows: out };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= factor * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}

interface Model {
  mean: number[];
  scale: number[];
  weights: number[];
}

/** Logistic regression with soft labels: Newton's method on standardized features, L2 on all but the bias. */
function fitLogistic(rows: readonly LabelledSentence[]): Model {
  const d = FEATURES.length;
  const mean = new Array<number>(d).fill(0);
  const scale = new Array<number>(d).fill(0);
  for (const row of rows) row.features.forEach((value, j) => (mean[j] += value / rows.length));
  for (const row of rows) row.features.forEach((value, j) => (scale[j] += (value - mean[j]) ** 2 / rows.length));
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const weights = new Array<number>(d + 1).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const gradient = new Array<number>(d + 1).fill(0);
    const hessian = Array.from({ length: d + 1 }, () => new Array<number>(d + 1).fill(0));
    for (const row of rows) {
      const x = [1, ...row.features.map((value, j) => (value - mean[j]) / scale[j])];
      const p = 1 / (1 + Math.exp(-x.reduce((sum, value, j) => sum + value * weights[j], 0)));
      for (let j = 0; j <= d; j++) {
        gradient[j] += (p - row.label) * x[j];
        for (let k = 0; k <= j; k++) hessian[j][k] += p * (1 - p) * x[j] * x[k];
      }
    }
    for (let j = 0; j <= d; j++) {
      for (let k = 0; k < j; k++) hessian[k][j] = hessian[j][k];
      if (j > 0) {
        gradient[j] += L2 * rows.length * weights[j];
        hessian[j][j] += L2 * rows.length;
      }
    }
    const step = solve(hessian, gradient);
    let change = 0;
    for (let j = 0; j <= d; j++) {
      weights[j] -= step[j];
      change = Math.max(change, Math.abs(step[j]));
    }
    if (change < 1e-8) break;
  }
  return { mean, scale, weights };
}

const predict = (model: Model, features: readonly number[]): number =>
  1 /
  (1 +
    Math.exp(-features.reduce((sum, value, j) => sum + ((value - model.mean[j]) / model.scale[j]) * model.weights[j + 1], model.weights[0])));

/** Area under the ROC curve of `scores` for binary `positives` (ties count half). */
function auc(scores: readonly number[], positives: readonly boolean[]): number {
  const order = scores.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSum = 0;
  let positiveCount = 0;
  for (let i = 0; i < order.length; ) {
    let j = i;
    while (j + 1 < order.length && scores[order[j + 1]] === scores[order[i]]) j++;
    for (let k = i; k <= j; k++) {
      if (positives[order[k]]) {
        rankSum += (i + j) / 2 + 1;
        positiveCount++;
      }
    }
    i = j + 1;
  }
  const negativeCount = order.length - positiveCount;
  return (rankSum - (positiveCount * (positiveCount + 1)) / 2) / (positiveCount * negativeCount);
}

/** Spearman's rank correlation (average ranks for ties); NaN when either side is constant. */
function spearman(a: readonly number[], b: readonly number[]): number {
  const ranks = (values: readonly number[]): number[] => {
    const order = values.map((_, i) => i).sort((x, y) => values[x] - values[y]);
    const rank = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && values[order[j + 1]] === values[order[i]]) j++;
      for (let k = i; k <= j; k++) rank[order[k]] = (i + j) / 2;
      i = j + 1;
    }
    return rank;
  };
  const ra = ranks(a);
  const rb = ranks(b);
  const mean = (values: readonly number[]): number => values.reduce((sum, value) => sum + value, 0) / values.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0;
  let da = 0;
  let db = 0;
  for (let i = 0; i < ra.length; i++) {
    num += (ra[i] - ma) * (rb[i] - mb);
    da += (ra[i] - ma) ** 2;
    db += (rb[i] - mb) ** 2;
  }
  return da > 0 && db > 0 ? num / Math.sqrt(da * db) : Number.NaN;
}

/** Held-out body sentences count as echoed by the lead (AUC positives) from this share of their stems. */
const POSITIVE_SHARE = 0.3;

async function main(): Promise<void> {
  const started = Date.now();
  // 1. Label the Wikipedia bodies; fold = page-id parity, for cross-fitted echo priors.
  const training: LabelledSentence[] = [];
  let articleCount = 0;
  for await (const document of readWikipedia('exclude')) {
    const { rows } = labelArticle(document.text, Number(document.id) % 2);
    if (rows.length === 0) continue;
    articleCount++;
    for (const row of rows) training.push(row);
  }
  const foldPriors = [new EchoPriors(), new EchoPriors()];
  const allPriors = new EchoPriors();
  for (const row of training) {
    foldPriors[row.fold].add(row.stems, row.label);
    allPriors.add(row.stems, row.label);
  }
  for (const row of training) setEchoFeatures(row.features, row.stems, foldPriors[1 - row.fold]);
  const model = fitLogistic(training);
  const meanLabel = training.reduce((sum, row) => sum + row.label, 0) / training.length;
  console.log(
    `Wikipedia: ${articleCount} articles, ${training.length} labelled body sentences (mean label ${meanLabel.toFixed(3)}), ` +
      `${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  console.log('model weights (standardized features):');
  console.log(`  bias ${model.weights[0].toFixed(3)}`);
  FEATURES.forEach((name, j) => console.log(`  ${name.padEnd(20)} ${model.weights[j + 1].toFixed(3)}`));

  // 2. In domain: the held-out Wikipedia articles, priors from every training article.
  const heldOut: LabelledSentence[] = [];
  const heldOutRelevance: number[] = [];
  for await (const document of readWikipedia('only')) {
    const { doc, rows } = labelArticle(document.text, 0);
    if (doc === undefined) continue;
    const rel = relevance(doc);
    for (const row of rows) {
      setEchoFeatures(row.features, row.stems, allPriors);
      heldOut.push(row);
      heldOutRelevance.push(rel[row.sentence]);
    }
  }
  const positives = heldOut.map((row) => row.label >= POSITIVE_SHARE);
  console.log(
    `\nheld-out Wikipedia: ${heldOut.length} body sentences, ${positives.filter(Boolean).length} with at least ${100 * POSITIVE_SHARE}% of their stems ` +
      `in the rest of the lead. AUC: model ${auc(heldOut.map((row) => predict(model, row.features)), positives).toFixed(3)}, ` +
      `dhad's relevance ${auc(heldOutRelevance, positives).toFixed(3)}, echo prior alone ` +
      `${auc(heldOut.map((row) => row.features[ECHO_MEAN]), positives).toFixed(3)}`,
  );

  // 3. Transfer to EASC.
  const easc = readEascDev('eval-salience').map((article) => {
    const doc = analyze(article.article);
    const features = sentenceFeatures(doc);
    features.forEach((row, s) => setEchoFeatures(row, stemsOf(doc, s), allPriors));
    return {
      article,
      doc,
      tuning: isTuningArticle(article),
      budget: budgetOf(article),
      votes: annotatorVotes(article, doc),
      relevance: relevance(doc),
      model: features.map((row) => predict(model, row)),
      echo: features.map((row) => row[ECHO_MEAN]),
    };
  });
  const correlation = (tuning: boolean, pick: (item: (typeof easc)[number]) => readonly number[]): string => {
    const values = easc
      .filter((item) => item.tuning === tuning && item.doc.sentences.length >= 4)
      .map((item) => spearman(pick(item), item.votes))
      .filter((value) => !Number.isNaN(value));
    return (values.reduce((sum, value) => sum + value, 0) / values.length).toFixed(3);
  };
  console.log('\nEASC: mean per-article rank correlation with the annotators\' votes   odd (tuning)   even (held out)');
  for (const [name, pick] of [
    ["dhad's relevance", (item: (typeof easc)[number]) => Array.from(item.relevance)],
    ['Wikipedia salience model', (item: (typeof easc)[number]) => item.model],
    ['echo prior alone (mean over stems)', (item: (typeof easc)[number]) => item.echo],
  ] as const) {
    console.log(`  ${name.padEnd(66)} ${correlation(true, pick).padStart(6)}         ${correlation(false, pick).padStart(6)}`);
  }
  console.log('\nEASC ROUGE-1 F x100 with relevance + w x model (w chosen on the odd half only):');
  console.log('     w   odd (tuning)   even (held out)');
  for (const w of [0, 0.1, 0.25, 0.5, 1]) {
    const rouge = (tuning: boolean): number => {
      const subset = easc.filter((item) => item.tuning === tuning);
      let sum = 0;
      for (const item of subset) {
        const combined = item.relevance.map((value, s) => value + w * item.model[s]);
        const best = Math.max(...combined);
        const chosen = selectSentences(item.doc, combined.map((value) => value / best), { kind: 'words', max: item.budget }, DEFAULT_WEIGHTS.mmrLambda);
        sum += meanRougeF(chosen.map((s) => item.doc.sentences[s].text).join(' '), item.article.summaries, 1);
      }
      return (100 * sum) / subset.length;
    };
    console.log(`  ${w.toFixed(2).padStart(4)}   ${rouge(true).toFixed(2).padStart(12)}   ${rouge(false).toFixed(2).padStart(15)}`);
  }
}

await main();
