import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapRange, normalize, normalizeWithOffsets, type NormalizeOptions, type Preset } from 'dhad';

/** Characters that make normalization hard: every mark range, Persian letters, digits, invisibles, ligatures. */
const hardCharacters = [
  ...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىةٱ',
  ...'یکھہەۃېۍ',
  '\u064B', '\u064E', '\u0650', '\u0651', '\u0652', '\u0653', '\u0654', '\u0655', '\u0670', '\u0610', '\u06D6', '\u06ED', '\u08F0',
  '\u0640', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u061C', '\u202E', '\u2067', '\uFEFF', '\u00AD',
  ...'٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬٪', ...'0123456789.,%',
  ...'ﻷﻻﷲﷺﷻ﷽ﻣﺮﺣﺒﺎﯼﮐ', '\uFE70', '\uFC5E',
  ...'،؛؟.!?"«»()- ', '\u00A0', '\n',
  ...'aeiouAZ', '\u0301', '\u0323', 'é', '\u212B', '\u1100', '\u1161',
  '👍', '🏽', '👨', '❤', '\uFE0F', '🇸', '🇦', '\uD800', '\uDC00', '\u{1D15E}', '\u{1D165}',
];
const hardText = fc.array(fc.constantFrom(...hardCharacters), { maxLength: 40 }).map((chars) => chars.join(''));

const settings: (Preset | NormalizeOptions)[] = [
  'standard',
  'search',
  { removeDiacritics: false },
  { nfc: false },
  { preset: 'search', removeInvisible: false, decomposePresentationForms: false },
];

describe('normalization properties', () => {
  it.each(settings.map((s) => [JSON.stringify(s), s] as const))('is idempotent (%s)', (_, preset) => {
    fc.assert(
      fc.property(hardText, (text) => {
        const once = normalize(text, preset);
        expect(normalize(once, preset)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(settings.map((s) => [JSON.stringify(s), s] as const))('gives offsets that map back (%s)', (_, preset) => {
    fc.assert(
      fc.property(hardText, (input) => {
        const { text, offsets } = normalizeWithOffsets(input, preset);
        expect(text).toBe(normalize(input, preset));
        expect(offsets.length).toBe(text.length + 1);
        expect(offsets[text.length]).toBe(input.length);
        for (let i = 1; i <= text.length; i++) expect(offsets[i]).toBeGreaterThanOrEqual(offsets[i - 1]);
        for (let i = 0; i < text.length; i++) {
          expect(offsets[i]).toBeLessThan(input.length);
          // A unit that normalization left alone points at itself.
          if (/[a-z]/u.test(text[i])) expect(input[offsets[i]]).toBe(text[i]);
        }
        const [start, end] = mapRange(offsets, 0, text.length);
        expect(end).toBe(input.length);
        expect(start).toBeLessThanOrEqual(end);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every word of normalized text back to a slice that normalizes to it', () => {
    const word = fc.array(fc.constantFrom(...'ابتكلمنهويأإآىةیک', '\u064E', '\u0651', '\u0640'), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word.map((w) => w.join('')), { minLength: 1, maxLength: 8 }), (words) => {
        const input = words.join(' ');
        const { text, offsets } = normalizeWithOffsets(input, 'search');
        let from = 0;
        for (const piece of text.split(' ')) {
          if (piece.length > 0) {
            const [start, end] = mapRange(offsets, from, from + piece.length);
            expect(normalize(input.slice(start, end), 'search')).toBe(piece);
          }
          from += piece.length + 1;
        }
      }),
    );
  });

  it('never throws, and handles long inputs', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => void normalize(text)), { numRuns: 2000 });
    const marks = 'ب' + '\u0651'.repeat(10_000) + '\u0654'.repeat(10_000);
    expect(normalize(marks)).toBe('ب');
    expect(normalize('a' + '\u0301'.repeat(10_000)).startsWith('á')).toBe(true);
  });
});

describe('normalization, exhaustively on short strings', () => {
  // Every string of three characters from a set where marks, joiners, variation selectors, surrogates and
  // letters that fold meet: the cases where a one-pass normalizer and NFC disagree most easily.
  const alphabet = ['ا', 'ی', 'ﻷ', '\uFE70', '\u0654', '\u064E', '\u0651', '\u0301', 'e', '\u200D', '\u200E', '\u0640', '\uFE0F', '👍', '\u{1D165}', '\uD800'];
  it.each(['standard', 'search', { removeDiacritics: false }, { removeInvisible: false }] as const)('is idempotent and consistent (%o)', (preset) => {
    for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) {
      const input = a + b + c;
      const once = normalize(input, preset);
      expect(normalize(once, preset)).toBe(once);
      expect(normalizeWithOffsets(input, preset).text).toBe(once);
    }
  });
});
