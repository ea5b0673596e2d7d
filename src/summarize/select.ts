/**
 * Choosing sentences under a budget with maximal marginal relevance (MMR): each step takes the sentence
 * with the best relevance × λ − (1 − λ) × (its highest similarity to a sentence already chosen), so two
 * sentences saying the same thing are not both chosen.
 *
 * The choice is made lazily so that large budgets on large texts stay fast: a sentence's MMR score can only
 * fall as sentences are chosen (its highest similarity can only grow), so a score computed earlier is an
 * upper bound. Candidates wait in a max-heap under their last score; the top one is re-scored against the
 * sentences chosen since, and taken when it is still on top (the "lazy greedy" of submodular selection).
 * Similarities to chosen sentences come from an inverted index over the chosen sentences only, so the work
 * follows the shared terms, never the n² sentence pairs.
 */
import type { AnalyzedDocument } from './document.js';

export type Budget = { kind: 'sentences'; count: number } | { kind: 'words'; max: number };

/** Similarity from which a sentence counts as a restatement of a chosen one; used only as a last resort. */
const NEAR_DUPLICATE = 0.8;

/** A binary max-heap of sentence indices keyed by score (ties: the earlier sentence first). */
class CandidateHeap {
  private readonly items: number[] = [];
  constructor(private readonly key: Float64Array) {}

  get size(): number {
    return this.items.length;
  }

  private above(a: number, b: number): boolean {
    const ka = this.key[a];
    const kb = this.key[b];
    return ka > kb || (ka === kb && a < b);
  }

  push(item: number): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.above(item, items[parent])) break;
      items[i] = items[parent];
      i = parent;
    }
    items[i] = item;
  }

  pop(): number {
    const items = this.items;
    const top = items[0];
    const last = items.pop()!;
    if (items.length > 0) {
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= items.length) break;
        const right = left + 1;
        const child = right < items.length && this.above(items[right], items[left]) ? right : left;
        if (!this.above(items[child], last)) break;
        items[i] = items[child];
        i = child;
      }
      items[i] = last;
    }
    return top;
  }
}

/** Indices of the chosen sentences, in document order. */
export function selectSentences(
  doc: AnalyzedDocument,
  relevance: Float64Array,
  budget: Budget,
  mmrLambda: number,
): number[] {
  const sentences = doc.sentences;
  const n = sentences.length;
  if (n === 0) return [];

  if (budget.kind === 'words') {
    // The best sentence alone is longer than the budget: it is the summary, alone.
    let best = 0;
    for (let s = 1; s < n; s++) if (relevance[s] > relevance[best]) best = s;
    if (sentences[best].wordCount > budget.max) return [best];
  }

  const wanted = budget.kind === 'sentences' ? Math.min(budget.count, n) : n;
  const chosen: number[] = [];
  // Inverted index of the chosen sentences: term → (order of choice, weight), appended in choice order.
  const postingOrders: number[][] = Array.from({ length: doc.termKeys.length }, () => []);
  const postingWeights: number[][] = Array.from({ length: doc.termKeys.length }, () => []);
  const maxSimilarity = new Float64Array(n);
  /** How many chosen sentences maxSimilarity[s] has seen. */
  const seen = new Int32Array(n);
  const score = new Float64Array(n);
  const dot = new Float64Array(n); // scratch, indexed by order of choice
  const touched: number[] = [];
  let wordsUsed = 0;

  /** Brings maxSimilarity[s] up to date with the sentences chosen since it was last computed. */
  const refresh = (s: number): void => {
    const since = seen[s];
    if (since === chosen.length) return;
    const { terms, weights } = sentences[s];
    for (let k = 0; k < terms.length; k++) {
      const orders = postingOrders[terms[k]];
      const postWeights = postingWeights[terms[k]];
      for (let p = orders.length - 1; p >= 0 && orders[p] >= since; p--) {
        const order = orders[p];
        if (dot[order] === 0) touched.push(order);
        dot[order] += weights[k] * postWeights[p];
      }
    }
    let highest = maxSimilarity[s];
    for (const order of touched) {
      if (dot[order] > highest) highest = dot[order];
      dot[order] = 0;
    }
    touched.length = 0;
    maxSimilarity[s] = highest;
    seen[s] = chosen.length;
  };

  const take = (s: number): void => {
    const order = chosen.length;
    chosen.push(s);
    wordsUsed += sentences[s].wordCount;
    const { terms, weights } = sentences[s];
    for (let k = 0; k < terms.length; k++) {
      postingOrders[terms[k]].push(order);
      postingWeights[terms[k]].push(weights[k]);
    }
  };

  const fits = (s: number): boolean => {
    if (budget.kind !== 'words') return true;
    const words = sentences[s].wordCount;
    // A sentence of punctuation alone costs nothing and says nothing.
    return words > 0 && wordsUsed + words <= budget.max;
  };

  // First pass keeps near-duplicates out; the second (sentence budgets only) fills what is left with them,
  // since a sentence budget is honoured exactly.
  let deferred: number[] = [];
  for (let s = 0; s < n; s++) deferred.push(s);
  for (const allowDuplicates of [false, true]) {
    if (allowDuplicates && budget.kind === 'words') break;
    const heap = new CandidateHeap(score);
    for (const s of deferred) {
      refresh(s);
      score[s] = mmrLambda * relevance[s] - (1 - mmrLambda) * maxSimilarity[s];
      heap.push(s);
    }
    deferred = [];
    while (chosen.length < wanted && heap.size > 0) {
      const s = heap.pop();
      // Words only accumulate: a sentence that does not fit now never will.
      if (!fits(s)) continue;
      if (seen[s] !== chosen.length) {
        refresh(s);
        if (!allowDuplicates && maxSimilarity[s] >= NEAR_DUPLICATE) {
          deferred.push(s);
          continue;
        }
        score[s] = mmrLambda * relevance[s] - (1 - mmrLambda) * maxSimilarity[s];
        heap.push(s);
        continue;
      }
      take(s);
    }
    // Whatever is still in the heap goes to the second pass too.
    while (heap.size > 0) deferred.push(heap.pop());
  }
  if (chosen.length === 0) {
    // Nothing with words fitted because nothing has words ('....', an emoji): the best sentence is the
    // summary, as with the other budgets.
    let best = 0;
    for (let s = 1; s < n; s++) if (relevance[s] > relevance[best]) best = s;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}
