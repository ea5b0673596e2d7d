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
      for (let a = 0; a < T; a++) {
        if (ALLOWED[a * T + b] === 0) continue;
        const s = prev[a] + transitions[a * T + b];
        if (s > best) {
          best = s;
          arg = a;
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
