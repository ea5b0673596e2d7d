/**
 * Emoji sequences, scanned by hand from unicode-segmenter's emoji properties: a pictograph with its
 * variation selector, skin-tone modifier, tag sequence (subdivision flags) and ZWJ continuations
 * (families), flags made of two regional indicators, and keycaps (`1️⃣`). Mirrors the grapheme rules
 * GB9, GB11 and GB12/13 for the emoji part of UAX #29, in one forward pass.
 */
import { isEmojiPresentation, isExtendedPictographic } from 'unicode-segmenter/emoji';

const VARIATION_SELECTOR_16 = 0xfe0f; // emoji presentation
const VARIATION_SELECTOR_15 = 0xfe0e; // text presentation
const ZERO_WIDTH_JOINER = 0x200d;
const COMBINING_ENCLOSING_KEYCAP = 0x20e3;
const REGIONAL_INDICATOR_A = 0x1f1e6;
const REGIONAL_INDICATOR_Z = 0x1f1ff;
const SKIN_TONE_FIRST = 0x1f3fb; // EMOJI MODIFIER FITZPATRICK TYPE-1-2
const SKIN_TONE_LAST = 0x1f3ff; // EMOJI MODIFIER FITZPATRICK TYPE-6
const TAG_FIRST = 0xe0020;
const TAG_LAST = 0xe007f; // CANCEL TAG ends a tag sequence

export function isRegionalIndicator(cp: number): boolean {
  return cp >= REGIONAL_INDICATOR_A && cp <= REGIONAL_INDICATOR_Z;
}

export function isSkinTone(cp: number): boolean {
  return cp >= SKIN_TONE_FIRST && cp <= SKIN_TONE_LAST;
}

export function isKeycapBase(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || code === 0x23 || code === 0x2a; // 0-9 # *
}

/** Whether a keycap sequence (`#️⃣`, `1⃣`) starts at `i`. */
export function isKeycapAt(text: string, i: number): boolean {
  let j = i + 1;
  if (text.charCodeAt(j) === VARIATION_SELECTOR_16) j++;
  return text.charCodeAt(j) === COMBINING_ENCLOSING_KEYCAP;
}

export function isPictographic(cp: number): boolean {
  return isExtendedPictographic(cp);
}

function width(cp: number): number {
  return cp > 0xffff ? 2 : 1;
}

/** The result of `scanEmoji`: where the sequence ends and whether it shows as an emoji. */
export interface EmojiScan {
  end: number;
  isEmoji: boolean;
}

const result: EmojiScan = { end: 0, isEmoji: false };

/**
 * Scans the emoji sequence that starts at `i` with code point `cp` (a pictograph, a regional indicator,
 * a skin tone or a keycap base). `isEmoji` is false for a text-style pictograph alone (`©`, `™`), which
 * the tokenizer then calls a symbol. The returned object is reused between calls.
 */
export function scanEmoji(text: string, i: number, cp: number): EmojiScan {
  const length = text.length;
  if (isRegionalIndicator(cp)) {
    let j = i + 2;
    const next = text.codePointAt(j);
    if (next !== undefined && isRegionalIndicator(next)) j += 2;
    result.end = j;
    result.isEmoji = true;
    return result;
  }
  if (isKeycapBase(cp)) {
    let j = i + 1;
    if (text.charCodeAt(j) === VARIATION_SELECTOR_16) j++;
    result.end = j + 1; // the keycap mark; callers check isKeycapAt first
    result.isEmoji = true;
    return result;
  }
  let isEmoji = isEmojiPresentation(cp) || isSkinTone(cp);
  let j = i + width(cp);
  for (;;) {
    const code = text.charCodeAt(j);
    if (code === VARIATION_SELECTOR_16) {
      isEmoji = true;
      j++;
    } else if (code === VARIATION_SELECTOR_15) {
      j++;
    }
    let next = j < length ? text.codePointAt(j)! : -1;
    if (isSkinTone(next)) {
      isEmoji = true;
      j += 2;
      next = j < length ? text.codePointAt(j)! : -1;
    }
    while (next >= TAG_FIRST && next <= TAG_LAST) {
      isEmoji = true;
      j += 2;
      next = j < length ? text.codePointAt(j)! : -1;
    }
    if (next === COMBINING_ENCLOSING_KEYCAP) {
      j++;
      next = j < length ? text.codePointAt(j)! : -1;
    }
    if (next === ZERO_WIDTH_JOINER && j + 1 < length) {
      const after = text.codePointAt(j + 1)!;
      if (isExtendedPictographic(after)) {
        isEmoji = true;
        j += 1 + width(after);
        continue;
      }
    }
    break;
  }
  result.end = j;
  result.isEmoji = isEmoji;
  return result;
}
