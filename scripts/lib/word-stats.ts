/**
 * The one pass of word statistics over the unlabeled corpus (scripts/lib/unlabeled.ts), shared by the build
 * scripts that learn word knowledge: every Arabic word is put in dhad's standard normalization (diacritics,
 * tatweel and Persian letter forms folded; hamza and alef forms, ى and ة kept, so that later steps can still
 * tell ألمانيا from ال + مانيا), interned, counted, and kept in order as a stream of ids with a boundary marker
 * at sentence and paragraph ends, so that distributional learning (word vectors) reads the stream from memory
 * instead of the corpus again. `foldWords` maps the ids to a coarser key form (the lexicon or search form).
 *
 * A "word" here is a maximal run of Arabic base letters (U+0621..U+064A) after normalization; digits, Latin
 * and punctuation are not words (sentence punctuation and line breaks end a sentence in the stream).
 */
import { normalize } from '../../src/normalize/index.js';
import type { NormalizeOptions } from '../../src/normalize/index.js';
import { readUnlabeled, type UnlabeledSource } from './unlabeled.js';

/** Marks a sentence or paragraph end in `WordStats.stream`. */
export const BOUNDARY = -1;

export interface WordStats {
  /** Distinct words (standard form), by id. */
  words: string[];
  /** Occurrences of each word id. */
  counts: Int32Array;
  /** The corpus as word ids in text order, BOUNDARY between sentences. */
  stream: Int32Array;
  /** Running words per source. */
  tokensBySource: Record<UnlabeledSource, number>;
  documents: number;
}

const FIRST_LETTER = 0x0621; // ARABIC LETTER HAMZA
const LAST_LETTER = 0x064a; // ARABIC LETTER YEH
const TATWEEL = 0x0640; // ARABIC TATWEEL (removed by normalization; never inside a word here)

/** . ! ? ؟ ۔ … and line breaks end a sentence in the stream. */
function endsSentence(code: number): boolean {
  return (
    code === 0x2e || // FULL STOP
    code === 0x21 || // EXCLAMATION MARK
    code === 0x3f || // QUESTION MARK
    code === 0x061f || // ARABIC QUESTION MARK
    code === 0x06d4 || // ARABIC FULL STOP
    code === 0x2026 || // HORIZONTAL ELLIPSIS
    code === 0x0a // LINE FEED
  );
}

/** Grows an Int32Array stream by doubling. */
class IntStream {
  data = new Int32Array(1 << 20);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** Reads the whole unlabeled corpus once. Takes about a minute. */
export async function collectWordStats(onProgress?: (documents: number) => void): Promise<WordStats> {
  const ids = new Map<string, number>();
  const words: string[] = [];
  let counts = new Int32Array(1 << 16);
  const stream = new IntStream();
  const tokensBySource: Record<UnlabeledSource, number> = { arwiki: 0, anercorp: 0, easc: 0 };
  let documents = 0;
  for await (const document of readUnlabeled()) {
    const text = normalize(document.text);
    let start = -1;
    let lastWasBoundary = true;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : 0x0a;
      const isLetter = code >= FIRST_LETTER && code <= LAST_LETTER && code !== TATWEEL;
      if (isLetter) {
        if (start < 0) start = i;
        continue;
      }
      if (start >= 0) {
        const word = text.slice(start, i);
        start = -1;
        let id = ids.get(word);
        if (id === undefined) {
          id = words.length;
          ids.set(word, id);
          words.push(word);
          if (id === counts.length) {
            const bigger = new Int32Array(counts.length * 2);
            bigger.set(counts);
            counts = bigger;
          }
        }
        counts[id]++;
        stream.push(id);
        tokensBySource[document.source]++;
        lastWasBoundary = false;
      }
      if (endsSentence(code) && !lastWasBoundary) {
        stream.push(BOUNDARY);
        lastWasBoundary = true;
      }
    }
    documents++;
    if (onProgress && documents % 1000 === 0) onProgress(documents);
  }
  return {
    words,
    counts: counts.slice(0, words.length),
    stream: stream.data.slice(0, stream.length),
    tokensBySource,
    documents,
  };
}

/** Words and counts under a coarser key form, and the stream re-numbered to them. */
export function foldWords(stats: WordStats, form: NormalizeOptions): { words: string[]; counts: Int32Array; stream: Int32Array } {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const idOf = new Int32Array(stats.words.length);
  stats.words.forEach((word, old) => {
    const key = normalize(word, form);
    let id = ids.get(key);
    if (id === undefined) {
      id = words.length;
      ids.set(key, id);
      words.push(key);
    }
    idOf[old] = id;
  });
  const counts = new Int32Array(words.length);
  stats.counts.forEach((count, old) => (counts[idOf[old]] += count));
  const stream = stats.stream.map((id) => (id < 0 ? id : idOf[id]));
  return { words, counts, stream };
}
