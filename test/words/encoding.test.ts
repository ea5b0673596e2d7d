// How the word tables are stored (internal module): front-coded word lists and bit-packed codes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBits, decodeWordList, encodeBits, encodeWordList, isStorableWord } from '../../src/words/encoding.js';

const letter = fc.constantFrom(...'ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي');
const arabicWord = fc.array(letter, { minLength: 1, maxLength: 20 }).map((letters) => letters.join(''));

describe('word lists', () => {
  it('round-trip any sorted list of distinct Arabic words', () => {
    fc.assert(
      fc.property(fc.uniqueArray(arabicWord, { maxLength: 200 }), (words) => {
        const sorted = [...words].sort();
        expect(decodeWordList(encodeWordList(sorted))).toEqual(sorted);
      }),
      { numRuns: 200 },
    );
  });

  it('share prefixes: one ASCII character per new letter', () => {
    const encoded = encodeWordList(['كتاب', 'كتابة', 'كتب']);
    expect(encoded).toMatch(/^[\x21-\x7e]+$/u);
    expect(encoded.length).toBe(1 + 4 + 1 + 1 + 1 + 1); // 0كتاب, 4ة, 3ب
  });

  it('refuse what they cannot store, and unsorted lists', () => {
    expect(isStorableWord('موسكو')).toBe(true);
    expect(isStorableWord('مــوسكو')).toBe(false); // tatweel
    expect(isStorableWord('Moscow')).toBe(false);
    expect(isStorableWord('')).toBe(false);
    expect(() => encodeWordList(['موسكو', 'بوتين'])).toThrow(RangeError);
    expect(() => encodeWordList(['بوتين', 'بوتين'])).toThrow(RangeError);
    expect(() => encodeWordList(['Moscow'])).toThrow(RangeError);
  });

  it('a corrupt list is an error, not garbage', () => {
    expect(() => decodeWordList('5A')).toThrow(RangeError); // a shared prefix longer than the word before
    expect(() => decodeWordList('0A!')).toThrow(RangeError); // not a letter
  });
});

describe('bit-packed codes', () => {
  it('round-trip any values of 1 to 16 bits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }).chain((bits) => fc.tuple(fc.constant(bits), fc.array(fc.integer({ min: 0, max: 2 ** bits - 1 }), { maxLength: 300 }))),
        ([bits, values]) => {
          expect([...decodeBits(encodeBits(values, bits), bits, values.length)]).toEqual(values);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('refuse values that do not fit', () => {
    expect(() => encodeBits([8], 3)).toThrow(RangeError);
    expect(() => encodeBits([-1], 3)).toThrow(RangeError);
    expect(() => decodeBits(encodeBits([1, 2], 3), 3, 100)).toThrow(RangeError);
  });
});
