import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize, segment, stem } from 'dhad';
import { LEXICON_FORM } from '../../src/tokenize/lexicon-form.js';
import { decodeStemTable } from '../../src/words/stems.js';
import unsegmentable from '../../src/tokenize/unsegmentable.json';

/** The surface pieces as written: `ل ل [ولايات]`. */
const pieces = (word: string): string => {
  const { prefixes, stem: core, suffixes } = segment(word).surface;
  return [...prefixes, `[${core}]`, ...suffixes].join(' ');
};

/** The morphemes: `ل ال [ولايات]`. */
const morphemes = (word: string): string => {
  const { prefixes, stem: core, suffixes } = segment(word);
  return [...prefixes, `[${core}]`, ...suffixes].join(' ');
};

describe('segment', () => {
  it('gives the morphemes of the issue examples', () => {
    expect(segment('للولايات')).toMatchObject({ prefixes: ['ل', 'ال'], stem: 'ولايات', suffixes: [] });
    expect(segment('وبالتعاون')).toMatchObject({ prefixes: ['و', 'ب', 'ال'], stem: 'تعاون', suffixes: [] });
    expect(segment('علاقاتنا')).toMatchObject({ prefixes: [], stem: 'علاقات', suffixes: ['نا'] });
  });

  it.each([
    ['ل + ال written لل', 'للولايات', 'ل ال [ولايات]'],
    ['stem ending in ت before a pronoun gets its ة back', 'علاقتنا', '[علاقة] نا'],
    ['future س after و', 'وسيقولون', 'و س [يقولون]'],
    ['preposition with a pronoun only', 'لها', '[ل] ها'],
    ['diacritics removed', 'وَبِالتَّعاونِ', 'و ب ال [تعاون]'],
    ['Persian yeh folded', 'الإقلیمیة', 'ال [إقليمية]'],
    ['ل before a name that starts with ل', 'للبنان', 'ل [لبنان]'],
  ])('morphemes, %s: %s', (_rule, word, expected) => {
    expect(morphemes(word)).toBe(expected);
  });

  it.each([
    ['conjunction, preposition and article', 'وبالتعاون', 'و ب ال [تعاون]'],
    ['pronoun suffix', 'علاقاتنا', '[علاقات] نا'],
    ['ل + ال written لل', 'للولايات', 'ل ل [ولايات]'],
    ['future س after و', 'وسيقولون', 'و س [يقولون]'],
    ['preposition with a pronoun only', 'لها', '[ل] ها'],
    ['article after و', 'والرئيس', 'و ال [رئيس]'],
    ['ل before a name that starts with ل', 'للبنان', 'ل [لبنان]'],
    ['ب before a name', 'لبوتين', 'ل [بوتين]'],
    ['stem ending in ت before a pronoun', 'علاقتنا', '[علاقت] نا'],
    ['possessive ه', 'بلاده', '[بلاد] ه'],
    ['Persian yeh inside, article split', 'الإقلیمیة', 'ال [إقلیمیة]'],
  ])('surface, %s: %s', (_rule, word, expected) => {
    expect(pieces(word)).toBe(expected);
  });

  it.each([
    ['conjunction, future and object pronoun on a verb', 'فسيكتبونها', 'ف س [يكتبون] ها'],
    ['future before an imperfect verb', 'سيكتب', 'س [يكتب]'],
    ['future before an imperfect verb ending in ى', 'ستتقاضى', 'س [تتقاضى]'],
    ['conjunction before a verb', 'واستبدلت', 'و [استبدلت]'],
    ['object pronoun after a verb', 'نشرتها', '[نشرت] ها'],
    ['object pronoun after a verb', 'تبعتها', '[تبعت] ها'],
    ['preposition before a noun', 'بمقدار', 'ب [مقدار]'],
    ['pronoun after a plural', 'بطارياتها', '[بطاريات] ها'],
    ['conjunction and pronoun around a verbal noun', 'وتخزينها', 'و [تخزين] ها'],
    ['particle with a pronoun', 'أنه', '[أن] ه'],
    ['preposition with a pronoun (على)', 'عليه', '[علي] ه'],
    ['preposition with a pronoun (لدى)', 'لديه', '[لدي] ه'],
  ])('surface, stems the corpus attests (issue 15), %s: %s', (_rule, word, expected) => {
    expect(pieces(word)).toBe(expected);
  });

  it.each([
    ['عليه', 'على', 'علي'],
    ['إليها', 'إلى', 'إلي'],
    ['ولديهم', 'لدى', 'لدي'],
    ['سواه', 'سوى', 'سوا'],
  ])('gives a preposition written with ي or ا before a pronoun its ى back as a morpheme: %s → %s (written %s)', (word, morpheme, written) => {
    const result = segment(word);
    expect(result.stem).toBe(morpheme);
    expect(result.surface.stem).toBe(written);
  });

  it('keeps a final ي that is not a preposition\'s ى: علينا is على + نا, بنيه stays as written', () => {
    expect(segment('علينا').stem).toBe('على');
    expect(segment('بنيه').stem).not.toMatch(/\u0649$/u); // ARABIC LETTER ALEF MAQSURA
  });

  it.each(['موسكو', 'بوتين', 'وزير', 'وصف', 'لبنان', 'فلسطين', 'كتاب', 'فيينا', 'إيراني', 'الله', 'الذي', 'ألمانيا', 'كان'])(
    'keeps %s whole',
    (word) => {
      expect(segment(word)).toEqual({ prefixes: [], stem: word, suffixes: [], surface: { prefixes: [], stem: word, suffixes: [] } });
    },
  );

  it('gives the surface pieces as substrings of the input, diacritics with their letter', () => {
    expect(segment('وَبِالتَّعاونِ').surface).toEqual({ prefixes: ['وَ', 'بِ', 'ال'], stem: 'تَّعاونِ', suffixes: [] });
    expect(segment('مــرحبا')).toEqual({ prefixes: [], stem: 'مرحبا', suffixes: [], surface: { prefixes: [], stem: 'مــرحبا', suffixes: [] } });
  });

  it('surface pieces join back to the word, morphemes are normalized', () => {
    for (const word of ['وَبِالتَّعاونِ', 'للولايات', 'علاقتنا', 'بلاده', 'والرئيس', 'لها', 'وسيقولون', 'الإقلیمیة', 'مــرحبا', 'كتاب']) {
      const { surface, prefixes, stem: core, suffixes } = segment(word);
      expect([...surface.prefixes, surface.stem, ...surface.suffixes].join('')).toBe(word);
      for (const piece of [...prefixes, core, ...suffixes]) expect(normalize(piece)).toBe(piece);
    }
  });

  it('leaves non-Arabic words and empty input alone, rejects non-strings', () => {
    expect(segment('Moscow')).toEqual({ prefixes: [], stem: 'Moscow', suffixes: [], surface: { prefixes: [], stem: 'Moscow', suffixes: [] } });
    expect(segment('')).toEqual({ prefixes: [], stem: '', suffixes: [], surface: { prefixes: [], stem: '', suffixes: [] } });
    expect(() => segment(1 as unknown as string)).toThrow(TypeError);
  });

  it.each([
    ['the 315 distinct words of ANERcorp test', './segment-gold.tsv', 0.97],
    ['the 1,141 words of Wikipedia and news running text', '../../corpus/segment-gold-wiki-news.tsv', 0.98],
  ])('segments %s as annotated (npm run eval:segment prints the figures and the errors)', (_set, file, least) => {
    const rows = readFileSync(fileURLToPath(new URL(file, import.meta.url)), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(300);
    const right = rows.filter(([word, gold]) => {
      const { prefixes, stem: core, suffixes } = segment(word).surface;
      return [...prefixes, core, ...suffixes].join('+') === gold;
    }).length;
    expect(right / rows.length).toBeGreaterThanOrEqual(least);
  });
});

describe('stem', () => {
  it.each([
    ['clitics and a plural ending', 'والعلاقات', 'علاق'],
    ['pronoun suffix', 'بلاده', 'بلاد'],
    ['article and nisba + ة', 'الإيرانية', 'ايران'],
    ['teh marbuta', 'مستقرةٍ', 'مستقر'],
    ['tanween alef', 'جهوداً', 'جهود'],
    ['conjunction and preposition', 'وبالتعاون', 'تعاون'],
    ['search normalization first', 'أكَّد', 'اكد'],
  ])('%s: %s → %s', (_rule, word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each(['بوتين', 'موسكو', 'لبنان', 'فلسطين', 'طهران', 'روسيا', 'وزير'])('never mangles %s', (word) => {
    expect(stem(word)).toBe(normalize(word, 'search'));
  });

  it.each([
    // A name written with ة keeps it, alone or after clitics (its flags are read through the stem table's mark).
    ['أسامة', 'اسامه'],
    ['لأسامة', 'اسامه'],
    ['وإشبيلية', 'اشبيليه'],
    // … where a common word loses it: the same ending, no name.
    ['سياسية', 'سياس'],
    ['والسياسية', 'سياس'],
    // Words with no clitic to weigh (nothing looked up for the split) still lose an attested inflection suffix.
    ['دراسات', 'دراس'],
    ['مصريين', 'مصري'],
  ])('names keep ة, other words lose their inflection suffix: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it.each([
    ['التوجه', 'توجه'],
    ['الوجه', 'وجه'],
    ['توجه', 'توجه'],
    ['عليه', 'علي'],
  ])('agrees with segment on which final ه is a pronoun: %s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  it('is the segmenter\'s stem with at most an inflection suffix off (on the hand-checked words)', () => {
    const goldPath = fileURLToPath(new URL('./segment-gold.tsv', import.meta.url));
    const words = readFileSync(goldPath, 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#'))
      .map((line) => line.split('\t')[0]);
    const disagreeing = words.filter((word) => !normalize(segment(word).stem, 'search').startsWith(stem(word)));
    expect(disagreeing).toEqual([]);
  });

  it('strips clitics off names but keeps the name', () => {
    expect(stem('لبوتين')).toBe('بوتين');
    expect(stem('وموسكو')).toBe('موسكو');
  });

  it.each([
    ['diacritics', 'وَالعَلاقَاتُ', 'والعلاقات'],
    ['tatweel', 'بــلاده', 'بلاده'],
    ['Persian yeh and keheh', 'الإقلیمیة', 'الإقليمية'],
    ['alef wasla', 'ٱلعلاقات', 'العلاقات'],
    ['madda written as alef + combining madda', 'الآن', 'الآن'],
  ])('stems a word written with %s like its plain form: %s', (_what, written, plain) => {
    expect(stem(written)).toBe(stem(plain));
  });

  it('lower-cases non-Arabic words, rejects non-strings', () => {
    expect(stem('Moscow')).toBe('moscow');
    expect(stem('')).toBe('');
    expect(() => stem(null as unknown as string)).toThrow(TypeError);
  });

  it('takes one word: several, or white space around one, are a RangeError that says so', () => {
    expect(() => stem('وصل بوتين')).toThrow(new RangeError('dhad.stem: expected `word` to be one word, found 2 tokens: "وصل" "بوتين"; stem each token of tokenize(text) instead'));
    expect(() => stem('موسكو،')).toThrow(/found 2 tokens: "موسكو" "،"/u);
    expect(() => stem('الوقت-انعقدت')).toThrow(/found 3 tokens/u);
    expect(() => stem(' بوتين\n')).toThrow(/found white space in " بوتين\\n"/u);
    // One token of any kind is a word here.
    expect(['وأكَّد', 'مــرحبا', '#قمة_موسكو', '١٢٫٥', 'ﻻ', 'a.b@c.com'].map((word) => stem(word))).toEqual(['اكد', 'مرحبا', '#قمه_موسكو', '12.5', 'لا', 'a.b@c.com']);
  });
});

describe('language data', () => {
  it('lists every stem table entry and function word in normalized form', () => {
    const { words, names } = decodeStemTable();
    expect(words.length).toBeGreaterThan(50_000);
    expect([...words, ...names].filter((entry) => normalize(entry, LEXICON_FORM) !== entry)).toEqual([]);
    expect(unsegmentable.words.filter((entry) => normalize(entry) !== entry)).toEqual([]);
  });
});
