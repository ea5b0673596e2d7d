import { describe, expect, it } from 'vitest';
import * as dhad from 'dhad';

describe('the public surface', () => {
  it('exports exactly these names', () => {
    // A change here is a change of the package's API: update the README with it.
    expect(Object.keys(dhad).sort()).toEqual([
      'ARABIC_SCRIPT_LANGUAGES',
      'DEFAULT_ARABIC_SCRIPT_LANGUAGES',
      'ENTITY_TYPES',
      'KIND_NAMES',
      'WORD_KINDS',
      'arabicLetterShare',
      'decomposePresentationForms',
      'detectLanguage',
      'entities',
      'foldAlef',
      'foldAlefMaqsura',
      'foldPersianLetters',
      'foldTehMarbuta',
      'fromBIO',
      'isArabic',
      'keywords',
      'mapRange',
      'normalize',
      'normalizeDigits',
      'normalizeWithOffsets',
      'removeDiacritics',
      'removeInvisible',
      'removeTatweel',
      'renderEntities',
      'segment',
      'sentences',
      'stem',
      'summarize',
      'toBIO',
      'tokenize',
      'tokenizeCompact',
    ]);
  });

  it('exports frozen lists', () => {
    for (const list of [dhad.ARABIC_SCRIPT_LANGUAGES, dhad.DEFAULT_ARABIC_SCRIPT_LANGUAGES, dhad.ENTITY_TYPES, dhad.KIND_NAMES, dhad.WORD_KINDS]) {
      expect(Object.isFrozen(list)).toBe(true);
    }
  });
});
