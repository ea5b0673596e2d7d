/**
 * Choosing sentences under a budget with maximal marginal relevance (MMR): each step takes the sentence
 * with the best relevance × λ − (1 − λ) × (its highest similarity to a sentence already chosen), so two
 * sentences saying the same thing are not both chosen.
 */
import type { AnalyzedDocument } from './document.js';
import { cosine } from './document.js';

export type Budget = { kind: 'sentences'; count: number } | { kind: 'words'; max: number };

/** Similarity from which a sentence counts as a restatement of a chosen one; used only as a last resort. */
const NEAR_DUPLICATE = 0.8;

/** Indices of the chosen sentences, in document order. */
export function selectSentences(
  doc: AnalyzedDocument,
  relevance: Float64Array,
  budget: Budget,
  mmrLambda: number,
): number[] {
  const n = doc.sentences.length;
  if (n === 0) return [];

  if (budget.kind === 'words') {
    // The best sentence alone is longer than the budget: it is the summary, alone.
    let best = 0;
    for (let s = 1; s < n; s++) if (relevance[s] > relevance[best]) best = s;
    if (doc.sentences[best].wordCount > budget.max) return [best];
  }

  const chosen: number[] = [];
  const isChosen = new Uint8Array(n);
  const maxSimilarity = new Float64Array(n);
  let wordsUsed = 0;
  const wanted = budget.kind === 'sentences' ? Math.min(budget.count, n) : n;

  // First pass keeps near-duplicates out; the second (sentence budgets only) fills what is left with them,
  // since a sentence budget is honoured exactly.
  for (const allowDuplicates of [false, true]) {
    if (allowDuplicates && budget.kind === 'words') break;
    while (chosen.length < wanted) {
      let pick = -1;
      let pickScore = -Infinity;
      for (let s = 0; s < n; s++) {
        if (isChosen[s]) continue;
        if (!allowDuplicates && maxSimilarity[s] >= NEAR_DUPLICATE) continue;
        if (budget.kind === 'words') {
          const words = doc.sentences[s].wordCount;
          // A sentence of punctuation alone costs nothing and says nothing.
          if (words === 0 || wordsUsed + words > budget.max) continue;
        }
        const score = mmrLambda * relevance[s] - (1 - mmrLambda) * maxSimilarity[s];
        if (score > pickScore) {
          pickScore = score;
          pick = s;
        }
      }
      if (pick < 0) break;
      chosen.push(pick);
      isChosen[pick] = 1;
      wordsUsed += doc.sentences[pick].wordCount;
      const picked = doc.sentences[pick];
      for (let s = 0; s < n; s++) {
        if (isChosen[s]) continue;
        const similarity = cosine(doc.sentences[s], picked);
        if (similarity > maxSimilarity[s]) maxSimilarity[s] = similarity;
      }
    }
  }
  return chosen.sort((a, b) => a - b);
}
