import { expectOneOf, expectOptionsObject, expectBoolean } from '../internal/validate.js';

/** One boolean per normalization step. */
export interface NormalizeSteps {
  /** Unicode NFC first, so a letter followed by a combining hamza or madda becomes the composed letter. */
  nfc: boolean;
  /** Remove harakat, tanween, shadda, sukun, superscript alef and Quranic marks. */
  removeDiacritics: boolean;
  /** Remove tatweel (kashida). */
  removeTatweel: boolean;
  /** Remove invisible format characters (ZWSP, ZWNJ, direction marks, BOM…); ZWJ inside emoji stays. */
  removeInvisible: boolean;
  /** Persian, Urdu and other Arabic-script letter variants to the Arabic letter (ی → ي, ک → ك, ھ → ه…). */
  foldPersianLetters: boolean;
  /** Presentation forms and ligatures to base letters (ﻷ → لأ, ﷲ → الله). */
  decomposePresentationForms: boolean;
  /** Arabic-Indic and Eastern Arabic-Indic digits to 0–9; ٫ → `.`, ٬ → `,`, ٪ → `%`. */
  normalizeDigits: boolean;
  /** Lossy: أ إ آ ٱ → ا. */
  foldAlef: boolean;
  /** Lossy: ى → ي. */
  foldAlefMaqsura: boolean;
  /** Lossy: ة → ه. */
  foldTehMarbuta: boolean;
}

export type Preset = 'standard' | 'search';

/** A preset name, or steps to switch on or off on top of a preset (`preset` defaults to 'standard'). */
export interface NormalizeOptions extends Partial<NormalizeSteps> {
  preset?: Preset;
}

export const STEP_NAMES = [
  'nfc',
  'removeDiacritics',
  'removeTatweel',
  'removeInvisible',
  'foldPersianLetters',
  'decomposePresentationForms',
  'normalizeDigits',
  'foldAlef',
  'foldAlefMaqsura',
  'foldTehMarbuta',
] as const satisfies readonly (keyof NormalizeSteps)[];

export const PRESET_NAMES: readonly Preset[] = ['standard', 'search'];

const STANDARD: NormalizeSteps = {
  nfc: true,
  removeDiacritics: true,
  removeTatweel: true,
  removeInvisible: true,
  foldPersianLetters: true,
  decomposePresentationForms: true,
  normalizeDigits: true,
  foldAlef: false,
  foldAlefMaqsura: false,
  foldTehMarbuta: false,
};

const PRESETS: Record<Preset, NormalizeSteps> = {
  standard: STANDARD,
  search: { ...STANDARD, foldAlef: true, foldAlefMaqsura: true, foldTehMarbuta: true },
};

/** Encodes the steps as a bit mask: the key under which a built table is cached. */
export function stepsMask(steps: NormalizeSteps): number {
  let mask = 0;
  STEP_NAMES.forEach((name, bit) => {
    if (steps[name]) mask |= 1 << bit;
  });
  return mask;
}

export function stepsFromMask(mask: number): NormalizeSteps {
  const steps = {} as NormalizeSteps;
  STEP_NAMES.forEach((name, bit) => {
    steps[name] = (mask & (1 << bit)) !== 0;
  });
  return steps;
}

const PRESET_MASKS: Record<Preset, number> = {
  standard: stepsMask(PRESETS.standard),
  search: stepsMask(PRESETS.search),
};

/** Validates a preset name or options object and returns the step mask it stands for. */
export function resolveSteps(preset: unknown, fn: string): number {
  if (preset === undefined) return PRESET_MASKS.standard;
  if (typeof preset === 'string') return PRESET_MASKS[expectOneOf(preset, 'preset', fn, PRESET_NAMES)];
  const options = expectOptionsObject<NormalizeOptions>(preset, 'preset', fn, ['preset', ...STEP_NAMES]);
  const base = options.preset === undefined ? 'standard' : expectOneOf(options.preset, 'preset.preset', fn, PRESET_NAMES);
  const steps = { ...PRESETS[base] };
  for (const name of STEP_NAMES) {
    const value = options[name];
    if (value !== undefined) steps[name] = expectBoolean(value, `preset.${name}`, fn);
  }
  return stepsMask(steps);
}

/** The mask with exactly one step on: what the one-step functions (`removeDiacritics`…) use. */
export function singleStepMask(step: keyof NormalizeSteps): number {
  return 1 << STEP_NAMES.indexOf(step);
}
