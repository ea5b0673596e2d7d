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

/**
 * Empty: the eight bugs the suite found (quadratic NFC on long mark runs, entity overlaps inside ﷺ, franc
 * scores outside 0..1, wordless summaries under maxWords, unchecked mapRange offsets, U+0085 as a token,
 * mutable exported lists) are fixed, and known-bugs.test.ts keeps each as a regression test.
 */
export const knownBugs: readonly KnownBug[] = [];

/** The known bug that explains `error` on `text`, if any. */
export function knownBugOf(error: unknown, text: string): KnownBug | undefined {
  const message = error instanceof Error ? error.message : String(error);
  return knownBugs.find((bug) => bug.matches(message, text));
}
