/**
 * A light stemmer in the Light10 family (Larkey et al.): strip clitics, then one of the inflection
 * suffixes ها ان ات ون ين ية ه ة ي (tried in that order). Unlike Light10 it strips nothing blindly:
 * clitics are chosen by the segmenter's lexicon scores, and a suffix goes only when what is left is
 * attested in the corpus lexicon (as a word or with ة) and is not a word the corpus tags as a name. So
 * بوتين, موسكو and لبنان stay whole, where Snowball gives وتين and موسك.
 */
import { expectString } from '../internal/validate.js';
import { normalize } from '../normalize/index.js';
import { getLexicon } from './lexicon.js';
import { isArabicLetters } from './lexicon-form.js';
import { analyze, segmentLookup } from './segment.js';

const HEH = '\u0647'; // ARABIC LETTER HEH (teh marbuta folds to it in the 'search' preset)
const TEH_MARBUTA = '\u0629'; // ARABIC LETTER TEH MARBUTA
/** A final alef carrying tanween fatha (جهوداً): the alef is spelling, not part of the stem. */
const TANWEEN_ALEF = /(?:\u064b\u0627|\u0627\u064b)$/u; // FATHATAN + ALEF, ALEF + FATHATAN

/** Light10's suffixes in its order, 'search'-normalized (ية → يه, ة → ه). */
const INFLECTION_SUFFIXES = [
  '\u0647\u0627', // ها
  '\u0627\u0646', // ان
  '\u0627\u062a', // ات
  '\u0648\u0646', // ون
  '\u064a\u0646', // ين
  '\u064a\u0647', // يه (ية)
  '\u0647', // ه (ة)
  '\u064a', // ي
];

function isAttested(rest: string): boolean {
  const { searchEvidence } = getLexicon();
  return (searchEvidence.get(rest) ?? 0) > 0 || (searchEvidence.get(rest + HEH) ?? 0) > 0;
}

/**
 * The light stem of `word`, in 'search'-normalized form (أ إ آ → ا, ى → ي, ة → ه): `والعلاقات` → `علاق`,
 * `بلاده` → `بلاد`, `بوتين` → `بوتين`. Clitics are chosen on the standard form (where ة is not ه, so a
 * final ة is never taken for the pronoun ه). Non-Arabic words come back normalized and lower-cased.
 */
export function stem(word: string): string {
  expectString(word, 'word', 'stem');
  const searchForm = normalize(word, 'search');
  if (!isArabicLetters(searchForm)) return searchForm.toLowerCase();
  const { searchNames, searchFunctionWords } = getLexicon();
  if (searchFunctionWords.has(searchForm)) return searchForm;
  const standard = normalize(word);
  const analysis = analyze(standard, segmentLookup);
  let core = normalize(analysis.stemForm, 'search');
  if (analysis.suffix === '' && core.length > 2 && TANWEEN_ALEF.test(word)) core = core.slice(0, -1);
  if (searchNames.has(core) || searchFunctionWords.has(core)) return core;
  // A written ة is always the feminine ending (never the pronoun): Light10 strips it without asking.
  if (analysis.stemForm.endsWith(TEH_MARBUTA) && core.length > 3) return core.slice(0, -1);
  for (const suffix of INFLECTION_SUFFIXES) {
    // Two-letter suffixes leave at least three letters (بيان is not بي + ان), one-letter ones two.
    const rest = core.slice(0, -suffix.length);
    if (core.endsWith(suffix) && rest.length >= Math.min(3, 1 + suffix.length) && isAttested(rest)) {
      core = rest;
      break;
    }
  }
  return core;
}
