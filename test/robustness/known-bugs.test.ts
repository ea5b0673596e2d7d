/**
 * The bugs this suite found, each on one deterministic input. An unfixed bug is listed in known-bugs.ts and
 * its test here runs under `it.fails` (it turns red when someone fixes the bug: then drop the `.fails` and
 * the entry). All of them are fixed now, so these are regression tests.
 */
import { describe, expect, it } from 'vitest';
import * as dhad from 'dhad';

describe('robustness: bugs this suite found (fixed ones as regression tests; `it.fails` until fixed)', () => {
  // Was BUG entities-overlap-in-expanded-ligature. Which of these inputs trips it depends on the trained model
  // (two entities must fall inside one ligature's expansion); each did with one model of the project.
  it('entities around ﷺ return spans that do not overlap', () => {
    for (const text of ['محمد ﷺ', 'ﷺ بن محمد', 'رسول الله ﷺ', 'ﷺﷺ', 'عن أبي هريرة ﷺ']) {
      const found = dhad.entities(text);
      for (let i = 1; i < found.length; i++) expect(found[i].start, text).toBeGreaterThanOrEqual(found[i - 1].end);
    }
  });

  // Was BUG detectLanguage-scores-above-one
  it('detectLanguage: confidence and candidate scores stay within 0..1, best first', () => {
    for (const text of ['الرئيسİ٧ﭟ', '\u0000İa ينايری']) {
      const detection = dhad.detectLanguage(text);
      expect(detection.confidence, text).toBeGreaterThanOrEqual(0);
      expect(detection.confidence, text).toBeLessThanOrEqual(1);
      for (const candidate of detection.candidates) expect(candidate.score, text).toBeGreaterThanOrEqual(0);
      for (const candidate of detection.candidates) expect(candidate.score, text).toBeLessThanOrEqual(1);
    }
  });

  // Was BUG summarize-maxWords-wordless-sentences
  it("summarize('....', { maxWords: 5 }) returns the text's one sentence, as the other budgets do", () => {
    expect(dhad.summarize('....', { maxWords: 5 }).sentences).toHaveLength(1);
  });

  // Was BUG tokenize-nel-is-a-symbol: U+0085 NEXT LINE is Unicode White_Space and sentences.ts lists it as a
  // line break, but the scanner emits it as a `symbol` token, so 'أ\u0085ب' is one sentence, not two.
  it('U+0085 NEXT LINE is a line break: no token, and it ends a sentence', () => {
    expect(dhad.tokenize('أ\u0085ب').map((token) => token.text)).toEqual(['أ', 'ب']);
    expect(dhad.sentences('أ\u0085ب')).toHaveLength(2);
  });

  // Was BUG exported-lists-mutable: ENTITY_TYPES and KIND_NAMES are plain arrays (ARABIC_SCRIPT_LANGUAGES is
  // frozen); `ENTITY_TYPES.push('X')` by a caller makes entities() accept { types: ['X'] }.
  it('exported lists are frozen', () => {
    expect(Object.isFrozen(dhad.ENTITY_TYPES)).toBe(true);
    expect(Object.isFrozen(dhad.KIND_NAMES)).toBe(true);
  });
});
