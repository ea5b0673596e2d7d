/**
 * `tokenize` (token objects) and `tokenizeCompact` (typed arrays for big inputs), both driven by the same
 * scanner so they agree token for token.
 */
import { expectBoolean, expectOptionsObject, expectString } from '../internal/validate.js';
import { normalize } from '../normalize/index.js';
import { SELF_NORMAL, SIMPLE_DROP, simpleNormTable } from './char-classes.js';
import { KIND_NAMES, WORD, nextToken, startScan, type TokenKind } from './scanner.js';
import { segmentWithOffsets, type Segment } from './segment.js';

export type { TokenKind } from './scanner.js';
export { KIND_NAMES, WORD_KINDS } from './scanner.js';

export interface Token {
  /** The surface: `input.slice(start, end)`. */
  text: string;
  /** UTF-16 offsets into the original input, half-open. */
  start: number;
  end: number;
  kind: TokenKind;
  /** `normalize(text)` with the 'standard' preset: the form to look words up by. */
  norm: string;
  /** With `{ clitics: true }`, a word's clitics and stem, each with offsets into the input. */
  segments?: Segment[];
}

export interface TokenizeOptions {
  /** Fill `segments` of every word token with its prefixes, stem and suffixes (default false). */
  clitics?: boolean;
}

/**
 * The norm of `text`: the token itself when every code unit is its own normal form (most tokens); folded
 * here when the others are only removable marks or one-to-one replacements (tanween, shadda, ی);
 * `normalize` otherwise.
 */
function normOf(text: string, table: Uint8Array): string {
  const length = text.length;
  let k = 0;
  while (k < length && (table[text.charCodeAt(k)] & SELF_NORMAL) !== 0) k++;
  if (k === length) return text;
  const simple = simpleNormTable();
  let folded = text.slice(0, k);
  for (; k < length; k++) {
    const code = text.charCodeAt(k);
    if ((table[code] & SELF_NORMAL) !== 0) {
      folded += text[k];
      continue;
    }
    const replacement = simple[code];
    if (replacement === 0) return normalize(text);
    if (replacement !== SIMPLE_DROP) folded += String.fromCharCode(replacement);
  }
  return folded;
}

/**
 * Splits `text` into tokens (words, numbers, punctuation, symbols, URLs, e-mail addresses, hashtags,
 * mentions, emoji), each with offsets into `text`, its kind and its normalized form. Whitespace and
 * invisible separators are not tokens.
 */
export function tokenize(text: string, options?: TokenizeOptions): Token[] {
  expectString(text, 'text', 'tokenize');
  const { clitics } = expectOptionsObject<TokenizeOptions>(options, 'options', 'tokenize', ['clitics']);
  const withSegments = clitics === undefined ? false : expectBoolean(clitics, 'options.clitics', 'tokenize');
  const tokens: Token[] = [];
  if (text.length === 0) return tokens;
  const state = startScan(text);
  const table = state.table;
  let end = nextToken(state, 0);
  while (end >= 0) {
    const start = state.start;
    const surface = text.slice(start, end);
    const token: Token = { text: surface, start, end, kind: KIND_NAMES[state.kind], norm: state.plain ? surface : normOf(surface, table) };
    if (withSegments && state.kind === WORD) token.segments = segmentWithOffsets(surface, start);
    tokens.push(token);
    end = nextToken(state, end);
  }
  return tokens;
}

/** Tokens as parallel typed arrays: no object per token. `kinds[i]` indexes `KIND_NAMES`. */
export interface CompactTokens {
  count: number;
  starts: Uint32Array;
  ends: Uint32Array;
  kinds: Uint8Array;
}

/**
 * The same tokens as `tokenize`, as typed arrays of starts, ends and kind codes (`KIND_NAMES[kinds[i]]`),
 * for inputs of many megabytes. Norms are not computed: take `normalize(text.slice(starts[i], ends[i]))`
 * for the tokens you need.
 */
export function tokenizeCompact(text: string): CompactTokens {
  expectString(text, 'text', 'tokenizeCompact');
  let capacity = Math.max(16, text.length >>> 2);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let kinds = new Uint8Array(capacity);
  let count = 0;
  if (text.length > 0) {
    const state = startScan(text);
    let end = nextToken(state, 0);
    while (end >= 0) {
      if (count === capacity) {
        capacity *= 2;
        const grownStarts = new Uint32Array(capacity);
        grownStarts.set(starts);
        starts = grownStarts;
        const grownEnds = new Uint32Array(capacity);
        grownEnds.set(ends);
        ends = grownEnds;
        const grownKinds = new Uint8Array(capacity);
        grownKinds.set(kinds);
        kinds = grownKinds;
      }
      starts[count] = state.start;
      ends[count] = end;
      kinds[count] = state.kind;
      count++;
      end = nextToken(state, end);
    }
  }
  return { count, starts: starts.subarray(0, count), ends: ends.subarray(0, count), kinds: kinds.subarray(0, count) };
}
