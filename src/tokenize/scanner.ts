/**
 * The tokenizer's core: a hand-written forward scanner over UTF-16 code units. Each call to `nextToken`
 * skips whitespace and invisible separators, reads one token and reports where it starts, ends and what
 * kind it is. Every code unit is looked at a bounded number of times, so any input is linear: the only
 * look-ahead that could rescan (an e-mail address's local part) remembers where it last failed.
 */
import {
  ARABIC_LETTER,
  CLASS_MASK,
  DIGIT,
  HIGH_SURROGATE,
  IGNORABLE,
  JOINER,
  LETTER,
  MARK,
  PICTOGRAPHIC,
  PUNCT,
  QUOTE_OR_BRACKET,
  SELF_NORMAL,
  SPACE,
  charTable,
} from './char-classes.js';
import { isKeycapAt, isKeycapBase, isPictographic, isRegionalIndicator, isSkinTone, scanEmoji } from './emoji.js';

/** Token kinds, in the order of their numeric codes in `tokenizeCompact`. */
export const KIND_NAMES = Object.freeze(['word', 'number', 'punct', 'symbol', 'url', 'email', 'hashtag', 'mention', 'emoji'] as const);
export type TokenKind = (typeof KIND_NAMES)[number];
/**
 * The kinds of tokens that count as words: what `summarize`'s `maxWords` counts and what the natural adapter
 * keeps (punctuation, symbols and emoji are not words).
 */
export const WORD_KINDS: readonly TokenKind[] = Object.freeze(['word', 'number', 'hashtag', 'mention', 'url', 'email'] as const);

export const WORD = 0;
export const NUMBER = 1;
export const PUNCTUATION = 2;
export const SYMBOL = 3;
export const URL = 4;
export const EMAIL = 5;
export const HASHTAG = 6;
export const MENTION = 7;
export const EMOJI = 8;

const FULL_STOP = 0x2e;
const COMMA = 0x2c;
const ARABIC_DECIMAL_SEPARATOR = 0x066b; // ٫
const ARABIC_THOUSANDS_SEPARATOR = 0x066c; // ٬
const APOSTROPHE = 0x27;
const RIGHT_SINGLE_QUOTATION_MARK = 0x2019;
const NUMBER_SIGN = 0x23;
const FULLWIDTH_NUMBER_SIGN = 0xff03;
const COMMERCIAL_AT = 0x40;
const LOW_LINE = 0x5f;
const PERCENT_SIGN = 0x25;
const ARABIC_PERCENT_SIGN = 0x066a; // ٪
const PER_MILLE_SIGN = 0x2030;
const ARABIC_PER_MILLE_SIGN = 0x0609; // ؉
const ASTERISK = 0x2a;

/** Scanner state for one input; reset by `startScan`. */
export interface ScanState {
  text: string;
  table: Uint8Array;
  /** Start and kind of the token that the last `nextToken` call found. */
  start: number;
  kind: number;
  /** The last token is a word whose every unit is SELF_NORMAL (its norm is itself); false = unknown. */
  plain: boolean;
  /** No e-mail address starts before this index (a failed look-ahead already covered it). */
  noEmailBefore: number;
}

export function startScan(text: string): ScanState {
  return { text, table: charTable(), start: 0, kind: 0, plain: false, noEmailBefore: 0 };
}

const ASTRAL_LETTER = /^\p{L}$/u;
const ASTRAL_MARK = /^\p{M}$/u;
const ASTRAL_DIGIT = /^\p{Nd}$/u;
const astralClasses = new Map<number, number>();

/**
 * The class of a supplementary-plane code point (letters of historic scripts, math digits…), cached for
 * the first 4,096 code points seen (about 0.2 MB).
 */
function astralClass(cp: number): number {
  let cls = astralClasses.get(cp);
  if (cls === undefined) {
    const char = String.fromCodePoint(cp);
    cls = ASTRAL_LETTER.test(char) ? LETTER : ASTRAL_MARK.test(char) ? MARK : ASTRAL_DIGIT.test(char) ? DIGIT : 0;
    if (astralClasses.size < 4096) astralClasses.set(cp, cls);
  }
  return cls;
}

function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
}

function isAsciiLetter(code: number): boolean {
  return (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a;
}

/** Class of the code point at `j` (surrogate pairs resolved); `width` tells its length. */
function classAt(state: ScanState, j: number): number {
  const code = state.text.charCodeAt(j);
  const cls = state.table[code] & CLASS_MASK;
  if (cls !== HIGH_SURROGATE) return cls;
  const low = state.text.charCodeAt(j + 1);
  if (low >= 0xdc00 && low <= 0xdfff) return astralClass(state.text.codePointAt(j)!);
  return 0;
}

function widthAt(text: string, j: number): number {
  const code = text.charCodeAt(j);
  if (code >= 0xd800 && code <= 0xdbff) {
    const low = text.charCodeAt(j + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return 2;
  }
  return 1;
}

/** After `j`, skips joiners (ZWNJ, ZWJ…) when a letter or mark follows them; returns the new index or `j`. */
function throughJoiners(state: ScanState, j: number): number {
  const { text, table } = state;
  let k = j;
  while (k < text.length && (table[text.charCodeAt(k)] & CLASS_MASK) === JOINER) k++;
  if (k < text.length) {
    const cls = classAt(state, k);
    if (cls === LETTER || cls === MARK) return k;
  }
  return j;
}

function absorbMarks(state: ScanState, j: number): number {
  const { text, table } = state;
  while (j < text.length && (table[text.charCodeAt(j)] & CLASS_MASK) === MARK) j++;
  return j;
}

/**
 * A word: letters with their marks, tatweel and inner joiners. In a word of Arabic script, digits split
 * off (`و1,000` → `و` `1,000`); in other scripts they stay (`G20`, `mp3`), and an apostrophe between two
 * Latin letters too (`don't`).
 */
function scanWord(state: ScanState, i: number): number {
  const { text, table } = state;
  const length = text.length;
  const first = table[text.charCodeAt(i)];
  const arabic = (first & ARABIC_LETTER) !== 0;
  // Whether every unit is its own normal form, gathered on the way (saves a second pass for the norm).
  let plain = first & SELF_NORMAL;
  let j = i + widthAt(text, i);
  while (j < length) {
    const code = text.charCodeAt(j);
    const entry = table[code];
    const cls = entry & CLASS_MASK;
    if (cls === LETTER || cls === MARK) {
      plain &= entry;
      j++;
    } else if (cls === JOINER) {
      const k = throughJoiners(state, j);
      if (k === j) break;
      j = k;
    } else if (cls === DIGIT) {
      if (arabic) break;
      j++;
    } else if (cls === HIGH_SURROGATE) {
      const astral = classAt(state, j);
      if (astral !== LETTER && astral !== MARK) break;
      j += 2;
    } else if ((code === APOSTROPHE || code === RIGHT_SINGLE_QUOTATION_MARK) && !arabic) {
      if (isAsciiLetter(text.charCodeAt(j - 1)) && isAsciiLetter(text.charCodeAt(j + 1))) j += 2;
      else break;
    } else {
      break;
    }
    if (cls !== LETTER && cls !== MARK) plain = 0;
  }
  state.plain = plain !== 0;
  return j;
}

function isNumberSeparator(code: number): boolean {
  return code === FULL_STOP || code === COMMA || code === ARABIC_DECIMAL_SEPARATOR || code === ARABIC_THOUSANDS_SEPARATOR;
}

/** A number: decimal digits of any script, with `.` `,` `٫` `٬` between digits (`12.5`, `1,000`, `١٢٫٥`). */
function scanNumber(state: ScanState, i: number): number {
  const { text, table } = state;
  const length = text.length;
  let j = i + widthAt(text, i);
  while (j < length) {
    const code = text.charCodeAt(j);
    const cls = table[code] & CLASS_MASK;
    if (cls === DIGIT || cls === MARK) j++;
    else if (isNumberSeparator(code) && (table[text.charCodeAt(j + 1)] & CLASS_MASK) === DIGIT) j += 2;
    else break;
  }
  return j;
}

const URL_PREFIXES = ['https://', 'http://', 'ftp://', 'www.'];

function startsWithIgnoringCase(text: string, i: number, prefix: string): boolean {
  if (i + prefix.length > text.length) return false;
  for (let k = 0; k < prefix.length; k++) {
    let code = text.charCodeAt(i + k);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if (code !== prefix.charCodeAt(k)) return false;
  }
  return true;
}

/** Characters that end a URL: quotes, angle quotes, Arabic comma/semicolon/question mark. */
function endsUrl(code: number): boolean {
  return (
    code === 0x22 || // "
    code === 0x27 || // '
    code === 0x3c || // <
    code === 0x3e || // >
    code === 0x60 || // `
    code === 0xab || // «
    code === 0xbb || // »
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2026 || // …
    code === 0x060c || // ARABIC COMMA
    code === 0x061b || // ARABIC SEMICOLON
    code === 0x061f // ARABIC QUESTION MARK
  );
}

/** Punctuation that a URL does not end with: it belongs to the sentence around it. */
function isUrlTrailer(code: number): boolean {
  return code === 0x2e || code === 0x2c || code === 0x3a || code === 0x3b || code === 0x21 || code === 0x3f;
}

/** A URL starting with a scheme or `www.`, or -1. Trailing punctuation and unbalanced `)` `]` stay out. */
function scanUrl(state: ScanState, i: number): number {
  const { text, table } = state;
  let prefixLength = 0;
  for (const prefix of URL_PREFIXES) {
    if (startsWithIgnoringCase(text, i, prefix)) {
      prefixLength = prefix.length;
      break;
    }
  }
  if (prefixLength === 0) return -1;
  let j = i + prefixLength;
  let parens = 0;
  let brackets = 0;
  while (j < text.length) {
    const code = text.charCodeAt(j);
    const cls = table[code] & CLASS_MASK;
    if (cls === SPACE || cls === IGNORABLE || cls === JOINER || cls === HIGH_SURROGATE || endsUrl(code)) break;
    if (code === 0x28) parens++;
    else if (code === 0x29) parens--;
    else if (code === 0x5b) brackets++;
    else if (code === 0x5d) brackets--;
    j++;
  }
  const bodyStart = i + prefixLength;
  while (j > bodyStart) {
    const last = text.charCodeAt(j - 1);
    if (isUrlTrailer(last)) j--;
    else if (last === 0x29 && parens < 0) {
      parens++;
      j--;
    } else if (last === 0x5d && brackets < 0) {
      brackets++;
      j--;
    } else break;
  }
  if (j === bodyStart) return -1;
  const first = classAt(state, bodyStart);
  if (first !== LETTER && first !== DIGIT) return -1;
  return j;
}

function isEmailLocal(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 0x2e || code === 0x5f || code === 0x25 || code === 0x2b || code === 0x2d;
}

/** An e-mail address `local@domain.tld` starting at `i`, or -1. */
function scanEmail(state: ScanState, i: number): number {
  if (i < state.noEmailBefore) return -1;
  const { text } = state;
  const length = text.length;
  let q = i;
  while (q < length && isEmailLocal(text.charCodeAt(q))) q++;
  // Every start between i and q reaches the same `q` and the same domain: fail once for all of them.
  state.noEmailBefore = q;
  if (text.charCodeAt(q) !== COMMERCIAL_AT) return -1;
  let k = q + 1;
  let lastDot = -1;
  let end = -1;
  while (k < length) {
    const code = text.charCodeAt(k);
    if (isAsciiAlphanumeric(code) || (code === 0x2d && k > q + 1)) {
      k++;
      continue;
    }
    if (code === 0x2e && k > q + 1 && text.charCodeAt(k - 1) !== 0x2e && isAsciiAlphanumeric(text.charCodeAt(k + 1))) {
      lastDot = k;
      k++;
      continue;
    }
    break;
  }
  if (lastDot < 0) return -1;
  end = k;
  for (let t = lastDot + 1; t < end; t++) if (!isAsciiLetter(text.charCodeAt(t))) return -1;
  if (end - lastDot - 1 < 2) return -1;
  return end;
}

function isHashtagChar(state: ScanState, j: number): boolean {
  const code = state.text.charCodeAt(j);
  if (code === LOW_LINE) return true;
  const cls = classAt(state, j);
  return cls === LETTER || cls === MARK || cls === DIGIT;
}

/** `#tag`: letters (Arabic too), marks, digits, `_` and inner joiners. */
function scanHashtag(state: ScanState, i: number): number {
  const { text, table } = state;
  let j = i + 1;
  while (j < text.length) {
    if (isHashtagChar(state, j)) j += widthAt(text, j);
    else if ((table[text.charCodeAt(j)] & CLASS_MASK) === JOINER) {
      const k = throughJoiners(state, j);
      if (k === j) break;
      j = k;
    } else break;
  }
  return j;
}

function isPercent(code: number): boolean {
  return code === PERCENT_SIGN || code === ARABIC_PERCENT_SIGN || code === PER_MILLE_SIGN || code === ARABIC_PER_MILLE_SIGN;
}

/** The emoji or symbol that starts with code point `cp` at `i`. */
function scanPictograph(state: ScanState, i: number, cp: number): number {
  const scan = scanEmoji(state.text, i, cp);
  state.kind = scan.isEmoji ? EMOJI : SYMBOL;
  return scan.isEmoji ? scan.end : absorbMarks(state, scan.end);
}

/**
 * Finds the next token at or after `from`: sets `state.start` and `state.kind` and returns its end, or
 * returns -1 when only whitespace is left.
 */
export function nextToken(state: ScanState, from: number): number {
  const { text, table } = state;
  const length = text.length;
  let i = from;
  while (i < length) {
    const cls = table[text.charCodeAt(i)] & CLASS_MASK;
    if (cls !== SPACE && cls !== IGNORABLE && cls !== JOINER) break;
    i++;
  }
  if (i >= length) return -1;
  state.start = i;
  state.plain = false;
  const code = text.charCodeAt(i);
  const entry = table[code];
  switch (entry & CLASS_MASK) {
    case LETTER: {
      if (code < 0x80) {
        const lower = code | 0x20;
        if (lower === 0x68 || lower === 0x77 || lower === 0x66) {
          const end = scanUrl(state, i);
          if (end > 0) {
            state.kind = URL;
            return end;
          }
        }
        const end = scanEmail(state, i);
        if (end > 0) {
          state.kind = EMAIL;
          return end;
        }
      }
      state.kind = WORD;
      return scanWord(state, i);
    }
    case DIGIT: {
      if (isKeycapBase(code) && isKeycapAt(text, i)) return scanPictograph(state, i, code);
      if (code < 0x80) {
        const end = scanEmail(state, i);
        if (end > 0) {
          state.kind = EMAIL;
          return end;
        }
      }
      state.kind = NUMBER;
      return scanNumber(state, i);
    }
    case MARK:
      state.kind = WORD;
      return scanWord(state, i);
    case PUNCT: {
      if ((code === NUMBER_SIGN || code === FULLWIDTH_NUMBER_SIGN) && i + 1 < length && isHashtagChar(state, i + 1)) {
        state.kind = HASHTAG;
        return scanHashtag(state, i);
      }
      if (code === COMMERCIAL_AT && isAsciiAlphanumericOrLowLine(text.charCodeAt(i + 1)) && !isEmailLocal(text.charCodeAt(i - 1))) {
        state.kind = MENTION;
        let j = i + 1;
        while (j < length && isAsciiAlphanumericOrLowLine(text.charCodeAt(j))) j++;
        return j;
      }
      if ((code === NUMBER_SIGN || code === ASTERISK) && isKeycapAt(text, i)) return scanPictograph(state, i, code);
      state.kind = isPercent(code) ? SYMBOL : PUNCTUATION;
      let j = i + 1;
      // Runs of one mark (`...`, `!!`, `؟؟`, `--`) are one token; quotes and brackets never group.
      if ((entry & QUOTE_OR_BRACKET) === 0) while (j < length && text.charCodeAt(j) === code) j++;
      return absorbMarks(state, j);
    }
    case HIGH_SURROGATE: {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        const cp = text.codePointAt(i)!;
        if (isPictographic(cp) || isRegionalIndicator(cp) || isSkinTone(cp)) return scanPictograph(state, i, cp);
        const astral = astralClass(cp);
        if (astral === LETTER || astral === MARK) {
          state.kind = WORD;
          return scanWord(state, i);
        }
        if (astral === DIGIT) {
          state.kind = NUMBER;
          return scanNumber(state, i);
        }
        state.kind = SYMBOL;
        return absorbMarks(state, i + 2);
      }
      state.kind = SYMBOL;
      return i + 1;
    }
    default: {
      if ((entry & PICTOGRAPHIC) !== 0) return scanPictograph(state, i, code);
      state.kind = SYMBOL;
      return absorbMarks(state, i + 1);
    }
  }
}

function isAsciiAlphanumericOrLowLine(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === LOW_LINE;
}
