/**
 * One byte per UTF-16 code unit telling the scanner what the unit is. Built once, lazily, from Unicode
 * property regexes run over the whole Basic Multilingual Plane as ranges (a few milliseconds), so the
 * scanner's inner loop is a single array read per character.
 */
import { normalize } from '../normalize/index.js';

/** Low four bits of a table entry. */
export const OTHER = 0; // controls, unassigned, private use, Cf that is not ignorable: a symbol token
export const SPACE = 1; // White_Space
export const LETTER = 2; // \p{L}, tatweel included (it is Lm)
export const MARK = 3; // \p{M}: harakat, shadda, combining accents
export const DIGIT = 4; // \p{Nd}: 0-9, ٠-٩, ۰-۹ and every other decimal digit
export const PUNCT = 5; // \p{P}
export const SYMBOL = 6; // \p{S} and \p{N} that is not a decimal digit
export const JOINER = 7; // invisible characters that stay inside a word when letters follow (ZWNJ, ZWJ, soft hyphen)
export const IGNORABLE = 8; // invisible characters that are never a token (ZWSP, LRM, RLM, ALM, bidi controls)
export const HIGH_SURROGATE = 9;
export const LOW_SURROGATE = 10;
export const CLASS_MASK = 15;

/** The unit normalizes to itself in any context: a token made only of such units is its own `norm`. */
export const SELF_NORMAL = 16;
/** An Arabic-script letter (tells Arabic words, where digits split off, from Latin ones like `G20`). */
export const ARABIC_LETTER = 32;
/** Extended_Pictographic in the BMP (☀ ❤ ©): a possible emoji start. */
export const PICTOGRAPHIC = 64;
/** Quotes and brackets: never grouped into runs (`""` is two tokens, `...` one). */
export const QUOTE_OR_BRACKET = 128;

let table: Uint8Array | undefined;

/** Sets the class of every code unit that `pattern` matches in `sample` (later calls win). */
function fillRuns(target: Uint8Array, sample: string, pattern: RegExp, cls: number): void {
  for (const match of sample.matchAll(pattern)) {
    const first = match.index!;
    for (let k = first; k < first + match[0].length; k++) target[k] = cls;
  }
}

function build(): Uint8Array {
  const entries = new Uint8Array(0x10000);
  // Every BMP code unit at its own index; surrogates are replaced by a space placeholder so the string
  // stays well-formed (their class is set afterwards).
  const units = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) units[c] = c >= 0xd800 && c <= 0xdfff ? 0x20 : c;
  let sample = '';
  for (let c = 0; c < 0x10000; c += 4096) {
    sample += String.fromCharCode.apply(null, units.subarray(c, c + 4096) as unknown as number[]);
  }
  fillRuns(entries, sample, /\p{L}+/gu, LETTER);
  fillRuns(entries, sample, /\p{M}+/gu, MARK);
  fillRuns(entries, sample, /\p{Nd}+/gu, DIGIT);
  fillRuns(entries, sample, /[\p{No}\p{Nl}]+/gu, SYMBOL);
  fillRuns(entries, sample, /\p{P}+/gu, PUNCT);
  fillRuns(entries, sample, /\p{S}+/gu, SYMBOL);
  fillRuns(entries, sample, /\s+/gu, SPACE);
  // Unicode White_Space that JavaScript's \s leaves out.
  entries[0x85] = SPACE; // NEXT LINE (NEL)
  for (let c = 0xd800; c <= 0xdbff; c++) entries[c] = HIGH_SURROGATE;
  for (let c = 0xdc00; c <= 0xdfff; c++) entries[c] = LOW_SURROGATE;

  const joiners = [
    0x00ad, // SOFT HYPHEN
    0x200c, // ZERO WIDTH NON-JOINER (Persian می‌خواهم)
    0x200d, // ZERO WIDTH JOINER
    0x2060, // WORD JOINER
    0xfeff, // ZERO WIDTH NO-BREAK SPACE (BOM)
  ];
  const ignorables: number[] = [
    0x061c, // ARABIC LETTER MARK
    0x180e, // MONGOLIAN VOWEL SEPARATOR
    0x200b, // ZERO WIDTH SPACE
    0x200e, // LEFT-TO-RIGHT MARK
    0x200f, // RIGHT-TO-LEFT MARK
  ];
  for (let c = 0x202a; c <= 0x202e; c++) ignorables.push(c); // bidi embeddings and overrides
  for (let c = 0x2061; c <= 0x2064; c++) ignorables.push(c); // invisible operators
  for (let c = 0x2066; c <= 0x2069; c++) ignorables.push(c); // bidi isolates
  for (const c of joiners) entries[c] = JOINER;
  for (const c of ignorables) entries[c] = IGNORABLE;

  for (const match of sample.matchAll(/\p{scx=Arabic}+/gu)) {
    for (let k = match.index!; k < match.index! + match[0].length; k++) {
      if ((entries[k] & CLASS_MASK) === LETTER) entries[k] |= ARABIC_LETTER;
    }
  }
  for (const match of sample.matchAll(/\p{Extended_Pictographic}+/gu)) {
    for (let k = match.index!; k < match.index! + match[0].length; k++) entries[k] |= PICTOGRAPHIC;
  }
  for (const match of sample.matchAll(/[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']+/gu)) {
    for (let k = match.index!; k < match.index! + match[0].length; k++) entries[k] |= QUOTE_OR_BRACKET;
  }

  // Self-normal units: printable ASCII, Arabic punctuation and the Arabic base letters, each checked
  // against the normalizer itself so that the shortcut can never disagree with `normalize`. None of
  // them composes with a neighbour under NFC (compositions need a combining second character).
  const candidates: number[] = [];
  for (let c = 0x21; c <= 0x7e; c++) candidates.push(c);
  for (let c = 0x0621; c <= 0x064a; c++) candidates.push(c); // HAMZA .. YEH
  candidates.push(0x060c, 0x061b, 0x061f); // ARABIC COMMA, ARABIC SEMICOLON, ARABIC QUESTION MARK
  candidates.push(0x00ab, 0x00bb); // « »
  for (const c of candidates) {
    const cls = entries[c] & CLASS_MASK;
    if (cls === MARK || cls === JOINER) continue;
    const char = String.fromCharCode(c);
    if (normalize(char) === char) entries[c] |= SELF_NORMAL;
  }
  return entries;
}

/** The table, built on first use. */
export function charTable(): Uint8Array {
  return (table ??= build());
}

/** `SIMPLE_DROP` in `simpleNormTable()`: normalization removes the unit wherever it stands. */
export const SIMPLE_DROP = 0xffff;
let simpleNorm: Uint16Array | undefined;

/**
 * Units that normalization removes (harakat, tatweel, Quranic marks) or replaces by one other unit
 * (ی → ي, ٣ → 3) whatever surrounds them, so the tokenizer can fold a token without calling `normalize`.
 * 0 means "ask normalize". Every candidate is checked against `normalize` itself, in context; units that
 * NFC may compose (madda, hamza above and below) are never candidates.
 */
export function simpleNormTable(): Uint16Array {
  if (simpleNorm) return simpleNorm;
  const result = new Uint16Array(0x10000);
  const candidates: number[] = [0x0640]; // TATWEEL
  for (let c = 0x064b; c <= 0x0652; c++) candidates.push(c); // FATHATAN .. SUKUN
  candidates.push(0x0670); // SUPERSCRIPT ALEF
  for (let c = 0x0660; c <= 0x066c; c++) candidates.push(c); // ARABIC-INDIC DIGITS, ٪ ٫ ٬
  for (let c = 0x06f0; c <= 0x06f9; c++) candidates.push(c); // EXTENDED ARABIC-INDIC DIGITS
  candidates.push(0x06cc, 0x06a9, 0x06be, 0x06c1, 0x06d5, 0x06c3, 0x0671); // ی ک ھ ہ ە ۃ ٱ
  candidates.push(0x200c); // ZERO WIDTH NON-JOINER (inside Persian words)
  const base = '\u0628'; // ARABIC LETTER BEH
  for (const c of candidates) {
    const char = String.fromCharCode(c);
    const alone = normalize(char);
    const between = normalize(base + char + base);
    if (alone === '' && between === base + base && normalize('a' + char) === 'a') result[c] = SIMPLE_DROP;
    else if (alone.length === 1 && between === base + alone + base && (charTable()[alone.charCodeAt(0)] & SELF_NORMAL) !== 0) {
      result[c] = alone.charCodeAt(0);
    }
  }
  return (simpleNorm = result);
}
