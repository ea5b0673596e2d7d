import { describe, expect, it } from 'vitest';
import { KIND_NAMES, normalize, tokenize, tokenizeCompact } from 'dhad';

const surfaces = (text: string): string[] => tokenize(text).map((token) => token.text);
const kinds = (text: string): [string, string][] => tokenize(text).map((token) => [token.text, token.kind]);

describe('tokenize: orthographic words', () => {
  it.each([
    ['letters with their marks stay one token', 'على تواصلٍ دائمٍ', ['على', 'تواصلٍ', 'دائمٍ']],
    ['shadda inside a word', 'وأكَّد الرئيس', ['وأكَّد', 'الرئيس']],
    ['tatweel inside a word', 'مــرحبا بكم', ['مــرحبا', 'بكم']],
    ['ZWNJ inside a Persian word', 'من می‌خواهم بروم', ['من', 'می‌خواهم', 'بروم']],
    ['Arabic comma splits off', 'في موسكو، اليوم', ['في', 'موسكو', '،', 'اليوم']],
    ['Arabic question mark and semicolon', 'هل وصل؟ نعم؛ وصل', ['هل', 'وصل', '؟', 'نعم', '؛', 'وصل']],
    ['a hyphen between words is a token', 'الوقت-انعقدت القمة', ['الوقت', '-', 'انعقدت', 'القمة']],
    ['straight quotes split off', 'أنه "ليس لدينا"', ['أنه', '"', 'ليس', 'لدينا', '"']],
    ['angle quotes split off', 'قال «نعم» ثم', ['قال', '«', 'نعم', '»', 'ثم']],
    ['brackets split off', '(د ب أ) أعلن', ['(', 'د', 'ب', 'أ', ')', 'أعلن']],
    ['a colon after a word', 'قائلاً: "يخصكم', ['قائلاً', ':', '"', 'يخصكم']],
    ['Latin words keep digits and inner apostrophes', "قمة G20 don't", ['قمة', 'G20', "don't"]],
    ['an ellipsis is one token', 'وبعد... قال', ['وبعد', '...', 'قال']],
    ['repeated marks are one token, quotes are not', 'ماذا؟؟ ""', ['ماذا', '؟؟', '"', '"']],
  ])('%s', (_rule, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe('tokenize: numbers', () => {
  it.each([
    ['decimal point', 'زادت 12.5 مرة', ['زادت', '12.5', 'مرة']],
    ['thousands separator', 'نحو 1,000 شخص', ['نحو', '1,000', 'شخص']],
    ['Arabic-Indic digits', 'منذ ٣٨ عاماً', ['منذ', '٣٨', 'عاماً']],
    ['Arabic decimal separator', 'بلغ ١٢٫٥ مليون', ['بلغ', '١٢٫٥', 'مليون']],
    ['a conjunction glued to a number splits', 'و1,000 جندي', ['و', '1,000', 'جندي']],
    ['percent is its own token', 'بأكثر من 38% العام', ['بأكثر', 'من', '38', '%', 'العام']],
    ['Arabic percent sign', 'نسبة ٣٨٪ فقط', ['نسبة', '٣٨', '٪', 'فقط']],
    ['a full stop after a number is not a decimal point', 'عام 2020. ثم', ['عام', '2020', '.', 'ثم']],
  ])('%s', (_rule, text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });

  it('gives numbers the kind number and percent signs the kind symbol', () => {
    expect(kinds('38% و٣٨٪')).toEqual([
      ['38', 'number'],
      ['%', 'symbol'],
      ['و', 'word'],
      ['٣٨', 'number'],
      ['٪', 'symbol'],
    ]);
  });
});

describe('tokenize: URLs, e-mail, hashtags, mentions, emoji', () => {
  it.each([
    ['URL with an Arabic path, trailing full stop left out', 'انظر https://ar.wikipedia.org/wiki/موسكو.', [['انظر', 'word'], ['https://ar.wikipedia.org/wiki/موسكو', 'url'], ['.', 'punct']]],
    ['www URL before an Arabic comma', 'زوروا www.aljazeera.net، ثم', [['زوروا', 'word'], ['www.aljazeera.net', 'url'], ['،', 'punct'], ['ثم', 'word']]],
    ['URL in brackets keeps its own balanced parenthesis', '(https://en.wikipedia.org/wiki/Moscow_(city))', [['(', 'punct'], ['https://en.wikipedia.org/wiki/Moscow_(city)', 'url'], [')', 'punct']]],
    ['e-mail address', 'راسلونا على info@example.com.sa للمزيد', [['راسلونا', 'word'], ['على', 'word'], ['info@example.com.sa', 'email'], ['للمزيد', 'word']]],
    ['Arabic hashtag with underscore', 'تابعوا #قمة_موسكو اليوم', [['تابعوا', 'word'], ['#قمة_موسكو', 'hashtag'], ['اليوم', 'word']]],
    ['mention', 'قال @KremlinRussia_E إن', [['قال', 'word'], ['@KremlinRussia_E', 'mention'], ['إن', 'word']]],
    ['emoji with a skin tone', 'أحسنت 👍🏽!', [['أحسنت', 'word'], ['👍🏽', 'emoji'], ['!', 'punct']]],
    ['ZWJ family', 'عائلتي 👨‍👩‍👧‍👦 سعيدة', [['عائلتي', 'word'], ['👨‍👩‍👧‍👦', 'emoji'], ['سعيدة', 'word']]],
    ['flags', 'السعودية 🇸🇦🇪🇬 مصر', [['السعودية', 'word'], ['🇸🇦', 'emoji'], ['🇪🇬', 'emoji'], ['مصر', 'word']]],
    ['keycap and heart with VS16', 'رقم 1️⃣ ❤️', [['رقم', 'word'], ['1️⃣', 'emoji'], ['❤️', 'emoji']]],
    ['text-style © is a symbol', 'حقوق © محفوظة', [['حقوق', 'word'], ['©', 'symbol'], ['محفوظة', 'word']]],
  ])('%s', (_rule, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });
});

describe('tokenize: offsets and norms', () => {
  it('keeps offsets into the original text when normalization changes the token', () => {
    const text = 'قبیل مغادرته، أكَّد مــرحبا ٣٨٪';
    for (const token of tokenize(text)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
      expect(token.norm).toBe(normalize(token.text));
    }
    expect(tokenize(text).map((token) => token.norm)).toEqual(['قبيل', 'مغادرته', '،', 'أكد', 'مرحبا', '38', '%']);
  });

  it('skips whitespace and invisible separators', () => {
    expect(surfaces(' \t\n\u200f\u200bموسكو\u00a0 ')).toEqual(['موسكو']);
  });

  it('fills segments with offsets when asked for clitics', () => {
    const text = 'قال وبالتعاون مع علاقاتنا';
    const [, cooperation, , relations] = tokenize(text, { clitics: true });
    expect(cooperation.segments).toEqual([
      { text: 'و', start: 4, end: 5, role: 'prefix' },
      { text: 'ب', start: 5, end: 6, role: 'prefix' },
      { text: 'ال', start: 6, end: 8, role: 'prefix' },
      { text: 'تعاون', start: 8, end: 13, role: 'stem' },
    ]);
    expect(relations.segments!.map((s) => [s.text, s.role])).toEqual([
      ['علاقات', 'stem'],
      ['نا', 'suffix'],
    ]);
    for (const segment of relations.segments!) expect(text.slice(segment.start, segment.end)).toBe(segment.text);
    expect(tokenize(text)[1].segments).toBeUndefined();
  });

  it('keeps diacritics inside the segment of their letter', () => {
    const text = 'وَبِالتَّعاون';
    const [token] = tokenize(text, { clitics: true });
    expect(token.segments!.map((s) => s.text)).toEqual(['وَ', 'بِ', 'ال', 'تَّعاون']);
  });
});

describe('tokenizeCompact', () => {
  it('gives the same tokens as tokenize', () => {
    const text = 'الوقت-انعقدت القمة في موسكو، و1,000 #قمة 👍🏽 https://x.org/a. info@a.com';
    const compact = tokenizeCompact(text);
    const tokens = tokenize(text);
    expect(compact.count).toBe(tokens.length);
    tokens.forEach((token, i) => {
      expect([compact.starts[i], compact.ends[i], KIND_NAMES[compact.kinds[i]]]).toEqual([token.start, token.end, token.kind]);
    });
  });
});

describe('tokenize: bad input', () => {
  it('throws a TypeError for a non-string', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(TypeError);
    expect(() => tokenize(42 as unknown as string)).toThrow('dhad.tokenize: expected `text` to be a string, found number');
    expect(() => tokenizeCompact(null as unknown as string)).toThrow(TypeError);
  });
  it('throws a RangeError for an unknown option and a TypeError for a bad value', () => {
    expect(() => tokenize('نص', { clitic: true } as never)).toThrow(RangeError);
    expect(() => tokenize('نص', { clitics: 'yes' } as never)).toThrow(TypeError);
  });
  it('gives [] for empty or blank input', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t ')).toEqual([]);
    expect(tokenizeCompact('').count).toBe(0);
  });
});

describe('tokenize: adversarial input finishes (linear time)', () => {
  const megabyte = 1 << 20;
  it.each([
    ['full stops', '.'.repeat(megabyte), 1],
    ['quotes', '"'.repeat(megabyte), megabyte],
    ['one word', 'ب'.repeat(megabyte), 1],
    ['URL fragments', 'http://a.'.repeat(megabyte / 9), -1],
    ['e-mail fragments', 'a.'.repeat(megabyte / 2), -1],
    ['dots between letters', 'ص.'.repeat(megabyte / 2), megabyte],
    ['ZWJ chains', '👍\u200d'.repeat(megabyte / 3), -1],
  ])('%s', (_name, text, expectedCount) => {
    const { count, ends } = tokenizeCompact(text);
    if (expectedCount >= 0) expect(count).toBe(expectedCount);
    expect(ends[count - 1]).toBeLessThanOrEqual(text.length);
  });
});
