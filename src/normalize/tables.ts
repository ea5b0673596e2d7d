/**
 * Lookup tables for the one-pass normalizer: one entry per UTF-16 code unit, built lazily once per
 * combination of steps and cached. Character data lives in characters.json.
 */
import characters from './characters.json';
import { stepsFromMask, type NormalizeSteps } from './options.js';

/** What the normalizer does with a code unit (low 3 bits of an entry). */
export const KEEP = 0;
export const DROP = 1;
/** Replace with the one code unit in `single`. */
export const MAP_ONE = 2;
/** Replace with the string in `strings`. */
export const MAP_MANY = 3;
/** A high surrogate: look at the pair. */
export const HIGH_SURROGATE = 4;
/** ZERO WIDTH JOINER under removeInvisible: kept inside emoji sequences, dropped elsewhere. */
export const JOINER = 5;
/** A low surrogate: only reached when it stands alone (a pair is consumed at its high half). */
export const LOW_SURROGATE = 6;
export const OP_MASK = 7;
/** With NFC on: this code unit may compose or reorder with its neighbours, so its cluster goes through NFC. */
export const NEEDS_NFC = 8;
/** A combining mark: it continues the cluster of the character before it. */
export const COMBINING = 16;

export interface Table {
  readonly steps: NormalizeSteps;
  readonly entries: Uint8Array;
  readonly single: Uint16Array;
  /** The replacement of every MAP_ONE and MAP_MANY code unit, as a string. */
  readonly strings: readonly string[];
}

type Range = readonly string[];

function hex(code: string): number {
  return Number.parseInt(code, 16);
}

function inRanges(ranges: readonly Range[]): (code: number) => boolean {
  const bounds = ranges.map(([first, last]) => [hex(first), hex(last)] as const);
  return (code) => bounds.some(([first, last]) => code >= first && code <= last);
}

function charMap(map: Record<string, string>): Map<number, string> {
  return new Map(Object.entries(map).map(([from, to]) => [hex(from), String.fromCharCode(hex(to))]));
}

const isDiacritic = inRanges(characters.diacritics.ranges );
const isTatweel = inRanges(characters.tatweel.ranges );
const isInvisible = inRanges(characters.invisible.ranges );
const isPresentationForm = inRanges(characters.presentationForms.ranges );
const isArabicDigit = inRanges(characters.digits.digitRanges );
const digitZeros = characters.digits.digitRanges.map(([first]) => hex(first));
const separatorMap = charMap(characters.digits.map);
const persianMap = charMap(characters.persianLetters.map);
const alefMap = charMap(characters.alef.map);
const alefMaqsuraMap = charMap(characters.alefMaqsura.map);
const tehMarbutaMap = charMap(characters.tehMarbuta.map);

const ZERO_WIDTH_JOINER = 0x200d;
const SPACE = 0x20;

/** Unicode facts the tables need that JavaScript does not expose directly; computed once. */
interface UnicodeFacts {
  /** 1 where the code unit is a combining mark (or a Hangul vowel/final jamo, which NFC composes). */
  combining: Uint8Array;
  /** Code units that NFC changes on their own (singletons such as U+212B ANGSTROM SIGN). */
  nfcSingletons: Map<number, string>;
}

let facts: UnicodeFacts | undefined;

function unicodeFacts(): UnicodeFacts {
  if (facts) return facts;
  const combining = new Uint8Array(0x10000);
  const nfcSingletons = new Map<number, string>();
  const markPattern = /\p{M}/u;
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (markPattern.test(char)) combining[code] = 1;
    // Below U+0300 every character is its own NFC form, and the test is the costly part.
    if (code >= 0x300) {
      const composed = char.normalize('NFC');
      if (composed !== char) nfcSingletons.set(code, composed);
    }
  }
  // Hangul medial vowels and final consonants compose with the syllable before them.
  for (let code = 0x1161; code <= 0x1175; code++) combining[code] = 1;
  for (let code = 0x11a8; code <= 0x11c2; code++) combining[code] = 1;
  facts = { combining, nfcSingletons };
  return facts;
}

function isCombiningString(text: string, combining: Uint8Array): boolean {
  for (let i = 0; i < text.length; i++) if (!combining[text.charCodeAt(i)]) return false;
  return text.length > 0;
}

/** What the letter-level steps (everything but NFC and presentation forms) make of one code unit. */
function foldUnit(code: number, steps: NormalizeSteps): string {
  if (steps.removeDiacritics && isDiacritic(code)) return '';
  if (steps.removeTatweel && isTatweel(code)) return '';
  if (steps.removeInvisible && isInvisible(code) && code !== ZERO_WIDTH_JOINER) return '';
  let char = String.fromCharCode(code);
  if (steps.foldPersianLetters) char = persianMap.get(code) ?? char;
  if (steps.normalizeDigits) {
    if (isArabicDigit(code)) {
      const zero = digitZeros.find((first) => code >= first && code <= first + 9)!;
      char = String.fromCharCode(0x30 + code - zero);
    } else {
      char = separatorMap.get(code) ?? char;
    }
  }
  const folded = char.charCodeAt(0);
  if (steps.foldAlef) char = alefMap.get(folded) ?? char;
  if (steps.foldAlefMaqsura) char = alefMaqsuraMap.get(folded) ?? char;
  if (steps.foldTehMarbuta) char = tehMarbutaMap.get(folded) ?? char;
  return char;
}

function foldString(text: string, steps: NormalizeSteps): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldUnit(text.charCodeAt(i), steps);
  return out;
}

/** The full replacement of one code unit under `steps`, before any context (NFC clusters, ZWJ). */
function replacementOf(code: number, steps: NormalizeSteps, known: UnicodeFacts): string {
  let text = String.fromCharCode(code);
  if (steps.nfc) text = known.nfcSingletons.get(code) ?? text;
  if (steps.decomposePresentationForms && isPresentationForm(code)) {
    text = text.normalize('NFKC');
    // Isolated forms of harakat decompose to SPACE + mark; the space is an artefact, not text.
    if (text.charCodeAt(0) === SPACE && isCombiningString(text.slice(1), known.combining)) text = text.slice(1);
    if (steps.nfc) text = text.normalize('NFC');
  }
  return foldString(text, steps);
}

function buildTable(mask: number): Table {
  const steps = stepsFromMask(mask);
  const known = unicodeFacts();
  const entries = new Uint8Array(0x10000);
  const single = new Uint16Array(0x10000);
  const strings: string[] = new Array<string>(0x10000).fill('');
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdbff) {
      entries[code] = HIGH_SURROGATE;
      continue;
    }
    if (code >= 0xdc00 && code <= 0xdfff) {
      entries[code] = LOW_SURROGATE;
      continue;
    }
    let entry: number;
    if (code === ZERO_WIDTH_JOINER && steps.removeInvisible) {
      entry = JOINER;
    } else {
      const replacement = replacementOf(code, steps, known);
      if (replacement.length === 1 && replacement.charCodeAt(0) === code) {
        entry = KEEP;
      } else if (replacement.length === 0) {
        entry = DROP;
      } else if (replacement.length === 1) {
        entry = MAP_ONE;
        single[code] = replacement.charCodeAt(0);
        strings[code] = replacement;
      } else {
        entry = MAP_MANY;
        strings[code] = replacement;
      }
    }
    // A ligature of marks (ﱞ → SHADDA + DAMMATAN) behaves like the marks it stands for.
    const op = entry & OP_MASK;
    const firstUnit = op === MAP_ONE ? single[code] : op === MAP_MANY ? strings[code].charCodeAt(0) : -1;
    const expandsToMarks = firstUnit >= 0 && known.combining[firstUnit] === 1;
    // Variation selectors are marks of combining class 0: NFC treats them as starters, and so do we.
    if ((known.combining[code] || expandsToMarks) && !isVariationSelector(code)) {
      entry |= COMBINING;
      // A mark that stays, or one that can compose with the letter before it (combining hamza/madda),
      // sends its cluster through NFC. A mark that is dropped needs no NFC.
      if (steps.nfc && ((entry & OP_MASK) !== DROP || String.fromCharCode(0x627, code).normalize('NFC').length === 1)) {
        entry |= NEEDS_NFC;
      }
    }
    entries[code] = entry;
  }
  return { steps, entries, single, strings };
}

/**
 * Built tables by step mask. A table takes about 0.7 MB (three arrays of 65,536 entries), and there are
 * 1,024 masks: at most TABLE_LIMIT are kept (about 11 MB), the oldest built dropped first. The presets
 * and the library's own uses are a handful.
 */
const TABLE_LIMIT = 16;
const tables = new Map<number, Table>();

/** The table for a step mask, built on first use. */
export function tableFor(mask: number): Table {
  let table = tables.get(mask);
  if (!table) {
    table = buildTable(mask);
    if (tables.size >= TABLE_LIMIT) tables.delete(tables.keys().next().value!);
    tables.set(mask, table);
  }
  return table;
}

/**
 * Facts about supplementary code points, looked up on first sight and remembered: at most
 * SUPPLEMENTARY_LIMIT of them (about 0.2 MB; text uses few, but an input could hold all million), the
 * rest looked up each time.
 */
const SUPPLEMENTARY_LIMIT = 4096;
const supplementaryFacts = new Map<number, number>();
export const SUPPLEMENTARY_COMBINING = 1;
export const SUPPLEMENTARY_NFC_SENSITIVE = 2;
export const SUPPLEMENTARY_EMOJI = 4;

export function supplementaryFact(codePoint: number): number {
  let fact = supplementaryFacts.get(codePoint);
  if (fact === undefined) {
    const char = String.fromCodePoint(codePoint);
    fact = 0;
    if (/\p{M}/u.test(char)) fact |= SUPPLEMENTARY_COMBINING | SUPPLEMENTARY_NFC_SENSITIVE;
    if (char.normalize('NFC') !== char) fact |= SUPPLEMENTARY_NFC_SENSITIVE;
    if (emojiPattern.test(char)) fact |= SUPPLEMENTARY_EMOJI;
    if (supplementaryFacts.size < SUPPLEMENTARY_LIMIT) supplementaryFacts.set(codePoint, fact);
  }
  return fact;
}

/**
 * Applies the context-free part of a table to a string (used inside NFC clusters). `emojiBefore` tells
 * whether the character before the string is an emoji, which decides a leading ZWJ.
 */
export function foldWithTable(text: string, table: Table, emojiBefore: boolean): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = table.entries[code];
    switch (entry & OP_MASK) {
      case DROP:
        break;
      case MAP_ONE:
        out += String.fromCharCode(table.single[code]);
        break;
      case MAP_MANY:
        out += table.strings[code];
        break;
      case JOINER:
        if (i === 0 ? emojiBefore : endsWithEmoji(text, i)) out += text[i];
        break;
      default:
        out += text[i];
    }
  }
  return out;
}

const emojiPattern = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier})$/u;

/**
 * Whether the code point that ends at `end` is an emoji (or an emoji's variation selector or keycap mark),
 * so that a ZERO WIDTH JOINER after it belongs to an emoji sequence and must stay.
 */
export function endsWithEmoji(text: string, end: number): boolean {
  if (end <= 0) return false;
  const code = text.charCodeAt(end - 1);
  if (code === 0xfe0f || code === 0x20e3) return true;
  if (code >= 0xdc00 && code <= 0xdfff && end >= 2) {
    const high = text.charCodeAt(end - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (supplementaryFact(text.codePointAt(end - 2)!) & SUPPLEMENTARY_EMOJI) !== 0;
    return false;
  }
  return code >= 0x2000 && emojiPattern.test(text[end - 1]);
}

/** Variation selectors are marks that NFC never composes or reorders (combining class 0). */
function isVariationSelector(code: number): boolean {
  return (code >= 0xfe00 && code <= 0xfe0f) || (code >= 0x180b && code <= 0x180d);
}
