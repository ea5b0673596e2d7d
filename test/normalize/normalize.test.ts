import { describe, expect, it } from 'vitest';
import {
  decomposePresentationForms,
  foldAlef,
  foldAlefMaqsura,
  foldPersianLetters,
  foldTehMarbuta,
  mapRange,
  normalize,
  normalizeDigits,
  normalizeWithOffsets,
  removeDiacritics,
  removeInvisible,
  removeTatweel,
} from 'dhad';

/** Code points of a string, to make invisible differences visible in failure messages. */
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!.toString(16).padStart(4, '0'));

describe('normalize (standard preset)', () => {
  const table: [string, string, string][] = [
    // description, input, expected
    ['harakat and shadda', 'وأكَّد', 'وأكد'],
    ['tanween', 'تواصلٍ مشيراً', 'تواصل مشيرا'],
    ['sukun and superscript alef', 'هٰذَا مِنْ', 'هذا من'],
    ['Quranic marks U+0610-U+061A and U+06D6-U+06ED', 'صلىؐ الله ۖ عليه ۚ وسلم ۩', 'صلى الله  عليه  وسلم ۩'],
    ['extended Quranic marks U+08D3-U+08FF', 'بسم\u08F0 الله\u08D3', 'بسم الله'],
    ['tatweel', 'مــــرحبا', 'مرحبا'],
    ['Persian yeh in every position', 'قبیل الیوم الإقلیمیة یا علی', 'قبيل اليوم الإقليمية يا علي'],
    ['other yeh forms', 'ېۍێۑ', 'يييي'],
    ['keheh and swash kaf', 'کتاب ڪبير', 'كتاب كبير'],
    ['heh forms', 'ھذه ہے ە', 'هذه هي ه'],
    ['Urdu teh marbuta goal', 'صلوۃ', 'صلوة'],
    ['alef wasla', 'ٱلحمد', 'الحمد'],
    ['lam-alef ligatures', 'ﻷ ﻻ ﻹ ﻵ', 'لأ لا لإ لآ'],
    ['word ligatures', 'ﷲ ﷺ', 'الله صلى الله عليه وسلم'],
    ['presentation forms of letters', 'ﻣﺮﺣﺒﺎ', 'مرحبا'],
    ['isolated harakat forms vanish', 'ب\uFE70ت\uFE7C', 'بت'],
    ['Arabic-Indic digits', '٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['Eastern Arabic-Indic digits', '۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    ['decimal, thousands and percent signs', '١٢٫٥٪ و١٬٠٠٠', '12.5% و1,000'],
    ['invisible format characters', 'a\u200Bb\u200Cc\u200Ed\u200Fe\u061Cf\u202Bg\u202Ch\u2067i\u2069j\uFEFFk', 'abcdefghijk'],
    ['ZWNJ inside a Persian word', 'می‌خواهم', 'ميخواهم'],
    ['combining hamza above composes (NFC)', 'ا\u0654حمد', 'أحمد'],
    ['combining hamza below and madda compose', 'ا\u0655ن ا\u0653ن', 'إن آن'],
    ['combining hamza on waw and yeh', 'و\u0654 ي\u0654', 'ؤ ئ'],
    ['diacritic between alef and combining hamza', 'اَ\u0654', 'أ'],
    ['combining hamza that composes with nothing is a diacritic', 'ب\u0654', 'ب'],
    ['hamza, alef forms, alef maqsura and teh marbuta stay', 'أإآءؤئ على مدرسة', 'أإآءؤئ على مدرسة'],
    ['Arabic punctuation stays', 'نعم، لا؛ لماذا؟', 'نعم، لا؛ لماذا؟'],
    ['Latin text is NFC-composed and otherwise untouched', 'Cafe\u0301 ﬁne Ⅻ', 'Café ﬁne Ⅻ'],
    ['emoji and their joiners stay', '👍🏽 👨‍👩‍👧 🇸🇦 ❤️', '👍🏽 👨‍👩‍👧 🇸🇦 ❤️'],
    ['whitespace stays', 'a\u00A0b\tc\nd', 'a\u00A0b\tc\nd'],
    ['empty string', '', ''],
  ];
  it.each(table)('%s', (_, input, expected) => {
    expect(codePoints(normalize(input))).toEqual(codePoints(expected));
  });

  it('defaults to the standard preset', () => {
    expect(normalize('أَحْمَد')).toBe(normalize('أَحْمَد', 'standard'));
  });

  it('returns the input itself when nothing changes', () => {
    const text = 'انعقدت القمة في موسكو';
    expect(normalize(text)).toBe(text);
  });

  it('keeps lone surrogates as they are', () => {
    expect(normalize('a\uD800b\uDC00c')).toBe('a\uD800b\uDC00c');
  });
});

describe('normalize (search preset)', () => {
  it.each([
    ['alef forms', 'أحمد إبراهيم آمنة ٱلحمد', 'احمد ابراهيم امنه الحمد'],
    ['alef maqsura', 'على مستوى', 'علي مستوي'],
    ['teh marbuta', 'القمة الروسية', 'القمه الروسيه'],
    ['the standard steps too', 'الإقلیمیّة', 'الاقليميه'],
    ['combining hamza composes, then folds', 'ا\u0654حمد', 'احمد'],
    ['Urdu teh marbuta goal folds all the way', 'صلوۃ', 'صلوه'],
  ])('%s', (_, input, expected) => {
    expect(normalize(input, 'search')).toBe(expected);
  });
});

describe('one function per step', () => {
  it.each([
    [removeDiacritics, 'وأكَّد مشيراً ـ ی', 'وأكد مشيرا ـ ی'],
    [removeTatweel, 'مــرحباً', 'مرحباً'],
    [removeInvisible, 'می‌خواهم\u200F', 'میخواهم'],
    [foldPersianLetters, 'قبیل ک', 'قبيل ك'],
    [decomposePresentationForms, 'ﻷ ﻣﺮﺣﺒﺎ', 'لأ مرحبا'],
    [normalizeDigits, '٣٨٪ ۱۲٫۵', '38% 12.5'],
    [foldAlef, 'أإآٱ أَ', 'اااا اَ'],
    [foldAlefMaqsura, 'على', 'علي'],
    [foldTehMarbuta, 'مدرسة', 'مدرسه'],
  ] as const)('%o', (fn, input, expected) => {
    expect(fn(input)).toBe(expected);
  });
});

describe('options', () => {
  it('switches steps on and off on top of a preset', () => {
    expect(normalize('مُحَمَّد ـ ١', { removeDiacritics: false })).toBe('مُحَمَّد  1');
    expect(normalize('أحمد', { foldAlef: true })).toBe('احمد');
    expect(normalize('أحمدُ', { preset: 'search', removeDiacritics: false })).toBe('احمدُ');
  });

  it('keeps diacritics in canonical order when they are kept', () => {
    // SHADDA then FATHA is reordered by NFC to FATHA then SHADDA.
    expect(codePoints(normalize('د\u0651\u064E', { removeDiacritics: false }))).toEqual(['062f', '064e', '0651']);
  });

  it('composes a hamza that folding brings next to its letter', () => {
    // ی + HAMZA ABOVE has no composed form; after ی → ي it composes to ئ.
    expect(normalize('ی\u0654', { removeDiacritics: false })).toBe('ئ');
  });

  it('rejects unknown presets and options with a RangeError naming them', () => {
    expect(() => normalize('x', 'strict' as never)).toThrow(RangeError);
    expect(() => normalize('x', 'strict' as never)).toThrow(/'standard', 'search'/);
    expect(() => normalize('x', { foldHamza: true } as never)).toThrow(/unknown option `foldHamza`.*removeDiacritics/);
    expect(() => normalize('x', { foldAlef: 'yes' } as never)).toThrow(TypeError);
  });

  it('rejects non-strings with a TypeError naming the argument', () => {
    expect(() => normalize(42 as never)).toThrow(new TypeError('dhad.normalize: expected `text` to be a string, found number 42'));
    expect(() => normalizeWithOffsets(null as never)).toThrow(/`text`.*null/);
    expect(() => removeDiacritics(undefined as never)).toThrow(TypeError);
  });
});

describe('normalizeWithOffsets', () => {
  it('maps every output unit to the input character that produced it', () => {
    const input = 'تواصلٍ ﷺ ی';
    const { text, offsets } = normalizeWithOffsets(input);
    expect(text).toBe('تواصل صلى الله عليه وسلم ي');
    expect(Array.from(offsets.subarray(0, 7))).toEqual([0, 1, 2, 3, 4, 6, 7]);
    expect(offsets[text.length]).toBe(input.length);
    expect(offsets[text.indexOf('ي', 20)]).toBe(input.indexOf('ی'));
  });

  it('maps ranges back over removed marks and expansions', () => {
    const input = 'وأكَّد الرئیس ﷺ';
    const { text, offsets } = normalizeWithOffsets(input);
    const word = text.indexOf('وأكد');
    expect(input.slice(...mapRange(offsets, word, word + 4))).toBe('وأكَّد');
    const president = text.indexOf('الرئيس');
    expect(input.slice(...mapRange(offsets, president, president + 6))).toBe('الرئیس');
    // A range inside the 18 letters that ﷺ expands to maps to the ligature itself.
    const allah = text.indexOf('الله');
    expect(input.slice(...mapRange(offsets, allah, allah + 4))).toBe('ﷺ');
  });

  it('attributes an NFC-composed letter to its first input character', () => {
    const { text, offsets } = normalizeWithOffsets('با\u0654ب');
    expect(text).toBe('بأب');
    expect(Array.from(offsets)).toEqual([0, 1, 3, 4]);
  });

  it('gives identity offsets when nothing changes, and [0] for the empty string', () => {
    expect(Array.from(normalizeWithOffsets('abc').offsets)).toEqual([0, 1, 2, 3]);
    expect(normalizeWithOffsets('')).toEqual({ text: '', offsets: new Uint32Array([0]) });
  });

  it('mapRange validates its range', () => {
    const { offsets } = normalizeWithOffsets('abc');
    expect(mapRange(offsets, 1, 1)).toEqual([1, 1]);
    expect(() => mapRange(offsets, 2, 1)).toThrow(RangeError);
    expect(() => mapRange(offsets, 0, 9)).toThrow(/`end`/);
  });
});
