/**
 * A light stemmer in the Light10 family (Larkey et al.): strip clitics, then one of the inflection
 * suffixes ان ات ون ين ية ة ي (tried in that order). Unlike Light10 it strips nothing blindly: clitics,
 * pronoun suffixes included, are what `segment` finds (so `stem` and `segment` agree on every word: توجه
 * keeps its ه because the segmenter keeps it), and an inflection suffix goes only when what is left is
 * about as well attested in the corpus stem table as the word itself (as a word or with ة), and not from a
 * word the corpus tags as a name. So
 * بوتين, موسكو and لبنان stay whole, where Snowball gives وتين and موسك.
 *
 * It works on the code units of the word loaded by analysis.ts: one pass of normalization (none at all
 * for a word of plain Arabic letters), lexicon look-ups by code-unit ranges, one string built at the end.
 */
import { expectString } from '../internal/validate.js';
import { normalize } from '../normalize/index.js';
import {
  analyzeLoaded,
  best,
  bestStemValue,
  evidenceOfValue,
  isBaseLetters,
  loadNormalized,
  loadWord,
  stemEvidence,
  unitsToString,
  wholeWordValue,
  word,
} from './analysis.js';
import { FUNCTION_WORD, MAYBE_SEARCH_FLAGS, NAME, getLexicon } from './lexicon.js';
import { tokenize } from './tokens.js';
// HEH: teh marbuta folds to it in the 'search' preset.
import { ALEF, FATHATAN, HEH, TEH_MARBUTA } from '../internal/letters.js';


/**
 * Light10's inflection suffixes in its order, 'search'-normalized (ية → يه, ة → ه), as code units. Its
 * pronoun suffixes ها and ه are not here: whether a final ه is a pronoun is the segmenter's decision.
 */
const INFLECTION_SUFFIXES: readonly (readonly number[])[] = [
  [0x0627, 0x0646], // ان
  [0x0627, 0x062a], // ات
  [0x0648, 0x0646], // ون
  [0x064a, 0x0646], // ين
  [0x064a, 0x0647], // يه: only a written ية (توجيه keeps its ه)
  [0x0647], // ه: only a written ة, never a pronoun ه
  [0x064a], // ي
];
/** The suffixes that are only stripped where the word is written with ة. */
const NISBA_FEMININE = INFLECTION_SUFFIXES.length - 3;
const FEMININE = INFLECTION_SUFFIXES.length - 2;

/** A final alef carrying tanween fatha (جهوداً): the alef is spelling, not part of the stem. */
function endsWithTanweenAlef(input: string): boolean {
  const length = input.length;
  if (length < 2) return false;
  const last = input.charCodeAt(length - 1);
  const before = input.charCodeAt(length - 2);
  return (last === ALEF && before === FATHATAN) || (last === FATHATAN && before === ALEF);
}

/** The 'search' form of the loaded word's units [from, to). */
function searchString(input: string, from: number, to: number): string {
  if (word.plain && (word.searchPlain || sameAsStandard(from, to))) return input.slice(from, to);
  return unitsToString(word.search, from, to);
}

function sameAsStandard(from: number, to: number): boolean {
  const { search, standard } = word;
  for (let k = from; k < to; k++) if (search[k] !== standard[k]) return false;
  return true;
}

function searchFlags(from: number, to: number): number {
  const value = getLexicon().searchFlags.get(word.search, from, to, -1);
  return value < 0 ? 0 : value;
}

/**
 * The flags of the 'search' form of [from, to), whose lexicon form has the stem-table value `lexiconValue`:
 * only a key marked MAYBE_SEARCH_FLAGS can have any.
 */
function searchFlagsOf(lexiconValue: number, from: number, to: number): number {
  return lexiconValue >= 0 && (lexiconValue & MAYBE_SEARCH_FLAGS) !== 0 ? searchFlags(from, to) : 0;
}

/**
 * How much less attested than the word the rest may be and still be its stem (log2 units: a count and
 * variety about four times smaller). تعاون is not تعا + ون: the corpus has تعاون hundreds of times and تعا almost
 * never; علاقات is علاق + ات because علاقة is as common as علاقات.
 */
const SUFFIX_EVIDENCE_MARGIN = 2;

/** The rest [from, restTo), as it is or with ة, is a stem about as attested as the core (`coreEvidence`). */
function restIsStem(from: number, restTo: number, coreEvidence: number): boolean {
  // With ة asked only when the rest as it is falls short (the better of the two decides).
  return attestedEnough(stemEvidence(from, restTo, -1), coreEvidence) || attestedEnough(stemEvidence(from, restTo, TEH_MARBUTA), coreEvidence);
}

function attestedEnough(evidence: number, coreEvidence: number): boolean {
  return evidence > 0 && evidence >= coreEvidence - SUFFIX_EVIDENCE_MARGIN;
}

function endsWithUnits(to: number, units: readonly number[]): boolean {
  const search = word.search;
  for (let k = 0; k < units.length; k++) if (search[to - units.length + k] !== units[k]) return false;
  return true;
}

// Unicode White_Space: not \s, which also takes U+FEFF (ZERO WIDTH NO-BREAK SPACE), an invisible mark inside a token.
const WHITE_SPACE = /\p{White_Space}/u;
const LISTED_TOKENS = 5;

/**
 * Throws a RangeError unless `input` is one token (a word, a number, a hashtag …) with no white space: a
 * phrase would otherwise come back unchanged, as if it were one word the stemmer leaves whole.
 */
function expectOneWord(input: string): void {
  const tokens = tokenize(input);
  if (tokens.length <= 1 && !WHITE_SPACE.test(input)) return;
  const found =
    tokens.length > 1
      ? `${tokens.length} tokens: ${tokens.slice(0, LISTED_TOKENS).map((token) => JSON.stringify(token.text)).join(' ')}${tokens.length > LISTED_TOKENS ? ' …' : ''}`
      : `white space in ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  throw new RangeError(`dhad.stem: expected \`word\` to be one word, found ${found}; stem each token of tokenize(text) instead`);
}

/**
 * The light stem of `word`, in 'search'-normalized form (أ إ آ → ا, ى → ي, ة → ه): `والعلاقات` → `علاق`,
 * `بلاده` → `بلاد`, `بوتين` → `بوتين`. Clitics are chosen on the standard form (where ة is not ه, so a
 * final ة is never taken for the pronoun ه). Non-Arabic words come back normalized and lower-cased.
 * `word` must be one token: several (`وصل بوتين`, `موسكو،`) or white space are a RangeError.
 */
export function stem(input: string): string {
  expectString(input, 'word', 'stem');
  return lightStem(input, true);
}

/**
 * `stem` for the normalized form of a token, which may be several words: a ligature such as ﷺ is one token
 * whose normalized form is four words. It comes back unchanged then, as it always has for the summarizer.
 */
export function stemNormalizedToken(norm: string): string {
  return lightStem(norm, false);
}

function lightStem(input: string, oneWordOnly: boolean): string {
  let length = loadWord(input);
  if (length < 0) {
    // Only here: a word that loadWord takes whole is plain Arabic letters, one word by construction.
    if (oneWordOnly) expectOneWord(input);
    const standard = normalize(input);
    if (!isBaseLetters(standard)) return normalize(input, 'search').toLowerCase();
    loadNormalized(standard);
    length = standard.length;
  } else if (length === 0) return '';
  // The whole word's stem-table value is shared with the analysis, which needs it too.
  const wholeFlags = searchFlagsOf(wholeWordValue(), 0, length);
  if ((wholeFlags & FUNCTION_WORD) !== 0) return searchString(input, 0, length);
  analyzeLoaded();
  // The core: the 'search' form of the stem's morpheme (ت restored to ة, that is ه, before a pronoun).
  const from = best.stemStart;
  let to = best.stemEnd;
  const stemEndsWithTehMarbuta = best.tehRestored || word.standard[to - 1] === TEH_MARBUTA;
  if (best.tehRestored) {
    word.search[to - 1] = HEH;
    word.searchPlain = false;
  }
  if (best.suffix < 0 && to - from > 2 && endsWithTanweenAlef(input)) to--;
  // The whole word's flags were read above; a stem as written has its value from the analysis; a stem
  // changed since (ة restored, tanween alef dropped) is asked directly.
  let flags: number;
  if (from === 0 && to === length) flags = wholeFlags;
  else if (to === best.stemEnd && !best.tehRestored) flags = searchFlagsOf(bestStemValue(), from, to);
  else flags = searchFlags(from, to);
  if ((flags & (NAME | FUNCTION_WORD)) !== 0) return searchString(input, from, to);
  const coreLength = to - from;
  // The core's evidence (the analysis looked the stem up already, unless a tanween alef was dropped).
  let coreEvidence = -1;
  for (let s = 0; s < INFLECTION_SUFFIXES.length; s++) {
    const suffix = INFLECTION_SUFFIXES[s];
    // Two-letter suffixes leave at least three letters (بيان is not بي + ان), one-letter ones two.
    const rest = coreLength - suffix.length;
    if (rest < Math.min(3, 1 + suffix.length) || !endsWithUnits(to, suffix)) continue;
    if ((s === NISBA_FEMININE || s === FEMININE) && !stemEndsWithTehMarbuta) continue;
    if (coreEvidence < 0) coreEvidence = to === best.stemEnd ? evidenceOfValue(bestStemValue()) : stemEvidence(from, to, -1);
    if (restIsStem(from, from + rest, coreEvidence)) return searchString(input, from, from + rest);
  }
  // A written ة is always the feminine ending (never the pronoun): Light10 strips it without asking.
  if (stemEndsWithTehMarbuta && coreLength > 3) return searchString(input, from, to - 1);
  return searchString(input, from, to);
}
