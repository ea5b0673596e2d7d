/**
 * Extractive summaries and keywords for Arabic text. Sentences are ranked by LexRank centrality over a
 * similarity of shared stems and shared meaning (word clusters), combined with position, paragraph openings and
 * similarity to the opening sentence, then chosen under a budget with MMR so that no two say the same thing.
 * Every sentence keeps its offsets into the caller's text.
 */
import { expectInteger, expectNumberInRange, expectOptionsObject, expectString } from '../internal/validate.js';
import { roundScore } from '../internal/score.js';
import { analyze } from './document.js';
import type { Keyword } from './keywords.js';
import { extractKeywords } from './keywords.js';
import type { RankingWeights } from './rank.js';
import { DEFAULT_WEIGHTS, relevance } from './rank.js';
import type { Budget } from './select.js';
import { selectSentences } from './select.js';

export type { Keyword } from './keywords.js';

export interface SummarizeOptions {
  /** Number of sentences (an integer ≥ 1). The default budget is 3 sentences. */
  sentences?: number;
  /** Share of the text's sentences, 0 < ratio ≤ 1 (rounded, at least one sentence). */
  ratio?: number;
  /** Most words in the summary (an integer ≥ 1); exceeded only when the best sentence alone is longer. */
  maxWords?: number;
  /** Number of keywords to return with the summary (an integer ≥ 0, default 10). */
  keywords?: number;
}

export interface SummarySentence {
  /** The sentence as it is in the input: `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Position of the sentence among the text's sentences (0-based), as `sentences(text)` splits them. */
  index: number;
  /** Relevance in 0..1, rounded to three decimals; the text's most relevant sentence has 1. */
  score: number;
}

export interface Summary {
  /** The chosen sentences joined by a space, in document order. */
  text: string;
  /** The chosen sentences in document order. */
  sentences: SummarySentence[];
  keywords: Keyword[];
}

export interface KeywordsOptions {
  /** Number of keywords (an integer ≥ 1, default 10). */
  n?: number;
}

const DEFAULT_SENTENCES = 3;
const DEFAULT_KEYWORDS = 10;
const SUMMARIZE_OPTIONS = ['sentences', 'ratio', 'maxWords', 'keywords'] as const;

function budgetFrom(options: SummarizeOptions, sentenceCount: number): Budget {
  const given = (['sentences', 'ratio', 'maxWords'] as const).filter((name) => options[name] !== undefined);
  if (given.length > 1) {
    throw new RangeError(
      `dhad.summarize: expected one budget option, found ${given.map((name) => `\`${name}\``).join(' and ')}; ` +
        'choose one of `sentences`, `ratio`, `maxWords`',
    );
  }
  if (options.sentences !== undefined) {
    return { kind: 'sentences', count: expectInteger(options.sentences, 'sentences', 'summarize', { min: 1 }) };
  }
  if (options.ratio !== undefined) {
    const ratio = expectNumberInRange(options.ratio, 'ratio', 'summarize', { min: 0, max: 1, minExclusive: true });
    return { kind: 'sentences', count: Math.max(1, Math.round(ratio * sentenceCount)) };
  }
  if (options.maxWords !== undefined) {
    return { kind: 'words', max: expectInteger(options.maxWords, 'maxWords', 'summarize', { min: 1 }) };
  }
  return { kind: 'sentences', count: DEFAULT_SENTENCES };
}

/** @internal The summarizer with explicit ranking weights, for the evaluation script. */
export function summarizeWithWeights(text: unknown, options: unknown, weights: RankingWeights): Summary {
  expectString(text, 'text', 'summarize');
  const checked = expectOptionsObject<SummarizeOptions>(options, 'options', 'summarize', SUMMARIZE_OPTIONS);
  const keywordCount =
    checked.keywords === undefined ? DEFAULT_KEYWORDS : expectInteger(checked.keywords, 'keywords', 'summarize', { min: 0 });
  // Options are checked before any work, so a bad option fails the same way on empty text.
  budgetFrom(checked, 1);

  const doc = analyze(text);
  const scores = relevance(doc, weights);
  const chosen = selectSentences(doc, scores, budgetFrom(checked, doc.sentences.length), weights.mmrLambda);
  const sentences = chosen.map((index) => {
    const sentence = doc.sentences[index];
    return { text: sentence.text, start: sentence.start, end: sentence.end, index, score: roundScore(scores[index]) };
  });
  return {
    text: sentences.map((sentence) => sentence.text).join(' '),
    sentences,
    keywords: extractKeywords(doc, scores, keywordCount),
  };
}

/**
 * An extractive summary: the most relevant sentences of `text` within the budget, in document order, with
 * offsets into `text`, and the text's keywords.
 *
 * @example summarize(article, { maxWords: 60 }).sentences.map((s) => s.text)
 */
export function summarize(text: string, options?: SummarizeOptions): Summary {
  return summarizeWithWeights(text, options, DEFAULT_WEIGHTS);
}

/**
 * The top terms and two-word phrases of `text`: `{ term, score, forms }`, `term` being the normalized light
 * stem (`روسيا`, `وروسيا` and `بروسيا` share one term) and `forms` the forms seen.
 */
export function keywords(text: string, options?: KeywordsOptions): Keyword[] {
  expectString(text, 'text', 'keywords');
  const checked = expectOptionsObject<KeywordsOptions>(options, 'options', 'keywords', ['n']);
  const count = checked.n === undefined ? DEFAULT_KEYWORDS : expectInteger(checked.n, 'n', 'keywords', { min: 1 });
  const doc = analyze(text);
  return extractKeywords(doc, relevance(doc), count);
}
