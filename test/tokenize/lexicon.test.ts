// The segmenter's and stemmer's look-up tables (internal module): the marks that spare them a second table.
import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/normalize/index.js';
import { MAYBE_FUNCTION_WORD, MAYBE_SEARCH_FLAGS, NAME, FUNCTION_WORD, getLexicon } from '../../src/tokenize/lexicon.js';
import { LEXICON_FORM } from '../../src/tokenize/lexicon-form.js';
import unsegmentable from '../../src/tokenize/unsegmentable.json';
import { decodeStemNames, decodeStemTable } from '../../src/words/stems.js';

/** Every lexicon form whose 'search' form (ة → ه) is the same as that of `key`. */
function lexiconForms(key: string): string[] {
  let forms = [''];
  for (const char of key.replace(/\u0629/gu, '\u0647')) {
    forms = char === '\u0647' ? forms.flatMap((form) => [`${form}\u0647`, `${form}\u0629`]) : forms.map((form) => form + char);
  }
  return forms;
}

describe('lexicon', () => {
  const { words, searchFlags } = getLexicon();
  const flagged = [
    ...decodeStemNames().map((name) => [name, NAME] as const),
    ...unsegmentable.words.map((word) => [normalize(word, LEXICON_FORM), FUNCTION_WORD] as const),
  ];

  it('marks every lexicon form of a word with stemmer flags, so that an unmarked word needs no look-up', () => {
    let forms = 0;
    for (const [key, flag] of flagged) {
      expect(searchFlags.getString(normalize(key.replace(/\u0629/gu, '\u0647'), 'search')) & flag).toBe(flag);
      for (const form of lexiconForms(key)) {
        forms++;
        expect(words.getString(form) & MAYBE_SEARCH_FLAGS, form).toBe(MAYBE_SEARCH_FLAGS);
      }
    }
    expect(forms).toBeGreaterThan(flagged.length); // names with ه or ة have both forms marked
    expect(words.getString('اسامه') & MAYBE_SEARCH_FLAGS).toBe(MAYBE_SEARCH_FLAGS);
    expect(words.getString('اسامة') & MAYBE_SEARCH_FLAGS).toBe(MAYBE_SEARCH_FLAGS);
  });

  it('marks nothing else: common words carry their stem code only', () => {
    for (const word of ['كتاب', 'علاقات', 'سياسية', 'وزير']) {
      const value = words.getString(word);
      expect(value, word).toBeGreaterThan(0);
      expect(value & (MAYBE_SEARCH_FLAGS | MAYBE_FUNCTION_WORD), word).toBe(0);
    }
  });

  it('adds the marked forms that are no stems with no evidence (the marks sit above the stem code)', () => {
    const stems = new Set(decodeStemTable().words);
    let added = 0;
    for (const [key] of flagged) {
      for (const form of lexiconForms(key)) {
        if (stems.has(form)) continue;
        added++;
        expect(words.getString(form) & (MAYBE_FUNCTION_WORD - 1), form).toBe(0);
      }
    }
    expect(added).toBeGreaterThan(0);
  });
});
