/**
 * Normalization: fold what makes one Arabic word look like many, keeping a map back to the input.
 */
import { expectInteger, expectString } from '../internal/validate.js';
import { runNormalizer, type NormalizeResult } from './normalize.js';
import { resolveSteps, singleStepMask, type NormalizeSteps } from './options.js';
import { tableFor } from './tables.js';

import type { NormalizeOptions, Preset } from './options.js';
export type { NormalizeOptions, NormalizeSteps, Preset } from './options.js';
export type { NormalizeResult } from './normalize.js';

/**
 * Normalizes Arabic text. `preset` is 'standard' (default: meaning-preserving), 'search' (standard plus
 * lossy alef, alef maqsura and teh marbuta folding) or an options object that switches steps on or off.
 */
export function normalize(text: string, preset?: Preset | NormalizeOptions): string {
  expectString(text, 'text', 'normalize');
  const mask = resolveSteps(preset, 'normalize');
  if (text.length === 0) return '';
  return runNormalizer(text, tableFor(mask), false).text;
}

/**
 * Like `normalize`, and also returns `offsets`: `offsets[i]` is the input index of the character that
 * produced output code unit `i`, and `offsets[text.length] === input.length`.
 */
export function normalizeWithOffsets(
  text: string,
  preset?: Preset | NormalizeOptions,
): NormalizeResult {
  expectString(text, 'text', 'normalizeWithOffsets');
  const mask = resolveSteps(preset, 'normalizeWithOffsets');
  if (text.length === 0) return { text: '', offsets: new Uint32Array(1) };
  const { text: normalized, offsets } = runNormalizer(text, tableFor(mask), true);
  return { text: normalized, offsets: offsets! };
}

/**
 * Maps the half-open range [start, end) of normalized text back to the input, using the `offsets` of
 * `normalizeWithOffsets`. The result covers every input character that produced the range, including
 * marks and invisible characters that normalization removed inside it or right after its last character.
 */
export function mapRange(offsets: ArrayLike<number>, start: number, end: number): [number, number] {
  if (!(offsets instanceof Uint32Array) && !Array.isArray(offsets)) {
    throw new TypeError(
      `dhad.mapRange: expected \`offsets\` to be the Uint32Array of normalizeWithOffsets (or an array of integers), found ${offsets === null ? 'null' : typeof offsets}`,
    );
  }
  const last = offsets.length - 1;
  expectInteger(start, 'start', 'mapRange', { min: 0, max: last });
  expectInteger(end, 'end', 'mapRange', { min: start, max: last });
  const originalStart = offsets[start];
  if (end === start) return [originalStart, originalStart];
  // Units of one expansion (ﷺ → 18 letters) share an origin: extend to the next different one.
  let next = end;
  while (next < last && offsets[next] === offsets[end - 1]) next++;
  return [originalStart, offsets[next]];
}

function step(name: keyof NormalizeSteps, fn: string): (text: string) => string {
  const mask = singleStepMask(name);
  return (text: string) => {
    expectString(text, 'text', fn);
    return text.length === 0 ? '' : runNormalizer(text, tableFor(mask), false).text;
  };
}

/** Removes harakat, tanween, shadda, sukun, superscript alef and Quranic marks (and nothing else). */
export const removeDiacritics = step('removeDiacritics', 'removeDiacritics');
/** Removes tatweel (U+0640). */
export const removeTatweel = step('removeTatweel', 'removeTatweel');
/** Removes invisible format characters (ZWSP, ZWNJ, LRM/RLM, ALM, bidi controls, BOM); ZWJ stays inside emoji. */
export const removeInvisible = step('removeInvisible', 'removeInvisible');
/** Persian/Urdu letter variants to Arabic letters: ی → ي, ک → ك, ھ ہ ە → ه, ۃ → ة, ٱ → ا. */
export const foldPersianLetters = step('foldPersianLetters', 'foldPersianLetters');
/** Presentation forms and ligatures to base letters: ﻷ → لأ, ﷲ → الله. */
export const decomposePresentationForms = step('decomposePresentationForms', 'decomposePresentationForms');
/** Arabic-Indic and Eastern Arabic-Indic digits to 0–9; ٫ → `.`, ٬ → `,`, ٪ → `%`. */
export const normalizeDigits = step('normalizeDigits', 'normalizeDigits');
/** Lossy: أ إ آ ٱ → ا. */
export const foldAlef = step('foldAlef', 'foldAlef');
/** Lossy: ى → ي. */
export const foldAlefMaqsura = step('foldAlefMaqsura', 'foldAlefMaqsura');
/** Lossy: ة → ه. */
export const foldTehMarbuta = step('foldTehMarbuta', 'foldTehMarbuta');
