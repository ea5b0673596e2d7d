/**
 * The trained tagger at run time: decodes the generated weight table on first use (not at import),
 * then scores tokens with the same features as training and picks the best BIO sequence (Viterbi).
 */
import { decodeBase64 } from '../internal/base64.js';
import { MODEL } from './model.generated.js';
import lexiconData from './lexicon.generated.json';
import {
  ablate,
  CONTEXT_COUNT,
  contextFeatures,
  describeWord,
  FEATURE_COUNT,
  FEATURE_VERSION,
  LOCAL_COUNT,
  type Lexicon,
  type Vocabulary,
  type WordInfo,
  WordBits,
} from './features.js';
import { posteriors, TAG_COUNT, viterbi } from './tags.js';

interface LoadedModel {
  mask: number;
  weights: Int8Array;
  transitions: Float64Array;
  start: Float64Array;
  /** Added to every token's O score (in model units): the recall/precision trade-off chosen on dev. */
  outsideBias: number;
  lexicon: Lexicon;
  vocabulary: Vocabulary;
}

let loaded: LoadedModel | undefined;

function load(): LoadedModel {
  if (MODEL.featureVersion !== FEATURE_VERSION || MODEL.featureCount !== FEATURE_COUNT) {
    throw new Error('dhad.entities: the NER model was trained with other features; run `npm run train:ner`');
  }
  // An experiment's model trained without a source of word knowledge reads its features without it too.
  const ablation = (MODEL.meta as { ablation?: readonly string[] }).ablation;
  if (ablation !== undefined) ablate(ablation);
  const rows = 1 << MODEL.bits;
  const weights = new Int8Array(rows * TAG_COUNT);
  const gaps = decodeBase64(MODEL.gaps);
  const values = decodeBase64(MODEL.values);
  let index = -1;
  let g = 0;
  for (let v = 0; v < values.length; v++) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[g++];
      gap += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    index += gap + 1;
    weights[index] = values[v]; // the Int8Array reinterprets the byte as signed
  }
  const lexicon = new Map<string, number>();
  for (const [key, words] of Object.entries(lexiconData)) {
    if (key.startsWith('_')) continue;
    const mask = Number(key);
    for (const w of (words as string).split(' ')) lexicon.set(w, mask);
  }
  return {
    mask: rows - 1,
    weights,
    transitions: Float64Array.from(MODEL.transitions),
    start: Float64Array.from(MODEL.start),
    outsideBias: MODEL.outsideBias,
    lexicon,
    vocabulary: new WordBits(decodeBase64(MODEL.vocabulary)),
  };
}

if (TAG_COUNT !== 9) throw new Error('dhad: tagWords() unrolls its sums for 9 tags'); // guards the unrolled loop

function getModel(): LoadedModel {
  return (loaded ??= load());
}

export interface Tagged {
  /** One tag id per word (see TAGS). */
  tags: Uint8Array;
  /**
   * Per word: the model's probability of its tag (forward-backward marginal), in (0, 1]. Computed only
   * when the sentence has an entity to score: empty when every tag is O.
   */
  confidences: Float64Array;
}

/**
 * A word seen before: its description and the summed weights of its local templates (one row of tags). The
 * weights are small integers (Int8 values summed over LOCAL_COUNT templates), so the row is a plain array of
 * small integers: a third of the memory of a Float64Array, whose object alone is larger than its nine values.
 */
interface CachedWord {
  info: WordInfo;
  local: number[];
}

/**
 * Words repeat (Zipf): the local templates' weights are summed once per distinct word and kept, in two
 * generations so that the cache stays bounded without forgetting the frequent words: new words go into the
 * recent generation; when it holds GENERATION_LIMIT words it becomes the older one and the older one is
 * dropped; a word found in the older generation moves back into the recent one. The two together hold a long
 * news text's whole vocabulary (the 2 MB benchmark text has 33,000 distinct words: with 20,000 words per
 * generation 14% of its words were described again on every pass and it was tagged at half the speed; with
 * 30,000, 2%). So at most 2 × GENERATION_LIMIT = 60,000 words are kept, each about 360 bytes (its description
 * without the local hashes, which are summed into its row of weights and dropped): at most 22 MB, in each
 * worker thread of `dhad --jsonl` too (whose peak memory over all of Wikipedia's articles was 355 MB with
 * 35,000 words of 400 bytes per generation, 300 MB with these).
 */
const GENERATION_LIMIT = 30_000;
let recentWords = new Map<string, CachedWord>();
let olderWords = new Map<string, CachedWord>();
/** What a cached description keeps instead of its local hashes (they are in `CachedWord.local`). */
const NO_LOCAL_HASHES = new Uint32Array(0);

/**
 * Shortest string that JavaScript engines may keep as a view into the string it was sliced from (V8's
 * SlicedString: 13 code units) rather than as a copy.
 */
const SLICE_VIEW_MIN_LENGTH = 13;

/**
 * `word` as a string of its own. A word sliced from a long text may be a view that keeps the whole text alive:
 * as a cache key it would pin every document it came from (a `dhad --jsonl` worker tagging Wikipedia articles
 * kept megabytes of old articles through their longest words). Concatenation and a new slice flatten it into a
 * string one unit longer than the word.
 */
function detached(word: string): string {
  return word.length < SLICE_VIEW_MIN_LENGTH ? word : ` ${word}`.slice(1);
}

function remember(word: string, cached: CachedWord): void {
  if (recentWords.size >= GENERATION_LIMIT) {
    olderWords = recentWords;
    recentWords = new Map();
  }
  recentWords.set(word, cached);
}

function lookUp(model: LoadedModel, word: string): CachedWord {
  let cached = recentWords.get(word);
  if (cached !== undefined) return cached;
  cached = olderWords.get(word);
  if (cached !== undefined) {
    olderWords.delete(word);
    remember(word, cached);
    return cached;
  }
  const info = describeWord(word, model.lexicon, model.vocabulary);
  const local = [0, 0, 0, 0, 0, 0, 0, 0, 0]; // TAG_COUNT zeros
  const w = model.weights;
  for (let k = 0; k < LOCAL_COUNT; k++) {
    const row = (info.local[k] & model.mask) * TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) local[t] += w[row + t];
  }
  info.local = NO_LOCAL_HASHES;
  cached = { info, local };
  remember(detached(word), cached);
  return cached;
}

const NO_CONFIDENCES = new Float64Array(0);

/** Scratch buffer for context hashes, grown as needed and reused across calls. */
let contextScratch = new Uint32Array(64 * CONTEXT_COUNT);

/** Tags one sentence of search-normalized words. */
export function tagWords(words: readonly string[]): Tagged {
  const model = getModel();
  const n = words.length;
  const infos: WordInfo[] = new Array(n);
  const locals: number[][] = new Array(n);
  const emissions = new Float64Array(n * TAG_COUNT);
  for (let i = 0; i < n; i++) {
    const cached = lookUp(model, words[i]);
    infos[i] = cached.info;
    locals[i] = cached.local;
  }
  if (contextScratch.length < n * CONTEXT_COUNT) contextScratch = new Uint32Array(n * CONTEXT_COUNT * 2);
  const context = contextScratch;
  contextFeatures(words, infos, context, CONTEXT_COUNT, 0);
  const w = model.weights;
  const mask = model.mask;
  const bias = model.outsideBias;
  const contextCount = CONTEXT_COUNT; // a plain local: the loop bound must not be re-read from the module
  for (let i = 0; i < n; i++) {
    const o = i * 9;
    const f = i * contextCount;
    // Nine running sums in registers rather than nine loads and stores per feature (TAG_COUNT === 9).
    const local = locals[i];
    let e0 = local[0] + bias;
    let e1 = local[1];
    let e2 = local[2];
    let e3 = local[3];
    let e4 = local[4];
    let e5 = local[5];
    let e6 = local[6];
    let e7 = local[7];
    let e8 = local[8];
    for (let k = 0; k < contextCount; k++) {
      const row = (context[f + k] & mask) * 9;
      e0 += w[row];
      e1 += w[row + 1];
      e2 += w[row + 2];
      e3 += w[row + 3];
      e4 += w[row + 4];
      e5 += w[row + 5];
      e6 += w[row + 6];
      e7 += w[row + 7];
      e8 += w[row + 8];
    }
    emissions[o] = e0;
    emissions[o + 1] = e1;
    emissions[o + 2] = e2;
    emissions[o + 3] = e3;
    emissions[o + 4] = e4;
    emissions[o + 5] = e5;
    emissions[o + 6] = e6;
    emissions[o + 7] = e7;
    emissions[o + 8] = e8;
  }
  const tags = viterbi(emissions, n, model.transitions, model.start);
  // Most sentences of running text name nobody: no span to score, so no forward-backward pass.
  if (tags.every((tag) => tag === 0)) return { tags, confidences: NO_CONFIDENCES };
  return { tags, confidences: posteriors(emissions, n, model.transitions, model.start, MODEL.scale, tags) };
}

