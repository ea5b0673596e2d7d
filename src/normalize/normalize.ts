/**
 * The one-pass normalizer. It walks the UTF-16 code units once, looking each up in a table built for the
 * chosen steps. Runs of code units that stay as they are are copied as slices; the others are replaced on
 * the spot. A combining mark that NFC may compose or reorder sends its cluster (the starter before it and
 * the marks around it) through `String.prototype.normalize` and the table again. When asked, every output
 * code unit records the input index of the character that produced it.
 */
import {
  COMBINING,
  DROP,
  HIGH_SURROGATE,
  JOINER,
  KEEP,
  MAP_MANY,
  MAP_ONE,
  NEEDS_NFC,
  OP_MASK,
  SUPPLEMENTARY_COMBINING,
  SUPPLEMENTARY_NFC_SENSITIVE,
  foldWithTable,
  endsWithEmoji,
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

/** Whether the code point at `index` is a combining mark (it continues the cluster before it). */
function isCombiningAt(text: string, index: number, table: Table): boolean {
  const code = text.charCodeAt(index);
  if (isHigh(code) && index + 1 < text.length && isLow(text.charCodeAt(index + 1))) {
    return (supplementaryFact(text.codePointAt(index)!) & SUPPLEMENTARY_COMBINING) !== 0;
  }
  return (table.entries[code] & COMBINING) !== 0;
}

/** Whether the code point ending just before `end` is a combining mark; returns its length, or 0. */
function combiningLengthBefore(text: string, end: number, table: Table): number {
  const code = text.charCodeAt(end - 1);
  if (isLow(code) && end >= 2 && isHigh(text.charCodeAt(end - 2))) {
    return (supplementaryFact(text.codePointAt(end - 2)!) & SUPPLEMENTARY_COMBINING) !== 0 ? 2 : 0;
  }
  return (table.entries[code] & COMBINING) !== 0 ? 1 : 0;
}

/**
 * Accumulates the output as string parts, each with the input index it starts from, and the origin of every
 * output code unit when asked.
 */
class Output {
  parts: string[] = [];
  /** Input index of each part's first character. */
  partFrom: number[] = [];
  /** Whether each part is an unchanged slice of the input (so that it can be cut short). */
  partIsCopy: boolean[] = [];
  length = 0;
  origins: Uint32Array | undefined;

  constructor(inputLength: number, trackOrigins: boolean) {
    if (trackOrigins) this.origins = new Uint32Array(inputLength + 17);
  }

  private reserve(extra: number): void {
    const origins = this.origins!;
    if (this.length + extra + 1 <= origins.length) return;
    let capacity = origins.length * 2;
    while (capacity < this.length + extra + 1) capacity *= 2;
    const grown = new Uint32Array(capacity);
    grown.set(origins.subarray(0, this.length));
    this.origins = grown;
  }

  private push(part: string, from: number, isCopy: boolean): void {
    this.parts.push(part);
    this.partFrom.push(from);
    this.partIsCopy.push(isCopy);
  }

  /** The input slice [from, to), unchanged. */
  copy(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.push(text.slice(from, to), from, true);
    if (this.origins) {
      this.reserve(to - from);
      const origins = this.origins;
      for (let index = from, at = this.length; index < to; index++, at++) origins[at] = index;
    }
    this.length += to - from;
  }

  /** A replacement produced by the input character at `origin`. */
  write(replacement: string, origin: number): void {
    if (replacement.length === 0) return;
    this.push(replacement, origin, false);
    if (this.origins) {
      this.reserve(replacement.length);
      this.origins.fill(origin, this.length, this.length + replacement.length);
    }
    this.length += replacement.length;
  }

  /** Takes back everything that input from index `from` on produced. */
  truncateToInput(from: number): void {
    const { parts, partFrom, partIsCopy } = this;
    while (parts.length > 0 && partFrom[partFrom.length - 1] >= from) {
      this.length -= parts.pop()!.length;
      partFrom.pop();
      partIsCopy.pop();
    }
    const last = parts.length - 1;
    if (last >= 0 && partIsCopy[last] && partFrom[last] + parts[last].length > from) {
      const keep = from - partFrom[last];
      this.length -= parts[last].length - keep;
      parts[last] = parts[last].slice(0, keep);
    }
  }
}

/**
 * Runs the table over `text`. When origins are not tracked and nothing changed, returns the input itself.
 */
export function runNormalizer(text: string, table: Table, trackOrigins: boolean): { text: string; offsets?: Uint32Array } {
  const { entries, single, multi } = table;
  const nfc = table.steps.nfc;
  const length = text.length;
  const out = new Output(length, trackOrigins);
  // Start of the pending run of unchanged code units.
  let runStart = 0;
  // No cluster reaches back before the end of the previous one: this keeps the backward scans linear.
  let clusterFloor = 0;

  // The hot loop reads its own copies: variables that the closure below captures live in a context object.
  const input = text;
  const inputLength = length;
  let i = 0;
  while (i < inputLength) {
    const code = input.charCodeAt(i);
    const entry = entries[code];
    if (entry === KEEP) {
      i++;
      continue;
    }
    const op = entry & OP_MASK;

    if (op === HIGH_SURROGATE) {
      if (i + 1 < length && isLow(text.charCodeAt(i + 1))) {
        if (nfc && (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_NFC_SENSITIVE) !== 0) {
          i = rebuildCluster(i);
          continue;
        }
        i += 2;
      } else {
        i++; // a lone surrogate is kept as it is
      }
      continue;
    }
    if ((entry & NEEDS_NFC) !== 0) {
      i = rebuildCluster(i);
      continue;
    }
    if (op === KEEP) {
      i++; // a combining mark that stays, with NFC off
      continue;
    }

    out.copy(text, runStart, i);
    if (op === MAP_ONE) out.write(String.fromCharCode(single[code]), i);
    else if (op === MAP_MANY) out.write(multi.get(code)!, i);
    else if (op === JOINER && endsWithEmoji(input, i)) out.write(input[i], i);
    // DROP, or a joiner outside an emoji: nothing is written.
    i++;
    runStart = i;
  }

  if (runStart === 0 && !trackOrigins) return { text };
  out.copy(text, runStart, length);
  const normalized = out.parts.join('');
  if (!trackOrigins) return { text: normalized };
  const offsets = out.origins!.slice(0, out.length + 1);
  offsets[out.length] = length;
  return { text: normalized, offsets };

  function isDroppedAt(index: number): boolean {
    const op = entries[text.charCodeAt(index)] & OP_MASK;
    return op === DROP || (op === JOINER && !endsWithEmoji(text, index));
  }

  /**
   * NFC for the cluster of the mark at `at`: from the starter before it through every combining mark after
   * it. Takes back what the starter wrote, writes the composed and folded cluster (every unit attributed to
   * the starter) and returns the index after the cluster.
   */
  function rebuildCluster(at: number): number {
    // The starter is the last character before the marks that normalization keeps: NFC applies to the
    // text as it is after removals, so that normalizing twice changes nothing.
    let starter = at;
    if (isCombiningAt(text, at, table)) {
      while (starter > clusterFloor) {
        const before = combiningLengthBefore(text, starter, table);
        if (before > 0) starter -= before;
        else if (isDroppedAt(starter - 1)) starter--;
        else break;
      }
      if (starter > clusterFloor) starter -= isLow(text.charCodeAt(starter - 1)) && starter - 2 >= clusterFloor && isHigh(text.charCodeAt(starter - 2)) ? 2 : 1;
    }
    let end = at + (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1);
    while (end < length && (isCombiningAt(text, end, table) || isDroppedAt(end))) {
      end += isHigh(text.charCodeAt(end)) && end + 1 < length && isLow(text.charCodeAt(end + 1)) ? 2 : 1;
    }
    if (starter >= runStart) out.copy(text, runStart, starter);
    else out.truncateToInput(starter);
    const emojiBefore = endsWithEmoji(text, starter);
    let cluster = foldWithTable(text.slice(starter, end).normalize('NFC'), table, emojiBefore);
    // Folding can bring a letter and a kept mark together that NFC composes (ی + hamza above → ي + hamza → ئ).
    const recomposed = cluster.normalize('NFC');
    if (recomposed !== cluster) cluster = foldWithTable(recomposed, table, emojiBefore);
    out.write(cluster, starter);
    runStart = end;
    clusterFloor = end;
    return end;
  }
}
