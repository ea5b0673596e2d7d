/**
 * Sentence relevance: LexRank centrality (PageRank over the sentence-similarity graph) combined with what
 * matters in news and encyclopaedia text: position, paragraph openings and similarity to the opening
 * sentence. Similarity mixes shared stems with shared meaning (word clusters, src/words; document.ts).
 * The similarity graph is never built: with unit term vectors V and meaning vectors M, the graph is
 * W = β·V·Vᵀ + (1 − β)·M·Mᵀ without its diagonal, so each power-iteration step is two sparse products and two
 * products with the meaning vectors, linear in the number of (sentence, term) pairs and sentences.
 */
import type { AnalyzedDocument } from './document.js';
import { similarity } from './document.js';

export interface RankingWeights {
  /** Weight of the position prior 1 / (1 + index)^positionDecay. */
  position: number;
  positionDecay: number;
  /** Weight of LexRank centrality (scaled so the most central sentence has 1). */
  centrality: number;
  /** Weight of the cosine similarity to the first sentence (the title or lead of most articles). */
  leadSimilarity: number;
  /** Weight of sentence length, min(1, words / fullLength): fragments and datelines say little. */
  length: number;
  fullLength: number;
  /** Weight of opening a paragraph. */
  paragraphOpening: number;
  /** A sentence's score is scaled by 1 − quotation × (its share of quoted text): reported speech is detail. */
  quotation: number;
  /** MMR trade-off: relevance × λ − max similarity to chosen sentences × (1 − λ). */
  mmrLambda: number;
  /**
   * Share of shared stems in the similarity behind centrality and similarity to the opening; the rest is shared
   * meaning (the sentences' meaning vectors). MMR's redundancy stays on stems: a restatement repeats words.
   */
  stemShare: number;
}

// Tuned by `npx tsx scripts/eval-summary.ts --tune` on the odd-numbered EASC dev articles only (a grid over
// every weight but `quotation` and `fullLength`). `quotation` is not learnt from EASC (Wikipedia and newspaper
// background pieces, almost no quotes: the grid is flat in it, within 0.1 ROUGE-1); 0.3 is a news prior, so
// that a summary of a press report tells what happened before what was said.
export const DEFAULT_WEIGHTS: RankingWeights = {
  position: 1,
  positionDecay: 0.2,
  centrality: 0.5,
  leadSimilarity: 1,
  paragraphOpening: 0.1,
  quotation: 0.3,
  length: 0,
  fullLength: 25,
  mmrLambda: 0.8,
  stemShare: 0.25,
};

const DAMPING = 0.85;
const MAX_ITERATIONS = 100;
const TOLERANCE = 1e-9;

/** Scratch space of the graph product: one slot per term and per meaning dimension. */
interface GraphBuffers {
  terms: Float64Array;
  meaning: Float64Array;
}

/** W·x for W = β·V·Vᵀ + (1 − β)·M·Mᵀ with the diagonal removed (a sentence does not vote for itself). */
function multiplyGraph(doc: AnalyzedDocument, stemShare: number, x: Float64Array, buffers: GraphBuffers, out: Float64Array): void {
  const termBuffer = buffers.terms;
  const meaningBuffer = buffers.meaning;
  termBuffer.fill(0);
  meaningBuffer.fill(0);
  const meaningShare = 1 - stemShare;
  const sentences = doc.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const xs = x[s];
    if (xs === 0) continue;
    const { terms, weights, meaning } = sentences[s];
    for (let k = 0; k < terms.length; k++) termBuffer[terms[k]] += weights[k] * xs;
    for (let j = 0; j < meaning.length; j++) meaningBuffer[j] += meaning[j] * xs;
  }
  for (let s = 0; s < sentences.length; s++) {
    const { terms, weights, meaning } = sentences[s];
    let stems = 0;
    let stemSelf = 0;
    for (let k = 0; k < terms.length; k++) {
      stems += weights[k] * termBuffer[terms[k]];
      stemSelf += weights[k] * weights[k];
    }
    let meanings = 0;
    let meaningSelf = 0;
    for (let j = 0; j < meaning.length; j++) {
      meanings += meaning[j] * meaningBuffer[j];
      meaningSelf += meaning[j] * meaning[j];
    }
    out[s] = stemShare * (stems - stemSelf * x[s]) + meaningShare * (meanings - meaningSelf * x[s]);
  }
}

/** LexRank scores (a probability distribution over sentences). */
export function lexRank(doc: AnalyzedDocument, stemShare: number = DEFAULT_WEIGHTS.stemShare): Float64Array {
  const n = doc.sentences.length;
  const buffers: GraphBuffers = {
    terms: new Float64Array(doc.termKeys.length),
    meaning: new Float64Array(n > 0 ? doc.sentences[0].meaning.length : 0),
  };
  const degree = new Float64Array(n);
  multiplyGraph(doc, stemShare, new Float64Array(n).fill(1), buffers, degree);

  let rank = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const scaled = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    // A sentence sharing no term with any other (degree 0) spreads its vote evenly.
    let dangling = 0;
    for (let s = 0; s < n; s++) {
      if (degree[s] > 1e-12) {
        scaled[s] = rank[s] / degree[s];
      } else {
        scaled[s] = 0;
        dangling += rank[s];
      }
    }
    multiplyGraph(doc, stemShare, scaled, buffers, next);
    const base = (1 - DAMPING) / n + (DAMPING * dangling) / n;
    let change = 0;
    for (let s = 0; s < n; s++) {
      next[s] = base + DAMPING * next[s];
      change += Math.abs(next[s] - rank[s]);
    }
    [rank, next] = [next, rank];
    if (change < TOLERANCE) break;
  }
  return rank;
}

/** What relevance reads from the similarity graph: both depend on `stemShare` only, not on the other weights. */
export interface GraphSignals {
  /** LexRank centrality, scaled so that the most central sentence has 1. */
  centrality: Float64Array;
  /** Similarity to the opening sentence (1 for the opening itself). */
  leadSimilarity: Float64Array;
}

export function graphSignals(doc: AnalyzedDocument, stemShare: number): GraphSignals {
  const n = doc.sentences.length;
  const centrality = lexRank(doc, stemShare);
  // Two cluster centroids can point marginally apart (4 of the 523,776 pairs, down to −0.03), so a graph edge or
  // a similarity can dip below zero by a hair: both signals are kept in 0..1.
  let maxCentral = 0;
  for (let s = 0; s < n; s++) if (centrality[s] > maxCentral) maxCentral = centrality[s];
  for (let s = 0; s < n; s++) centrality[s] = maxCentral > 0 ? Math.max(0, centrality[s] / maxCentral) : 0;
  const leadSimilarity = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    leadSimilarity[s] = s === 0 ? 1 : Math.max(0, similarity(doc.sentences[s], doc.sentences[0], stemShare));
  }
  return { centrality, leadSimilarity };
}

/**
 * Relevance of every sentence in 0..1 (the best sentence has 1). `signals` may be passed when they were
 * computed for `weights.stemShare` already (the tuning grid does, to rank the same text under many weights).
 */
export function relevance(
  doc: AnalyzedDocument,
  weights: RankingWeights = DEFAULT_WEIGHTS,
  signals: GraphSignals = graphSignals(doc, weights.stemShare),
): Float64Array {
  const n = doc.sentences.length;
  const scores = new Float64Array(n);
  let best = 0;
  for (let s = 0; s < n; s++) {
    const sentence = doc.sentences[s];
    let score =
      weights.position / Math.pow(1 + s, weights.positionDecay) +
      weights.centrality * signals.centrality[s] +
      weights.leadSimilarity * signals.leadSimilarity[s] +
      weights.length * Math.min(1, sentence.wordCount / weights.fullLength) +
      (sentence.opensParagraph ? weights.paragraphOpening : 0);
    // A sentence without a single content word (a dateline, a lone number) says nothing on its own.
    if (sentence.terms.length === 0) score *= 0.1;
    score *= 1 - weights.quotation * sentence.quoteShare;
    scores[s] = score;
    if (score > best) best = score;
  }
  if (best > 0) for (let s = 0; s < n; s++) scores[s] /= best;
  return scores;
}
