/**
 * `dhad/corpus`: the seed article and its gold annotations, as test fixtures for code that processes Arabic.
 *
 * The data is generated from corpus/ (the source of truth) by scripts/build-corpus-module.ts into
 * article.generated.json; nothing in it comes from dhad's own functions, so it can be used to test dhad as
 * well as other libraries. Every span has UTF-16, half-open offsets into `article.text`:
 * `article.text.slice(span.start, span.end) === span.text`.
 */
import data from './article.generated.json';

/** A piece of the article with its offsets into `article.text`. */
export interface CorpusSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** A gold named entity (ANERcorp conventions: PERS, LOC, ORG, MISC). */
export interface CorpusEntity extends CorpusSpan {
  readonly type: 'PERS' | 'LOC' | 'ORG' | 'MISC';
  /** 1-based line of the article. */
  readonly line: number;
  /** 0-based index into `article.sentences`. */
  readonly sentence: number;
}

/** What the 'standard' normalization changes in a word. */
export type CorpusNormalizationReason =
  | 'tanween'
  | 'shadda'
  | 'haraka'
  | 'sukun'
  | 'superscript-alef'
  | 'tatweel'
  | 'persian-letter'
  | 'invisible';

/** A word of the article that normalization changes, with its expected forms. */
export interface CorpusNormalization extends CorpusSpan {
  /** The expected `normalize(text)` (preset 'standard'). */
  readonly standard: string;
  /** The expected `normalize(text, 'search')`. */
  readonly search: string;
  readonly reasons: readonly CorpusNormalizationReason[];
}

export interface CorpusArticle {
  /** corpus/article.txt byte for byte (18 lines, no final line break). */
  readonly text: string;
  /** Its lines (paragraphs), without the line breaks. */
  readonly lines: readonly CorpusSpan[];
  /** Its 20 sentences, without surrounding spaces. */
  readonly sentences: readonly CorpusSpan[];
  /** The gold entities, in text order. */
  readonly entities: readonly CorpusEntity[];
  /** Every word that the 'standard' preset changes (tanween, shadda, Persian yeh, …), in text order. */
  readonly normalizations: readonly CorpusNormalization[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const item of Object.values(value)) deepFreeze(item);
    Object.freeze(value);
  }
  return value;
}

// Frozen, so that one test file cannot change the fixture under another.
const { text, lines, sentences, entities, normalizations } = data as unknown as CorpusArticle;

/**
 * The seed article: an Arabic news report (Al-Waght) on the Russian–Iranian summit in Moscow, with Persian
 * yeh (U+06CC) inside three Arabic words, tanween and shadda, a dateline glued with a hyphen, an unbalanced
 * quotation mark on line 17 and a typo.
 */
export const article: CorpusArticle = deepFreeze({ text, lines, sentences, entities, normalizations });
