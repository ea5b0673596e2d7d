// Trimming proclitics off the first word of a predicted entity (the model tags whole ANERcorp tokens,
// `لبوتين` as one B-PERS token; the span must be the name). Words are in search form.
import { describe, expect, it } from 'vitest';
import { entityCliticLength, splitClitics } from '../../src/ner/clitics.js';

// A stand-in for the gazetteers: the words the tests treat as known names or trigger words.
const known = new Set(['بوتين', 'فرنسا', 'مصر', 'حزب', 'منظمه', 'وكاله', 'طهران', 'ود', 'بطوله']);
const isKnown = (word: string) => known.has(word);

describe('entityCliticLength', () => {
  it.each([
    ['بوتين', 0, 'a known name keeps its letters'],
    ['فرنسا', 0, 'فـ that belongs to the name'],
    ['لبوتين', 1, 'preposition before a known name'],
    ['وبوتين', 1, 'conjunction before a known name'],
    ['ولبوتين', 2, 'conjunction and preposition'],
    ['لمصر', 1, 'a three-letter name after a preposition'],
    ['لحزب', 1, 'a known name start (حزب الله) after a preposition'],
    ['بمنظمه', 1, 'a trigger word after a preposition'],
    ['وكاله', 0, 'وكالة is a word of its own, not و + كالة'],
    ['لود', 0, 'two letters left are too few to trust (the city of Lod)'],
    ['للولايات', 1, 'لل: the preposition, then the article whose alef is not written'],
    ['والقاهره', 1, 'وال: the conjunction before the article'],
    ['وماكرون', 1, 'an unknown name after و'],
    ['بيللغريني', 0, 'an unknown name starting with ب keeps it'],
    ['لاريجاني', 0, 'an unknown name starting with ل keeps it'],
  ])('%s → cut %i (%s)', (word, cut) => {
    expect(entityCliticLength(word, isKnown)).toBe(cut);
  });
});

describe('splitClitics', () => {
  it.each([
    ['وطهران', { conjunction: 1, beforeArticle: 1, prefixLength: 1, article: false }],
    ['بالقاهره', { conjunction: 0, beforeArticle: 1, prefixLength: 3, article: true }],
    ['للولايات', { conjunction: 0, beforeArticle: 1, prefixLength: 2, article: true }],
    ['ولد', { conjunction: 0, beforeArticle: 0, prefixLength: 0, article: false }],
  ])('%s', (word, expected) => {
    expect(splitClitics(word)).toEqual(expected);
  });
});
