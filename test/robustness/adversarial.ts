/**
 * Adversarial inputs for linear time: one long repetition of a piece that a careless scanner or regex
 * handles in quadratic time (a word with no spaces, only dots, only quotes, only URL starts, only marks,
 * only emoji, only digits with separators). `npm test` runs ~200 KB versions that must just finish;
 * `npm run fuzz` runs 1–2 MB versions and prints the time of each function.
 */
export const adversarialPieces: readonly { name: string; piece: string }[] = [
  { name: 'one word, no spaces', piece: 'بت' },
  { name: 'one word with marks and tatweel', piece: 'بَـّ' },
  { name: 'only dots', piece: '.' },
  { name: 'only quotes', piece: '"«»\'' },
  { name: 'only URL fragments', piece: 'http://a.' },
  { name: 'only e-mail fragments', piece: 'a@b.' },
  { name: 'only hashtags', piece: '#' },
  { name: 'only marks', piece: '\u064e\u0651' },
  // Marks that NFC composes with a letter (hamza above) force String.prototype.normalize to reorder and
  // compose the whole run: see the known bug normalize-nfc-quadratic-on-long-mark-runs.
  { name: 'only marks with hamza above', piece: '\u064e\u0654' },
  { name: 'only emoji', piece: '👍🏽' },
  { name: 'only ZWJ emoji sequences', piece: '👨‍👩‍' },
  { name: 'only digits with separators', piece: '1,1,' },
  { name: 'Eastern digits with separators', piece: '١٫١٬' },
  { name: 'only ligatures', piece: 'ﷺ' },
  { name: 'abbreviation chains', piece: 'ج.م.' },
  { name: 'words and full stops, no spaces', piece: 'كلمة.' },
  { name: 'short sentences', piece: 'قال الرئيس بوتين في موسكو. ' },
  { name: 'one long line of words', piece: 'الرئيس ' },
  { name: 'lone surrogates', piece: '\ud800' },
  { name: 'invisible characters only', piece: '\u200f\u200c\ufeff' },
];

/** `piece` repeated to about `units` UTF-16 code units. */
export function adversarialText(piece: string, units: number): string {
  return piece.repeat(Math.max(1, Math.round(units / piece.length)));
}
