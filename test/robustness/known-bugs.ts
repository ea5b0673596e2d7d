/**
 * Bugs this suite found and that are not fixed yet. Each has a deterministic example (known-bugs.test.ts
 * runs it under `it.fails`, so that a fix turns that test red: then delete the entry here) and a matcher
 * that recognizes the same bug when a random or naughty input trips over it, so that the property tests
 * stay green on it while still failing on anything else.
 */
export interface KnownBug {
  id: string;
  /** Function, input, what happens. */
  description: string;
  /** Whether the invariant error `message`, raised on `text`, is this bug. */
  matches(message: string, text: string): boolean;
}

/** Presentation forms and ligatures: one code unit that normalization expands to several letters (ﷺ → 18). */
const EXPANDING_FORM = /[\ufb50-\ufdff\ufe70-\ufeff]/u;

export const knownBugs: readonly KnownBug[] = [
  {
    id: 'normalize-nfc-quadratic-on-long-mark-runs',
    description:
      "normalize('ب' + '\\u064e\\u0654'.repeat(n)) (fatha + hamza above, or shadda + madda after alef) takes time " +
      'quadratic in n: 10K/20K/40K/80K units → ~60/250/950/3700 ms. rebuildCluster (src/normalize/normalize.ts) ' +
      "passes the whole run of marks to String.prototype.normalize('NFC'), which reorders and composes it in O(n²). " +
      'Every function normalizes, so all are affected; 1 MB of such marks takes minutes.',
    // A timing bug: no invariant message to match; the tests skip the long input instead.
    matches: () => false,
  },
  {
    id: 'entities-overlap-in-expanded-ligature',
    description:
      "entities('ﷺ بن محمد') returns MISC [0, 1) 'ﷺ' and PERS [0, 9) 'ﷺ بن محمد' (an earlier model: 'محمد ﷺ' → PERS " +
      "[0, 6) and MISC [5, 6)): overlapping spans. src/ner/index.ts removes overlaps in normalized offsets (where ﷺ " +
      'is 18 letters) before mapRange widens each span to the whole ﷺ.',
    matches: (message, text) => message.startsWith('entities:') && message.includes('overlapping') && EXPANDING_FORM.test(text),
  },
  {
    id: 'detectLanguage-scores-above-one',
    description:
      "detectLanguage('الرئيسİ٧ﭟ') returns confidence 3.128 with candidates scored -2.128; detectLanguage('\\u0000İa ينايری') " +
      'confidence -0.357 with candidates scored 1.357 after the best (1). Documented: 0 to 1, best first. Cause: ' +
      "franc's francAll itself returns scores outside 0..1 when the text holds U+0130 İ (which lower-cases to two code " +
      'units), and language.ts passes them through unclamped.',
    matches: (message) => message.startsWith('detectLanguage:') && (message.includes('confidence') || message.includes('candidate')),
  },
  {
    id: 'summarize-maxWords-wordless-sentences',
    description:
      "summarize('....', { maxWords: 5 }) (also '👍', '؟؟؟!!!') returns no sentence, although sentences() finds one and " +
      'the budget is "exceeded only when the best sentence alone is longer"; the other budgets return it.',
    matches: (message) => message.startsWith('summarize: empty summary') && message.includes('maxWords'),
  },
  {
    id: 'mapRange-offsets-unchecked',
    description:
      "mapRange(null, 0, 0) throws the engine's \"Cannot read properties of null (reading 'length')\" (no argument named); " +
      "mapRange('abc', 0, 0) returns ['a', 'a']: `offsets` is never validated (arguments.test.ts).",
    matches: () => false,
  },
  {
    id: 'tokenize-nel-is-a-symbol',
    description:
      "tokenize('أ\\u0085ب') emits U+0085 NEXT LINE as a `symbol` token and sentences() keeps one sentence, though " +
      'U+0085 is Unicode White_Space and sentences.ts lists it among line breaks (isLineBreak).',
    matches: () => false,
  },
  {
    id: 'exported-lists-mutable',
    description: 'ENTITY_TYPES and KIND_NAMES are not frozen (ARABIC_SCRIPT_LANGUAGES is): a caller can push into the list entities() validates against.',
    matches: () => false,
  },
];

/** The known bug that explains `error` on `text`, if any. */
export function knownBugOf(error: unknown, text: string): KnownBug | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return knownBugs.find((bug) => bug.matches(message, text));
}
