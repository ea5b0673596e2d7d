/**
 * Sentence splitting over the tokenizer's tokens: a sentence ends at `.` `!` `?` `؟` `۔` (and runs of
 * them) and at every line break. Closing quotes and brackets written right after the full stop stay with
 * their sentence (`…المتحدة".`, `…روسيا.»`). Decimal points never split (`12.5` is one token); nor do the
 * full stops of abbreviations (abbreviations.json: `د.` `أ.` `م.` `ص.ب`…) or an ellipsis (`...`, `…`).
 * Quotes themselves, balanced or not, neither start nor end a sentence: a stray `"` cannot swallow the
 * rest of the text.
 */
import { expectString } from '../internal/validate.js';
import { normalize } from '../normalize/index.js';
import { CLASS_MASK, QUOTE_OR_BRACKET, SPACE } from './char-classes.js';
import abbreviationData from './abbreviations.json';
import { PUNCTUATION, WORD, nextToken, startScan } from './scanner.js';

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const FULL_STOP = 0x2e;

let abbreviations: { full: Set<string>; prefixes: Set<string> } | undefined;

/** The abbreviation keys, and every dotted prefix of a multi-part one (ج.م of ج.م.ع). */
function abbreviationSets(): { full: Set<string>; prefixes: Set<string> } {
  if (!abbreviations) {
    const full = new Set(Object.keys(abbreviationData.abbreviations));
    const prefixes = new Set<string>();
    for (const key of full) {
      const parts = key.split('.');
      for (let k = 2; k <= parts.length; k++) prefixes.add(parts.slice(0, k).join('.'));
    }
    abbreviations = { full, prefixes };
  }
  return abbreviations;
}

function isTerminator(text: string, start: number, end: number): boolean {
  const code = text.charCodeAt(start);
  if (code === FULL_STOP) return end - start === 1; // `..` and `...` are an ellipsis
  return code === 0x21 || code === 0x3f || code === 0x061f || code === 0x06d4; // ! ? ARABIC QUESTION MARK, ARABIC FULL STOP
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
  const { full, prefixes } = abbreviationSets();

  let sentenceStart = -1;
  let lastEnd = 0;
  let pendingBreak = false;
  // Abbreviation tracking: the dotted chain of short words just read (`ص.ب`), and whether it is open
  // (the last token is a full stop right after it). A word's norm is only needed when a full stop
  // follows it: until then `chainPending` says that `chain` is the norm of the word [chainStart, chainEnd).
  let chain: string | undefined;
  let chainPending = false;
  let chainStart = -1;
  let chainEnd = -1;
  let dotAfterChain = false;

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
    if (sentenceStart >= 0) {
      let lineBreak = false;
      if (!adjacent) {
        for (let k = lastEnd; k < start; k++) {
          const code = text.charCodeAt(k);
          if ((table[code] & CLASS_MASK) === SPACE && isLineBreak(code)) {
            lineBreak = true;
            break;
          }
        }
      }
      if (lineBreak) emit();
      else if (pendingBreak) {
        let keep = false;
        if (adjacent && kind === PUNCTUATION && (isCloser(text, start, table) || isTerminator(text, start, end))) keep = true;
        else if (adjacent && kind === WORD && dotAfterChain && chain !== undefined) {
          // ص.ب: the full stop inside a multi-part abbreviation.
          const next = shortNorm(text, start, end);
          if (next !== undefined && prefixes.has(chain + '.' + next)) {
            pendingBreak = false;
            keep = true;
          }
        }
        if (!keep) emit();
      }
    }
    if (sentenceStart < 0) sentenceStart = start;

    // Abbreviation chain bookkeeping.
    if (kind === WORD) {
      if (dotAfterChain && adjacent && chain !== undefined) {
        const norm = shortNorm(text, start, end);
        chain = norm !== undefined && prefixes.has(chain + '.' + norm) ? chain + '.' + norm : norm;
        chainPending = false;
      } else {
        chain = undefined;
        chainPending = true;
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

    lastEnd = end;
    if (kind === PUNCTUATION && isTerminator(text, start, end)) {
      const isAbbreviation = dotAfterChain && chain !== undefined && full.has(chain);
      const mayContinueAbbreviation = dotAfterChain && chain !== undefined && hasLongerAbbreviation(chain, prefixes);
      // A full stop after an abbreviation does not end the sentence. After the first letter of a
      // multi-part one (ص. of ص.ب) the decision waits for the next token (see above).
      if (!isAbbreviation) pendingBreak = true;
      if (!isAbbreviation && !mayContinueAbbreviation) dotAfterChain = false;
    }
    end = nextToken(state, end);
  }
  if (sentenceStart >= 0) emit();
  return result;
}

/** Whether some abbreviation continues `chain` with another dotted part. */
function hasLongerAbbreviation(chain: string, prefixes: Set<string>): boolean {
  for (const prefix of prefixes) if (prefix.startsWith(chain + '.')) return true;
  return false;
}
