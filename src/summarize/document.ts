/**
 * One pass over the input: sentences, their word counts, their term vectors (normalized, light-stemmed words
 * with function words removed, weighted tf × isf, unit length) and their meaning vectors (the same words as the
 * centroids of their word clusters, src/words). Everything the ranker, the selector and the keyword extractor
 * need is built here, once per call.
 */
import { normalize } from '../normalize/index.js';
import { WORD_KINDS, sentences as splitSentences, stemNormalizedToken, tokenize } from '../tokenize/index.js';
import { getWordClusters } from '../words/clusters.js';
import { isStopWord } from './stop-words.js';

/** One occurrence of a content word, kept for keywords (term and phrase forms). */
export interface TermOccurrence {
  term: number;
  sentence: number;
  start: number;
  end: number;
  /** The word's 'standard' normalized surface (diacritics and tatweel removed, clitics kept). */
  form: string;
  /** The word's cluster in src/words (−1 when the word is not in the table). */
  cluster: number;
  /** True when the previous content word is directly before this one (no function word or punctuation). */
  adjacentToPrevious: boolean;
}

export interface AnalyzedSentence {
  text: string;
  start: number;
  end: number;
  /** Words as a reader counts them: word, number, hashtag, mention, url and email tokens. */
  wordCount: number;
  /** True when the sentence opens a paragraph (first sentence, or after a line break). */
  opensParagraph: boolean;
  /** Share (0..1) of the sentence's visible characters inside quotation marks: reported speech. */
  quoteShare: number;
  /** Sorted distinct term ids and their unit-length tf × isf weights. */
  terms: Int32Array;
  weights: Float64Array;
  /**
   * The sentence's meaning vector: each content word as the centroid of its word cluster, weighted as its term
   * weighs in `weights`, summed, unit length (all zeros when none of its words has a cluster). Words used alike
   * (`موسكو` and `فيينا`, `روسيا` and `سوريا`) point the same way, which the term vector cannot see.
   */
  meaning: Float64Array;
}

export interface AnalyzedDocument {
  sentences: AnalyzedSentence[];
  /** Term id → stemmed key ('search'-normalized light stem). */
  termKeys: string[];
  /** Term id → number of sentences that contain it. */
  sentenceFrequency: Int32Array;
  /** Term id → occurrences in the whole text. */
  termFrequency: Int32Array;
  occurrences: TermOccurrence[];
}

const COUNTED_KINDS: ReadonlySet<string> = new Set(WORD_KINDS);
const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

function opensParagraph(text: string, start: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE || code === CARRIAGE_RETURN) return true;
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return true;
}

// Quotation marks: " « » “ ”. Straight quotes open and close alike, so every mark toggles.
const QUOTATION_MARKS = new Set([0x22, 0xab, 0xbb, 0x201c, 0x201d]);

/**
 * Share of the visible characters of text[start, end) that are inside quotation marks. News sentences that
 * are mostly a quote are detail (what someone said); the narrative around them says what happened. An
 * unbalanced mark counts the rest of the sentence as quoted, which is what a reader assumes too.
 */
function quoteShare(text: string, start: number, end: number): number {
  let inside = false;
  let quoted = 0;
  let visible = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (QUOTATION_MARKS.has(code)) {
      inside = !inside;
    } else if (code > 0x20) {
      visible++;
      if (inside) quoted++;
    }
  }
  return visible > 0 ? quoted / visible : 0;
}

export function analyze(text: string): AnalyzedDocument {
  const spans = splitSentences(text);
  const tokens = tokenize(text);
  const termIds = new Map<string, number>();
  const termKeys: string[] = [];
  // Per-call memo: the same surface form is stemmed and looked up once: its term id (−1 for none) and its word
  // cluster, in slots of two parallel arrays.
  const slotOfForm = new Map<string, number>();
  const slotTerm: number[] = [];
  const slotCluster: number[] = [];
  const clusters = getWordClusters();
  const occurrences: TermOccurrence[] = [];
  // Per sentence: its distinct term ids (sorted) and how often each occurs in it.
  const sentenceTerms: Int32Array[] = [];
  const sentenceCounts: Int32Array[] = [];
  // Scratch: occurrences of each term in the current sentence, and the terms it touched.
  const countInSentence: number[] = [];
  const touched: number[] = [];
  const result: AnalyzedSentence[] = [];

  let tokenIndex = 0;
  for (let s = 0; s < spans.length; s++) {
    const span = spans[s];
    let wordCount = 0;
    let previousWasContent = false;
    // Tokens and sentences are both in text order; tokens before this sentence (none, as sentences cover
    // every non-space character) are skipped defensively.
    while (tokenIndex < tokens.length && tokens[tokenIndex].end <= span.start) tokenIndex++;
    for (; tokenIndex < tokens.length && tokens[tokenIndex].start < span.end; tokenIndex++) {
      const token = tokens[tokenIndex];
      if (COUNTED_KINDS.has(token.kind)) wordCount++;
      if (token.kind !== 'word' && token.kind !== 'number' && token.kind !== 'hashtag') {
        previousWasContent = false;
        continue;
      }
      let slot = slotOfForm.get(token.norm);
      if (slot === undefined) {
        const searchForm = normalize(token.norm, 'search');
        const key = termKey(token.norm, searchForm, token.kind);
        let term = -1;
        if (key !== '') {
          term = termIds.get(key) ?? -1;
          if (term < 0) {
            term = termKeys.length;
            termIds.set(key, term);
            termKeys.push(key);
            countInSentence.push(0);
          }
        }
        slot = slotTerm.length;
        slotOfForm.set(token.norm, slot);
        slotTerm.push(term);
        slotCluster.push(term < 0 ? -1 : clusters.clusterOf(searchForm));
      }
      const id = slotTerm[slot];
      if (id < 0) {
        previousWasContent = false;
        continue;
      }
      if (countInSentence[id]++ === 0) touched.push(id);
      occurrences.push({
        term: id,
        sentence: s,
        start: token.start,
        end: token.end,
        form: token.norm,
        cluster: slotCluster[slot],
        adjacentToPrevious: previousWasContent,
      });
      previousWasContent = true;
    }
    const ids = Int32Array.from(touched).sort();
    const counts = new Int32Array(ids.length);
    for (let k = 0; k < ids.length; k++) {
      counts[k] = countInSentence[ids[k]];
      countInSentence[ids[k]] = 0;
    }
    touched.length = 0;
    sentenceTerms.push(ids);
    sentenceCounts.push(counts);
    result.push({
      text: span.text,
      start: span.start,
      end: span.end,
      wordCount,
      opensParagraph: opensParagraph(text, span.start),
      quoteShare: quoteShare(text, span.start, span.end),
      terms: ids,
      weights: new Float64Array(0),
      meaning: new Float64Array(0),
    });
  }

  const termCount = termKeys.length;
  const sentenceFrequency = new Int32Array(termCount);
  const termFrequency = new Int32Array(termCount);
  for (let s = 0; s < sentenceTerms.length; s++) {
    const ids = sentenceTerms[s];
    const counts = sentenceCounts[s];
    for (let k = 0; k < ids.length; k++) {
      sentenceFrequency[ids[k]]++;
      termFrequency[ids[k]] += counts[k];
    }
  }

  // Inverse sentence frequency: a term found in every sentence still weighs a little (log 2), so that a
  // text made of one repeated sentence is not a set of zero vectors.
  const sentenceTotal = spans.length;
  const isf = new Float64Array(termCount);
  for (let id = 0; id < termCount; id++) isf[id] = Math.log(1 + sentenceTotal / sentenceFrequency[id]);

  for (let s = 0; s < result.length; s++) {
    const ids = sentenceTerms[s];
    const counts = sentenceCounts[s];
    const weights = new Float64Array(ids.length);
    let norm = 0;
    for (let k = 0; k < ids.length; k++) {
      const weight = (1 + Math.log(counts[k])) * isf[ids[k]];
      weights[k] = weight;
      norm += weight * weight;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm;
    result[s].weights = weights;
  }

  addMeanings(result, sentenceCounts, occurrences, termCount);
  return { sentences: result, termKeys, sentenceFrequency, termFrequency, occurrences };
}

/**
 * Fills every sentence's meaning vector: a term's weight in the sentence is shared among its occurrences, and
 * each occurrence adds that share of its word cluster's centroid. One buffer holds all the vectors.
 */
function addMeanings(result: AnalyzedSentence[], sentenceCounts: Int32Array[], occurrences: TermOccurrence[], termCount: number): void {
  const { centroids, dimensions } = getWordClusters();
  const buffer = new Float64Array(result.length * dimensions);
  const shareOfTerm = new Float64Array(termCount);
  let next = 0;
  for (let s = 0; s < result.length; s++) {
    const { terms, weights } = result[s];
    const counts = sentenceCounts[s];
    for (let k = 0; k < terms.length; k++) shareOfTerm[terms[k]] = weights[k] / counts[k];
    const offset = s * dimensions;
    // Occurrences are in text order, so this sentence's are the next ones.
    for (; next < occurrences.length && occurrences[next].sentence === s; next++) {
      const { term, cluster } = occurrences[next];
      if (cluster < 0) continue;
      const share = shareOfTerm[term];
      const base = cluster * dimensions;
      for (let j = 0; j < dimensions; j++) buffer[offset + j] += share * centroids[base + j];
    }
    let norm = 0;
    for (let j = 0; j < dimensions; j++) norm += buffer[offset + j] * buffer[offset + j];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let j = 0; j < dimensions; j++) buffer[offset + j] /= norm;
    result[s].meaning = buffer.subarray(offset, offset + dimensions);
  }
}

/** The term key of a token: its light stem, or '' for function words and one-letter leftovers. */
function termKey(standardForm: string, searchForm: string, kind: string): string {
  if (kind === 'number') return standardForm;
  if (isStopWord(searchForm)) return '';
  const key = stemNormalizedToken(standardForm);
  return key.length >= 2 ? key : '';
}

/** Cosine similarity of two unit-length sparse vectors (sorted term ids). */
export function cosine(a: AnalyzedSentence, b: AnalyzedSentence): number {
  const ta = a.terms;
  const tb = b.terms;
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < ta.length && j < tb.length) {
    const x = ta[i];
    const y = tb[j];
    if (x === y) {
      dot += a.weights[i++] * b.weights[j++];
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return dot;
}

/** Dot product of two unit-length meaning vectors (their cosine; 0 when either is all zeros). */
export function meaningSimilarity(a: AnalyzedSentence, b: AnalyzedSentence): number {
  const ma = a.meaning;
  const mb = b.meaning;
  let dot = 0;
  for (let j = 0; j < ma.length; j++) dot += ma[j] * mb[j];
  return dot;
}

/**
 * How alike two sentences are: `stemShare` × the cosine of their term vectors (the same stems) + the rest × the
 * cosine of their meaning vectors (words used alike).
 */
export function similarity(a: AnalyzedSentence, b: AnalyzedSentence, stemShare: number): number {
  return stemShare * cosine(a, b) + (1 - stemShare) * meaningSimilarity(a, b);
}
