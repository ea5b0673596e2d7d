/** The BIO tag set of the statistical model (ANERcorp / CAMeL labels) and Viterbi decoding over it. */

export const MODEL_TYPES = ['PERS', 'LOC', 'ORG', 'MISC'] as const;
export type ModelEntityType = (typeof MODEL_TYPES)[number];

/** Tag ids: 0 = O, then B-type = 1 + 2k, I-type = 2 + 2k in MODEL_TYPES order. */
export const TAGS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export const TAG_COUNT = TAGS.length;

export function tagId(tag: string): number {
  const id = (TAGS as readonly string[]).indexOf(tag);
  if (id < 0) throw new RangeError(`unknown BIO tag ${JSON.stringify(tag)}`);
  return id;
}

/** I-X may only follow B-X or I-X: the decoder never produces an entity that starts with I-. */
export function allowedTransition(from: number, to: number): boolean {
  if (to === 0 || to % 2 === 1) return true;
  return from === to || from === to - 1;
}

const ALLOWED = (() => {
  const table = new Uint8Array(TAG_COUNT * TAG_COUNT);
  for (let a = 0; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) table[a * TAG_COUNT + b] = allowedTransition(a, b) ? 1 : 0;
  return table;
})();

/**
 * Best tag sequence for `n` tokens. `emissions[i*TAG_COUNT + t]` is token i's score for tag t,
 * `transitions[a*TAG_COUNT + b]` the score of tag b after tag a, `start[t]` the score of t first.
 */
export function viterbi(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
): Uint8Array {
  const T = TAG_COUNT;
  const path = new Uint8Array(n);
  if (n === 0) return path;
  const back = new Uint8Array(n * T);
  let prev = new Float64Array(T);
  let cur = new Float64Array(T);
  for (let t = 0; t < T; t++) prev[t] = t !== 0 && t % 2 === 0 ? -Infinity : start[t] + emissions[t];
  for (let i = 1; i < n; i++) {
    const e = i * T;
    for (let b = 0; b < T; b++) {
      let best = -Infinity;
      let arg = 0;
      if (b !== 0 && b % 2 === 0) {
        // I-X: only B-X and I-X may come before it (see allowedTransition).
        const fromBegin = prev[b - 1] + transitions[(b - 1) * T + b];
        const fromInside = prev[b] + transitions[b * T + b];
        if (fromInside > fromBegin) {
          best = fromInside;
          arg = b;
        } else {
          best = fromBegin;
          arg = b - 1;
        }
      } else {
        for (let a = 0; a < T; a++) {
          const s = prev[a] + transitions[a * T + b];
          if (s > best) {
            best = s;
            arg = a;
          }
        }
      }
      cur[b] = best + emissions[e + b];
      back[e + b] = arg;
    }
    const swap = prev;
    prev = cur;
    cur = swap;
  }
  let bestTag = 0;
  for (let t = 1; t < T; t++) if (prev[t] > prev[bestTag]) bestTag = t;
  path[n - 1] = bestTag;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]];
  return path;
}

/**
 * Per token, the probability of `path`'s tag under the linear-chain model whose log-potentials are
 * `scale` x (emissions, transitions, start): the forward-backward marginals over the allowed transitions.
 * For a model trained as a CRF these are its posteriors; `entities()` reports the weakest one of a span.
 * Computed in probability space with each step rescaled to sum 1 (Rabiner's scaling): n x 9 calls of
 * exp and about n x 60 products (disallowed transitions are skipped).
 */
export function posteriors(
  emissions: ArrayLike<number>,
  n: number,
  transitions: ArrayLike<number>,
  start: ArrayLike<number>,
  scale: number,
  path: Uint8Array,
): Float64Array {
  const T = TAG_COUNT;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const edge = transitionFactors(transitions, scale);
  if (scratch.length < n * T) scratch = { length: n * T * 2, factor: new Float64Array(n * T * 2), alpha: new Float64Array(n * T * 2), beta: new Float64Array(n * T * 2) };
  // Emission factors, each token's shifted by its best score so that exp cannot overflow.
  const { factor, alpha, beta } = scratch;
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    for (let t = 0; t < T; t++) best = Math.max(best, emissions[i * T + t] + (i === 0 ? start[t] : 0));
    for (let t = 0; t < T; t++) factor[i * T + t] = Math.exp(scale * (emissions[i * T + t] + (i === 0 ? start[t] : 0) - best));
  }
  let sum = 0;
  for (let t = 0; t < T; t++) {
    alpha[t] = t !== 0 && t % 2 === 0 ? 0 : factor[t];
    sum += alpha[t];
  }
  for (let t = 0; t < T; t++) alpha[t] /= sum;
  // Only O and B-X may follow any tag; I-X follows B-X or I-X alone (ALLOWED): the sums skip the rest.
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * T;
    sum = 0;
    for (let b = 0; b < T; b++) {
      let total: number;
      if (b !== 0 && b % 2 === 0) {
        total = alpha[p + b - 1] * edge[(b - 1) * T + b] + alpha[p + b] * edge[b * T + b];
      } else {
        total = 0;
        for (let a = 0; a < T; a++) total += alpha[p + a] * edge[a * T + b];
      }
      const value = total * factor[i * T + b];
      alpha[i * T + b] = value;
      sum += value;
    }
    if (!(sum > 0)) sum = 1; // every path underflowed (cannot happen with the shipped model's range)
    for (let b = 0; b < T; b++) alpha[i * T + b] /= sum;
  }
  for (let t = 0; t < T; t++) beta[(n - 1) * T + t] = 1;
  for (let i = n - 2; i >= 0; i--) {
    const q = (i + 1) * T;
    sum = 0;
    for (let a = 0; a < T; a++) {
      let total = factor[q] * beta[q] * edge[a * T]; // O
      for (let b = 1; b < T; b += 2) total += factor[q + b] * beta[q + b] * edge[a * T + b]; // B-X
      if (a !== 0) {
        const inside = a % 2 === 1 ? a + 1 : a; // I-X continues B-X and I-X
        total += factor[q + inside] * beta[q + inside] * edge[a * T + inside];
      }
      beta[i * T + a] = total;
      sum += total;
    }
    if (!(sum > 0)) sum = 1;
    for (let a = 0; a < T; a++) beta[i * T + a] /= sum;
  }
  for (let i = 0; i < n; i++) {
    let norm = 0;
    for (let t = 0; t < T; t++) norm += alpha[i * T + t] * beta[i * T + t];
    out[i] = norm > 0 ? (alpha[i * T + path[i]] * beta[i * T + path[i]]) / norm : 0;
  }
  return out;
}

/** Work arrays of posteriors(), grown as needed and reused (every cell read is written first). */
let scratch = { length: 0, factor: new Float64Array(0), alpha: new Float64Array(0), beta: new Float64Array(0) };

let cachedFactors: { transitions: ArrayLike<number>; scale: number; edge: Float64Array } | undefined;

/** exp(scale x transition), 0 where the transition is not allowed; cached for the model's table. */
function transitionFactors(transitions: ArrayLike<number>, scale: number): Float64Array {
  if (cachedFactors !== undefined && cachedFactors.transitions === transitions && cachedFactors.scale === scale) return cachedFactors.edge;
  const T = TAG_COUNT;
  const edge = new Float64Array(T * T);
  let best = -Infinity;
  for (let k = 0; k < T * T; k++) if (ALLOWED[k] === 1) best = Math.max(best, transitions[k]);
  // Shifting every transition by the same amount changes no posterior.
  for (let k = 0; k < T * T; k++) edge[k] = ALLOWED[k] === 1 ? Math.exp(scale * (transitions[k] - best)) : 0;
  cachedFactors = { transitions, scale, edge };
  return edge;
}
