import { expectNumberInRange, expectOptionsObject, expectString } from '../internal/validate.js';

/** Options of {@link isArabic}. */
export interface IsArabicOptions {
  /**
   * Share of the letters (0 exclusive to 1) that must be Arabic-script letters, default 0.5.
   * Digits, punctuation, spaces, emoji, combining marks and tatweel are not letters and do not count.
   */
  threshold?: number;
}

// What a BMP code unit is, for counting letters per script: a lookup table built once, on first use.
const NOT_A_LETTER = 0;
const OTHER_SCRIPT_LETTER = 1;
const ARABIC_LETTER = 2;

// A letter that belongs to one script. Tatweel (U+0640) is a letter (Lm) of the Common script, so it
// belongs to no script and is not counted, like digits and punctuation.
// (No letter has the Inherited script, so excluding Common is enough.)
const SCRIPT_LETTER = /^(?!\p{Script=Common})\p{L}$/u;
const ARABIC_SCRIPT = /^\p{Script=Arabic}$/u;

let bmpTable: Uint8Array | undefined;

function classify(character: string): number {
  if (!SCRIPT_LETTER.test(character)) return NOT_A_LETTER;
  return ARABIC_SCRIPT.test(character) ? ARABIC_LETTER : OTHER_SCRIPT_LETTER;
}

function getBmpTable(): Uint8Array {
  if (bmpTable === undefined) {
    const table = new Uint8Array(0x10000);
    for (let code = 0; code < 0x10000; code++) {
      // Surrogates are handled by the scanner; a lone one is not a letter.
      if (code >= 0xd800 && code <= 0xdfff) continue;
      table[code] = classify(String.fromCharCode(code));
    }
    bmpTable = table;
  }
  return bmpTable;
}

/** Counts the letters of `text` that belong to a script, and how many of them are Arabic script. */
export function countScriptLetters(text: string): { letters: number; arabic: number } {
  const table = getBmpTable();
  let letters = 0;
  let arabic = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    let kind: number;
    if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      const low = text.charCodeAt(index + 1);
      if (low < 0xdc00 || low > 0xdfff) continue; // lone high surrogate
      // Astral letters (Arabic Mathematical Alphabetic Symbols, CJK extensions, …) are rare: test directly.
      kind = classify(text.slice(index, index + 2));
      index++;
    } else {
      kind = table[code];
    }
    if (kind !== NOT_A_LETTER) {
      letters++;
      if (kind === ARABIC_LETTER) arabic++;
    }
  }
  return { letters, arabic };
}

/**
 * Share (0 to 1) of the letters of `text` that are Arabic-script letters (Arabic, Persian, Urdu, …,
 * presentation forms included). 0 when the text has no letters.
 */
export function arabicLetterShare(text: string): number {
  expectString(text, 'text', 'arabicLetterShare');
  const { letters, arabic } = countScriptLetters(text);
  return letters === 0 ? 0 : arabic / letters;
}

/**
 * Whether `text` is written mostly in Arabic script: the share of its letters that are Arabic-script
 * letters is at least `threshold` (default 0.5). A text without letters is not Arabic.
 *
 * This looks at the script, not the language: Persian and Urdu are Arabic script too; use
 * `detectLanguage` to tell them apart.
 */
export function isArabic(text: string, options?: IsArabicOptions): boolean {
  expectString(text, 'text', 'isArabic');
  const { threshold = 0.5 } = expectOptionsObject<IsArabicOptions>(options, 'options', 'isArabic', ['threshold']);
  expectNumberInRange(threshold, 'threshold', 'isArabic', { min: 0, max: 1, minExclusive: true });
  const { letters, arabic } = countScriptLetters(text);
  return letters > 0 && arabic >= threshold * letters;
}
