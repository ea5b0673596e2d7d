/**
 * Raw text → what the model reads: search-normalized text with an offset map back to the input,
 * ANERcorp-style tokens, and sentence boundaries. Used by `entities()` and by the training script (for
 * the seed article), so both see the same tokens.
 */
import { normalizeWithOffsets } from '../normalize/index.js';
import { splitTokens } from './tokens.js';

export interface Prepared {
  /** normalize(input, 'search'). */
  normalized: string;
  /** offsets[i]: input index of normalized char i (see normalizeWithOffsets). */
  offsets: Uint32Array;
  /** Token boundaries in `normalized`. */
  starts: number[];
  ends: number[];
  /** Token strings (slices of `normalized`). */
  words: string[];
  /** Token index where each sentence starts, plus a final entry = token count. */
  sentenceStarts: number[];
}

/** Sentences longer than this are cut: Viterbi needs no more context, and memory stays bounded. */
const MAX_SENTENCE_TOKENS = 256;

const FULL_STOP = 0x2e; // FULL STOP
const EXCLAMATION = 0x21; // EXCLAMATION MARK
const QUESTION = 0x3f; // QUESTION MARK
const ARABIC_QUESTION = 0x061f; // ARABIC QUESTION MARK
const ARABIC_FULL_STOP = 0x06d4; // ARABIC FULL STOP
const ELLIPSIS = 0x2026; // HORIZONTAL ELLIPSIS

function endsSentence(code: number): boolean {
  return (
    code === FULL_STOP ||
    code === EXCLAMATION ||
    code === QUESTION ||
    code === ARABIC_QUESTION ||
    code === ARABIC_FULL_STOP ||
    code === ELLIPSIS
  );
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d || c === 0x2029) return true; // LINE FEED, CARRIAGE RETURN, PARAGRAPH SEPARATOR
  }
  return false;
}

export function prepare(input: string): Prepared {
  const { text: normalized, offsets } = normalizeWithOffsets(input, 'search');
  const { starts, ends } = splitTokens(normalized);
  const n = starts.length;
  const words: string[] = new Array(n);
  const sentenceStarts: number[] = [0];
  let sentenceStart = 0;
  for (let i = 0; i < n; i++) {
    words[i] = normalized.slice(starts[i], ends[i]);
    if (i + 1 === n) break;
    const single = ends[i] - starts[i] === 1;
    const boundary =
      (single && endsSentence(normalized.charCodeAt(starts[i]))) ||
      hasLineBreak(normalized, ends[i], starts[i + 1]) ||
      i + 1 - sentenceStart >= MAX_SENTENCE_TOKENS;
    if (boundary) {
      sentenceStart = i + 1;
      sentenceStarts.push(sentenceStart);
    }
  }
  sentenceStarts.push(n);
  if (n === 0) sentenceStarts.length = 1;
  return { normalized, offsets, starts, ends, words, sentenceStarts };
}
