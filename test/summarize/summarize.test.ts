import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sentences, summarize, tokenize } from 'dhad';

const article = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');

/** Words as summarize's `maxWords` counts them: word, number, hashtag, mention, url and email tokens. */
const COUNTED = new Set(['word', 'number', 'hashtag', 'mention', 'url', 'email']);
const wordCount = (text: string) => tokenize(text).filter((token) => COUNTED.has(token.kind)).length;

/** Offsets slice back, sentences are in document order, do not overlap and have scores in 0..1. */
function expectWellFormed(input: string, summary: ReturnType<typeof summarize>) {
  let previousEnd = 0;
  let previousIndex = -1;
  for (const sentence of summary.sentences) {
    expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.index).toBeGreaterThan(previousIndex);
    expect(sentence.score).toBeGreaterThanOrEqual(0);
    expect(sentence.score).toBeLessThanOrEqual(1);
    previousEnd = sentence.end;
    previousIndex = sentence.index;
  }
  expect(summary.text).toBe(summary.sentences.map((sentence) => sentence.text).join(' '));
}

describe('summarize: budgets', () => {
  const sentenceTotal = sentences(article).length; // 20

  it('defaults to 3 sentences', () => {
    expect(summarize(article).sentences).toHaveLength(3);
  });

  it.each([1, 2, 5, 10, 20])('honours { sentences: %i } exactly', (count) => {
    expect(summarize(article, { sentences: count }).sentences).toHaveLength(count);
  });

  it('gives every sentence when asked for more than the text has', () => {
    expect(summarize(article, { sentences: 50 }).sentences).toHaveLength(sentenceTotal);
    expect(summarize('جملة واحدة فقط.', { sentences: 3 }).sentences).toHaveLength(1);
  });

  it.each([
    [0.05, 1],
    [0.1, 2],
    [0.25, 5],
    [0.5, 10],
    [1, 20],
  ])('honours { ratio: %f } exactly (%i of 20 sentences)', (ratio, expected) => {
    expect(sentenceTotal).toBe(20);
    expect(summarize(article, { ratio }).sentences).toHaveLength(expected);
  });

  it('a tiny ratio still gives one sentence', () => {
    expect(summarize(article, { ratio: 0.001 }).sentences).toHaveLength(1);
  });

  it('never exceeds maxWords, except with the best sentence alone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), (maxWords) => {
        const summary = summarize(article, { maxWords });
        const words = summary.sentences.reduce((sum, sentence) => sum + wordCount(sentence.text), 0);
        if (words > maxWords) {
          expect(summary.sentences).toHaveLength(1);
          expect(summary.sentences[0].score).toBe(1);
        }
        expect(summary.sentences.length).toBeGreaterThan(0);
        expectWellFormed(article, summary);
      }),
      { numRuns: 60 },
    );
  });

  it('fills a generous word budget with several sentences', () => {
    const summary = summarize(article, { maxWords: 120 });
    const words = summary.sentences.reduce((sum, sentence) => sum + wordCount(sentence.text), 0);
    expect(words).toBeLessThanOrEqual(120);
    expect(words).toBeGreaterThan(90);
    expect(summary.sentences.length).toBeGreaterThan(2);
  });

  it('a maxWords smaller than every sentence gives the best sentence alone', () => {
    const summary = summarize(article, { maxWords: 3 });
    expect(summary.sentences).toHaveLength(1);
    expect(summary.sentences[0].score).toBe(1);
  });
});

describe('summarize: order, offsets, redundancy', () => {
  it('returns sentences in document order with offsets into the original text', () => {
    for (const options of [{}, { sentences: 7 }, { ratio: 0.5 }, { maxWords: 80 }]) {
      expectWellFormed(article, summarize(article, options));
    }
  });

  it('keeps offsets into the original text when it has diacritics, tatweel and CRLF line ends', () => {
    const input = article.replace(/\n/gu, '\r\n').replace(/الرئيس/gu, 'الرئيــس');
    const summary = summarize(input, { sentences: 4 });
    expect(summary.sentences).toHaveLength(4);
    expectWellFormed(input, summary);
  });

  it('does not choose a duplicated sentence twice', () => {
    const lines = article.split('\n');
    // The opening sentence, repeated right after itself and again at the end.
    const input = [lines[0], lines[0], ...lines.slice(1), lines[0]].join('\n');
    for (const count of [2, 3, 5]) {
      const chosen = summarize(input, { sentences: count }).sentences.map((sentence) => sentence.text);
      expect(chosen).toHaveLength(count);
      expect(new Set(chosen).size).toBe(count);
    }
    const byWords = summarize(input, { maxWords: 150 }).sentences.map((sentence) => sentence.text);
    expect(new Set(byWords).size).toBe(byWords.length);
  });

  it('still honours a sentence budget when only repetitions are left', () => {
    const input = 'ذهب الولد إلى المدرسة. ذهب الولد إلى المدرسة. ذهب الولد إلى المدرسة.';
    const summary = summarize(input, { sentences: 3 });
    expect(summary.sentences.map((sentence) => sentence.index)).toEqual([0, 1, 2]);
  });
});

describe('summarize: the seed article', () => {
  const allSentences = sentences(article);
  const chosenText = (count: number) => summarize(article, { sentences: count }).sentences.map((s) => s.text);

  it('3 sentences: the meeting in Moscow and what the talks covered (Afghanistan, the nuclear talks in Vienna)', () => {
    const summary = summarize(article, { sentences: 3 });
    const indices = summary.sentences.map((s) => s.index);
    // The lead: the summit in Moscow, Putin receiving Raisi.
    expect(summary.sentences[0].text).toBe(allSentences[0].text);
    expect(summary.sentences[0].text).toContain('القمة الروسية الإيرانية في موسكو');
    // Two of the subjects of the talks: the situation in Afghanistan and the nuclear negotiations in Vienna.
    expect(summary.text).toMatch(/أفغانستان/u);
    expect(summary.text).toMatch(/الاتفاق النووي في فيينا/u);
    expect(indices).toEqual([0, 9, 13]);
    // Sentences 1 and 2 are both Raisi quoted on relations with Russia; not both.
    expect(indices).not.toEqual(expect.arrayContaining([1, 2]));
  });

  it('5 sentences add the strategic relations to the meeting and the talks on Afghanistan and the nuclear deal', () => {
    const text = chosenText(5).join(' ');
    expect(text).toContain(allSentences[0].text);
    expect(text).toContain('علاقات استراتيجية');
    expect(text).toMatch(/أفغانستان/u);
    expect(text).toMatch(/الاتفاق النووي/u);
  });
});

describe('summarize: small and unusual texts', () => {
  it.each(['', '   ', '\n\n', '\t \r\n'])('the blank text %j gives an empty summary', (input) => {
    expect(summarize(input)).toEqual({ text: '', sentences: [], keywords: [] });
    expect(summarize(input, { maxWords: 5 })).toEqual({ text: '', sentences: [], keywords: [] });
  });

  it('punctuation alone gives no keywords', () => {
    const summary = summarize('... ؟! ،');
    expect(summary.keywords).toEqual([]);
    expectWellFormed('... ؟! ،', summary);
  });

  it('a single sentence is its own summary', () => {
    const input = '  استقبل الرئيس الروسي نظيره الإيراني في موسكو.  ';
    const summary = summarize(input, { maxWords: 3 });
    expect(summary.sentences).toEqual([
      { text: 'استقبل الرئيس الروسي نظيره الإيراني في موسكو.', start: 2, end: 47, index: 0, score: 1 },
    ]);
    expect(summary.text).toBe('استقبل الرئيس الروسي نظيره الإيراني في موسكو.');
  });

  it('a text without sentence punctuation on one line is one sentence', () => {
    const input = 'وصل الرئيس الإيراني إلى موسكو في زيارة رسمية تلبية لدعوة نظيره الروسي';
    const summary = summarize(input);
    expect(summary.sentences).toHaveLength(1);
    expect(summary.sentences[0]).toMatchObject({ start: 0, end: input.length, index: 0, text: input });
  });

  it('a text without sentence punctuation uses its lines as sentences', () => {
    const input = [
      'القمة الروسية الإيرانية في موسكو',
      '',
      'استقبل الرئيس الروسي نظيره الإيراني في موسكو اليوم',
      '',
      'بحث الرئيسان العلاقات الاقتصادية والتجارية بين البلدين',
      '',
      'وصف الرئيس الإيراني الطقس في موسكو بأنه بارد',
    ].join('\n');
    const summary = summarize(input, { sentences: 2 });
    expect(summary.sentences).toHaveLength(2);
    expectWellFormed(input, summary);
    for (const sentence of summary.sentences) expect(sentence.text).not.toContain('\n');
  });

  it('on hard-wrapped text, chooses the whole sentences that sentences() finds, by the same index', () => {
    // Line breaks in mid-sentence are sentences()'s business (test/tokenize/sentences.test.ts); the
    // summary must agree with it, index for index.
    const input = [
      'استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو',
      'اليوم الأربعاء، وبحث الرئيسان العلاقات الثنائية والتعاون الاقتصادي بين',
      'البلدين. وقال بوتين إن التجارة بين روسيا وإيران زادت بأكثر من 38 في المئة',
      'العام الماضي على الرغم من انتشار فيروس كورونا في البلدين وفي العالم كله.',
    ].join('\n');
    const all = sentences(input);
    expect(all).toHaveLength(2);
    const summary = summarize(input, { ratio: 1 });
    expect(summary.sentences.map(({ text, start, end, index }) => ({ text, start, end, index }))).toEqual(
      all.map((sentence, index) => ({ ...sentence, index })),
    );
    expectWellFormed(input, summary);
  });

  it('nothing throws and offsets slice back on arbitrary text', () => {
    const pieces = ['موسكو', 'روسيا', 'وروسيا', 'في', 'من', 'الرئيس', 'بوتين', '.', '،', '؟', '\n', ' ', '"', '38', 'ـ', 'َ', 'a'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((parts) => parts.join('')),
        fc.constantFrom<Parameters<typeof summarize>[1]>({}, { sentences: 2 }, { ratio: 0.5 }, { maxWords: 7 }),
        (input, options) => {
          const summary = summarize(input, options);
          expectWellFormed(input, summary);
          for (const keyword of summary.keywords) {
            expect(keyword.score).toBeGreaterThan(0);
            expect(keyword.score).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('summarize: bad input', () => {
  it.each([
    [{ sentences: -1 }, 'sentences'],
    [{ sentences: 0 }, 'sentences'],
    [{ sentences: 1.5 }, 'sentences'],
    [{ ratio: 2 }, 'ratio'],
    [{ ratio: 0 }, 'ratio'],
    [{ ratio: Number.NaN }, 'ratio'],
    [{ maxWords: 0 }, 'maxWords'],
    [{ maxWords: -5 }, 'maxWords'],
    [{ keywords: -1 }, 'keywords'],
    [{ sentences: 2, ratio: 0.5 }, 'ratio'],
    [{ sentences: 2, maxWords: 50 }, 'maxWords'],
    [{ words: 50 }, 'words'],
  ])('%o is a RangeError naming `%s`', (options, name) => {
    expect(() => summarize(article, options as never)).toThrow(RangeError);
    expect(() => summarize(article, options as never)).toThrow(`\`${name}\``);
    // Options are checked before any work, also on empty text.
    expect(() => summarize('', options as never)).toThrow(RangeError);
  });

  it('two budgets name both options', () => {
    expect(() => summarize(article, { sentences: 2, ratio: 0.5 })).toThrow(/`sentences` and `ratio`/u);
  });

  it('a non-string text is a TypeError naming `text`', () => {
    expect(() => summarize(42 as never)).toThrow(TypeError);
    expect(() => summarize(null as never)).toThrow('dhad.summarize: expected `text` to be a string, found null');
  });

  it('non-object options are a TypeError', () => {
    expect(() => summarize(article, 3 as never)).toThrow(TypeError);
  });
});
