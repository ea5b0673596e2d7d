import { francAll } from 'franc';
import { normalize } from '../normalize/index.js';
import type { NormalizeOptions } from '../normalize/index.js';
import { expectInteger, expectOptionsObject, expectString } from '../internal/validate.js';
import { roundScore } from '../internal/score.js';
import letterData from './letters.json';

/** One language franc considered, with its score (1 for the best, lower is less likely). */
export interface LanguageCandidate {
  /** ISO 639-3 code, e.g. `arb`, `pes`, `urd`, `eng`. */
  language: string;
  /** franc's normalized score, 0 to 1, rounded to three decimals; the best candidate has 1. */
  score: number;
}

/** The result of {@link detectLanguage}. */
export interface LanguageDetection {
  /** ISO 639-3 code of the most likely language, or `und` (undetermined). */
  language: string;
  /**
   * 0 to 1: how far the best candidate is ahead of the runner-up (1 − runner-up's score), rounded to
   * three decimals; 1 when there was no competitor, 0 for `und`. A margin, not a probability.
   */
  confidence: number;
  /** The best candidates, best first (at most `maxCandidates`); empty for `und`. */
  candidates: LanguageCandidate[];
}

/** Options of {@link detectLanguage}. */
export interface DetectLanguageOptions {
  /**
   * For text written mostly in Arabic script: the languages to choose between, as ISO 639-3 codes
   * from {@link ARABIC_SCRIPT_LANGUAGES}. Default {@link DEFAULT_ARABIC_SCRIPT_LANGUAGES}.
   */
  arabicScriptLanguages?: readonly string[];
  /**
   * Texts shorter than this give `und`, default 10. Counted in UTF-16 code units after removing
   * diacritics and tatweel, with each run of white space counted as one.
   */
  minLength?: number;
  /** How many candidates to return, default 5. */
  maxCandidates?: number;
}

/**
 * Every Arabic-script language franc has a model for: Standard Arabic, Urdu, Iranian Persian, Malay
 * (Jawi), Saraiki, Northern Pashto, Uyghur and Dari.
 */
export const ARABIC_SCRIPT_LANGUAGES: readonly string[] = Object.freeze([
  'arb',
  'urd',
  'pes',
  'zlm',
  'skr',
  'pbu',
  'uig',
  'prs',
]);

/**
 * The languages chosen between by default for Arabic-script text. Left out, because franc confuses them
 * with a bigger neighbour far more often than it finds them: Dari (`prs`, written like Iranian Persian;
 * franc's models come from one translated text, and Iranian news often scores as Dari), Saraiki (`skr`,
 * close to Urdu) and Jawi Malay (`zlm`, which colloquial Arabic is often mistaken for).
 */
export const DEFAULT_ARABIC_SCRIPT_LANGUAGES: readonly string[] = Object.freeze(['arb', 'pes', 'urd', 'pbu', 'uig']);

/**
 * Languages whose ordinary spelling uses letters the Arabic alphabet does not have (Persian ی ک گ پ,
 * Urdu ے ہ ں ٹ, Pashto ټ ځ ښ, Uyghur ە ې ۇ …). A text without any such letter is not written in them.
 */
const NEEDS_EXTENDED_LETTERS: readonly string[] = ['urd', 'pes', 'skr', 'pbu', 'uig', 'prs'];

const UNDETERMINED = 'und';

const WHITE_SPACE = /^\s$/u;

// franc reads at most 2048 characters; preparing more than that would be wasted work on large inputs.
// Twice as many leaves room for the characters normalization removes (diacritics, tatweel).
const SAMPLE_LENGTH = 4096;

// Preparation for franc: presentation forms to letters (in presentation forms franc cannot tell Arabic,
// Urdu and Persian apart), diacritics and tatweel removed (franc's models were built from unvocalized
// text). Kept: the Persian and Urdu letters (ی ک ہ ے …) and the zero-width non-joiner of Persian
// (می‌شود), which are exactly what tells these languages apart.
const PREPARATION: NormalizeOptions = { foldPersianLetters: false, removeInvisible: false };

const OPTION_NAMES = ['arabicScriptLanguages', 'minLength', 'maxCandidates'];

function readArabicScriptLanguages(value: unknown): readonly string[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw new RangeError(
      'dhad.detectLanguage: expected `arabicScriptLanguages` to be a non-empty array of ISO 639-3 codes from ' +
        ARABIC_SCRIPT_LANGUAGES.join(', '),
    );
  }
  for (const code of value) {
    if (!ARABIC_SCRIPT_LANGUAGES.includes(code)) {
      throw new RangeError(
        `dhad.detectLanguage: unknown Arabic-script language ${JSON.stringify(code)} in \`arabicScriptLanguages\`; ` +
          `allowed: ${ARABIC_SCRIPT_LANGUAGES.join(', ')}`,
      );
    }
  }
  return value;
}

/**
 * Whether a code unit is a letter (or the Urdu full stop) from outside the Arabic alphabet: the letters
 * added for Persian, Urdu, Pashto, Kurdish, Uyghur, Sindhi, African languages …. Alef wasla (U+0671) and
 * the archaic dotless letters (U+066E, U+066F) are Arabic and do not count.
 */
function isExtendedLetter(code: number): boolean {
  return (
    code === 0x0620 || // ARABIC LETTER KASHMIRI YEH
    (code >= 0x063b && code <= 0x063f) || // KEHEH WITH TWO DOTS ABOVE … FARSI YEH WITH THREE DOTS ABOVE
    (code >= 0x0672 && code <= 0x06d5) || // ALEF WITH WAVY HAMZA ABOVE … AE (includes URDU FULL STOP U+06D4)
    code === 0x06ee || // DAL WITH INVERTED V
    code === 0x06ef || // REH WITH INVERTED V
    (code >= 0x06fa && code <= 0x06ff) || // SHEEN WITH DOT BELOW … HEH WITH INVERTED V
    (code >= 0x0750 && code <= 0x077f) || // Arabic Supplement letters
    (code >= 0x0870 && code <= 0x0887) || // Arabic Extended-B letters
    (code >= 0x08a0 && code <= 0x08c9) // Arabic Extended-A letters
  );
}

/**
 * Persian, Urdu and the other languages write their own letters all the time (ی alone is about one letter
 * in twelve of Persian); Arabic text has them only as stray keyboard slips (the seed article's قبیل). Below
 * this share of the Arabic-script letters, a text counts as written with the Arabic alphabet only.
 */
const EXTENDED_LETTER_SHARE = 0.01;

/** Whether letters from outside the Arabic alphabet are frequent enough to be the writing system's own. */
function usesExtendedAlphabet(text: string): boolean {
  let arabicLetters = 0;
  let extended = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x0620 || code > 0x08ff) continue;
    if (isExtendedLetter(code)) extended++;
    else if ((code >= 0x0621 && code <= 0x064a) || code === 0x0671) arabicLetters++;
  }
  return extended > 0 && extended >= EXTENDED_LETTER_SHARE * (arabicLetters + extended);
}

interface LetterRules {
  /** Language → code units of which a text in it has at least one. */
  requires: Map<string, Set<number>>;
  /** Language → code units a text in it never has. */
  excludedBy: Map<string, Set<number>>;
}

let letterRules: LetterRules | undefined;

function rulesOf(table: Record<string, string>): Map<string, Set<number>> {
  return new Map(Object.entries(table).map(([language, letters]) => [language, new Set(Array.from(letters, (letter) => letter.charCodeAt(0)))]));
}

/** The letter rules of letters.json, built on first use. */
function getLetterRules(): LetterRules {
  letterRules ??= { requires: rulesOf(letterData.requires), excludedBy: rulesOf(letterData.excludedBy) };
  return letterRules;
}

/**
 * Letters a language never writes rule it out only when they are more than slips: at least this share of
 * the text's Arabic-script letters (and at least one), so that one stray ۔ in a long Persian text does not.
 */
const EXCLUDING_SHARE = 0.005;

/**
 * The languages of `allowed` that the text's letters leave possible: Urdu, Pashto and Uyghur need one of
 * their own letters, Persian and Dari none of the letters they never write (letters.json). On short texts
 * this decides what franc's trigrams cannot (`سلام، حال شما چطور است؟` has no Urdu letter, so it is not Urdu).
 * When the letters rule out every language, `allowed` is returned unchanged.
 */
function plausibleByLetters(text: string, allowed: readonly string[]): readonly string[] {
  const { requires, excludedBy } = getLetterRules();
  const counts = new Map<number, number>();
  let letters = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= 0x0600 && code <= 0x06ff) {
      counts.set(code, (counts.get(code) ?? 0) + 1);
      letters++;
    }
  }
  const occurrences = (set: Set<number>): number => {
    let total = 0;
    for (const code of set) total += counts.get(code) ?? 0;
    return total;
  };
  const excludingMinimum = Math.max(1, EXCLUDING_SHARE * letters);
  const plausible = allowed.filter((language) => {
    const required = requires.get(language);
    if (required !== undefined && occurrences(required) === 0) return false;
    const excluding = excludedBy.get(language);
    return excluding === undefined || occurrences(excluding) < excludingMinimum;
  });
  return plausible.length > 0 ? plausible : allowed;
}

/** Length of `text` with leading and trailing white space left out and inner runs counted as one. */
function collapsedLength(text: string): number {
  let length = 0;
  let pendingSpace = false;
  for (let index = 0; index < text.length; index++) {
    if (WHITE_SPACE.test(text[index])) {
      pendingSpace = length > 0;
    } else {
      if (pendingSpace) length++;
      pendingSpace = false;
      length++;
    }
  }
  return length;
}

/** The start of `text`, cut so that it does not split a surrogate pair. */
function sample(text: string): string {
  if (text.length <= SAMPLE_LENGTH) return text;
  const last = text.charCodeAt(SAMPLE_LENGTH - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? SAMPLE_LENGTH - 1 : SAMPLE_LENGTH);
}

/**
 * Detects the language of `text` with franc's trigram models: ISO 639-3 codes such as `arb` (Standard
 * Arabic), `pes` (Persian), `urd` (Urdu), `eng`, or `und` when undetermined.
 *
 * Text written mostly in Arabic script is compared only with `options.arabicScriptLanguages`; text in
 * another script goes to franc unrestricted. Presentation forms are decomposed and diacritics removed
 * first. Only the first ~2000 characters are read.
 */
export function detectLanguage(text: string, options?: DetectLanguageOptions): LanguageDetection {
  expectString(text, 'text', 'detectLanguage');
  const given = expectOptionsObject<DetectLanguageOptions>(options, 'options', 'detectLanguage', OPTION_NAMES);
  const arabicScriptLanguages =
    given.arabicScriptLanguages === undefined
      ? DEFAULT_ARABIC_SCRIPT_LANGUAGES
      : readArabicScriptLanguages(given.arabicScriptLanguages);
  const minLength = given.minLength === undefined ? 10 : expectInteger(given.minLength, 'minLength', 'detectLanguage', { min: 1 });
  const maxCandidates =
    given.maxCandidates === undefined ? 5 : expectInteger(given.maxCandidates, 'maxCandidates', 'detectLanguage', { min: 1 });

  const undetermined: LanguageDetection = { language: UNDETERMINED, confidence: 0, candidates: [] };
  const prepared = normalize(sample(text), PREPARATION);
  if (collapsedLength(prepared) < minLength) return undetermined;

  // Spelling first: a text written with the letters of the Arabic alphabet (but for a stray slip) is not
  // Persian, Urdu, Pashto or Uyghur, whatever its trigrams say (colloquial Arabic often scores as Persian
  // or Pashto).
  let allowed = arabicScriptLanguages;
  if (!usesExtendedAlphabet(prepared)) {
    const plausible = allowed.filter((code) => !NEEDS_EXTENDED_LETTERS.includes(code));
    if (plausible.length > 0) allowed = plausible;
  } else {
    allowed = plausibleByLetters(prepared, allowed);
  }
  // franc picks the script with the most characters and compares only that script's languages, so
  // ignoring the Arabic-script languages not allowed restricts Arabic-script text and leaves the rest alone.
  const ignore = ARABIC_SCRIPT_LANGUAGES.filter((code) => !allowed.includes(code));
  // franc's scores fall outside 0..1 on some inputs (U+0130 İ lower-cases to two code units and skews its
  // distance): clamp them, and order again.
  const ranked = francAll(prepared, { ignore, minLength: 0 })
    .map(([language, score]): [string, number] => [language, Math.min(1, Math.max(0, score))])
    .sort((a, b) => b[1] - a[1]);
  const [best, runnerUp] = ranked;
  // franc scores 0 for everything when not one trigram of the text is in any model: no evidence at all.
  if (best === undefined || best[0] === UNDETERMINED || best[1] !== 1) return undetermined;

  return {
    language: best[0],
    confidence: runnerUp === undefined ? 1 : roundScore(best[1] - runnerUp[1]),
    candidates: ranked.slice(0, maxCandidates).map(([language, score]) => ({ language, score: roundScore(score) })),
  };
}
