/**
 * `dhad/matchers` (registered with vitest by `dhad/vitest`): the matchers pass and fail when they should,
 * and their failure messages name the characters a terminal does not show.
 */
import { describe, expect, it } from 'vitest';
import 'dhad/vitest';
import { dhadMatchers, describeCodePoint } from 'dhad/matchers';
import * as vitestEntry from 'dhad/vitest';
import { article } from 'dhad/corpus';
import { summarize } from 'dhad';

/** The message of the assertion error that `assertion` throws. */
function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail, it passed');
}

const firstSentenceEntities = article.entities.filter((entity) => entity.sentence === 0);

describe('describeCodePoint', () => {
  const cases: [number, string][] = [
    [0x0651, 'U+0651 ARABIC SHADDA, a combining mark "◌ّ"'],
    [0x064b, 'U+064B ARABIC FATHATAN, a combining mark "◌ً"'],
    [0x0640, 'U+0640 ARABIC TATWEEL "ـ"'],
    [0x06cc, 'U+06CC ARABIC LETTER FARSI YEH "ی"'],
    [0x064a, 'U+064A ARABIC LETTER YEH "ي"'],
    [0x200c, 'U+200C ZERO WIDTH NON-JOINER (ZWNJ), invisible'],
    [0x200f, 'U+200F RIGHT-TO-LEFT MARK (RLM), invisible'],
    [0x00a0, 'U+00A0 NO-BREAK SPACE (NBSP), a space'],
    [0xfefb, 'U+FEFB ARABIC LIGATURE OF U+0644 U+0627 "ﻻ"'],
    [0xfe8f, 'U+FE8F ARABIC PRESENTATION FORM OF U+0628 ARABIC LETTER BEH "ﺏ"'],
    [0x0041, 'U+0041 "A"'],
    [0x1f44d, 'U+1F44D "👍"'],
  ];
  it.each(cases.map(([codePoint, description]) => ({ codePoint, description })))('$description', ({ codePoint, description }) => {
    expect(describeCodePoint(codePoint)).toBe(description);
  });
});

describe('toNormalizeTo', () => {
  it('passes on every gold normalization of the article, standard and search', () => {
    for (const word of article.normalizations) {
      expect(word.text).toNormalizeTo(word.standard);
      expect(word.text).toNormalizeTo(word.search, 'search');
      expect(word.text).not.toNormalizeTo(word.text);
    }
  });

  it('works as an asymmetric matcher', () => {
    expect({ word: 'قبیل', count: 1 }).toEqual({ word: expect.toNormalizeTo('قبيل'), count: 1 });
    expect(['الإقلیمیة']).toEqual([expect.toNormalizeTo('الاقليميه', 'search')]);
  });

  it('names the first differing code point: a shadda and a fatha left in the expected text', () => {
    expect(failureOf(() => expect('وأكَّد').toNormalizeTo('وأكَّد'))).toBe(
      [
        `expected "وأكَّد" to normalize to "وأكَّد" (preset 'standard')`,
        'normalized: "وأكد"',
        'expected:   "وأكَّد"',
        'first difference at index 3:',
        '  normalized: U+062F ARABIC LETTER DAL "د"',
        '  expected:   U+064E ARABIC FATHA, a combining mark "◌َ"',
        'code points, in logical order ([…] marks the difference):',
        '  normalized: U+0648 U+0623 U+0643 [U+062F]',
        '  expected:   U+0648 U+0623 U+0643 [U+064E] U+0651 U+062F',
        'note: the expected text is not in normal form itself; normalize(expected) is "وأكد"',
      ].join('\n'),
    );
  });

  it('names a Persian yeh that looks like an Arabic one', () => {
    expect(failureOf(() => expect('الیوم').toNormalizeTo('الیوم', 'search'))).toBe(
      [
        `expected "الیوم" to normalize to "الیوم" (preset 'search')`,
        'normalized: "اليوم"',
        'expected:   "الیوم"',
        'first difference at index 2:',
        '  normalized: U+064A ARABIC LETTER YEH "ي"',
        '  expected:   U+06CC ARABIC LETTER FARSI YEH "ی"',
        'code points, in logical order ([…] marks the difference):',
        '  normalized: U+0627 U+0644 [U+064A] U+0648 U+0645',
        '  expected:   U+0627 U+0644 [U+06CC] U+0648 U+0645',
        'note: the expected text is not in normal form itself; normalize(expected) is "اليوم"',
      ].join('\n'),
    );
  });

  it('escapes and names a zero-width non-joiner', () => {
    expect(failureOf(() => expect('ميشود').toNormalizeTo('مي\u200cشود'))).toBe(
      [
        `expected "ميشود" to normalize to "مي\\u200Cشود" (preset 'standard')`,
        'normalized: "ميشود"',
        'expected:   "مي\\u200Cشود"',
        'first difference at index 2:',
        '  normalized: U+0634 ARABIC LETTER SHEEN "ش"',
        '  expected:   U+200C ZERO WIDTH NON-JOINER (ZWNJ), invisible',
        'code points, in logical order ([…] marks the difference):',
        '  normalized: U+0645 U+064A [U+0634] U+0648 U+062F',
        '  expected:   U+0645 U+064A [U+200C] U+0634 U+0648 U+062F',
        'note: the expected text is not in normal form itself; normalize(expected) is "ميشود"',
      ].join('\n'),
    );
  });

  it('names a tatweel kept by the options', () => {
    expect(failureOf(() => expect('بـوتين').toNormalizeTo('بوتين', { removeTatweel: false }))).toBe(
      [
        `expected "بـوتين" to normalize to "بوتين" (options {"removeTatweel":false})`,
        'normalized: "بـوتين"',
        'expected:   "بوتين"',
        'first difference at index 1:',
        '  normalized: U+0640 ARABIC TATWEEL "ـ"',
        '  expected:   U+0648 ARABIC LETTER WAW "و"',
        'code points, in logical order ([…] marks the difference):',
        '  normalized: U+0628 [U+0640] U+0648 U+062A U+064A U+0646',
        '  expected:   U+0628 [U+0648] U+062A U+064A U+0646',
      ].join('\n'),
    );
  });

  it('says so under .not', () => {
    expect(failureOf(() => expect('قبیل').not.toNormalizeTo('قبيل'))).toBe(
      `expected "قبیل" not to normalize to "قبيل" (preset 'standard'), but it does`,
    );
  });

  it('rejects what is not a string', () => {
    expect(() => expect(42).toNormalizeTo('42')).toThrow(
      new TypeError('dhad/matchers: toNormalizeTo expects the received value to be a string, found number 42'),
    );
  });
});

describe('toHaveEntity', () => {
  it('finds gold entities by type, text and offsets', () => {
    expect(article.entities).toHaveEntity({ type: 'PERS', text: 'بوتين' });
    expect(article.entities).toHaveEntity({ type: 'MISC', text: 'خطة العمل الشاملة المشتركة' });
    expect(article.entities).toHaveEntity({ text: 'طهران', start: 2209, end: 2214 });
    expect(article.entities).not.toHaveEntity({ type: 'LOC', text: 'بوتين' });
    expect(article.entities).not.toHaveEntity({ type: 'PERS', text: 'الرئيس' });
  });

  it('runs the entity recognizer on a text', () => {
    expect(article.sentences[0].text).toHaveEntity({ type: 'PERS', text: 'فلاديمير بوتين' });
    expect(article.sentences[0].text).toHaveEntity({ type: 'LOC', text: 'موسكو', start: 40, end: 45 });
  });

  it('points at an entity with the same text and another type', () => {
    expect(failureOf(() => expect(firstSentenceEntities).toHaveEntity({ type: 'LOC', text: 'فلاديمير بوتين' }))).toBe(
      [
        `expected the entities to have an entity { type: 'LOC', text: "فلاديمير بوتين" }`,
        'entities with this text, other type:',
        '  88–102 PERS "فلاديمير بوتين"',
        'found 3 entities, one a line:',
        '  40–45 LOC "موسكو"',
        '  88–102 PERS "فلاديمير بوتين"',
        '  118–131 PERS "إبراهيم رئيسي"',
      ].join('\n'),
    );
  });

  it('spells out a difference that normalization would fold (a sukun)', () => {
    expect(failureOf(() => expect(firstSentenceEntities).toHaveEntity({ text: 'موسكوْ' }))).toBe(
      [
        'expected the entities to have an entity { text: "موسكوْ" }',
        'an entity differs from the expected text only in characters that normalization folds: 40–45 LOC "موسكو"',
        '  first difference at index 5:',
        '    received: (end of string)',
        '    expected: U+0652 ARABIC SUKUN, a combining mark "◌ْ"',
        '  code points, in logical order ([…] marks the difference):',
        '    received: U+0645 U+0648 U+0633 U+0643 U+0648 [end]',
        '    expected: U+0645 U+0648 U+0633 U+0643 U+0648 [U+0652]',
        'found 3 entities, one a line:',
        '  40–45 LOC "موسكو"',
        '  88–102 PERS "فلاديمير بوتين"',
        '  118–131 PERS "إبراهيم رئيسي"',
      ].join('\n'),
    );
  });

  it('tells where the text occurs when no entity spans it', () => {
    const text = 'قال الرئيس إن روسيا شريك';
    expect(failureOf(() => expect([]).toHaveEntity({ text: 'الرئيس' }))).toBe(
      ['expected the entities to have an entity { text: "الرئيس" }', 'found 0 entities, one a line:', '  (none)'].join('\n'),
    );
    expect(failureOf(() => expect(text).toHaveEntity({ type: 'PERS', text: 'الرئيس' }))).toMatch(
      /^expected the text "قال الرئيس إن روسيا شريك" to have an entity \{ type: 'PERS', text: "الرئيس" \}\nthe text occurs at 4–10, /u,
    );
  });

  it('rejects a malformed expectation', () => {
    expect(() => expect(article.entities).toHaveEntity({ kind: 'PERS' } as never)).toThrow(RangeError);
    expect(() => expect(42).toHaveEntity({ type: 'PERS' })).toThrow(TypeError);
  });
});

describe('toTokenizeAs', () => {
  it('passes on the token surfaces, in order', () => {
    expect('الوقت-انعقدت القمة').toTokenizeAs(['الوقت', '-', 'انعقدت', 'القمة']);
    expect('وأكَّد الرئيس').toTokenizeAs(['وأكَّد', 'الرئيس']);
    expect('وأكَّد الرئيس').not.toTokenizeAs(['وأكد', 'الرئيس']);
  });

  it('shows the first different token, its code points, and both lists one token a line', () => {
    expect(failureOf(() => expect('الوقت-انعقدت القمة').toTokenizeAs(['الوقت-انعقدت', 'القمة']))).toBe(
      [
        'expected "الوقت-انعقدت القمة" to tokenize as 2 tokens, got 4 tokens',
        'first different token: #0',
        '  received: #0 0–5 word "الوقت"',
        '  expected: "الوقت-انعقدت"',
        '  first difference at index 5:',
        '    received: (end of string)',
        '    expected: U+002D HYPHEN-MINUS "-"',
        '  code points, in logical order ([…] marks the difference):',
        '    received: U+0627 U+0644 U+0648 U+0642 U+062A [end]',
        '    expected: U+0627 U+0644 U+0648 U+0642 U+062A [U+002D] U+0627 U+0646 U+0639 U+0642 U+062F U+062A',
        'received, one token a line:',
        '  #0 0–5 word "الوقت"',
        '  #1 5–6 punct "-"',
        '  #2 6–12 word "انعقدت"',
        '  #3 13–18 word "القمة"',
        'expected, one token a line:',
        '  #0 "الوقت-انعقدت"',
        '  #1 "القمة"',
      ].join('\n'),
    );
  });

  it('names a diacritic that the tokens keep', () => {
    expect(failureOf(() => expect('عمّا').toTokenizeAs(['عما']))).toContain(
      ['  expected: "عما"', '  first difference at index 2:', '    received: U+0651 ARABIC SHADDA, a combining mark "◌ّ"', '    expected: U+0627 ARABIC LETTER ALEF "ا"'].join(
        '\n',
      ),
    );
  });
});

describe('toBeWithinWords', () => {
  it('counts words as the summarizer does: punctuation is not a word', () => {
    expect('قال بوتين: "نعم".').toBeWithinWords(3);
    expect('قال بوتين: "نعم".').not.toBeWithinWords(2);
    expect(article.text).not.toBeWithinWords(400);
  });

  it('takes a summary, its sentences, or a list of strings', () => {
    const summary = summarize(article.text, { maxWords: 60 });
    expect(summary).toBeWithinWords(60);
    expect(summary.sentences).toBeWithinWords(60);
    expect({ text: 'وقال بوتين' }).toBeWithinWords(2);
    expect(['وقال بوتين', 'من جهته']).not.toBeWithinWords(3);
  });

  it('says how many words each part has', () => {
    expect(failureOf(() => expect(['وقال بوتين:', 'من جهته، شكر الرئيس.']).toBeWithinWords(5))).toBe(
      'expected at most 5 words, found 6 words (2 parts: 2 + 4)',
    );
    expect(failureOf(() => expect('وقال بوتين').not.toBeWithinWords(2))).toBe('expected more than 2 words, found 2 words');
  });

  it('rejects a bad count or value', () => {
    expect(() => expect('نص').toBeWithinWords(-1)).toThrow(RangeError);
    expect(() => expect(7).toBeWithinWords(3)).toThrow(TypeError);
  });
});

describe('toHaveSentences', () => {
  it('counts or compares the sentences', () => {
    expect(article.text).toHaveSentences(article.sentences.length);
    expect(article.lines[9].text).toHaveSentences(article.sentences.slice(9, 11).map((sentence) => sentence.text));
    expect('اليوم. وغدا').not.toHaveSentences(1);
  });

  it('lists the sentences one a line', () => {
    expect(failureOf(() => expect('وصل الرئيس. وقال: "أهلاً".').toHaveSentences(1))).toBe(
      [
        'expected "وصل الرئيس. وقال: \\"أهلاً\\"." to have 1 sentence, found 2, one a line:',
        '  #0 0–11 "وصل الرئيس."',
        '  #1 12–26 "وقال: \\"أهلاً\\"."',
      ].join('\n'),
    );
  });

  it('names the tanween that one sentence lacks', () => {
    expect(failureOf(() => expect('اليوم. وغدا').toHaveSentences(['اليوم.', 'وغداً']))).toContain(
      ['  received: #1 7–11 "وغدا"', '  expected: "وغداً"', '  first difference at index 4:', '    received: (end of string)', '    expected: U+064B ARABIC FATHATAN, a combining mark "◌ً"'].join(
        '\n',
      ),
    );
  });
});

describe('dhadMatchers', () => {
  it('is a plain object of matcher functions, for expect.extend in any runner', () => {
    expect(Object.keys(dhadMatchers).sort()).toEqual(['toBeWithinWords', 'toHaveEntity', 'toHaveSentences', 'toNormalizeTo', 'toTokenizeAs']);
    const result = dhadMatchers.toNormalizeTo.call({ isNot: false }, 'قبیل', 'قبيل');
    expect(result.pass).toBe(true);
    // Jest's context may have no isNot at all.
    expect(dhadMatchers.toNormalizeTo.call({}, 'قبیل', 'قبیل').pass).toBe(false);
  });

  it('is what dhad/vitest registers and re-exports', () => {
    expect(vitestEntry.dhadMatchers).toBe(dhadMatchers);
    expect(vitestEntry.describeCodePoint).toBe(describeCodePoint);
  });
});
