/**
 * How the word tables are stored in the generated modules, compactly and as plain ASCII text:
 *
 * - Word lists are sorted and front-coded: each word is written as the length of the prefix it shares with
 *   the word before (one character, 0..15) followed by the rest of its letters. Letters are the Arabic base
 *   letters HAMZA (U+0621) .. YEH (U+064A) without tatweel, each written as one ASCII character, so a list
 *   costs one byte per new letter in the file instead of two (UTF-8) and needs no escaping.
 * - Small integers per word are bit-packed (a fixed number of bits each) into bytes, then base64.
 *
 * The build scripts encode with the same functions the library decodes with.
 */
import { decodeBase64, encodeBase64 } from '../internal/base64.js';

const FIRST_LETTER = 0x0621; // ARABIC LETTER HAMZA
const LAST_LETTER = 0x064a; // ARABIC LETTER YEH
const TATWEEL = 0x0640; // ARABIC TATWEEL: never in a stored word
/** One ASCII character per letter, in code point order (41 letters). */
const LETTER_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmno';
/** The shared-prefix length, 0..15. */
const PREFIX_CHARS = '0123456789pqrstu';
const MAX_PREFIX = PREFIX_CHARS.length - 1;
/** Longest word a list may hold (front coding itself has no limit; this bounds the decoder's buffer). */
const MAX_WORD_LENGTH = 64;

let letterOfChar: Int32Array | undefined;
let prefixOfChar: Int32Array | undefined;

function tables(): { letters: Int32Array; prefixes: Int32Array } {
  if (letterOfChar === undefined || prefixOfChar === undefined) {
    letterOfChar = new Int32Array(128).fill(-1);
    prefixOfChar = new Int32Array(128).fill(-1);
    let k = 0;
    for (let code = FIRST_LETTER; code <= LAST_LETTER; code++) {
      if (code === TATWEEL) continue;
      letterOfChar[LETTER_CHARS.charCodeAt(k++)] = code;
    }
    for (let p = 0; p < PREFIX_CHARS.length; p++) prefixOfChar[PREFIX_CHARS.charCodeAt(p)] = p;
  }
  return { letters: letterOfChar, prefixes: prefixOfChar };
}

/** True when `word` is made only of letters a word list can store. */
export function isStorableWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < FIRST_LETTER || code > LAST_LETTER || code === TATWEEL) return false;
  }
  return true;
}

/** Front-codes sorted, distinct, storable words (throws on anything else: a build script's mistake). */
export function encodeWordList(words: readonly string[]): string {
  let out = '';
  let previous = '';
  for (const word of words) {
    if (!isStorableWord(word) || word.length > MAX_WORD_LENGTH) throw new RangeError(`encodeWordList: ${JSON.stringify(word)} has letters a word list cannot store`);
    if (word <= previous && previous !== '') throw new RangeError(`encodeWordList: words must be sorted and distinct (${previous}, ${word})`);
    let shared = 0;
    const limit = Math.min(word.length, previous.length, MAX_PREFIX);
    while (shared < limit && word.charCodeAt(shared) === previous.charCodeAt(shared)) shared++;
    out += PREFIX_CHARS[shared];
    for (let i = shared; i < word.length; i++) {
      const code = word.charCodeAt(i);
      out += LETTER_CHARS[code - FIRST_LETTER - (code > TATWEEL ? 1 : 0)];
    }
    previous = word;
  }
  return out;
}

/**
 * Calls `visit` with every word of a front-coded list, in order, as code units `units[0, length)` of a buffer
 * that the decoder reuses (copy what you keep; do not write to it), without building a string per word.
 */
export function forEachEncodedWord(encoded: string, visit: (units: Uint16Array, length: number, index: number) => void): number {
  const { letters, prefixes } = tables();
  const units = new Uint16Array(MAX_WORD_LENGTH);
  let length = 0;
  let index = 0;
  let i = 0;
  while (i < encoded.length) {
    const shared = prefixes[encoded.charCodeAt(i++)];
    if (shared < 0 || shared > length) throw new RangeError('dhad: a word table is corrupt (bad prefix length)');
    length = shared;
    while (i < encoded.length && prefixes[encoded.charCodeAt(i)] < 0) {
      const letter = letters[encoded.charCodeAt(i++)];
      if (letter < 0 || length === MAX_WORD_LENGTH) throw new RangeError('dhad: a word table is corrupt (bad letter)');
      units[length++] = letter;
    }
    visit(units, length, index++);
  }
  return index;
}

/** The number of words in a front-coded list. */
export function countEncodedWords(encoded: string): number {
  const { prefixes } = tables();
  let count = 0;
  for (let i = 0; i < encoded.length; i++) if (prefixes[encoded.charCodeAt(i)] >= 0) count++;
  return count;
}

/** The words of a front-coded list, in order. */
export function decodeWordList(encoded: string): string[] {
  const words: string[] = [];
  forEachEncodedWord(encoded, (units, length) => words.push(String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[])));
  return words;
}

/** Packs non-negative integers below 2^bits, `bits` each, low bit first, as base64. */
export function encodeBits(values: ArrayLike<number>, bits: number): string {
  const bytes = new Uint8Array(Math.ceil((values.length * bits) / 8));
  let position = 0;
  for (let k = 0; k < values.length; k++) {
    const value = values[k];
    if (!(Number.isInteger(value) && value >= 0 && value < 2 ** bits)) throw new RangeError(`encodeBits: ${value} does not fit in ${bits} bits`);
    for (let b = 0; b < bits; b++, position++) if ((value >>> b) & 1) bytes[position >>> 3] |= 1 << (position & 7);
  }
  return encodeBase64(bytes);
}

/** The `count` integers of `bits` bits each packed by encodeBits. */
export function decodeBits(encoded: string, bits: number, count: number): Uint16Array {
  if (bits > 16) throw new RangeError('decodeBits: at most 16 bits per value');
  const bytes = decodeBase64(encoded);
  if (bytes.length * 8 < count * bits) throw new RangeError('dhad: a word table is corrupt (too few values)');
  const out = new Uint16Array(count);
  const mask = 2 ** bits - 1;
  // Low bit first: a value starts at bit `position` and spans at most three bytes (bits ≤ 16).
  let position = 0;
  for (let k = 0; k < count; k++, position += bits) {
    const byte = position >>> 3;
    const window = bytes[byte] | ((bytes[byte + 1] ?? 0) << 8) | ((bytes[byte + 2] ?? 0) << 16);
    out[k] = (window >>> (position & 7)) & mask;
  }
  return out;
}
