/**
 * Bad arguments to every exported function: a TypeError (wrong type) or RangeError (bad value) whose
 * message starts `dhad.<function>:` and names the argument in backticks. Never a crash from inside.
 */
import { describe, expect, it } from 'vitest';
import * as dhad from 'dhad';

type ErrorClass = typeof TypeError | typeof RangeError;
// The calls pass wrong types on purpose.
type Loose = (...args: unknown[]) => unknown;
const api = dhad as unknown as Record<string, Loose>;

const NOT_STRINGS: readonly unknown[] = [undefined, null, 42, true, 10n, Symbol('s'), {}, [], ['نص'], new String('نص'), () => 'نص'];

/** Functions whose first argument is the text (or word): every non-string is a TypeError naming it. */
const TEXT_FIRST: readonly [string, string][] = [
  ['normalize', 'text'],
  ['normalizeWithOffsets', 'text'],
  ['removeDiacritics', 'text'],
  ['removeTatweel', 'text'],
  ['removeInvisible', 'text'],
  ['foldPersianLetters', 'text'],
  ['decomposePresentationForms', 'text'],
  ['normalizeDigits', 'text'],
  ['foldAlef', 'text'],
  ['foldAlefMaqsura', 'text'],
  ['foldTehMarbuta', 'text'],
  ['tokenize', 'text'],
  ['tokenizeCompact', 'text'],
  ['sentences', 'text'],
  ['segment', 'word'],
  ['stem', 'word'],
  ['entities', 'text'],
  ['summarize', 'text'],
  ['keywords', 'text'],
  ['detectLanguage', 'text'],
  ['isArabic', 'text'],
  ['arabicLetterShare', 'text'],
  ['renderEntities', 'text'],
];

const offsets = dhad.normalizeWithOffsets('مرحبا').offsets;
const token = { start: 0, end: 1 };

/** [function, call, error class, the argument the message must name]. */
const BAD_OPTIONS: readonly [string, () => unknown, ErrorClass, string][] = [
  ['normalize', () => api.normalize('نص', 'standerd'), RangeError, 'preset'],
  ['normalize', () => api.normalize('نص', 5), TypeError, 'preset'],
  ['normalize', () => api.normalize('نص', null), TypeError, 'preset'],
  ['normalize', () => api.normalize('نص', { removeTashkeel: true }), RangeError, 'removeTashkeel'],
  ['normalize', () => api.normalize('نص', { nfc: 'yes' }), TypeError, 'preset.nfc'],
  ['normalize', () => api.normalize('نص', { preset: 'all' }), RangeError, 'preset.preset'],
  ['normalizeWithOffsets', () => api.normalizeWithOffsets('نص', 'lossy'), RangeError, 'preset'],
  ['mapRange', () => api.mapRange(offsets, -1, 0), RangeError, 'start'],
  ['mapRange', () => api.mapRange(offsets, 1.5, 2), RangeError, 'start'],
  ['mapRange', () => api.mapRange(offsets, Number.NaN, 2), RangeError, 'start'],
  ['mapRange', () => api.mapRange(offsets, '0', 1), RangeError, 'start'],
  ['mapRange', () => api.mapRange(offsets, 3, 2), RangeError, 'end'],
  ['mapRange', () => api.mapRange(offsets, 0, 99), RangeError, 'end'],
  ['tokenize', () => api.tokenize('نص', 5), TypeError, 'options'],
  ['tokenize', () => api.tokenize('نص', { clitic: true }), RangeError, 'clitic'],
  ['tokenize', () => api.tokenize('نص', { clitics: 'yes' }), TypeError, 'options.clitics'],
  ['entities', () => api.entities('نص', []), TypeError, 'options'],
  ['entities', () => api.entities('نص', { type: ['PERS'] }), RangeError, 'type'],
  ['entities', () => api.entities('نص', { types: 'PERS' }), TypeError, 'options.types'],
  ['entities', () => api.entities('نص', { types: ['PERSON'] }), RangeError, 'options.types['],
  ['toBIO', () => api.toBIO('tokens', []), TypeError, 'tokens'],
  ['toBIO', () => api.toBIO([], null), TypeError, 'entities'],
  ['toBIO', () => api.toBIO([{ start: 2, end: 1 }], []), TypeError, 'tokens[0]'],
  ['toBIO', () => api.toBIO([null], []), TypeError, 'tokens[0]'],
  ['toBIO', () => api.toBIO([token], [{ start: 0, end: 1 }]), TypeError, 'entities[0].type'],
  ['fromBIO', () => api.fromBIO(null, []), TypeError, 'tokens'],
  ['fromBIO', () => api.fromBIO([], 'O'), TypeError, 'tags'],
  ['fromBIO', () => api.fromBIO([token], []), RangeError, 'tags'],
  ['fromBIO', () => api.fromBIO([token], ['X-PERS']), RangeError, 'tags[0]'],
  ['fromBIO', () => api.fromBIO([token], ['B-']), RangeError, 'tags[0]'],
  ['fromBIO', () => api.fromBIO([token], [7]), TypeError, 'tags[0]'],
  ['fromBIO', () => api.fromBIO([{ start: 'a', end: 1 }], ['O']), TypeError, 'tokens[0]'],
  ['fromBIO', () => api.fromBIO([token], ['O'], 5), TypeError, 'text'],
  ['summarize', () => api.summarize('نص', 3), TypeError, 'options'],
  ['summarize', () => api.summarize('نص', { sentences: 0 }), RangeError, 'sentences'],
  ['summarize', () => api.summarize('نص', { sentences: 2.5 }), RangeError, 'sentences'],
  ['summarize', () => api.summarize('نص', { ratio: 0 }), RangeError, 'ratio'],
  ['summarize', () => api.summarize('نص', { ratio: 1.5 }), RangeError, 'ratio'],
  ['summarize', () => api.summarize('نص', { ratio: Number.NaN }), RangeError, 'ratio'],
  ['summarize', () => api.summarize('نص', { maxWords: 0 }), RangeError, 'maxWords'],
  ['summarize', () => api.summarize('نص', { keywords: -1 }), RangeError, 'keywords'],
  ['summarize', () => api.summarize('نص', { sentences: 1, maxWords: 10 }), RangeError, 'maxWords'],
  ['summarize', () => api.summarize('نص', { length: 3 }), RangeError, 'length'],
  ['keywords', () => api.keywords('نص', { n: 0 }), RangeError, 'n'],
  ['keywords', () => api.keywords('نص', { n: '5' }), RangeError, 'n'],
  ['keywords', () => api.keywords('نص', { count: 5 }), RangeError, 'count'],
  ['detectLanguage', () => api.detectLanguage('نص', { minLength: 0 }), RangeError, 'minLength'],
  ['detectLanguage', () => api.detectLanguage('نص', { maxCandidates: 1.5 }), RangeError, 'maxCandidates'],
  ['detectLanguage', () => api.detectLanguage('نص', { arabicScriptLanguages: 'arb' }), RangeError, 'arabicScriptLanguages'],
  ['detectLanguage', () => api.detectLanguage('نص', { arabicScriptLanguages: ['xxx'] }), RangeError, 'arabicScriptLanguages'],
  ['detectLanguage', () => api.detectLanguage('نص', { arabicScriptLanguages: [] }), RangeError, 'arabicScriptLanguages'],
  ['detectLanguage', () => api.detectLanguage('نص', { languages: ['arb'] }), RangeError, 'languages'],
  ['isArabic', () => api.isArabic('نص', { threshold: 0 }), RangeError, 'threshold'],
  ['isArabic', () => api.isArabic('نص', { threshold: 1.5 }), RangeError, 'threshold'],
  ['isArabic', () => api.isArabic('نص', { threshold: '0.5' }), RangeError, 'threshold'],
  ['isArabic', () => api.isArabic('نص', 0.5), TypeError, 'options'],
  ['renderEntities', () => api.renderEntities('نص', null), TypeError, 'entities'],
  ['renderEntities', () => api.renderEntities('نص', [{ type: 'PERS', start: 0, end: 9 }]), RangeError, 'entities[0]'],
  ['renderEntities', () => api.renderEntities('نص', [{ type: 5, start: 0, end: 1 }]), TypeError, 'entities[0].type'],
  ['renderEntities', () => api.renderEntities('نص', [{ type: 'A', start: 0, end: 2 }, { type: 'B', start: 1, end: 2 }]), RangeError, 'entities['],
  ['renderEntities', () => api.renderEntities('نص', [], { dir: 'up' }), RangeError, 'options.dir'],
  ['renderEntities', () => api.renderEntities('نص', [], { title: 5 }), TypeError, 'options.title'],
  ['renderEntities', () => api.renderEntities('نص', [], { colour: 'red' }), RangeError, 'colour'],
];

function expectError(call: () => unknown, fn: string, errorClass: ErrorClass, argument: string): void {
  let thrown: unknown;
  try {
    call();
  } catch (error) {
    thrown = error;
  }
  expect(thrown, `${fn} did not throw`).toBeInstanceOf(errorClass);
  const message = (thrown as Error).message;
  expect(message.startsWith(`dhad.${fn}:`), message).toBe(true);
  expect(message, message).toContain(argument.endsWith('[') ? `\`${argument}` : `\`${argument}\``);
}

describe('robustness: bad arguments', () => {
  it('covers every exported function', () => {
    const exported = Object.entries(dhad).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const covered = new Set([...TEXT_FIRST.map(([fn]) => fn), ...BAD_OPTIONS.map(([fn]) => fn)]);
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const [fn, argument] of TEXT_FIRST) {
    it(`${fn}: a non-string \`${argument}\` is a TypeError naming it`, () => {
      for (const value of NOT_STRINGS) {
        const rest = fn === 'renderEntities' ? [[]] : [];
        expectError(() => api[fn](value, ...rest), fn, TypeError, argument);
      }
    });
  }

  BAD_OPTIONS.forEach(([fn, call, errorClass, argument], index) => {
    it(`${fn}: bad \`${argument}\` → ${errorClass.name} naming it (#${index})`, () => {
      expectError(call, fn, errorClass, argument);
    });
  });

  it('empty input gives empty results, not errors', () => {
    expect(dhad.normalize('')).toBe('');
    expect(dhad.tokenize('')).toEqual([]);
    expect(dhad.tokenizeCompact('').count).toBe(0);
    expect(dhad.sentences('')).toEqual([]);
    expect(dhad.entities('')).toEqual([]);
    expect(dhad.summarize('').sentences).toEqual([]);
    expect(dhad.keywords('')).toEqual([]);
    expect(dhad.detectLanguage('').language).toBe('und');
    expect(dhad.isArabic('')).toBe(false);
    expect(dhad.stem('')).toBe('');
    expect(dhad.toBIO([], [])).toEqual([]);
    expect(dhad.fromBIO([], [])).toEqual([]);
    expect(dhad.mapRange(dhad.normalizeWithOffsets('').offsets, 0, 0)).toEqual([0, 0]);
  });

  it('mapRange: a non-array `offsets` is a TypeError naming it', () => {
    expectError(() => api.mapRange(null, 0, 0), 'mapRange', TypeError, 'offsets');
  });

  it('mapRange: a string `offsets` is rejected', () => {
    expectError(() => api.mapRange('abc', 0, 0), 'mapRange', TypeError, 'offsets');
  });
});
