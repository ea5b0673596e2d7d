/**
 * Linear time, the `npm test` part: ~200 KB of the worst repetitions go through every public function and
 * must simply finish (no timing asserts here: timings live in `npm run fuzz`, which runs 1–2 MB and flags
 * any function over 2 s). Results are checked cheaply: spans slice back, in order.
 */
import { describe, expect, it } from 'vitest';
import * as dhad from 'dhad';
import { adversarialPieces, adversarialText } from './adversarial.js';
import { exerciseOnce } from './exercise.js';

// The inputs the issue names; the fuzz run takes all of adversarialPieces.
const NAMED = ['one word, no spaces', 'only dots', 'only quotes', 'only URL fragments', 'only marks', 'only emoji', 'only digits with separators'];
const TARGET_BYTES = 200_000;

describe('robustness: ~200 KB adversarial inputs through every function', () => {
  for (const { name, piece } of adversarialPieces.filter((p) => NAMED.includes(p.name))) {
    it(name, () => {
      const text = adversarialText(piece, Math.round((TARGET_BYTES * piece.length) / Buffer.byteLength(piece)));
      const called = exerciseOnce(dhad, text);
      expect(called.length).toBeGreaterThan(20);
    });
  }

  // Was quadratic (NFC over the whole run of marks); now normalized in stream-safe pieces of 30 marks.
  it('only marks with hamza above', () => {
    exerciseOnce(dhad, adversarialText('\u064e\u0654', 100_000));
  });
});
