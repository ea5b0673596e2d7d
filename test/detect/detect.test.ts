import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ARABIC_SCRIPT_LANGUAGES,
  DEFAULT_ARABIC_SCRIPT_LANGUAGES,
  arabicLetterShare,
  detectLanguage,
  isArabic,
  normalize,
} from 'dhad';
import letterData from '../../src/detect/letters.json';
import {
  arabicSentences,
  colloquialArabicSentences,
  pashtoSentence,
  persianSentences,
  shortArabicSentences,
  shortPersianSentences,
  shortUrduSentences,
  toPresentationForms,
  urduSentences,
  uyghurSentence,
} from './samples.js';

const article = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');

describe('detectLanguage on Arabic-script text', () => {
  it.each(arabicSentences)('Standard Arabic: %s', (sentence) => {
    expect(detectLanguage(sentence).language).toBe('arb');
  });

  it.each(persianSentences)('Persian: %s', (sentence) => {
    expect(detectLanguage(sentence).language).toBe('pes');
  });

  it.each(urduSentences)('Urdu: %s', (sentence) => {
    expect(detectLanguage(sentence).language).toBe('urd');
  });

  it.each(colloquialArabicSentences)('colloquial Arabic: %s', (sentence) => {
    expect(detectLanguage(sentence).language).toBe('arb');
  });

  it('tells Pashto and Uyghur from Persian', () => {
    expect(detectLanguage(pashtoSentence).language).toBe('pbu');
    expect(detectLanguage(uyghurSentence).language).toBe('uig');
  });

  it('detects each language on whole paragraphs too', () => {
    expect(detectLanguage(arabicSentences.join(' ')).language).toBe('arb');
    expect(detectLanguage(persianSentences.join(' ')).language).toBe('pes');
    expect(detectLanguage(urduSentences.join('\n')).language).toBe('urd');
  });

  it('finds Arabic in the seed article with certainty: its three Persian yehs (قبیل) are stray slips', () => {
    expect(article).toContain('قبیل');
    expect(detectLanguage(article)).toEqual({ language: 'arb', confidence: 1, candidates: [{ language: 'arb', score: 1 }] });
  });

  it('still weighs Persian when Persian letters are frequent, not stray', () => {
    const mixed = persianSentences[0] + ' ' + arabicSentences[0];
    const result = detectLanguage(mixed);
    expect(result.candidates.map((c) => c.language)).toContain('pes');
    expect(result.candidates.map((c) => c.language)).toContain('arb');
  });

  it('gives Standard Arabic with certainty when only letters of the Arabic alphabet are used', () => {
    expect(detectLanguage(arabicSentences[0])).toEqual({
      language: 'arb',
      confidence: 1,
      candidates: [{ language: 'arb', score: 1 }],
    });
  });

  it('reads presentation forms as the letters they stand for', () => {
    for (const [sentence, language] of [
      [arabicSentences[0], 'arb'],
      [persianSentences[0], 'pes'],
      [urduSentences[0], 'urd'],
    ] as const) {
      const inPresentationForms = toPresentationForms(sentence);
      expect(inPresentationForms).not.toBe(sentence);
      expect(inPresentationForms.normalize('NFKC')).toBe(sentence.normalize('NFKC'));
      expect(detectLanguage(inPresentationForms)).toEqual(detectLanguage(sentence));
      expect(detectLanguage(inPresentationForms).language).toBe(language);
    }
  });

  it('ignores diacritics and tatweel', () => {
    const vocalized = 'قَالَ المُتَحَدِّثُ بِاسْمِ الحُكُومَةِ إِنَّ المُفَاوَضَاتِ سَتُسْتَأْنَفُ الأُسْبُوعَ المُقْبِلَ';
    expect(detectLanguage(vocalized).language).toBe('arb');
    expect(detectLanguage('وزارت بهــــداشت امــروز اعلام کــرد که بیمارستان جدیدی افتتاح می‌شود').language).toBe('pes');
  });

  it('reports Persian as Iranian Persian, and as Dari only when asked to consider Dari', () => {
    const paragraph = persianSentences.join(' ');
    expect(detectLanguage(paragraph).candidates.map((c) => c.language)).not.toContain('prs');
    const withDari = detectLanguage(paragraph, { arabicScriptLanguages: ['arb', 'pes', 'prs'] });
    expect(['pes', 'prs']).toContain(withDari.language);
    expect(withDari.candidates.map((c) => c.language).sort()).toEqual(['arb', 'pes', 'prs']);
  });

  it('restricts to the given Arabic-script languages', () => {
    const result = detectLanguage(persianSentences[0], { arabicScriptLanguages: ['arb', 'pes'] });
    expect(result.language).toBe('pes');
    expect(result.candidates.map((c) => c.language).sort()).toEqual(['arb', 'pes']);
    // Without Standard Arabic among them, spelling does not decide: the trigrams do.
    expect(detectLanguage(arabicSentences[1], { arabicScriptLanguages: ['pes', 'urd'] }).candidates).toHaveLength(2);
  });

  describe('letters decide what the trigrams of a short text cannot (letters.json)', () => {
    // Short sentences written for this test; franc's trigrams alone called the first three Urdu or Pashto.
    it.each([
      ['سلام، حال شما چطور است؟', 'pes'],
      ['او دیروز به خانه برگشت.', 'pes'],
      ['ما شام را ساعت هشت می‌خوریم.', 'pes'],
      ['براہ کرم دروازہ بند کریں۔', 'urd'],
      ['تم دیر سے کیوں آئے؟', 'urd'],
    ])('%s', (sentence, language) => {
      expect(detectLanguage(sentence).language).toBe(language);
    });

    it('gets 54 of 55 short sentences right (franc alone: 50 of 55)', () => {
      const detect = (sentences: string[]) => sentences.map((sentence) => detectLanguage(sentence, { minLength: 5 }).language);
      expect(detect(shortArabicSentences)).toEqual(shortArabicSentences.map(() => 'arb'));
      expect(detect(shortUrduSentences)).toEqual(shortUrduSentences.map(() => 'urd'));
      // The one miss: a Persian sentence whose trigrams look Arabic (its ی and ک can be an Arabic text's slips).
      expect(detect(shortPersianSentences)).toEqual(
        shortPersianSentences.map((sentence) => (sentence === 'دولت قانون جدیدی تصویب کرد.' ? 'arb' : 'pes')),
      );
    });

    it('drops a language whose letters are missing, or whose never-written letters are there', () => {
      // No Urdu letter in Persian: Urdu is not a candidate; Urdu's ے ں ۔ rule Persian out.
      expect(detectLanguage(persianSentences[0]).candidates.map((c) => c.language)).not.toContain('urd');
      expect(detectLanguage(urduSentences[0]).candidates.map((c) => c.language)).not.toContain('pes');
      expect(detectLanguage(urduSentences[0], { arabicScriptLanguages: ['arb', 'pes'] }).candidates.map((c) => c.language)).toEqual(['arb']);
    });

    it('does not rule Persian out for one stray Urdu full stop in a long text', () => {
      expect(detectLanguage(persianSentences.join(' ') + '۔').language).toBe('pes');
      expect(detectLanguage('سلام، حال شما چطور است۔').language).not.toBe('pes');
    });

    it('lists single Arabic-script letters that normalization keeps', () => {
      for (const table of [letterData.requires, letterData.excludedBy]) {
        for (const [language, letters] of Object.entries(table)) {
          expect(ARABIC_SCRIPT_LANGUAGES).toContain(language);
          for (const letter of letters) {
            expect(letter.length).toBe(1);
            expect(normalize(letter, { foldPersianLetters: false, removeInvisible: false })).toBe(letter);
          }
        }
      }
    });
  });

  it('returns candidates best first, the best with score 1, and the margin to the runner-up as confidence', () => {
    for (const sentence of [...persianSentences, ...urduSentences]) {
      const { language, confidence, candidates } = detectLanguage(sentence);
      expect(candidates[0]).toEqual({ language, score: 1 });
      expect(candidates.length).toBeLessThanOrEqual(5);
      for (let i = 1; i < candidates.length; i++) {
        expect(candidates[i].score).toBeLessThanOrEqual(candidates[i - 1].score);
      }
      expect(confidence).toBeCloseTo(1 - candidates[1].score, 3);
      expect(confidence).toBeGreaterThan(0);
    }
    expect(detectLanguage(persianSentences[0], { maxCandidates: 2 }).candidates).toHaveLength(2);
  });
});

describe('detectLanguage on short, mixed and other text', () => {
  it.each(['', ' ', '\n\t ', 'مرحبا', 'مرحبا بكم', 'سلام', 'hello', '12345678901234', '!!!!!!!!!!!!!!!!', '😀😀😀😀😀😀😀😀😀😀😀'])(
    'is undetermined for %j',
    (text) => {
      expect(detectLanguage(text)).toEqual({ language: 'und', confidence: 0, candidates: [] });
    },
  );

  it('counts the length after trimming and removing diacritics', () => {
    expect(detectLanguage('   مرحبا   بكم   ').language).toBe('und');
    expect(detectLanguage('مَرْحَبًا بِكُمْ').language).toBe('und');
    expect(detectLanguage('السلام عليكم').language).toBe('arb');
  });

  it('takes a smaller or larger minimum length', () => {
    expect(detectLanguage('مرحبا بكم', { minLength: 5 }).language).toBe('arb');
    expect(detectLanguage('السلام عليكم', { minLength: 20 }).language).toBe('und');
  });

  it('keeps Arabic for Arabic text with Latin words in it', () => {
    expect(
      detectLanguage('أعلنت شركة Apple عن هاتف iPhone الجديد في مؤتمرها السنوي بمدينة سان فرانسيسكو').language,
    ).toBe('arb');
  });

  it('sends text in other scripts to franc unrestricted', () => {
    expect(detectLanguage('The health ministry announced today that a new hospital will open in the city next month.').language).toBe('eng');
    expect(detectLanguage("Le gouvernement a annoncé aujourd'hui la construction d'un nouvel hôpital.").language).toBe('fra');
    expect(detectLanguage('Правительство объявило сегодня о строительстве новой больницы в столице.').language).toBe('rus');
    expect(detectLanguage('The word مرحبا means hello in Arabic, and people use it every day.').language).toBe('eng');
  });

  it('handles lone surrogates, huge input and every character without throwing', () => {
    expect(detectLanguage('\uD800' + arabicSentences[0] + '\uDC00').language).toBe('arb');
    const huge = arabicSentences.join(' ').repeat(5000);
    expect(huge.length).toBeGreaterThan(500_000);
    expect(detectLanguage(huge).language).toBe('arb');
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const { language, confidence, candidates } = detectLanguage(text);
        expect(language).toMatch(/^[a-z]{3}$/u);
        expect(confidence).toBeGreaterThanOrEqual(0);
        expect(confidence).toBeLessThanOrEqual(1);
        if (language === 'und') expect(candidates).toEqual([]);
        else expect(candidates[0]).toEqual({ language, score: 1 });
      }),
    );
  });
});

describe('detectLanguage arguments', () => {
  it('throws a TypeError naming `text` for a non-string', () => {
    for (const value of [undefined, null, 42, ['نص'], { text: 'نص' }]) {
      expect(() => detectLanguage(value as never)).toThrow(TypeError);
    }
    expect(() => detectLanguage(42 as never)).toThrow('dhad.detectLanguage: expected `text` to be a string, found number 42');
  });

  it('throws for bad options, naming them', () => {
    expect(() => detectLanguage('نص', 'arb' as never)).toThrow(TypeError);
    expect(() => detectLanguage('نص', { only: ['arb'] } as never)).toThrow(/unknown option `only`.*arabicScriptLanguages/u);
    expect(() => detectLanguage('نص', { arabicScriptLanguages: [] })).toThrow(RangeError);
    expect(() => detectLanguage('نص', { arabicScriptLanguages: 'arb' as never })).toThrow(RangeError);
    expect(() => detectLanguage('نص', { arabicScriptLanguages: ['arb', 'fas'] })).toThrow(
      /unknown Arabic-script language "fas".*arb, urd, pes, zlm, skr, pbu, uig, prs/u,
    );
    expect(() => detectLanguage('نص', { minLength: 0 })).toThrow(/`minLength`/u);
    expect(() => detectLanguage('نص', { minLength: 2.5 })).toThrow(RangeError);
    expect(() => detectLanguage('نص', { maxCandidates: 0 })).toThrow(/`maxCandidates`/u);
  });

  it('exports the language lists it uses', () => {
    expect(ARABIC_SCRIPT_LANGUAGES).toEqual(['arb', 'urd', 'pes', 'zlm', 'skr', 'pbu', 'uig', 'prs']);
    expect(DEFAULT_ARABIC_SCRIPT_LANGUAGES).toEqual(['arb', 'pes', 'urd', 'pbu', 'uig']);
    expect(Object.isFrozen(DEFAULT_ARABIC_SCRIPT_LANGUAGES)).toBe(true);
  });
});

describe('isArabic', () => {
  it.each([
    [arabicSentences[0], true],
    [persianSentences[0], true],
    [urduSentences[0], true],
    [article, true],
    ['ﻣﺮﺣﺒﺎ', true], // presentation forms
    ['مرحبا hello', true], // five letters each: exactly half
    ['مرحبا hello!', true],
    ['hello world مرحبا', false],
    ['The health ministry announced a new hospital.', false],
    ['Привет мир', false],
    ['', false],
    ['   ', false],
    ['١٢٣ ، ؟ 😀', false], // no letters at all: digits, punctuation and emoji are not letters
    ['ـــــــ', false], // tatweel belongs to no script
    ['ok ـــــ م', false], // …so it does not make one Arabic letter outweigh two Latin ones
    ['\uD800م\uDC00', true],
    ['𞸀𞸁', true], // Arabic mathematical alphabetic symbols
  ])('%j → %s', (text, expected) => {
    expect(isArabic(text)).toBe(expected);
  });

  it('takes a threshold', () => {
    const mixed = 'hello world مرحبا'; // 5 of 15 letters are Arabic
    expect(arabicLetterShare(mixed)).toBeCloseTo(1 / 3, 10);
    expect(isArabic(mixed, { threshold: 0.3 })).toBe(true);
    expect(isArabic(mixed, { threshold: 0.34 })).toBe(false);
    expect(isArabic(arabicSentences[0], { threshold: 1 })).toBe(true);
    expect(isArabic(arabicSentences[0] + ' a', { threshold: 1 })).toBe(false);
  });

  it('computes the share of Arabic-script letters', () => {
    expect(arabicLetterShare('')).toBe(0);
    expect(arabicLetterShare('...')).toBe(0);
    expect(arabicLetterShare('كتاب')).toBe(1);
    expect(arabicLetterShare('كَتَبَ bag')).toBe(0.5); // marks are not letters
  });

  it('is linear and safe on large input', () => {
    const large = 'مرحبا بالعالم hello '.repeat(100_000);
    expect(arabicLetterShare(large)).toBeCloseTo(12 / 17, 10);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) => {
        const share = arabicLetterShare(text);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        expect(isArabic(text)).toBe(share >= 0.5);
      }),
    );
  });

  it('validates its arguments', () => {
    expect(() => isArabic(5 as never)).toThrow('dhad.isArabic: expected `text` to be a string, found number 5');
    expect(() => arabicLetterShare(null as never)).toThrow(TypeError);
    expect(() => isArabic('نص', { threshold: 0 })).toThrow(/`threshold`/u);
    expect(() => isArabic('نص', { threshold: 1.5 })).toThrow(RangeError);
    expect(() => isArabic('نص', { minimum: 0.5 } as never)).toThrow(/unknown option `minimum`/u);
  });
});
