import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KIND_NAMES, normalize, sentences, tokenize, tokenizeCompact } from 'dhad';

// Pieces that exercise every scanner branch: Arabic letters and marks, tatweel, joiners, digits of three
// scripts, separators, quotes, URL/e-mail/hashtag starts, emoji parts, lone surrogates, line breaks.
const pieces = [
  'ب', 'ال', 'و', 'ی', 'ک', 'ة', 'أ', 'ا', '\u0654', '\u064b', '\u0651', '\u0640', '\u200c', '\u200d', '\u200f', '\u200b',
  'a', 'Z', '1', '٣', '۴', '.', ',', '٫', '٬', '%', '٪', '-', '_', '"', '«', '»', '(', ')', '،', '؟', '!', '?', ':',
  '#', '@', 'http://', 'www.', '.com', '👍', '🏽', '🇸', '🇦', '\ufe0f', '\u20e3', '©', ' ', '\n', '\r\n', '\u00a0',
  '\ud800', '\udc00', 'ﻻ', 'ﷺ', '\u0301', 'é', 'د.', 'ص.ب', '...', '…',
];
const textArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((parts) => parts.join('')),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

const invisible = /[\s\p{Cf}]/u;

describe('tokenize properties', () => {
  it('tokens slice back, are ordered, non-overlapping, non-empty and never whitespace', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        let previousEnd = 0;
        for (const token of tokenize(text)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(text.slice(token.start, token.end)).toBe(token.text);
          expect(token.text.trim()).not.toBe('');
          expect(KIND_NAMES).toContain(token.kind);
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('norm is normalize(text)', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const token of tokenize(text)) expect(token.norm).toBe(normalize(token.text));
      }),
      { numRuns: 500 },
    );
  });

  it('every character outside the tokens is whitespace or invisible', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        let position = 0;
        for (const token of tokenize(text)) {
          for (const char of text.slice(position, token.start)) expect(char).toMatch(invisible);
          position = token.end;
        }
        for (const char of text.slice(position)) expect(char).toMatch(invisible);
      }),
      { numRuns: 300 },
    );
  });

  it('tokenizeCompact agrees with tokenize', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const tokens = tokenize(text);
        const compact = tokenizeCompact(text);
        expect(compact.count).toBe(tokens.length);
        tokens.forEach((token, i) => {
          expect(compact.starts[i]).toBe(token.start);
          expect(compact.ends[i]).toBe(token.end);
          expect(KIND_NAMES[compact.kinds[i]]).toBe(token.kind);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('clitic segments tile their word exactly', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        for (const token of tokenize(text, { clitics: true })) {
          if (token.kind !== 'word') continue;
          const segments = token.segments!;
          expect(segments.map((s) => s.text).join('')).toBe(token.text);
          expect(segments[0].start).toBe(token.start);
          expect(segments[segments.length - 1].end).toBe(token.end);
          expect(segments.filter((s) => s.role === 'stem')).toHaveLength(1);
          for (const segment of segments) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sentences are ordered, slice back, and cover every visible character', () => {
    fc.assert(
      fc.property(textArbitrary, (text) => {
        const covered = new Uint8Array(text.length);
        let previousEnd = 0;
        for (const sentence of sentences(text)) {
          expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
          expect(sentence.end).toBeGreaterThan(sentence.start);
          expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
          covered.fill(1, sentence.start, sentence.end);
          previousEnd = sentence.end;
        }
        for (let i = 0; i < text.length; i++) if (!covered[i]) expect(text[i]).toMatch(invisible);
      }),
      { numRuns: 300 },
    );
  });
});
