/**
 * Showing strings in failure messages so that what a terminal hides becomes visible: a diacritic, a
 * tatweel, a Persian yeh that looks like an Arabic one, a zero-width non-joiner. Strings are shown quoted
 * with invisible characters escaped, and the first difference between two strings is spelled out as code
 * points in logical (memory) order, each with its Unicode name, whatever the terminal does with
 * right-to-left text.
 */
import nameData from './code-point-names.json';

const DOTTED_CIRCLE = '\u25cc'; // DOTTED CIRCLE, the conventional base to show a combining mark on
const MARK = /^\p{M}$/u;
const INVISIBLE = /^[\p{Cf}\p{Cc}\p{Zl}\p{Zp}]$/u;
const SPACE = /^\p{Zs}$/u;

let names: Map<number, string> | undefined;

function nameTable(): Map<number, string> {
  if (!names) {
    names = new Map();
    for (const [hexCode, name] of Object.entries(nameData.names)) names.set(Number.parseInt(hexCode, 16), name);
  }
  return names;
}

/** `U+0651`. */
export function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function isPresentationForm(codePoint: number): boolean {
  // ARABIC PRESENTATION FORMS-A and -B
  return (codePoint >= 0xfb50 && codePoint <= 0xfdff) || (codePoint >= 0xfe70 && codePoint <= 0xfefc);
}

/**
 * The Unicode name of a code point when dhad knows it (the Arabic block, spaces, invisible and bidi
 * controls, quotes); presentation forms are named after the letters they decompose to.
 */
export function codePointName(codePoint: number): string | undefined {
  const name = nameTable().get(codePoint);
  if (name !== undefined) return name;
  if (isPresentationForm(codePoint)) {
    const letters = [...String.fromCodePoint(codePoint).normalize('NFKC')].map((c) => c.codePointAt(0)!);
    if (letters.length === 1) return `ARABIC PRESENTATION FORM OF ${hex(letters[0])} ${nameTable().get(letters[0]) ?? ''}`.trimEnd();
    return `ARABIC LIGATURE OF ${letters.map(hex).join(' ')}`;
  }
  return undefined;
}

/**
 * One code point for a reader: `U+0651 ARABIC SHADDA, a combining mark "◌ّ"`,
 * `U+200C ZERO WIDTH NON-JOINER (ZWNJ), invisible`, `U+06CC ARABIC LETTER FARSI YEH "ی"`.
 */
export function describeCodePoint(codePoint: number): string {
  const char = String.fromCodePoint(codePoint);
  const name = codePointName(codePoint);
  const label = name === undefined ? hex(codePoint) : `${hex(codePoint)} ${name}`;
  if (INVISIBLE.test(char)) return `${label}, invisible`;
  if (SPACE.test(char)) return codePoint === 0x20 ? label : `${label}, a space`;
  if (MARK.test(char)) return `${label}, a combining mark "${DOTTED_CIRCLE}${char}"`;
  return `${label} ${JSON.stringify(char)}`;
}

/** Escapes what a terminal would not show (invisible and control characters) as `\u200C`. */
function escapeInvisible(text: string): string {
  let out = '';
  for (const char of text) {
    if (char === '"' || char === '\\') out += `\\${char}`;
    else if (INVISIBLE.test(char) || (SPACE.test(char) && char !== ' ')) out += `\\u${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    else out += char;
  }
  return out;
}

const EXCERPT_RADIUS = 40;

/**
 * `text` in double quotes, invisible characters escaped; a long text is cut to the part around `focus`
 * (a UTF-16 index, default its start).
 */
export function quote(text: string, focus = 0): string {
  if (text.length <= EXCERPT_RADIUS * 3) return `"${escapeInvisible(text)}"`;
  let from = Math.max(0, focus - EXCERPT_RADIUS);
  let to = Math.min(text.length, from + EXCERPT_RADIUS * 2);
  from = Math.max(0, to - EXCERPT_RADIUS * 2);
  // Never cut a surrogate pair.
  if (from > 0 && (text.charCodeAt(from) & 0xfc00) === 0xdc00) from--;
  if (to < text.length && (text.charCodeAt(to) & 0xfc00) === 0xdc00) to++;
  return `${from > 0 ? '…' : ''}"${escapeInvisible(text.slice(from, to))}"${to < text.length ? '…' : ''} (${text.length} code units)`;
}

export interface Difference {
  /** UTF-16 index of the first differing code point (the same in both strings). */
  index: number;
  /** The code points there; `undefined` where that string has ended. */
  received: number | undefined;
  expected: number | undefined;
}

/** Where two strings first differ, code point by code point; `undefined` when they are equal. */
export function firstDifference(received: string, expected: string): Difference | undefined {
  let i = 0;
  for (;;) {
    const a = received.codePointAt(i);
    const b = expected.codePointAt(i);
    if (a !== b) return { index: i, received: a, expected: b };
    if (a === undefined) return undefined;
    i += a > 0xffff ? 2 : 1;
  }
}

const CONTEXT_CODE_POINTS = 6;

/** The code points of `text` around `index`, the one at `index` in brackets: `U+0648 U+0623 [U+062F] U+0649`. */
function codePointWindow(text: string, index: number): string {
  const before: string[] = [];
  let i = index;
  while (i > 0 && before.length < CONTEXT_CODE_POINTS) {
    i -= (text.charCodeAt(i - 1) & 0xfc00) === 0xdc00 && i >= 2 ? 2 : 1;
    before.unshift(hex(text.codePointAt(i)!));
  }
  const startsCut = i > 0;
  const after: string[] = [];
  let j = index;
  while (j < text.length && after.length <= CONTEXT_CODE_POINTS) {
    const codePoint = text.codePointAt(j)!;
    after.push(after.length === 0 ? `[${hex(codePoint)}]` : hex(codePoint));
    j += codePoint > 0xffff ? 2 : 1;
  }
  if (after.length === 0) after.push('[end]');
  return `${startsCut ? '… ' : ''}${[...before, ...after].join(' ')}${j < text.length ? ' …' : ''}`;
}

/**
 * The first difference between two strings for a failure message, code points in logical order:
 *
 *     first difference at index 3:
 *       received: U+062F ARABIC LETTER DAL "د"
 *       expected: U+0651 ARABIC SHADDA, a combining mark "◌ّ"
 *     code points, in logical order ([…] marks the difference):
 *       received: U+0648 U+0623 U+0643 [U+062F]
 *       expected: U+0648 U+0623 U+0643 [U+0651] U+062F
 */
export function explainDifference(received: string, expected: string, indent = '', receivedLabel = 'received'): string {
  const difference = firstDifference(received, expected);
  if (difference === undefined) return `${indent}(no difference)`;
  const side = (codePoint: number | undefined): string => (codePoint === undefined ? '(end of string)' : describeCodePoint(codePoint));
  const width = Math.max(receivedLabel.length, 'expected'.length) + 1;
  const label = (name: string): string => `${name}:`.padEnd(width + 1);
  return [
    `${indent}first difference at index ${difference.index}:`,
    `${indent}  ${label(receivedLabel)}${side(difference.received)}`,
    `${indent}  ${label('expected')}${side(difference.expected)}`,
    `${indent}code points, in logical order ([…] marks the difference):`,
    `${indent}  ${label(receivedLabel)}${codePointWindow(received, difference.index)}`,
    `${indent}  ${label('expected')}${codePointWindow(expected, difference.index)}`,
  ].join('\n');
}
