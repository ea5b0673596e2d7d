import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keywords, normalize, summarize } from 'dhad';
import stopWords from '../../src/summarize/stop-words.json';

const article = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');

describe('summarize on the seed article', () => {
  it('a 3-sentence summary is a summary of the summit', () => {
    const summary = summarize(article, { sentences: 3 });
    expect(summary.sentences).toHaveLength(3);
    const text = normalize(summary.text);
    // Who met where…
    for (const word of ['موسكو', 'بوتين', 'رئيسي']) expect(text).toContain(word);
    // …and at least one thing they talked about: the strategic agreement, Syria, Afghanistan, the nuclear
    // talks or trade.
    expect(text).toMatch(/استراتيجي|سوريا|أفغانستان|النووي|التجار/u);
    // The opening sentence (the dateline sentence of the summit) leads the summary.
    expect(summary.sentences[0].index).toBe(0);
  });
});

describe('keywords', () => {
  it('merges the forms of one word under one stemmed term', () => {
    const found = keywords(article, { n: 10 });
    const russia = found.find((keyword) => keyword.forms.includes('روسيا'));
    expect(russia).toBeDefined();
    expect(russia!.forms).toContain('وروسيا');
    const putin = found.find((keyword) => keyword.term === 'بوتين');
    expect(putin?.forms).toEqual(['بوتين', 'لبوتين']);
  });

  it('finds the summit’s people and places, and no function words', () => {
    const found = keywords(article, { n: 12 });
    expect(found).toHaveLength(12);
    const forms = found.flatMap((keyword) => keyword.forms);
    for (const form of ['بوتين', 'موسكو', 'روسيا', 'العلاقات']) expect(forms).toContain(form);
    for (const functionWord of ['في', 'على', 'أن', 'إلى', 'مع', 'قال']) expect(forms).not.toContain(functionWord);
    expect(found[0].score).toBe(1);
    for (let k = 1; k < found.length; k++) expect(found[k].score).toBeLessThanOrEqual(found[k - 1].score);
  });

  it('keeps recurring two-word names as phrases', () => {
    const terms = keywords(article, { n: 15 }).flatMap((keyword) => keyword.forms);
    expect(terms).toContain('فلاديمير بوتين');
  });

  it('the same keywords come with a summary', () => {
    expect(summarize(article, { keywords: 5 }).keywords).toEqual(keywords(article, { n: 5 }));
    expect(summarize(article, { keywords: 0 }).keywords).toEqual([]);
    expect(summarize(article).keywords).toHaveLength(10);
  });

  it('empty text has no keywords; numbers are not keywords', () => {
    expect(keywords('')).toEqual([]);
    expect(keywords('2021 2021 2021.')).toEqual([]);
  });

  it('bad input', () => {
    expect(() => keywords(article, { n: 0 })).toThrow(RangeError);
    expect(() => keywords(article, { n: 0 })).toThrow('`n`');
    expect(() => keywords(article, { n: 2.5 })).toThrow(RangeError);
    expect(() => keywords(article, { count: 3 } as never)).toThrow('`count`');
    expect(() => keywords(7 as never)).toThrow('dhad.keywords: expected `text` to be a string, found number 7');
  });
});

describe('stop words (src/summarize/stop-words.json)', () => {
  it('every entry is in normalized form', () => {
    expect(stopWords.words.filter((word) => normalize(word) !== word)).toEqual([]);
    expect(stopWords.words.length).toBeGreaterThan(200);
  });

  it('has no duplicates and no one-letter entries', () => {
    expect(new Set(stopWords.words).size).toBe(stopWords.words.length);
    for (const word of stopWords.words) expect([...word].length).toBeGreaterThan(1);
  });
});
