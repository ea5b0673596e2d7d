/** Naughty strings (naughty.ts) through every public function: results slice back, nothing throws. */
import { describe, it } from 'vitest';
import * as dhad from 'dhad';
import { checkers } from './check.js';
import { naughtyStrings } from './naughty.js';
import { runChecker } from './run-checker.js';

describe('robustness: naughty strings round-trip through every function', () => {
  for (const { name, text } of naughtyStrings) {
    it(name, () => {
      for (const checker of checkers) runChecker(dhad, checker, text);
    });
  }
});
