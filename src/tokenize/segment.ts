/**
 * Clitic segmentation: conjunctions و ف, prepositions ب ك ل, future س and the article ال before a stem,
 * pronoun suffixes after it. The analysis (which split wins) is in analysis.ts; this module turns it into
 * morphemes and surface pieces.
 */
import { expectString } from '../internal/validate.js';
import { normalize, normalizeWithOffsets } from '../normalize/index.js';
import { ALEF, ALEF_MAQSURA, YEH } from '../internal/letters.js';
import {
  PREFIX_FORMS,
  SUFFIX_FORMS,
  analyzeLoaded,
  best,
  isBaseLetters,
  isFunctionWord,
  isFunctionWordRange,
  loadNormalized,
  loadWord,
  standardString,
  unitsToString,
  word,
} from './analysis.js';

export interface Segment {
  text: string;
  start: number;
  end: number;
  role: 'prefix' | 'stem' | 'suffix';
}

export interface SegmentPieces {
  prefixes: string[];
  stem: string;
  suffixes: string[];
}

export interface Segmentation extends SegmentPieces {
  /**
   * `prefixes`, `stem` and `suffixes` are the morphemes, standard-normalized: the article written `ل` in
   * للولايات is `ال` here, a stem that ends in ت before a pronoun gets its ة back (علاقتنا → علاقة), and a
   * preposition written with ي or ا before a pronoun its ى (عليه → على, سواه → سوى).
   * `surface` gives the pieces as written: substrings of the input, in order, prefixes + stem + suffixes
   * === the input (diacritics stay with their letter). A boundary that would fall inside one input
   * character (a ligature such as ﻻ) is not cut, so `surface` may have fewer prefixes than the morphemes.
   */
  surface: SegmentPieces;
}

const PREFIX = 0;
const STEM = 1;
const SUFFIX = 2;
const ROLE_NAMES = ['prefix', 'stem', 'suffix'] as const;

/** Cut points of the surface pieces in the input (piece k is [cuts[k], cuts[k + 1])) and their roles. */
const cuts = new Int32Array(6);
const roles = new Int8Array(5);
let pieceCount = 0;

/** `analyzeInput` results. */
const NOT_ARABIC = 0; // not (after normalization) Arabic letters: nothing loaded
const WHOLE = 1; // loaded, stays whole (a function word, a word the lexicon knows as a whole)
const SPLIT = 2; // splits: `best` holds the split, `cuts`/`roles` its surface pieces

function analyzeInput(input: string): number {
  const length = loadWord(input);
  if (length < 0) {
    const { text, offsets } = normalizeWithOffsets(input);
    if (!isBaseLetters(text)) return NOT_ARABIC;
    loadNormalized(text, offsets);
  } else if (length === 0) return NOT_ARABIC;
  analyzeLoaded();
  // A function word (الذي, إلى …) stays whole; asked only of a word that would split.
  if ((best.prefixCount === 0 && best.suffix < 0) || isFunctionWord()) return WHOLE;
  return surfaceCuts(input) ? SPLIT : WHOLE;
}

/** Maps the analysis' cut points to the input; false when the stem's boundaries fall inside one input character. */
function surfaceCuts(input: string): boolean {
  cuts[0] = 0;
  pieceCount = 0;
  for (let k = 0; k < best.prefixCount; k++) pushPiece(input, best.prefixEnds[k], PREFIX);
  const hasStem = pushPiece(input, best.stemEnd, STEM);
  if (best.suffix >= 0) pushPiece(input, word.length, SUFFIX);
  if (!hasStem) return false;
  cuts[pieceCount] = input.length; // removed characters at the end (a final tatweel) stay in the last piece
  return true;
}

/** Adds the piece that ends at `normalizedEnd` (in the standard form); false when it is empty in the input. */
function pushPiece(input: string, normalizedEnd: number, role: number): boolean {
  const end = normalizedEnd >= word.length ? input.length : normalizedEnd === 0 ? 0 : word.origins[normalizedEnd];
  // A boundary inside one input character (a ligature such as ﻻ) cannot be cut: merge the pieces.
  if (end <= cuts[pieceCount]) return false;
  roles[pieceCount] = role;
  cuts[++pieceCount] = end;
  return true;
}

/**
 * The stem's morpheme: standard form, with ة back when the analysis restored it, and with ى back on a
 * preposition or particle written with ي or ا before a pronoun (عليه → على, إليها → إلى, لديهم → لدى, سواه →
 * سوى: علي would be the name).
 */
function stemForm(input: string): string {
  const { stemStart, stemEnd } = best;
  if (best.tehRestored) return unitsToString(word.standard, stemStart, stemEnd - 1) + '\u0629'; // ARABIC LETTER TEH MARBUTA
  const last = word.standard[stemEnd - 1];
  if (best.suffix >= 0 && (last === YEH || last === ALEF) && isFunctionWordRange(stemStart, stemEnd - 1, ALEF_MAQSURA)) {
    return unitsToString(word.standard, stemStart, stemEnd - 1) + '\u0649'; // ARABIC LETTER ALEF MAQSURA
  }
  return word.plain ? input.slice(stemStart, stemEnd) : unitsToString(word.standard, stemStart, stemEnd);
}

/**
 * Splits an Arabic word into its clitics and stem: `وبالتعاون` → prefixes `و` `ب` `ال`, stem `تعاون`;
 * `علاقاتنا` → stem `علاقات`, suffix `نا`; `للولايات` → `ل` `ال` + `ولايات` (morphemes; `surface` has
 * `ل` `ل` `ولايات`, the pieces as written). Words the lexicon knows as wholes (`وزير`, `لبنان`) and
 * non-Arabic words come back as their own (normalized) stem.
 */
export function segment(input: string): Segmentation {
  expectString(input, 'word', 'segment');
  const analysis = analyzeInput(input);
  if (analysis !== SPLIT) {
    const standard = analysis === WHOLE ? standardString(input) : input.length ? normalize(input) : '';
    return { prefixes: [], stem: standard, suffixes: [], surface: { prefixes: [], stem: input, suffixes: [] } };
  }
  const prefixes: string[] = [];
  for (let k = 0; k < best.prefixCount; k++) prefixes.push(PREFIX_FORMS[best.prefixCodes[k]]);
  const surface: SegmentPieces = { prefixes: [], stem: '', suffixes: [] };
  for (let k = 0; k < pieceCount; k++) {
    const piece = input.slice(cuts[k], cuts[k + 1]);
    if (roles[k] === PREFIX) surface.prefixes.push(piece);
    else if (roles[k] === STEM) surface.stem = piece;
    else surface.suffixes.push(piece);
  }
  return { prefixes, stem: stemForm(input), suffixes: best.suffix >= 0 ? [SUFFIX_FORMS[best.suffix]] : [], surface };
}

/** The segments of a word token, with offsets into the text the token came from. */
export function segmentWithOffsets(input: string, offset: number): Segment[] {
  if (analyzeInput(input) !== SPLIT) return [{ text: input, start: offset, end: offset + input.length, role: 'stem' }];
  const segments: Segment[] = [];
  for (let k = 0; k < pieceCount; k++) {
    segments.push({ text: input.slice(cuts[k], cuts[k + 1]), start: offset + cuts[k], end: offset + cuts[k + 1], role: ROLE_NAMES[roles[k]] });
  }
  return segments;
}
