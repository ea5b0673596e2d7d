/**
 * The one-pass normalizer. It walks the UTF-16 code units once, looking each up in a table built for the
 * chosen steps, and writes the result into a code-unit buffer (and, when asked, the input index behind every
 * output unit). A combining mark that NFC may compose or reorder sends its cluster (the starter before it and
 * the marks around it) through `String.prototype.normalize` and the table again.
 */
import {
  COMBINING,
  DROP,
  HIGH_SURROGATE,
  JOINER,
  KEEP,
  LOW_SURROGATE,
  MAP_MANY,
  MAP_ONE,
  NEEDS_NFC,
  OP_MASK,
  SUPPLEMENTARY_COMBINING,
  SUPPLEMENTARY_NFC_SENSITIVE,
  endsWithEmoji,
  foldWithTable,
  supplementaryFact,
  type Table,
} from './tables.js';

export interface NormalizeResult {
  /** The normalized text. */
  text: string;
  /**
   * `offsets[i]` is the index in the input of the character that produced output code unit `i`;
   * `offsets[text.length] === input.length`. Map a range back with `mapRange`.
   */
  offsets: Uint32Array;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLow(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Length of the code point at `index`: 2 for a surrogate pair, else 1. */
function codePointLength(text: string, index: number): number {
  return isHigh(text.charCodeAt(index)) && index + 1 < text.length && isLow(text.charCodeAt(index + 1)) ? 2 : 1;
}

const utf16Decoder = typeof TextDecoder === 'function' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : undefined;

/** Turns code units into a string. TextDecoder is fastest but would replace lone surrogates (and, without
 * ignoreBOM, drop a leading BOM). */
function decode(units: Uint16Array, hasLoneSurrogate: boolean): string {
  if (utf16Decoder && !hasLoneSurrogate) return utf16Decoder.decode(units);
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + 8192) as unknown as number[]));
  }
  return parts.join('');
}

/** Index of the first code unit that the table does not keep as it is, or -1. */
function firstChange(text: string, entries: Uint8Array): number {
  for (let i = 0; i < text.length; i++) if (entries[text.charCodeAt(i)] !== KEEP) return i;
  return -1;
}

/**
 * Runs the table over `text`. When origins are not tracked and nothing changes, returns the input itself.
 */
export function runNormalizer(text: string, table: Table, trackOrigins: boolean): { text: string; offsets?: Uint32Array } {
  const { entries, single, multi } = table;
  const nfc = table.steps.nfc;
  const length = text.length;
  const first = trackOrigins ? 0 : firstChange(text, entries);
  if (first < 0) return { text };

  let units = new Uint16Array(length + 16);
  let origins = trackOrigins ? new Uint32Array(length + 17) : undefined;
  let o = 0;
  for (; o < first; o++) units[o] = text.charCodeAt(o);
  let hasLoneSurrogate = false;
  // The last starter written (a character that is neither a combining mark nor dropped), in input and output.
  let starterIn = -1;
  let starterOut = 0;
  // Where the last NFC cluster ended, in input and output: no cluster reaches back before it.
  let clusterEndIn = 0;
  let clusterEndOut = 0;
  if (first > 0) {
    starterIn = first - 1;
    starterOut = first - 1;
  }

  /** Makes room for `extra` units now and one for every input unit after `next`. */
  function reserve(extra: number, next: number): void {
    const needed = o + extra + (length - next) + 1;
    if (needed <= units.length) return;
    const capacity = Math.max(needed, units.length * 2);
    const grown = new Uint16Array(capacity);
    grown.set(units.subarray(0, o));
    units = grown;
    if (origins) {
      const grownOrigins = new Uint32Array(capacity + 1);
      grownOrigins.set(origins.subarray(0, o));
      origins = grownOrigins;
    }
  }

  function writeString(replacement: string, origin: number, next: number): void {
    reserve(replacement.length, next);
    for (let k = 0; k < replacement.length; k++) {
      units[o] = replacement.charCodeAt(k);
      if (origins) origins[o] = origin;
      o++;
    }
  }

  function isDroppedAt(index: number): boolean {
    const op = entries[text.charCodeAt(index)] & OP_MASK;
    return op === DROP || (op === JOINER && !endsWithEmoji(text, index));
  }

  function isCombiningAt(index: number): boolean {
    const code = text.charCodeAt(index);
    if (codePointLength(text, index) === 2) return (supplementaryFact(text.codePointAt(index)!) & SUPPLEMENTARY_COMBINING) !== 0;
    return (entries[code] & COMBINING) !== 0;
  }

  /**
   * NFC for the cluster at `at`: from the last starter (NFC applies to the text as it is after removals,
   * so that normalizing twice changes nothing) through the combining marks and dropped characters after it.
   * Rewrites the output from where the starter's output began; every unit is attributed to the starter.
   * Returns the input index after the cluster.
   */
  function rebuildCluster(at: number, atIsStarter: boolean): number {
    let from: number;
    if (atIsStarter) {
      from = at;
    } else if (starterIn >= clusterEndIn) {
      from = starterIn;
      o = starterOut;
    } else {
      from = clusterEndIn;
      o = clusterEndOut;
    }
    let end = at + codePointLength(text, at);
    while (end < length && (isCombiningAt(end) || isDroppedAt(end))) end += codePointLength(text, end);
    const emojiBefore = endsWithEmoji(text, from);
    let cluster = foldWithTable(text.slice(from, end).normalize('NFC'), table, emojiBefore);
    // Folding can bring a letter and a kept mark together that NFC composes (ی + hamza above → ي + hamza → ئ).
    const recomposed = cluster.normalize('NFC');
    if (recomposed !== cluster) cluster = foldWithTable(recomposed, table, emojiBefore);
    writeString(cluster, from, end);
    clusterEndIn = end;
    clusterEndOut = o;
    return end;
  }

  let i = first;
  while (i < length) {
    const code = text.charCodeAt(i);
    const entry = entries[code];
    if (entry === KEEP) {
      starterIn = i;
      starterOut = o;
      units[o] = code;
      if (origins) origins[o] = i;
      o++;
      i++;
      continue;
    }
    if ((entry & NEEDS_NFC) !== 0) {
      i = rebuildCluster(i, false);
      continue;
    }
    switch (entry & OP_MASK) {
      case KEEP: // a combining mark that stays, with NFC off
        units[o] = code;
        if (origins) origins[o] = i;
        o++;
        i++;
        break;
      case DROP:
        i++;
        break;
      case MAP_ONE:
        if ((entry & COMBINING) === 0) {
          starterIn = i;
          starterOut = o;
        }
        units[o] = single[code];
        if (origins) origins[o] = i;
        o++;
        i++;
        break;
      case MAP_MANY:
        if ((entry & COMBINING) === 0) {
          starterIn = i;
          starterOut = o;
        }
        writeString(multi.get(code)!, i, i + 1);
        i++;
        break;
      case JOINER:
        if (endsWithEmoji(text, i)) {
          starterIn = i;
          starterOut = o;
          units[o] = code;
          if (origins) origins[o] = i;
          o++;
        }
        i++;
        break;
      case LOW_SURROGATE: // a low surrogate without its high half
        hasLoneSurrogate = true;
        starterIn = i;
        starterOut = o;
        units[o] = code;
        if (origins) origins[o] = i;
        o++;
        i++;
        break;
      case HIGH_SURROGATE: {
        if (codePointLength(text, i) === 1) hasLoneSurrogate = true;
        else if (nfc && (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_NFC_SENSITIVE) !== 0) {
          const isMark = (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_COMBINING) !== 0;
          i = rebuildCluster(i, !isMark);
          break;
        }
        const size = codePointLength(text, i);
        starterIn = i;
        starterOut = o;
        for (let k = 0; k < size; k++) {
          units[o] = text.charCodeAt(i + k);
          if (origins) origins[o] = i;
          o++;
        }
        i += size;
        break;
      }
    }
  }

  const normalized = decode(units.subarray(0, o), hasLoneSurrogate);
  if (!origins) return { text: normalized };
  const offsets = origins.slice(0, o + 1);
  offsets[o] = length;
  return { text: normalized, offsets };
}
