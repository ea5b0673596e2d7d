/**
 * Word clusters from word vectors, for the build scripts: spherical k-means (cosine) with k-means++ seeding
 * from one seeded random stream, then Ward's agglomeration of the k centroids into a binary tree, cut at
 * coarser granularities. A word's cluster at every granularity is then a prefix of one path, as Brown
 * clusters' bit strings are (Miller et al. 2004; Turian et al. 2010), which is what the tagger's features use.
 */
import { mulberry32 } from './random.js';

export interface KMeansResult {
  /** k unit-length centroids, row-major. */
  centroids: Float32Array;
  /** Cluster of each input row. */
  assignment: Int32Array;
  iterations: number;
}

function dotRows(a: Float32Array, i: number, b: Float32Array, j: number, d: number): number {
  let s = 0;
  const ai = i * d;
  const bj = j * d;
  for (let c = 0; c < d; c++) s += a[ai + c] * b[bj + c];
  return s;
}

/** Index of the centroid most similar to row `i` of `points`. */
function nearest(points: Float32Array, i: number, centroids: Float32Array, k: number, d: number): number {
  let best = 0;
  let bestSimilarity = -Infinity;
  for (let j = 0; j < k; j++) {
    const s = dotRows(points, i, centroids, j, d);
    if (s > bestSimilarity) {
      bestSimilarity = s;
      best = j;
    }
  }
  return best;
}

/**
 * Spherical k-means over unit-length rows. Seeding: k-means++ on a cosine distance (1 − similarity), from
 * `seed`. Stops when fewer than 0.1% of the rows change cluster, or after `maxIterations`.
 */
export function sphericalKMeans(
  points: Float32Array,
  d: number,
  k: number,
  seed: number,
  maxIterations = 30,
  onIteration?: (iteration: number, changed: number) => void,
): KMeansResult {
  const n = points.length / d;
  const random = mulberry32(seed);
  const centroids = new Float32Array(k * d);
  // k-means++: each next seed drawn with probability proportional to its distance to the nearest seed.
  const distance = new Float64Array(n).fill(Infinity);
  let chosen = Math.floor(random() * n);
  for (let j = 0; j < k; j++) {
    centroids.set(points.subarray(chosen * d, chosen * d + d), j * d);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dotRows(points, i, centroids, j, d));
      if (dist < distance[i]) distance[i] = dist;
      total += distance[i];
    }
    let target = random() * total;
    chosen = n - 1;
    for (let i = 0; i < n; i++) {
      target -= distance[i];
      if (target <= 0) {
        chosen = i;
        break;
      }
    }
  }
  const assignment = new Int32Array(n).fill(-1);
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    let changed = 0;
    for (let i = 0; i < n; i++) {
      const j = nearest(points, i, centroids, k, d);
      if (j !== assignment[i]) {
        assignment[i] = j;
        changed++;
      }
    }
    onIteration?.(iteration, changed);
    // New centroids: the normalized sum of their rows; an emptied cluster takes the row farthest from its own.
    centroids.fill(0);
    const sizes = new Int32Array(k);
    for (let i = 0; i < n; i++) {
      const j = assignment[i];
      sizes[j]++;
      for (let c = 0; c < d; c++) centroids[j * d + c] += points[i * d + c];
    }
    for (let j = 0; j < k; j++) {
      if (sizes[j] === 0) {
        let worst = 0;
        let worstSimilarity = Infinity;
        for (let i = 0; i < n; i++) {
          const s = dotRows(points, i, centroids, assignment[i], d) / Math.max(1, sizes[assignment[i]]);
          if (s < worstSimilarity && sizes[assignment[i]] > 1) {
            worstSimilarity = s;
            worst = i;
          }
        }
        centroids.set(points.subarray(worst * d, worst * d + d), j * d);
        continue;
      }
      let norm = 0;
      for (let c = 0; c < d; c++) norm += centroids[j * d + c] ** 2;
      norm = Math.sqrt(norm);
      for (let c = 0; c < d; c++) centroids[j * d + c] /= norm;
    }
    if (changed < n * 0.001) {
      iteration++;
      break;
    }
  }
  return { centroids, assignment, iterations: iteration };
}

/** Assigns every row of `points` to its most similar centroid. */
export function assignToNearest(points: Float32Array, d: number, centroids: Float32Array): Int32Array {
  const k = centroids.length / d;
  const out = new Int32Array(points.length / d);
  for (let i = 0; i < out.length; i++) out[i] = nearest(points, i, centroids, k, d);
  return out;
}

/**
 * Ward's agglomerative clustering of k weighted centroids (weights: cluster sizes), Lance–Williams updates
 * on the squared Euclidean distances. Returns the merges in order: merge m joins nodes `left[m]` and
 * `right[m]` into node k + m (nodes < k are the centroids).
 */
export function wardTree(centroids: Float32Array, d: number, sizes: ArrayLike<number>): { left: Int32Array; right: Int32Array } {
  const k = centroids.length / d;
  const dist = new Float64Array(k * k);
  for (let a = 0; a < k; a++) {
    for (let b = a + 1; b < k; b++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += (centroids[a * d + c] - centroids[b * d + c]) ** 2;
      // Ward's cost of merging two singletons of weights wa, wb: wa·wb/(wa+wb)·||ca − cb||².
      const wa = Math.max(1, sizes[a]);
      const wb = Math.max(1, sizes[b]);
      dist[a * k + b] = dist[b * k + a] = ((wa * wb) / (wa + wb)) * s;
    }
  }
  const weight = new Float64Array(k);
  for (let a = 0; a < k; a++) weight[a] = Math.max(1, sizes[a]);
  /** The tree node that slot a currently stands for (slots are reused: the merged cluster takes slot a). */
  const node = Int32Array.from({ length: k }, (_, a) => a);
  const active = new Uint8Array(k).fill(1);
  const left = new Int32Array(k - 1);
  const right = new Int32Array(k - 1);
  for (let m = 0; m < k - 1; m++) {
    let bestA = -1;
    let bestB = -1;
    let best = Infinity;
    for (let a = 0; a < k; a++) {
      if (!active[a]) continue;
      for (let b = a + 1; b < k; b++) {
        if (!active[b]) continue;
        const v = dist[a * k + b];
        if (v < best) {
          best = v;
          bestA = a;
          bestB = b;
        }
      }
    }
    left[m] = node[bestA];
    right[m] = node[bestB];
    // Lance–Williams for Ward: d(a∪b, c) = ((wa+wc) d(a,c) + (wb+wc) d(b,c) − wc d(a,b)) / (wa+wb+wc).
    const wa = weight[bestA];
    const wb = weight[bestB];
    for (let c = 0; c < k; c++) {
      if (!active[c] || c === bestA || c === bestB) continue;
      const wc = weight[c];
      const v = ((wa + wc) * dist[bestA * k + c] + (wb + wc) * dist[bestB * k + c] - wc * best) / (wa + wb + wc);
      dist[bestA * k + c] = dist[c * k + bestA] = v;
    }
    weight[bestA] = wa + wb;
    active[bestB] = 0;
    node[bestA] = k + m;
  }
  return { left, right };
}

/**
 * Cuts a merge tree of k leaves into `groups` groups (undoing the last groups − 1 merges): the group of each
 * leaf, numbered 0..groups−1 in the order of a depth-first walk from the root, so that nested cuts number
 * their groups consistently.
 */
export function cutTree(tree: { left: Int32Array; right: Int32Array }, k: number, groups: number): Int32Array {
  const merges = tree.left.length;
  const out = new Int32Array(k);
  let next = 0;
  // Merge m is undone (above the cut) when m ≥ merges − (groups − 1).
  const firstUndone = merges - (groups - 1);
  const label = (node: number, group: number): void => {
    if (node < k) out[node] = group;
    else {
      label(tree.left[node - k], group);
      label(tree.right[node - k], group);
    }
  };
  const descend = (node: number): void => {
    if (node >= k && node - k >= firstUndone) {
      descend(tree.left[node - k]);
      descend(tree.right[node - k]);
    } else label(node, next++);
  };
  descend(k + merges - 1);
  return out;
}
