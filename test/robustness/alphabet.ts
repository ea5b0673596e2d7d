/**
 * Strings drawn from an alphabet of hard characters: Arabic letters and every combining-mark range,
 * tatweel, Persian/Urdu letters, three digit systems and their separators, Arabic and Latin punctuation,
 * spaces of every kind, joiners and direction controls, BOM, presentation forms and ligatures, emoji with
 * modifiers and ZWJ sequences, lone surrogates, URL and e-mail fragments, control characters.
 */
import fc from 'fast-check';

const range = (from: number, to: number): string[] => {
  const out: string[] = [];
  for (let code = from; code <= to; code++) out.push(String.fromCodePoint(code));
  return out;
};

/** Single characters, grouped so that each group gets its share of draws. */
export const characterGroups: Record<string, readonly string[]> = {
  arabicLetters: range(0x0621, 0x064a),
  // Harakat, tanween, shadda, sukun, hamza above/below, subscript alef…, superscript alef, Quranic marks,
  // extended-A marks, and the generic combining ranges (Latin diacritics, combining marks for symbols).
  arabicMarks: [...range(0x0610, 0x061a), ...range(0x064b, 0x065f), '\u0670', ...range(0x06d6, 0x06ed), ...range(0x08ca, 0x08ff)],
  otherMarks: [...range(0x0300, 0x036f), ...range(0x1ab0, 0x1abe), ...range(0x20d0, 0x20f0), ...range(0xfe20, 0xfe2f)],
  tatweel: ['\u0640'],
  persianLetters: ['ی', 'ک', 'ڪ', 'گ', 'پ', 'چ', 'ژ', 'ھ', 'ہ', 'ە', 'ۃ', 'ٱ', 'ى', 'ة', 'ۀ', 'ے', 'ڈ', 'ٹ', 'ں'],
  digits: [...range(0x30, 0x39), ...range(0x0660, 0x0669), ...range(0x06f0, 0x06f9), '\u066b', '\u066c', '\u066a', '%', '.', ','],
  punctuation: ['،', '؛', '؟', '۔', '«', '»', '٭', '.', ',', '!', '?', ';', ':', '"', "'", '(', ')', '[', ']', '{', '}', '-', '–', '—', '…', '/', '\\', '“', '”', '‘', '’', '„', '<', '>', '&', '*', '_', '~', '`', '|'],
  spaces: [' ', '  ', '\n', '\r\n', '\r', '\t', '\u00a0', '\u2028', '\u2029', '\u202f', '\u3000', '\u000b', '\u000c', '\u0085'],
  invisible: ['\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u061c', ...range(0x202a, 0x202e), ...range(0x2066, 0x2069), '\ufeff', '\u00ad', '\u2060', '\u034f'],
  presentationForms: [...range(0xfb50, 0xfb70), ...range(0xfbd3, 0xfbe0), '\ufdf2', '\ufdfa', '\ufdfb', '\ufdfd', '\ufd3e', '\ufd3f', ...range(0xfe70, 0xfe90), ...range(0xfef5, 0xfefc)],
  emoji: ['👍', '👍🏽', '🏽', '👨‍👩‍👧', '🇸🇦', '🇸', '1️⃣', '\u20e3', '❤️', '\ufe0f', '🏳️‍🌈', '🧕🏾', '😀', '©', '™'],
  surrogates: ['\ud800', '\udbff', '\udc00', '\udfff', '𝐀', '𞸀', '𞺻'],
  controls: ['\u0000', '\u0001', '\u001b', '\u007f', '\ufffd', '\uffff', '\ufffe'],
  latin: ['a', 'Z', 'é', 'e\u0301', 'ß', 'İ', 'ﬁ', 'Ω', 'ж', 'ש', 'ह', '中'],
};

/** Multi-character pieces: words, clitics, abbreviations, URL and e-mail fragments. */
export const pieces: readonly string[] = [
  'ال', 'و', 'ب', 'لل', 'وبال', 'مُحَمَّدٌ', 'الیوم', 'قبیل', 'جـــميل', 'أحمد', 'إلى', 'مدرسة', 'بوتين', 'موسكو', 'روسيا',
  'الرئيس', 'طهران', 'يناير', 'عام', 'مليون', 'دولار', 'في المئة', 'الساعة', 'د.', 'ص.ب', 'ق.م', 'ج.م.ع', '...', '…',
  'http://', 'https://', 'www.', '.com', 'http://a.', 'https://example.com/path?q=بحث#x', 'user@example.com', '@', '#وسم', '@user', 'mailto:',
  '12.5', '1,000', '٣٫١٤', '١٢:٣٠', '2024-01-01', 'ﷺ', '﷽', 'ﷲ', 'ﻻ', 'ﻷ',
];

const anyGroupCharacter = fc.oneof(...Object.values(characterGroups).map((group) => fc.constantFrom(...group)));

/** A piece of hard text: a character of some group, or a multi-character piece. */
export const hardPiece = fc.oneof({ weight: 4, arbitrary: anyGroupCharacter }, { weight: 1, arbitrary: fc.constantFrom(...pieces) });

/** Strings of hard pieces; sometimes arbitrary UTF-16 (lone surrogates included) or word-like text. */
export function hardText({ maxLength = 40 } = {}): fc.Arbitrary<string> {
  const words = fc.array(fc.constantFrom(...pieces, ...characterGroups.arabicLetters), { minLength: 1, maxLength: 6 }).map((parts) => parts.join(''));
  return fc.oneof(
    { weight: 6, arbitrary: fc.array(hardPiece, { maxLength }).map((parts) => parts.join('')) },
    { weight: 2, arbitrary: fc.array(fc.oneof(words, fc.constantFrom(' ', ' ', '. ', '، ', '\n', '؟ ')), { maxLength }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength }) },
  );
}
