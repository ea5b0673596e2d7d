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

/** The output buffer, shared with the slow paths; the hot loop keeps its own copies in locals. */
interface Output {
  units: Uint16Array;
  origins: Uint32Array | undefined;
  length: number;
}

/** Makes room for `extra` units now and one for every input unit from `next` on. */
function reserve(out: Output, extra: number, remaining: number): void {
  const needed = out.length + extra + remaining + 1;
  if (needed <= out.units.length) return;
  const capacity = Math.max(needed, out.units.length * 2);
  const units = new Uint16Array(capacity);
  units.set(out.units.subarray(0, out.length));
  out.units = units;
  if (out.origins) {
    const origins = new Uint32Array(capacity + 1);
    origins.set(out.origins.subarray(0, out.length));
    out.origins = origins;
  }
}

function writeString(out: Output, replacement: string, origin: number, remaining: number): void {
  reserve(out, replacement.length, remaining);
  const { units, origins } = out;
  let o = out.length;
  for (let k = 0; k < replacement.length; k++, o++) {
    units[o] = replacement.charCodeAt(k);
    if (origins) origins[o] = origin;
  }
  out.length = o;
}

function isDroppedAt(text: string, index: number, table: Table): boolean {
  const op = table.entries[text.charCodeAt(index)] & OP_MASK;
  return op === DROP || (op === JOINER && !endsWithEmoji(text, index));
}

function isCombiningAt(text: string, index: number, table: Table): boolean {
  if (codePointLength(text, index) === 2) return (supplementaryFact(text.codePointAt(index)!) & SUPPLEMENTARY_COMBINING) !== 0;
  return (table.entries[text.charCodeAt(index)] & COMBINING) !== 0;
}

/** How many output units the character at `index` produced on its own (outside any cluster). */
function outputLengthOf(text: string, index: number, table: Table): number {
  const code = text.charCodeAt(index);
  const entry = table.entries[code];
  switch (entry & OP_MASK) {
    case DROP:
      return 0;
    case MAP_MANY:
      return table.strings[code].length;
    case JOINER:
      return endsWithEmoji(text, index) ? 1 : 0;
    case HIGH_SURROGATE:
      return codePointLength(text, index);
    default:
      return 1;
  }
}

/** Where the last NFC cluster ended, in input and output: no cluster reaches back before it. */
interface ClusterState {
  endIn: number;
  endOut: number;
}

/** The input range of an NFC cluster and what it normalizes to. */
interface Cluster {
  from: number;
  end: number;
  text: string;
  /**
   * What the cluster replaces in the output: 'starter', the output of the starter at `from`; 'floor',
   * everything since the previous cluster (`from` is where it ended); 'none', nothing (`from` is `at`).
   */
  replaces: 'starter' | 'floor' | 'none';
}

/**
 * At most this many combining marks go through NFC together, as in Unicode's stream-safe text format
 * (UAX #15): canonical ordering is quadratic in the length of a run of marks, and no real text puts more
 * than a handful on one letter. A longer run is normalized in pieces, as if U+034F COMBINING GRAPHEME
 * JOINER stood between them.
 */
const MAX_CLUSTER_MARKS = 30;

/**
 * NFC for the cluster at `at`: from the starter before it (NFC applies to the text as it is after removals,
 * so that normalizing twice changes nothing) through the combining marks and dropped characters after it,
 * never reaching back before `floor` (where the previous cluster ended).
 */
function clusterAt(text: string, at: number, atIsStarter: boolean, table: Table, floor: number): Cluster {
  let from = at;
  let replaces: Cluster['replaces'] = 'none';
  let marks = 0;
  if (!atIsStarter) {
    // Back over the marks and dropped characters that wrote nothing, to the starter.
    while (from > floor && marks <= MAX_CLUSTER_MARKS) {
      const before = from - 1;
      const pairStart = before > 0 && isLow(text.charCodeAt(before)) && isHigh(text.charCodeAt(before - 1)) ? before - 1 : before;
      if (isCombiningAt(text, pairStart, table)) marks++;
      else if (!isDroppedAt(text, pairStart, table)) break;
      from = pairStart;
    }
    if (marks > MAX_CLUSTER_MARKS) {
      from = at; // too many marks since the starter: a new piece starts here
      marks = 0;
    } else if (from > floor) {
      const before = from - 1;
      from = before > floor && isLow(text.charCodeAt(before)) && isHigh(text.charCodeAt(before - 1)) ? before - 1 : before;
      replaces = 'starter';
    } else {
      replaces = 'floor';
    }
  }
  let end = at + codePointLength(text, at);
  marks++;
  while (end < text.length && marks < MAX_CLUSTER_MARKS) {
    if (isCombiningAt(text, end, table)) marks++;
    else if (!isDroppedAt(text, end, table)) break;
    end += codePointLength(text, end);
  }
  const emojiBefore = endsWithEmoji(text, from);
  let folded = foldWithTable(text.slice(from, end).normalize('NFC'), table, emojiBefore);
  // Folding can bring a letter and a kept mark together that NFC composes (ی + hamza above → ي + hamza → ئ).
  const recomposed = folded.normalize('NFC');
  if (recomposed !== folded) folded = foldWithTable(recomposed, table, emojiBefore);
  return { from, end, text: folded, replaces };
}

/** Writes the cluster at `at` into the buffer, rewinding over what its starter wrote; returns its end. */
function rebuildCluster(text: string, at: number, atIsStarter: boolean, table: Table, out: Output, cluster: ClusterState): number {
  const found = clusterAt(text, at, atIsStarter, table, cluster.endIn);
  if (found.replaces === 'starter') out.length -= outputLengthOf(text, found.from, table);
  else if (found.replaces === 'floor') out.length = cluster.endOut;
  writeString(out, found.text, found.from, text.length - found.end);
  cluster.endIn = found.end;
  cluster.endOut = out.length;
  return found.end;
}

/**
 * Normalization without offsets, as a list of edits to the input: most text is copied as slices between
 * edits, so a text with few changes costs little more than one scan. Returns the input itself when nothing
 * changes.
 */
function runEdits(text: string, table: Table): string {
  const { entries, strings } = table;
  const nfc = table.steps.nfc;
  const length = text.length;
  // Edit k replaces input [editStart[k], editEnd[k]) with editText[k]; edits are ordered and disjoint.
  const editStart: number[] = [];
  const editEnd: number[] = [];
  const editText: string[] = [];
  let clusterEnd = 0;

  let i = 0;
  while (i < length) {
    // The hot loop: skip what stays as it is.
    while (i < length && entries[text.charCodeAt(i)] === KEEP) i++;
    if (i === length) break;
    const code = text.charCodeAt(i);
    const entry = entries[code];
    const op = entry & OP_MASK;
    let replacement: string;
    let next = i + 1;
    if ((entry & NEEDS_NFC) !== 0 || (op === HIGH_SURROGATE && nfc && codePointLength(text, i) === 2 && (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_NFC_SENSITIVE) !== 0)) {
      const atIsStarter = op === HIGH_SURROGATE && (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_COMBINING) === 0;
      const found = clusterAt(text, i, atIsStarter, table, clusterEnd);
      // The cluster takes the place of whatever its characters wrote before.
      let last = editStart.length - 1;
      while (last >= 0 && editStart[last] >= found.from) {
        editStart.pop();
        editEnd.pop();
        editText.pop();
        last--;
      }
      editStart.push(found.from);
      editEnd.push(found.end);
      editText.push(found.text);
      clusterEnd = found.end;
      i = found.end;
      continue;
    }
    if (op === MAP_ONE || op === MAP_MANY) replacement = strings[code];
    else if (op === DROP) replacement = '';
    else if (op === JOINER) {
      if (endsWithEmoji(text, i)) {
        i++;
        continue;
      }
      replacement = '';
    } else {
      // A kept mark (NFC off), a surrogate pair or a lone surrogate: kept as it is.
      i += op === HIGH_SURROGATE ? codePointLength(text, i) : 1;
      continue;
    }
    const last = editStart.length - 1;
    if (replacement === '' && last >= 0 && editEnd[last] === i) {
      // A removal joins the edit before it, so runs of marks and tatweel make one edit. (Only removals:
      // an NFC cluster may later take back a replaced starter, which must stay an edit of its own.)
      editEnd[last] = next;
    } else {
      editStart.push(i);
      editEnd.push(next);
      editText.push(replacement);
    }
    i = next;
  }

  if (editStart.length === 0) return text;
  const parts: string[] = [];
  let position = 0;
  for (let k = 0; k < editStart.length; k++) {
    if (editStart[k] > position) parts.push(text.slice(position, editStart[k]));
    if (editText[k] !== '') parts.push(editText[k]);
    position = editEnd[k];
  }
  if (position < length) parts.push(text.slice(position));
  return parts.join('');
}

/**
 * Whether changes look sparse in `text` (judged on its start): then copying the unchanged runs as slices
 * beats writing every code unit into a buffer. Dense changes (the search preset on Arabic folds about one
 * letter in ten) make many tiny slices, and the buffer wins.
 */
function changesAreSparse(text: string, entries: Uint8Array): boolean {
  const sample = Math.min(text.length, 4096);
  let changes = 0;
  for (let i = 0; i < sample; i++) if (entries[text.charCodeAt(i)] !== KEEP) changes++;
  return changes * 64 <= sample;
}

/**
 * Runs the table over `text`. When origins are not tracked and nothing changes, returns the input itself.
 */
export function runNormalizer(text: string, table: Table, trackOrigins: boolean): { text: string; offsets?: Uint32Array } {
  if (!trackOrigins && changesAreSparse(text, table.entries)) return { text: runEdits(text, table) };
  const { entries, single, strings } = table;
  const nfc = table.steps.nfc;
  const length = text.length;

  const out: Output = {
    units: new Uint16Array(length + 16),
    origins: trackOrigins ? new Uint32Array(length + 17) : undefined,
    length: 0,
  };
  const cluster: ClusterState = { endIn: 0, endOut: 0 };
  // The hot loop works on locals; around a slow path they are stored to `out` and read back.
  let units = out.units;
  let origins = out.origins;
  let o = 0;
  let hasLoneSurrogate = false;

  let i = 0;
  while (i < length) {
    const code = text.charCodeAt(i);
    const entry = entries[code];
    if (entry === KEEP) {
      units[o] = code;
      if (origins !== undefined) origins[o] = i;
      o++;
      i++;
      continue;
    }
    const op = entry & OP_MASK;
    if (op === MAP_ONE && (entry & NEEDS_NFC) === 0) {
      units[o] = single[code];
      if (origins !== undefined) origins[o] = i;
      o++;
      i++;
      continue;
    }
    if (op === DROP && (entry & NEEDS_NFC) === 0) {
      i++;
      continue;
    }
    // The rarer cases: through `out`.
    out.length = o;
    if ((entry & NEEDS_NFC) !== 0) {
      i = rebuildCluster(text, i, false, table, out, cluster);
    } else if (op === MAP_MANY) {
      writeString(out, strings[code], i, length - i - 1);
      i++;
    } else if (op === JOINER) {
      if (endsWithEmoji(text, i)) writeString(out, text[i], i, length - i - 1);
      i++;
    } else if (op === KEEP || op === LOW_SURROGATE) {
      // a combining mark that stays with NFC off, or a low surrogate without its high half
      if (op === LOW_SURROGATE) hasLoneSurrogate = true;
      writeString(out, text[i], i, length - i - 1);
      i++;
    } else {
      // HIGH_SURROGATE
      const size = codePointLength(text, i);
      if (size === 1) hasLoneSurrogate = true;
      if (size === 2 && nfc && (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_NFC_SENSITIVE) !== 0) {
        const isMark = (supplementaryFact(text.codePointAt(i)!) & SUPPLEMENTARY_COMBINING) !== 0;
        i = rebuildCluster(text, i, !isMark, table, out, cluster);
      } else {
        writeString(out, text.slice(i, i + size), i, length - i - size);
        i += size;
      }
    }
    units = out.units;
    origins = out.origins;
    o = out.length;
  }

  const normalized = decode(units.subarray(0, o), hasLoneSurrogate);
  if (!origins) return { text: normalized };
  const offsets = origins.slice(0, o + 1);
  offsets[o] = length;
  return { text: normalized, offsets };
}
