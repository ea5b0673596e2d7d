/**
 * Word vectors by skip-gram with negative sampling (Mikolov et al. 2013, word2vec), written for the build
 * scripts: one thread and one seeded random stream, so the same corpus gives the same vectors, bit for bit.
 *
 * The corpus comes as a stream of vocabulary ids with a boundary marker (< 0) between sentences; a context
 * window never crosses one. As in word2vec: frequent words are subsampled (keep probability
 * (sqrt(f/t) + 1) · t/f), the window size is drawn from 1..window for each word, negatives are drawn from the
 * unigram distribution raised to 3/4, and the learning rate falls linearly over all epochs.
 */

export interface SgnsOptions {
  dimensions: number;
  window: number;
  negatives: number;
  epochs: number;
  /** word2vec's `sample`: words more frequent than this share are subsampled. */
  subsample: number;
  learningRate: number;
  seed: number;
  onProgress?: (epoch: number, share: number) => void;
}

export const SGNS_DEFAULTS: SgnsOptions = {
  dimensions: 100,
  window: 5,
  negatives: 5,
  epochs: 5,
  subsample: 1e-4,
  learningRate: 0.025,
  seed: 20261206,
};

/** xorshift32: fast, seeded, good enough for sampling (not for cryptography). */
function randomStream(seed: number): () => number {
  let state = seed >>> 0 || 0x9e3779b9;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

const NEGATIVE_TABLE_SIZE = 1 << 24;
const SIGMOID_STEPS = 1000;
const SIGMOID_LIMIT = 6;

/**
 * Trains input vectors for `counts.length` words (ids 0..n-1) on `stream` (ids; negative = boundary).
 * Returns the input vectors, row-major (`dimensions` floats per word).
 */
export function trainSgns(stream: Int32Array, counts: Int32Array, options: Partial<SgnsOptions> = {}): Float32Array {
  const o = { ...SGNS_DEFAULTS, ...options };
  const d = o.dimensions;
  const n = counts.length;
  const next = randomStream(o.seed);
  const uniform = (): number => next() / 4294967296;

  let total = 0;
  for (let w = 0; w < n; w++) total += counts[w];
  const keep = new Float32Array(n);
  for (let w = 0; w < n; w++) {
    const f = counts[w] / total;
    keep[w] = Math.min(1, (Math.sqrt(f / o.subsample) + 1) * (o.subsample / f));
  }

  // Unigram^0.75 table for negatives.
  const negatives = new Int32Array(NEGATIVE_TABLE_SIZE);
  let power = 0;
  for (let w = 0; w < n; w++) power += Math.pow(counts[w], 0.75);
  let w = 0;
  let cumulative = Math.pow(counts[0], 0.75) / power;
  for (let k = 0; k < NEGATIVE_TABLE_SIZE; k++) {
    negatives[k] = w;
    if (k / NEGATIVE_TABLE_SIZE > cumulative && w < n - 1) {
      w++;
      cumulative += Math.pow(counts[w], 0.75) / power;
    }
  }

  const sigmoid = new Float32Array(SIGMOID_STEPS + 1);
  for (let k = 0; k <= SIGMOID_STEPS; k++) {
    const x = ((2 * k) / SIGMOID_STEPS - 1) * SIGMOID_LIMIT;
    sigmoid[k] = 1 / (1 + Math.exp(-x));
  }

  const input = new Float32Array(n * d);
  for (let k = 0; k < input.length; k++) input[k] = (uniform() - 0.5) / d;
  const output = new Float32Array(n * d);
  const gradient = new Float32Array(d);

  // The hot loop reads only locals: property look-ups and closures cost more than the arithmetic here.
  const window = o.window;
  const negativeCount = o.negatives;
  const learningRate = o.learningRate;
  const sigmoidScale = SIGMOID_STEPS / (2 * SIGMOID_LIMIT);
  let state = (o.seed ^ 0x5bd1e995) >>> 0 || 1;
  const sentence = new Int32Array(10_000);
  const steps = o.epochs * stream.length;
  let done = 0;
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    let position = 0;
    while (position < stream.length) {
      // The next sentence, subsampled (a long one is cut into pieces of the buffer's size).
      let length = 0;
      const from = position;
      while (position < stream.length && stream[position] >= 0 && length < sentence.length) {
        const word = stream[position++];
        if (keep[word] >= 1 || keep[word] > uniform()) sentence[length++] = word;
      }
      if (position < stream.length && stream[position] < 0) position++;
      done += position - from;
      const rate = Math.max(learningRate * 1e-4, learningRate * (1 - done / steps));
      for (let i = 0; i < length; i++) {
        const center = sentence[i];
        state ^= state << 13;
        state ^= state >>> 17;
        state ^= state << 5;
        const reach = 1 + ((state >>> 0) % window);
        const first = i - reach < 0 ? 0 : i - reach;
        const last = i + reach >= length ? length - 1 : i + reach;
        for (let j = first; j <= last; j++) {
          if (j === i) continue;
          // Skip-gram: the context word's input vector predicts the center word (word2vec's formulation).
          const contextRow = sentence[j] * d;
          for (let c = 0; c < d; c++) gradient[c] = 0;
          for (let k = 0; k <= negativeCount; k++) {
            let target = center;
            let label = 1;
            if (k > 0) {
              state ^= state << 13;
              state ^= state >>> 17;
              state ^= state << 5;
              target = negatives[state & (NEGATIVE_TABLE_SIZE - 1)];
              if (target === center) continue;
              label = 0;
            }
            const targetRow = target * d;
            let dot = 0;
            for (let c = 0; c < d; c++) dot += input[contextRow + c] * output[targetRow + c];
            let g: number;
            if (dot > SIGMOID_LIMIT) g = (label - 1) * rate;
            else if (dot < -SIGMOID_LIMIT) g = label * rate;
            else g = (label - sigmoid[((dot + SIGMOID_LIMIT) * sigmoidScale) | 0]) * rate;
            for (let c = 0; c < d; c++) {
              gradient[c] += g * output[targetRow + c];
              output[targetRow + c] += g * input[contextRow + c];
            }
          }
          for (let c = 0; c < d; c++) input[contextRow + c] += gradient[c];
        }
      }
      if (o.onProgress && (done & 0xfffff) < position - from) o.onProgress(epoch, done / steps);
    }
  }
  return input;
}

/** Scales every row to unit length (rows of zeros stay zero). */
export function normalizeRows(vectors: Float32Array, dimensions: number): Float32Array {
  const out = new Float32Array(vectors.length);
  for (let row = 0; row < vectors.length; row += dimensions) {
    let norm = 0;
    for (let c = 0; c < dimensions; c++) norm += vectors[row + c] * vectors[row + c];
    norm = Math.sqrt(norm);
    if (norm > 0) for (let c = 0; c < dimensions; c++) out[row + c] = vectors[row + c] / norm;
  }
  return out;
}
