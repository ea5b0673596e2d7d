/**
 * Property tests over strings of hard characters (alphabet.ts): for every public function, results slice
 * back to the input, are ordered and do not overlap, normalization is idempotent, nothing throws.
 * `npm run fuzz` runs the same checkers with many more runs and longer strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as dhad from 'dhad';
import { hardText } from './alphabet.js';
import { checkers, coveredFunctions } from './check.js';
import { runChecker } from './run-checker.js';

const NUM_RUNS = 200;

describe('robustness: every public function on strings of hard characters', () => {
  it('covers every exported function', () => {
    const exported = Object.entries(dhad).filter(([, value]) => typeof value === 'function').map(([name]) => name);
    const covered = coveredFunctions();
    expect(exported.filter((name) => !covered.has(name))).toEqual([]);
  });

  for (const checker of checkers) {
    it(checker.name, () => {
      fc.assert(
        fc.property(hardText(), (text) => runChecker(dhad, checker, text)),
        { numRuns: NUM_RUNS },
      );
    });
  }

  it('normalize with any combination of steps is idempotent and agrees with normalizeWithOffsets', () => {
    const steps = fc.record(
      {
        preset: fc.constantFrom('standard' as const, 'search' as const),
        nfc: fc.boolean(),
        removeDiacritics: fc.boolean(),
        removeTatweel: fc.boolean(),
        removeInvisible: fc.boolean(),
        foldPersianLetters: fc.boolean(),
        decomposePresentationForms: fc.boolean(),
        normalizeDigits: fc.boolean(),
        foldAlef: fc.boolean(),
        foldAlefMaqsura: fc.boolean(),
        foldTehMarbuta: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(hardText(), steps, (text, options) => {
        const once = dhad.normalize(text, options);
        expect(dhad.normalize(once, options)).toBe(once);
        const { text: withOffsets, offsets } = dhad.normalizeWithOffsets(text, options);
        expect(withOffsets).toBe(once);
        expect(offsets[once.length]).toBe(text.length);
      }),
      // Each new combination of steps builds its table once: fewer runs keep this quick.
      { numRuns: 120 },
    );
  });

  it('fromBIO reads any IOB sequence the way toBIO writes it back (I- after O opens an entity)', () => {
    const tag = fc.oneof(fc.constant('O'), fc.tuple(fc.constantFrom('B-', 'I-'), fc.constantFrom('PERS', 'LOC', 'ORG')).map(([p, t]) => p + t));
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 30 }), (tags) => {
        const tokens = tags.map((_, i) => ({ start: 2 * i, end: 2 * i + 1 }));
        const spans = dhad.fromBIO(tokens, tags);
        const again = dhad.toBIO(tokens, spans);
        // conlleval reading: an I-X that does not continue an X is a B-X.
        const expected = tags.map((t, i) => (t.startsWith('I-') && (i === 0 || tags[i - 1].slice(2) !== t.slice(2) || tags[i - 1] === 'O') ? 'B-' + t.slice(2) : t));
        expect(again).toEqual(expected);
        expect(dhad.fromBIO(tokens, again)).toEqual(spans);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
