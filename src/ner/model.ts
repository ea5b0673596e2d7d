/**
 * The trained tagger at run time: decodes the generated weight table on first use (not at import),
 * then scores tokens with the same features as training and picks the best BIO sequence (Viterbi).
 */
import { MODEL } from './model.generated.js';
import lexiconData from './lexicon.generated.json';
import { extractFeatures, FEATURE_COUNT, FEATURE_VERSION, type Lexicon } from './features.js';
import { TAG_COUNT, viterbi } from './tags.js';

interface LoadedModel {
  mask: number;
  weights: Int16Array;
  transitions: Float64Array;
  start: Float64Array;
  lexicon: Lexicon;
}

let loaded: LoadedModel | undefined;

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Base64 → bytes without Buffer or atob, so it runs the same in every JavaScript runtime. */
function decodeBase64(s: string): Uint8Array {
  const table = new Uint8Array(128);
  for (let i = 0; i < BASE64.length; i++) table[BASE64.charCodeAt(i)] = i;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 0x3d) len--; // EQUALS SIGN padding
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = table[s.charCodeAt(i)];
    const b = table[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? table[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? table[s.charCodeAt(i + 3)] : 0;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (bits >> 16) & 0xff;
    if (o < out.length) out[o++] = (bits >> 8) & 0xff;
    if (o < out.length) out[o++] = bits & 0xff;
  }
  return out;
}

function load(): LoadedModel {
  if (MODEL.featureVersion !== FEATURE_VERSION || MODEL.featureCount !== FEATURE_COUNT) {
    throw new Error('dhad.entities: the NER model was trained with other features; run `npm run train:ner`');
  }
  const rows = 1 << MODEL.bits;
  const weights = new Int16Array(rows * TAG_COUNT);
  const gaps = decodeBase64(MODEL.gaps);
  const values = decodeBase64(MODEL.values);
  let index = -1;
  let g = 0;
  for (let v = 0; v < values.length; v += 2) {
    let gap = 0;
    let shift = 0;
    for (;;) {
      const byte = gaps[g++];
      gap += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) break;
      shift += 7;
    }
    index += gap + 1;
    weights[index] = (values[v] | (values[v + 1] << 8)) << 16 >> 16; // sign-extend the Int16
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
    lexicon,
  };
}

function getModel(): LoadedModel {
  return (loaded ??= load());
}

export interface Tagged {
  /** One tag id per word (see TAGS). */
  tags: Uint8Array;
  /** Per word: the margin of its tag's emission score over the best other tag, in model units. */
  margins: Float64Array;
}

/** Tags one sentence of search-normalized words. */
export function tagWords(words: readonly string[]): Tagged {
  const model = getModel();
  const n = words.length;
  const feats = extractFeatures(words, model.lexicon);
  const emissions = new Float64Array(n * TAG_COUNT);
  const w = model.weights;
  for (let i = 0; i < n; i++) {
    const o = i * TAG_COUNT;
    const f = i * FEATURE_COUNT;
    for (let k = 0; k < FEATURE_COUNT; k++) {
      const row = (feats[f + k] & model.mask) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) emissions[o + t] += w[row + t];
    }
  }
  const tags = viterbi(emissions, n, model.transitions, model.start);
  const margins = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * TAG_COUNT;
    let other = -Infinity;
    for (let t = 0; t < TAG_COUNT; t++) if (t !== tags[i] && emissions[o + t] > other) other = emissions[o + t];
    margins[i] = emissions[o + tags[i]] - other;
  }
  return { tags, margins };
}

/** The model's scale (one Int16 unit in perceptron units), to turn margins into scores. */
export const MODEL_SCALE = MODEL.scale;
