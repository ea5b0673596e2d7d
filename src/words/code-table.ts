/**
 * A read-only map from Arabic words to small values (0 .. MAX_VALUE), queried with a range of code units in a
 * buffer, so that the segmenter and the stemmer can ask "is this piece of the word a known stem?" without
 * slicing a string for every candidate split (and with a string, for callers that have one).
 *
 * Keys of Arabic base letters (HAMZA U+0621 .. YEH U+064A) are packed exactly, six bits per letter
 * (letter code − 0x620, never 0, so keys of different lengths differ). Keys of up to ten letters (nearly
 * all) live in 8-byte slots (five letters in each half) with a 16-bit value beside them; keys of 11–15
 * letters have 12-byte slots of their own; anything else (longer keys, other characters, which queries never
 * contain) is in a Map. Open addressing with linear probing; a power-of-two number of slots at most 70% full
 * (so between 35% and 70%), so that a key's home slot is the top bits of its hash (a shift, not a division).
 *
 * The look-up packs the key in local variables and probes in one function: it runs a few times per word in
 * `segment` and `stem`. (Tried for the 84,000-stem table: quotiented Robin Hood slots with the value inside,
 * 4 bytes for keys of up to five letters and 8 for longer ones, 0.75 MB instead of 1.3: fewer cache misses,
 * but the scrambling they need cost more than the misses saved, and `segment` got slower.)
 */

import { forEachEncodedWord } from './encoding.js';

const LETTER_BIAS = 0x0620;
const LETTER_COUNT = 0x064a - LETTER_BIAS; // 42: packed letters are 1 .. 42
const LETTERS_PER_WORD = 5;
const SHORT_MAX = 10;
const LONG_MAX = 15;
const MAX_LOAD = 0.7;
export const MAX_VALUE = 0xffff;

function mix(k0: number, k1: number, k2: number): number {
  let h = Math.imul(k0, 0x9e3779b1) ^ Math.imul(k1 + 0x7f4a7c15, 0x85ebca77) ^ Math.imul(k2 + 0x165667b1, 0xc2b2ae3d);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 12);
}

/** log2 of the number of slots for `keys` keys: a power of two at most MAX_LOAD full (one slot always empty). */
function slotBits(keys: number): number {
  let bits = 3;
  while ((1 << bits) * MAX_LOAD < keys + 1) bits++;
  return bits;
}

/** A packed letter is 1 .. LETTER_COUNT: `letter - 1` as unsigned is at most LETTER_COUNT - 1. */
function isPackedLetter(letter: number): boolean {
  return (letter - 1) >>> 0 < LETTER_COUNT;
}

/** Packed words of the key being built or looked up (k0: letters 1–5, k1: 6–10, k2: 11–15). */
let k0 = 0;
let k1 = 0;
let k2 = 0;

/** Packs `units[from, to)` + `extra` (none when < 0) into k0 k1 k2; false when a unit is not a base letter. */
function pack(units: Uint16Array, from: number, to: number, extra: number): boolean {
  k0 = 0;
  k1 = 0;
  k2 = 0;
  let j = 0;
  for (let k = from; k <= to; k++, j++) {
    let letter: number;
    if (k < to) letter = units[k] - LETTER_BIAS;
    else if (extra >= 0) letter = extra - LETTER_BIAS;
    else break;
    if (letter < 1 || letter > LETTER_COUNT) return false;
    if (j < LETTERS_PER_WORD) k0 = (k0 << 6) | letter;
    else if (j < 2 * LETTERS_PER_WORD) k1 = (k1 << 6) | letter;
    else k2 = (k2 << 6) | letter;
  }
  return true;
}

export class CodeKeyTable {
  private count = 0;
  private shortUsed = 0;
  private longUsed = 0;
  /** Keys of ≤ 10 letters: [k0, k1] per slot; k0 is never 0, so 0 marks an empty slot. */
  private readonly short: Int32Array;
  private readonly shortValues: Uint16Array;
  private readonly shortCapacity: number;
  /** shortCapacity − 1, and 32 − log2(shortCapacity): a hash's top bits are its home slot. */
  private readonly shortMask: number;
  private readonly shortShift: number;
  /** Keys of 11–15 letters: [k0, k1, k2] per slot. */
  private readonly long: Int32Array;
  private readonly longValues: Uint16Array;
  private readonly longCapacity: number;
  private readonly longMask: number;
  private readonly longShift: number;
  private readonly unpacked = new Map<string, number>();
  private unpackedMaxLength = 0;
  /** Scratch buffer for string queries. */
  private scratch = new Uint16Array(LONG_MAX + 1);

  /**
   * `entries`: distinct keys and their values (integers 0..MAX_VALUE). `keyCounts`: how many keys of up to 10
   * letters and of 11–15 letters will be inserted (for the capacity); `insert` adds them.
   */
  constructor(entries: ReadonlyArray<readonly [string, number]>);
  constructor(entries: undefined, shortKeys: number, longKeys: number);
  constructor(entries?: ReadonlyArray<readonly [string, number]>, shortKeys = 0, longKeys = 0) {
    if (entries !== undefined) {
      for (const [key] of entries) {
        if (key.length <= SHORT_MAX) shortKeys++;
        else if (key.length <= LONG_MAX) longKeys++;
      }
    }
    const shortBits = slotBits(shortKeys);
    this.shortCapacity = 1 << shortBits;
    this.shortMask = this.shortCapacity - 1;
    this.shortShift = 32 - shortBits;
    this.short = new Int32Array(this.shortCapacity * 2);
    this.shortValues = new Uint16Array(this.shortCapacity);
    const longBits = slotBits(longKeys);
    this.longCapacity = 1 << longBits;
    this.longMask = this.longCapacity - 1;
    this.longShift = 32 - longBits;
    this.long = new Int32Array(this.longCapacity * 3);
    this.longValues = new Uint16Array(this.longCapacity);
    if (entries === undefined) return;
    const units = new Uint16Array(LONG_MAX);
    for (const [key, value] of entries) {
      if (key.length > LONG_MAX) {
        this.insertUnpacked(key, value);
        continue;
      }
      for (let k = 0; k < key.length; k++) units[k] = key.charCodeAt(k);
      this.insert(units, key.length, value);
    }
  }

  /** Number of keys. */
  get size(): number {
    return this.count;
  }

  /**
   * Adds the key `units[0, length)` with `value`, unless the table has it already (the first value stays).
   * Returns whether it was added.
   */
  insert(units: Uint16Array, length: number, value: number): boolean {
    if (!(Number.isInteger(value) && value >= 0 && value <= MAX_VALUE)) throw new RangeError(`CodeKeyTable: value ${value} is not 0..${MAX_VALUE}`);
    if (length === 0 || length > LONG_MAX || !pack(units, 0, length, -1)) {
      return this.insertUnpacked(String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]), value);
    }
    if (length <= SHORT_MAX) {
      // One slot always stays empty, so that a probe for an absent key ends.
      if (this.shortUsed + 1 >= this.shortCapacity) throw new RangeError('CodeKeyTable: more keys than announced');
      let slot = mix(k0, k1, 0) >>> this.shortShift;
      for (;;) {
        const first = this.short[slot * 2];
        if (first === 0) break;
        if (first === k0 && this.short[slot * 2 + 1] === k1) return false;
        slot = (slot + 1) & this.shortMask;
      }
      this.short[slot * 2] = k0;
      this.short[slot * 2 + 1] = k1;
      this.shortValues[slot] = value;
      this.shortUsed++;
    } else {
      if (this.longUsed + 1 >= this.longCapacity) throw new RangeError('CodeKeyTable: more keys than announced');
      let slot = mix(k0, k1, k2) >>> this.longShift;
      for (;;) {
        const at = slot * 3;
        if (this.long[at] === 0) break;
        if (this.long[at] === k0 && this.long[at + 1] === k1 && this.long[at + 2] === k2) return false;
        slot = (slot + 1) & this.longMask;
      }
      this.long[slot * 3] = k0;
      this.long[slot * 3 + 1] = k1;
      this.long[slot * 3 + 2] = k2;
      this.longValues[slot] = value;
      this.longUsed++;
    }
    this.count++;
    return true;
  }

  /**
   * Sets `bits` in the value of the key `units[0, length)`, adding the key with value `bits` when the table
   * does not have it (the table must have been announced room for it).
   */
  addBits(units: Uint16Array, length: number, bits: number): void {
    if (this.insert(units, length, bits)) return;
    const slot = this.slotOf(units, length);
    if (slot >= 0) this.shortValues[slot] |= bits;
    else if (slot < -1) this.longValues[-2 - slot] |= bits;
    else {
      const key = String.fromCharCode.apply(null, units.subarray(0, length) as unknown as number[]);
      this.unpacked.set(key, (this.unpacked.get(key) ?? 0) | bits);
    }
  }

  /** Slot of a key that the table has: ≥ 0 in the short table, −2 − slot in the long one, −1 unpacked. */
  private slotOf(units: Uint16Array, length: number): number {
    if (length > LONG_MAX || !pack(units, 0, length, -1)) return -1;
    if (length <= SHORT_MAX) {
      let slot = mix(k0, k1, 0) >>> this.shortShift;
      while (!(this.short[slot * 2] === k0 && this.short[slot * 2 + 1] === k1)) slot = (slot + 1) & this.shortMask;
      return slot;
    }
    let slot = mix(k0, k1, k2) >>> this.longShift;
    while (!(this.long[slot * 3] === k0 && this.long[slot * 3 + 1] === k1 && this.long[slot * 3 + 2] === k2)) {
      slot = (slot + 1) & this.longMask;
    }
    return -2 - slot;
  }

  private insertUnpacked(key: string, value: number): boolean {
    if (this.unpacked.has(key)) return false;
    this.unpacked.set(key, value);
    this.unpackedMaxLength = Math.max(this.unpackedMaxLength, key.length);
    this.count++;
    return true;
  }

  /**
   * The value of the key made of `units[from, to)` followed by the code unit `extra` (none when
   * `extra` < 0), or -1 when there is no such key.
   */
  get(units: Uint16Array, from: number, to: number, extra: number): number {
    const length = to - from + (extra >= 0 ? 1 : 0);
    if (length <= 0) return -1;
    if (length > SHORT_MAX) return this.getLong(units, from, to, extra);
    // Letters 1–5 into a, 6–10 into b (as `pack` does), in locals: this is the hot path.
    let a = 0;
    let b = 0;
    const middle = to - from < LETTERS_PER_WORD ? to : from + LETTERS_PER_WORD;
    for (let k = from; k < middle; k++) {
      const letter = units[k] - LETTER_BIAS;
      if (!isPackedLetter(letter)) return this.getUnpacked(units, from, to, extra);
      a = (a << 6) | letter;
    }
    for (let k = middle; k < to; k++) {
      const letter = units[k] - LETTER_BIAS;
      if (!isPackedLetter(letter)) return this.getUnpacked(units, from, to, extra);
      b = (b << 6) | letter;
    }
    if (extra >= 0) {
      const letter = extra - LETTER_BIAS;
      if (!isPackedLetter(letter)) return this.getUnpacked(units, from, to, extra);
      if (to - from < LETTERS_PER_WORD) a = (a << 6) | letter;
      else b = (b << 6) | letter;
    }
    const slots = this.short;
    const mask = this.shortMask;
    let slot = mix(a, b, 0) >>> this.shortShift;
    for (;;) {
      const first = slots[slot * 2];
      if (first === 0) return -1;
      if (first === a && slots[slot * 2 + 1] === b) return this.shortValues[slot];
      slot = (slot + 1) & mask;
    }
  }

  /** `get` for keys of more than ten letters. */
  private getLong(units: Uint16Array, from: number, to: number, extra: number): number {
    const length = to - from + (extra >= 0 ? 1 : 0);
    if (length > LONG_MAX || !pack(units, from, to, extra)) return this.getUnpacked(units, from, to, extra);
    const slots = this.long;
    const mask = this.longMask;
    let slot = mix(k0, k1, k2) >>> this.longShift;
    for (;;) {
      const at = slot * 3;
      if (slots[at] === 0) return -1;
      if (slots[at] === k0 && slots[at + 1] === k1 && slots[at + 2] === k2) return this.longValues[slot];
      slot = (slot + 1) & mask;
    }
  }

  /** The value of `key`, or -1. */
  getString(key: string): number {
    if (key.length > LONG_MAX) return this.unpacked.get(key) ?? -1;
    const units = this.scratch;
    for (let k = 0; k < key.length; k++) units[k] = key.charCodeAt(k);
    return this.get(units, 0, key.length, -1);
  }

  private getUnpacked(units: Uint16Array, from: number, to: number, extra: number): number {
    if (to - from + (extra >= 0 ? 1 : 0) > this.unpackedMaxLength) return -1;
    let key = String.fromCharCode.apply(null, units.subarray(from, to) as unknown as number[]);
    if (extra >= 0) key += String.fromCharCode(extra);
    return this.unpacked.get(key) ?? -1;
  }
}

/**
 * A table of the words of a front-coded list (encoding.ts), word k with value `valueOf(k)`, built straight from
 * the encoded text with no string per word. `foldUnit` rewrites each code unit of a key first (teh marbuta to
 * heh for 'search'-form keys); where two words fold to one key, the first keeps it. `roomFor`: keys the caller
 * will add (with `insert` or `addBits`), counted for the capacity.
 */
export function tableOfWordList(
  encoded: string,
  valueOf: (index: number) => number,
  foldUnit?: (unit: number) => number,
  roomFor: readonly string[] = [],
): CodeKeyTable {
  let shortKeys = 0;
  let longKeys = 0;
  forEachEncodedWord(encoded, (_units, length) => {
    if (length <= SHORT_MAX) shortKeys++;
    else longKeys++;
  });
  for (const key of roomFor) {
    if (key.length <= SHORT_MAX) shortKeys++;
    else if (key.length <= LONG_MAX) longKeys++;
  }
  const table = new CodeKeyTable(undefined, shortKeys, longKeys);
  const key = new Uint16Array(LONG_MAX);
  forEachEncodedWord(encoded, (units, length, index) => {
    if (foldUnit === undefined || length > LONG_MAX) {
      table.insert(units, length, valueOf(index));
      return;
    }
    for (let k = 0; k < length; k++) key[k] = foldUnit(units[k]);
    table.insert(key, length, valueOf(index));
  });
  return table;
}
