/**
 * dhad's custom matchers as a plain object for `expect.extend`: no import of vitest here, so the same
 * object works with Jest's `expect.extend` too. They need nothing of the matcher context (`this`): the test
 * runner applies `.not` to their `pass` itself.
 *
 * Failure messages list things one per line (tokens, sentences, entities), so that a terminal that
 * reorders right-to-left text cannot swap two of them, and spell out the first difference between two
 * strings as code points with their names (code-points.ts): a diacritic or a zero-width non-joiner is
 * otherwise invisible.
 */
import { WORD_KINDS, entities, normalize, sentences, tokenize } from 'dhad';
import type { EntitiesOptions, Entity, NormalizeOptions, Preset } from 'dhad';
import { explainDifference, firstDifference, quote } from './code-points.js';

/**
 * The matcher context (`this`) as the matchers declare it: what vitest's and Jest's contexts have in common
 * (Jest types `isNot` as optional, vitest as required), so that `expect.extend(dhadMatchers)` type-checks in both.
 */
export interface DhadMatcherContext {
  isNot?: boolean;
}

export interface DhadMatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
  expected?: unknown;
}

/** What `toHaveEntity` looks for: any of type, text, start, end (all given ones must match). */
export interface ExpectedEntity {
  type?: string;
  text?: string;
  start?: number;
  end?: number;
}

/** Token kinds that count as words, as `summarize`'s `maxWords` counts them. */
const COUNTED_KINDS: ReadonlySet<string> = new Set(WORD_KINDS);
const MAX_LISTED = 30;
const LIST_CONTEXT = 3;

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'string' ? 'string' : `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trimEnd();
}

function expectStringArgument(value: unknown, what: string, matcher: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`dhad/matchers: ${matcher} expects ${what} to be a string, found ${describeValue(value)}`);
  }
}

function presetLabel(preset: Preset | NormalizeOptions | undefined): string {
  if (preset === undefined) return "preset 'standard'";
  return typeof preset === 'string' ? `preset '${preset}'` : `options ${JSON.stringify(preset)}`;
}

function wordCount(text: string): number {
  let count = 0;
  for (const token of tokenize(text)) if (COUNTED_KINDS.has(token.kind)) count++;
  return count;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Items `from`..`to` (clamped), one per line, with `… n more` where the list is cut. */
function listLines<T>(items: readonly T[], format: (item: T, index: number) => string, from = 0, to = MAX_LISTED): string[] {
  const start = Math.max(0, from);
  const end = Math.min(items.length, to);
  const lines: string[] = [];
  if (start > 0) lines.push(`  … ${start} before`);
  for (let i = start; i < end; i++) lines.push(`  ${format(items[i], i)}`);
  if (end < items.length) lines.push(`  … ${items.length - end} more`);
  if (items.length === 0) lines.push('  (none)');
  return lines;
}

function firstDifferentIndex(received: readonly string[], expected: readonly string[]): number {
  let i = 0;
  while (i < received.length && i < expected.length && received[i] === expected[i]) i++;
  return i;
}

/** Two lists of strings compared item by item: the first different item, its code points, and both lists around it. */
function explainListDifference(noun: string, received: readonly string[], expected: readonly string[], format: (index: number) => string): string {
  const k = firstDifferentIndex(received, expected);
  const lines = [`first different ${noun}: #${k}`];
  if (k < received.length && k < expected.length) {
    lines.push(`  received: ${format(k)}`, `  expected: ${quote(expected[k])}`, explainDifference(received[k], expected[k], '  '));
  } else if (k < received.length) {
    lines.push(`  received: ${format(k)}`, '  expected: (no more)');
  } else {
    lines.push('  received: (no more)', `  expected: ${quote(expected[k])}`);
  }
  lines.push(`received, one ${noun} a line:`, ...listLines(received, (_, i) => format(i), k - LIST_CONTEXT, k + LIST_CONTEXT + 1));
  lines.push(`expected, one ${noun} a line:`, ...listLines(expected, (text, i) => `#${i} ${quote(text)}`, k - LIST_CONTEXT, k + LIST_CONTEXT + 1));
  return lines.join('\n');
}

function describeEntity(entity: Pick<Entity, 'type' | 'text' | 'start' | 'end'>): string {
  // Offsets and type first, the Arabic text last on its line, so that bidi reordering cannot move it.
  return `${entity.start}–${entity.end} ${entity.type} ${quote(entity.text)}`;
}

function describeExpectedEntity(expected: ExpectedEntity): string {
  const parts: string[] = [];
  if (expected.type !== undefined) parts.push(`type: '${expected.type}'`);
  if (expected.start !== undefined) parts.push(`start: ${expected.start}`);
  if (expected.end !== undefined) parts.push(`end: ${expected.end}`);
  if (expected.text !== undefined) parts.push(`text: ${quote(expected.text)}`);
  return `{ ${parts.join(', ')} }`;
}

function matchesEntity(entity: Pick<Entity, 'type' | 'text' | 'start' | 'end'>, expected: ExpectedEntity): boolean {
  return (
    (expected.type === undefined || entity.type === expected.type) &&
    (expected.text === undefined || entity.text === expected.text) &&
    (expected.start === undefined || entity.start === expected.start) &&
    (expected.end === undefined || entity.end === expected.end)
  );
}

const ENTITY_KEYS = new Set(['type', 'text', 'start', 'end']);

function checkExpectedEntity(expected: unknown): asserts expected is ExpectedEntity {
  if (typeof expected !== 'object' || expected === null || Array.isArray(expected)) {
    throw new TypeError(`dhad/matchers: toHaveEntity expects an object such as { type: 'PERS', text: '…' }, found ${describeValue(expected)}`);
  }
  const keys = Object.keys(expected);
  const unknown = keys.filter((key) => !ENTITY_KEYS.has(key));
  if (unknown.length > 0 || keys.length === 0) {
    throw new RangeError(`dhad/matchers: toHaveEntity expects some of the keys type, text, start, end, found ${keys.length ? keys.join(', ') : 'none'}`);
  }
}

/** Hints for a missed entity: the same text with another type, a near-identical text, the text outside any entity. */
function entityHints(list: readonly Entity[], expected: ExpectedEntity, input: string | undefined): string[] {
  const hints: string[] = [];
  if (expected.text === undefined) return hints;
  const sameText = list.filter((entity) => entity.text === expected.text);
  if (sameText.length > 0) {
    hints.push(`entities with this text, other ${expected.type !== undefined ? 'type' : 'offsets'}:`, ...listLines(sameText, describeEntity, 0, 5));
    return hints;
  }
  const folded = normalize(expected.text, 'search');
  const lookalike = list.find((entity) => normalize(entity.text, 'search') === folded);
  if (lookalike !== undefined) {
    hints.push(`an entity differs from the expected text only in characters that normalization folds: ${describeEntity(lookalike)}`);
    hints.push(explainDifference(lookalike.text, expected.text, '  '));
    return hints;
  }
  if (input !== undefined) {
    const at = input.indexOf(expected.text);
    if (at >= 0) {
      const end = at + expected.text.length;
      const overlapping = list.filter((entity) => entity.start < end && at < entity.end);
      hints.push(
        `the text occurs at ${at}–${end}, ${overlapping.length === 0 ? 'inside no entity' : 'where these entities overlap it:'}`,
        ...(overlapping.length === 0 ? [] : listLines(overlapping, describeEntity, 0, 5)),
      );
    } else {
      hints.push('the text does not occur in the input');
    }
  }
  return hints;
}

function isEntityList(value: unknown): value is Entity[] {
  return (
    Array.isArray(value) &&
    value.every((item) => typeof item === 'object' && item !== null && typeof item.text === 'string' && typeof item.type === 'string')
  );
}

function countableTexts(received: unknown): string[] | undefined {
  const textOf = (item: unknown): string | undefined =>
    typeof item === 'string' ? item : typeof item === 'object' && item !== null && typeof (item as { text?: unknown }).text === 'string' ? (item as { text: string }).text : undefined;
  const all = (items: readonly unknown[]): string[] | undefined => {
    const texts = items.map(textOf);
    return texts.every((text) => text !== undefined) ? (texts as string[]) : undefined;
  };
  if (typeof received === 'string') return [received];
  if (Array.isArray(received)) return all(received);
  if (typeof received === 'object' && received !== null) {
    const { sentences: parts } = received as { sentences?: unknown };
    if (Array.isArray(parts)) return all(parts);
    const text = textOf(received);
    if (text !== undefined) return [text];
  }
  return undefined;
}

export const dhadMatchers = {
  /**
   * `expect(text).toNormalizeTo(expected, preset?)`: `normalize(text, preset) === expected`.
   * @example expect('قبیل').toNormalizeTo('قبيل')
   */
  toNormalizeTo(this: DhadMatcherContext, received: unknown, expected: string, preset?: Preset | NormalizeOptions): DhadMatcherResult {
    expectStringArgument(received, 'the received value', 'toNormalizeTo');
    expectStringArgument(expected, 'the expected text', 'toNormalizeTo');
    const normalized = normalize(received, preset);
    const pass = normalized === expected;
    const how = presetLabel(preset);
    return {
      pass,
      actual: normalized,
      expected,
      message: () => {
        if (pass) return `expected ${quote(received)} not to normalize to ${quote(expected)} (${how}), but it does`;
        const at = firstDifference(normalized, expected)?.index ?? 0;
        const lines = [
          `expected ${quote(received)} to normalize to ${quote(expected, at)} (${how})`,
          `normalized: ${quote(normalized, at)}`,
          `expected:   ${quote(expected, at)}`,
          explainDifference(normalized, expected, '', 'normalized'),
        ];
        const expectedNormalized = normalize(expected, preset);
        if (expectedNormalized !== expected) {
          lines.push(`note: the expected text is not in normal form itself; normalize(expected) is ${quote(expectedNormalized)}`);
        }
        return lines.join('\n');
      },
    };
  },

  /**
   * `expect(textOrEntities).toHaveEntity({ type, text, start, end })`: some entity matches every given key.
   * A string is run through `entities(text, options)`; an array of entities is used as it is.
   * @example expect(article.text).toHaveEntity({ type: 'PERS', text: 'بوتين' })
   */
  toHaveEntity(this: DhadMatcherContext, received: unknown, expected: ExpectedEntity, options?: EntitiesOptions): DhadMatcherResult {
    let list: Entity[];
    let input: string | undefined;
    if (typeof received === 'string') {
      input = received;
      list = entities(received, options);
    } else if (isEntityList(received)) {
      list = received;
    } else {
      throw new TypeError(`dhad/matchers: toHaveEntity expects a text or an array of entities, found ${describeValue(received)}`);
    }
    checkExpectedEntity(expected);
    const matches = list.filter((entity) => matchesEntity(entity, expected));
    const pass = matches.length > 0;
    const subject = input === undefined ? 'the entities' : `the text ${quote(input)}`;
    return {
      pass,
      message: () => {
        if (pass) {
          return [`expected ${subject} not to have an entity ${describeExpectedEntity(expected)}, found:`, ...listLines(matches, describeEntity)].join('\n');
        }
        return [
          `expected ${subject} to have an entity ${describeExpectedEntity(expected)}`,
          ...entityHints(list, expected, input),
          `found ${plural(list.length, 'entity', 'entities')}, one a line:`,
          ...listLines(list, describeEntity),
        ].join('\n');
      },
    };
  },

  /**
   * `expect(text).toTokenizeAs([...])`: the token surfaces of `tokenize(text)`, in order.
   * @example expect('الوقت-انعقدت').toTokenizeAs(['الوقت', '-', 'انعقدت'])
   */
  toTokenizeAs(this: DhadMatcherContext, received: unknown, expected: readonly string[]): DhadMatcherResult {
    expectStringArgument(received, 'the received value', 'toTokenizeAs');
    if (!Array.isArray(expected) || !expected.every((item) => typeof item === 'string')) {
      throw new TypeError(`dhad/matchers: toTokenizeAs expects an array of token texts, found ${describeValue(expected)}`);
    }
    const tokens = tokenize(received);
    const texts = tokens.map((token) => token.text);
    const pass = texts.length === expected.length && texts.every((text, i) => text === expected[i]);
    return {
      pass,
      actual: texts,
      expected,
      message: () => {
        const format = (i: number): string => `#${i} ${tokens[i].start}–${tokens[i].end} ${tokens[i].kind} ${quote(tokens[i].text)}`;
        if (pass) return `expected ${quote(received)} not to tokenize as these ${plural(expected.length, 'token')}, but it does`;
        return [
          `expected ${quote(received)} to tokenize as ${plural(expected.length, 'token')}, got ${plural(texts.length, 'token')}`,
          explainListDifference('token', texts, expected, format),
        ].join('\n');
      },
    };
  },

  /**
   * `expect(summaryOrText).toBeWithinWords(n)`: at most `n` words, counted as `summarize`'s `maxWords`
   * counts them (words, numbers, hashtags, mentions, URLs, e-mail addresses; not punctuation).
   * Takes a string, a summary (`{ sentences }` or `{ text }`) or an array of sentences or strings.
   * @example expect(summarize(article.text, { maxWords: 60 })).toBeWithinWords(60)
   */
  toBeWithinWords(this: DhadMatcherContext, received: unknown, max: number): DhadMatcherResult {
    if (!Number.isInteger(max) || max < 0) {
      throw new RangeError(`dhad/matchers: toBeWithinWords expects a word count (an integer ≥ 0), found ${describeValue(max)}`);
    }
    const texts = countableTexts(received);
    if (texts === undefined) {
      throw new TypeError(`dhad/matchers: toBeWithinWords expects a text, a summary or an array of sentences, found ${describeValue(received)}`);
    }
    const counts = texts.map(wordCount);
    const words = counts.reduce((sum, count) => sum + count, 0);
    const pass = words <= max;
    const parts = texts.length > 1 ? ` (${plural(texts.length, 'part')}: ${counts.join(' + ')})` : '';
    return {
      pass,
      actual: words,
      expected: max,
      message: () =>
        pass
          ? `expected more than ${plural(max, 'word')}, found ${plural(words, 'word')}${parts}`
          : `expected at most ${plural(max, 'word')}, found ${plural(words, 'word')}${parts}`,
    };
  },

  /**
   * `expect(text).toHaveSentences(n | [...])`: `sentences(text)` has `n` sentences, or exactly these texts.
   * @example expect(article.text).toHaveSentences(20)
   */
  toHaveSentences(this: DhadMatcherContext, received: unknown, expected: number | readonly string[]): DhadMatcherResult {
    expectStringArgument(received, 'the received value', 'toHaveSentences');
    const list = sentences(received);
    const texts = list.map((sentence) => sentence.text);
    const format = (i: number): string => `#${i} ${list[i].start}–${list[i].end} ${quote(list[i].text)}`;
    if (typeof expected === 'number') {
      if (!Number.isInteger(expected) || expected < 0) {
        throw new RangeError(`dhad/matchers: toHaveSentences expects a sentence count (an integer ≥ 0) or an array of sentence texts, found ${describeValue(expected)}`);
      }
      const pass = list.length === expected;
      return {
        pass,
        actual: list.length,
        expected,
        message: () =>
          [
            `expected ${quote(received)} ${pass ? 'not ' : ''}to have ${plural(expected, 'sentence')}, found ${list.length}, one a line:`,
            ...listLines(texts, (_, i) => format(i)),
          ].join('\n'),
      };
    }
    if (!Array.isArray(expected) || !expected.every((item) => typeof item === 'string')) {
      throw new TypeError(`dhad/matchers: toHaveSentences expects a sentence count or an array of sentence texts, found ${describeValue(expected)}`);
    }
    const pass = texts.length === expected.length && texts.every((text, i) => text === expected[i]);
    return {
      pass,
      actual: texts,
      expected,
      message: () =>
        pass
          ? `expected ${quote(received)} not to have these ${plural(expected.length, 'sentence')}, but it does`
          : [
              `expected ${quote(received)} to have ${plural(expected.length, 'sentence')}, found ${plural(texts.length, 'sentence')}`,
              explainListDifference('sentence', texts, expected, format),
            ].join('\n'),
    };
  },
};

/** The matchers' argument types, for `declare module` augmentations (vitest's, Jest's). */
export interface DhadMatchers<R = unknown> {
  /** `normalize(received, preset) === expected`; the failure message lists the first differing code point. */
  toNormalizeTo(expected: string, preset?: Preset | NormalizeOptions): R;
  /** Some entity of the text (or of the array of entities) has every given key. */
  toHaveEntity(expected: ExpectedEntity, options?: EntitiesOptions): R;
  /** `tokenize(received).map((t) => t.text)` equals `expected`. */
  toTokenizeAs(expected: readonly string[]): R;
  /** At most `max` words (as `summarize`'s `maxWords` counts them). */
  toBeWithinWords(max: number): R;
  /** `sentences(received)` has this many sentences, or exactly these texts. */
  toHaveSentences(expected: number | readonly string[]): R;
}
