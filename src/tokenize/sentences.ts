/**
 * Sentence splitting over the tokenizer's tokens: a sentence ends at `.` `!` `?` `؟` `۔` (and runs of
 * them) and at a line break, except inside hard-wrapped text (lines cut at a fixed width in mid-sentence,
 * see joinHardWrappedLines). Closing quotes and brackets written right after the full stop stay with
 * their sentence (`…المتحدة".`, `…روسيا.»`). Decimal points never split (`12.5` is one token); nor do the
 * full stops of abbreviations (abbreviations.json: `د.` `أ.` `م.` `ص.ب`…); but right after a number, the era
 * and unit marks of `endSentenceAfterNumber` (AD, metres) take the sentence's own full stop, which ends it.
 * An ellipsis (`..`, `...`, `…`) between two words ends a sentence, as Arabic prose mostly uses it, unless the
 * next word is one of `continueAfterEllipsis` (etc.); before punctuation or after an opening quote it does not.
 * Quotes themselves, balanced or not, neither start nor end a sentence: a stray `"` cannot swallow the
 * rest of the text.
 */
import { expectString } from '../internal/validate.js';
import { normalize } from '../normalize/index.js';
import { CLASS_MASK, QUOTE_OR_BRACKET, SPACE } from './char-classes.js';
import abbreviationData from './abbreviations.json';
import { NUMBER, PUNCTUATION, WORD, nextToken, startScan } from './scanner.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const FULL_STOP = 0x2e;

interface AbbreviationSets {
  full: Set<string>;
  prefixes: Set<string>;
  /** Abbreviations whose full stop ends the sentence when they follow a number (`1783 م.`: an era). */
  endAfterNumber: Set<string>;
  /** Words an ellipsis runs on into without ending the sentence (etc.). */
  continueAfterEllipsis: Set<string>;
}

let abbreviations: AbbreviationSets | undefined;

/** The abbreviation keys, and every dotted prefix of a multi-part one (ج.م of ج.م.ع). */
function abbreviationSets(): AbbreviationSets {
  if (!abbreviations) {
    const full = new Set(Object.keys(abbreviationData.abbreviations));
    const prefixes = new Set<string>();
    for (const key of full) {
      const parts = key.split('.');
      for (let k = 2; k <= parts.length; k++) prefixes.add(parts.slice(0, k).join('.'));
    }
    abbreviations = {
      full,
      prefixes,
      endAfterNumber: new Set(Object.keys(abbreviationData.endSentenceAfterNumber)),
      continueAfterEllipsis: new Set(Object.keys(abbreviationData.continueAfterEllipsis)),
    };
  }
  return abbreviations;
}

function isTerminator(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code === FULL_STOP) return end - start === 1; // `..` and `...` are an ellipsis
  return code === 0x21 || code === 0x3f || code === 0x061f || code === 0x06d4; // ! ? ARABIC QUESTION MARK, ARABIC FULL STOP
}

/** `..`, `...` and longer runs of full stops, `…` and runs of it. */
function isEllipsis(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 0x2026) return true; // HORIZONTAL ELLIPSIS
  return first === FULL_STOP && end - start >= 2;
}

function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Closing quotes and brackets (and `"` `'`, which may close) that follow a full stop. */
function isCloser(text: string, start: number, table: Uint8Array): boolean {
  const code = text.charCodeAt(start);
  if ((table[code] & QUOTE_OR_BRACKET) === 0) return false;
  // Opening brackets and opening quotes do not close anything.
  return !(code === 0x28 || code === 0x5b || code === 0x7b || code === 0xab || code === 0x201c || code === 0x2018 || code === 0x201e);
}

/** The norm of a short word (abbreviations are a few letters); longer words cannot be one. */
function shortNorm(text: string, start: number, end: number): string | undefined {
  return end - start <= 6 ? normalize(text.slice(start, end)) : undefined;
}

/**
 * Splits `text` into sentences, each with offsets into `text`. Together they cover every character that
 * is not whitespace (or an invisible separator); the text between them is only that.
 */
export function sentences(text: string): Sentence[] {
  expectString(text, 'text', 'sentences');
  const result: Sentence[] = [];
  if (text.length === 0) return result;
  const state = startScan(text);
  const table = state.table;
  const { full, prefixes, endAfterNumber, continueAfterEllipsis } = abbreviationSets();

  let sentenceStart = -1;
  let lastEnd = 0;
  let pendingBreak = false;
  // An ellipsis right after a word or number: the sentence ends there if a word follows (see below).
  let ellipsisAfterContent = false;
  // Abbreviation tracking: the dotted chain of short words just read (`ص.ب`), and whether it is open
  // (the last token is a full stop right after it). A word's norm is only needed when a full stop
  // follows it: until then `chainPending` says that `chain` is the norm of the word [chainStart, chainEnd).
  let chain: string | undefined;
  let chainPending = false;
  let chainStart = -1;
  let chainEnd = -1;
  let dotAfterChain = false;
  /** The chain is one word that directly follows a number (`1783 م`, `1988م`). */
  let chainAfterNumber = false;
  let previousKind = -1;

  const emit = (): void => {
    result.push({ text: text.slice(sentenceStart, lastEnd), start: sentenceStart, end: lastEnd });
    sentenceStart = -1;
    pendingBreak = false;
  };

  let end = nextToken(state, 0);
  while (end >= 0) {
    const start = state.start;
    const kind = state.kind;
    const adjacent = start === lastEnd;
    let lineBreak = false;
    if (!adjacent && sentenceStart >= 0) {
      for (let k = lastEnd; k < start; k++) {
        const code = text.charCodeAt(k);
        if ((table[code] & CLASS_MASK) === SPACE && isLineBreak(code)) {
          lineBreak = true;
          break;
        }
      }
    }
    // A word's norm, read once, when an abbreviation chain or an ellipsis before it may need it.
    const wordNorm = kind === WORD && (dotAfterChain || ellipsisAfterContent) ? shortNorm(text, start, end) : undefined;
    // The next part of a multi-part abbreviation, written right after its full stop or after a space on the
    // same line (ص.ب, ق. م, أ. ف. ب).
    const continuesChain =
      wordNorm !== undefined && dotAfterChain && chain !== undefined && !lineBreak && prefixes.has(chain + '.' + wordNorm);
    if (sentenceStart >= 0) {
      if (lineBreak) emit();
      else if (ellipsisAfterContent && (kind === WORD || kind === NUMBER)) {
        // Arabic prose uses an ellipsis between sentences far more than inside one (in EASC's articles about
        // 45 of 50 ellipses between words part sentences); `… الخ` (etc.) runs on.
        if (wordNorm === undefined || !continueAfterEllipsis.has(wordNorm)) emit();
      } else if (pendingBreak) {
        let keep = false;
        if (adjacent && kind === PUNCTUATION && (isCloser(text, start, table) || isTerminator(text, start, end))) keep = true;
        else if (continuesChain) {
          // ص.ب: the full stop inside a multi-part abbreviation.
          pendingBreak = false;
          keep = true;
        }
        if (!keep) emit();
      }
    }
    if (sentenceStart < 0) sentenceStart = start;

    // Abbreviation chain bookkeeping.
    if (kind === WORD) {
      if (continuesChain) {
        chain = chain + '.' + wordNorm;
        chainPending = false;
        chainAfterNumber = false;
      } else if (dotAfterChain && adjacent && chain !== undefined) {
        chain = wordNorm;
        chainPending = false;
        chainAfterNumber = false;
      } else {
        chain = undefined;
        chainPending = true;
        chainAfterNumber = previousKind === NUMBER;
      }
      chainStart = start;
      chainEnd = end;
      dotAfterChain = false;
    } else if (kind === PUNCTUATION && end - start === 1 && text.charCodeAt(start) === FULL_STOP && start === chainEnd && (chainPending || chain !== undefined)) {
      if (chainPending) {
        chain = shortNorm(text, chainStart, chainEnd);
        chainPending = false;
      }
      dotAfterChain = chain !== undefined;
    } else {
      chain = undefined;
      chainPending = false;
      dotAfterChain = false;
    }

    ellipsisAfterContent = kind === PUNCTUATION && (previousKind === WORD || previousKind === NUMBER) && isEllipsis(text, start, end);
    lastEnd = end;
    previousKind = kind;
    if (kind === PUNCTUATION && isTerminator(text, start, end)) {
      const isAbbreviation =
        dotAfterChain && chain !== undefined && full.has(chain) && !(chainAfterNumber && endAfterNumber.has(chain));
      const mayContinueAbbreviation = dotAfterChain && chain !== undefined && hasLongerAbbreviation(chain, prefixes);
      // A full stop after an abbreviation does not end the sentence. After the first letter of a
      // multi-part one (ص. of ص.ب) the decision waits for the next token (see above).
      if (!isAbbreviation) pendingBreak = true;
      if (!isAbbreviation && !mayContinueAbbreviation) dotAfterChain = false;
    }
    end = nextToken(state, end);
  }
  if (sentenceStart >= 0) emit();
  return joinHardWrappedLines(text, result);
}

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;

// Characters after which a line break always ends a sentence: . ! ? ؟ … : ; and the Arabic semicolon,
// full stop.
const SENTENCE_FINAL = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x3a, 0x3b, 0x061b, 0x06d4]);
// Closing quotes and brackets that may follow the final punctuation: " ' » ” ’ ) ] }
const CLOSERS = new Set([0x22, 0x27, 0xbb, 0x201d, 0x2019, 0x29, 0x5d, 0x7d]);
// List markers that start a new item even without punctuation on the previous line: - • * – —
const LIST_MARKERS = new Set([0x2d, 0x2022, 0x2a, 0x2013, 0x2014]);
/** A text is hard-wrapped when at least this many lines break in mid-sentence where a wrapper would. */
const MIN_WRAPPED_LINES = 3;

function endsSentence(text: string, end: number): boolean {
  let i = end - 1;
  while (i >= 0 && CLOSERS.has(text.charCodeAt(i))) i--;
  return i >= 0 && SENTENCE_FINAL.has(text.charCodeAt(i));
}

/**
 * Length of the line ending at `end` when `end` is followed by exactly one line break and then more text
 * on the next line (a hard wrap candidate), else -1.
 */
function wrappedLineLength(text: string, end: number, nextStart: number): number {
  let newlines = 0;
  for (let i = end; i < nextStart; i++) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) newlines++;
    else if (code !== CARRIAGE_RETURN && code !== 0x20 && code !== 0x09) return -1;
  }
  if (newlines !== 1 || LIST_MARKERS.has(text.charCodeAt(nextStart))) return -1;
  return end - (text.lastIndexOf('\n', end - 1) + 1);
}

/** Length of the word that starts at `start`: up to the next space or line break. */
function wordLength(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 0x20 || code === 0x09 || code === NEWLINE || code === CARRIAGE_RETURN) break;
    i++;
  }
  return i - start;
}

/**
 * Newspaper archives and e-mail often break lines at a fixed width, in mid-sentence; splitting at every
 * line break would leave half-sentences. A line break is a wrap candidate when the line ends without
 * sentence punctuation and one line break follows (not a blank line, not a list item). A wrapper at width W
 * breaks a line of length L before a next word of length N exactly when L ≤ W < L + 1 + N: where the next
 * word would not have fitted. The text's width is the W that explains the most candidates (a title or an
 * unwrapped paragraph longer than the wrapped lines does not set it); the text is hard-wrapped when that W
 * explains at least MIN_WRAPPED_LINES breaks and at least half of the candidates (in EASC's wrapped articles it
 * explains 90–100% of them; in a list of headlines, a few lines of similar length happen to fit some width,
 * but not half), and then those breaks do not end sentences.
 * Linear: each candidate adds one interval to a count array as long as the longest line.
 */
function joinHardWrappedLines(text: string, spans: Sentence[]): Sentence[] {
  if (spans.length <= MIN_WRAPPED_LINES) return spans;
  const candidates: number[] = [];
  const lineLengths: number[] = [];
  const reaches: number[] = [];
  let longest = 0;
  for (let s = 0; s + 1 < spans.length; s++) {
    if (endsSentence(text, spans[s].end)) continue;
    const length = wrappedLineLength(text, spans[s].end, spans[s + 1].start);
    if (length < 0) continue;
    const reach = length + wordLength(text, spans[s + 1].start);
    candidates.push(s);
    lineLengths.push(length);
    reaches.push(reach);
    if (reach > longest) longest = reach;
  }
  if (candidates.length < MIN_WRAPPED_LINES) return spans;

  // How many candidates each width W explains (L ≤ W ≤ L + N), by a difference array over the widths.
  const change = new Int32Array(longest + 2);
  for (let k = 0; k < candidates.length; k++) {
    change[lineLengths[k]]++;
    change[reaches[k] + 1]--;
  }
  let width = 0;
  let explained = 0;
  for (let w = 0, running = 0; w <= longest; w++) {
    running += change[w];
    if (running >= explained) {
      explained = running;
      width = w;
    }
  }
  if (explained < MIN_WRAPPED_LINES || 2 * explained < candidates.length) return spans;

  const wrapped = new Uint8Array(spans.length);
  for (let k = 0; k < candidates.length; k++) {
    if (lineLengths[k] <= width && width <= reaches[k]) wrapped[candidates[k]] = 1;
  }
  const joined: Sentence[] = [];
  let start = -1;
  for (let s = 0; s < spans.length; s++) {
    if (start < 0) start = spans[s].start;
    if (wrapped[s] === 1) continue;
    joined.push({ text: text.slice(start, spans[s].end), start, end: spans[s].end });
    start = -1;
  }
  return joined;
}

/** Whether some abbreviation continues `chain` with another dotted part. */
function hasLongerAbbreviation(chain: string, prefixes: Set<string>): boolean {
  for (const prefix of prefixes) if (prefix.startsWith(chain + '.')) return true;
  return false;
}
