/**
 * Word vectors and clusters for scripts/build-words.ts: skip-gram vectors over the words of the one pass of
 * word statistics (scripts/lib/word-stats.ts), spherical k-means, the Ward tree of the centroids and its cuts,
 * and the writer of src/words/clusters.generated.ts (format: src/words/clusters.ts).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeBase64 } from '../../src/internal/base64.js';
import { LEXICON_FORM } from '../../src/tokenize/lexicon-form.js';
import { encodeBits, encodeWordList } from '../../src/words/encoding.js';
import { CLUSTER_BITS, CLUSTER_COUNT, CLUSTER_LEVELS } from '../../src/words/formats.js';
import { assignToNearest, cutTree, sphericalKMeans, wardTree } from './clusters.js';
import { normalizeRows, SGNS_DEFAULTS, trainSgns } from './sgns.js';
import { ROOT } from './unlabeled.js';
import { foldWords, type WordStats } from './word-stats.js';

/** Licence header of every generated word table. */
export const ATTRIBUTION = `// Derived from Arabic Wikipedia (dump of 20 January 2017, 10,275 articles as collected by M. Saad and B. Alijla,
// "WikiDocsAligner: an off-the-shelf Wikipedia Documents Alignment Tool", PICICT 2017; text by Wikipedia's
// contributors), the words of ANERcorp's training part (Y. Benajiba, P. Rosso, CICLing 2007 / LREC 2008; CAMeL
// split, O. Obeid et al., LREC 2020) and the articles of EASC (M. El-Haj et al. 2010). Licensed CC BY-SA 4.0
// (this file only; https://creativecommons.org/licenses/by-sa/4.0/), as its source text.`;

/** Words seen fewer times have no vector: too few contexts to place them. */
export const MIN_VECTOR_COUNT = 5;
/** k-means is fitted on the words seen at least this often (their vectors are the reliable ones); every word with a vector is then assigned to its nearest centroid. */
const MIN_FIT_COUNT = 20;
/** Skip-gram settings: a narrow window (3) makes neighbours of a kind (names with names, verbs with verbs). */
const VECTOR_OPTIONS = { ...SGNS_DEFAULTS, window: 3, epochs: 5 };
const KMEANS_SEED = 20170120;

export interface Clusters {
  words: string[];
  fine: Int32Array;
  groups: Int32Array[];
  centroids: Float32Array;
  dimensions: number;
}

/** The words that get a vector (lexicon form, seen at least MIN_VECTOR_COUNT times, by descending count), with their vectors. */
export function trainVectors(stats: WordStats, log: (message: string) => void): { words: string[]; counts: Int32Array; vectors: Float32Array } {
  const folded = foldWords(stats, LEXICON_FORM);
  // Vocabulary ids by descending count (ties by string), so that the same corpus numbers them the same way.
  const order = [...folded.words.keys()].filter((id) => folded.counts[id] >= MIN_VECTOR_COUNT);
  order.sort((a, b) => folded.counts[b] - folded.counts[a] || (folded.words[a] < folded.words[b] ? -1 : 1));
  const vocabularyId = new Int32Array(folded.words.length).fill(-1);
  order.forEach((id, rank) => (vocabularyId[id] = rank));
  const counts = Int32Array.from(order, (id) => folded.counts[id]);
  // The stream without the words that have no vector (as word2vec drops them), boundaries kept.
  const stream = new Int32Array(folded.stream.length);
  let length = 0;
  for (const id of folded.stream) {
    if (id < 0) stream[length++] = -1;
    else if (vocabularyId[id] >= 0) stream[length++] = vocabularyId[id];
  }
  log(`training vectors: ${order.length} words, ${length} stream entries, ${VECTOR_OPTIONS.epochs} epochs`);
  let lastShare = 0;
  const vectors = trainSgns(stream.subarray(0, length), counts, {
    ...VECTOR_OPTIONS,
    onProgress: (_epoch, share) => {
      if (share - lastShare >= 0.1) {
        lastShare = share;
        log(`  vectors ${(100 * share).toFixed(0)}%`);
      }
    },
  });
  return { words: order.map((id) => folded.words[id]), counts, vectors: normalizeRows(vectors, VECTOR_OPTIONS.dimensions) };
}

/** k-means over the unit vectors (fitted on the frequent words, every word assigned), the Ward tree and its cuts. */
export function clusterVectors(words: readonly string[], counts: Int32Array, vectors: Float32Array, log: (message: string) => void): Clusters {
  const d = VECTOR_OPTIONS.dimensions;
  const fitting = words.map((_, rank) => rank).filter((rank) => counts[rank] >= MIN_FIT_COUNT);
  const fitVectors = new Float32Array(fitting.length * d);
  fitting.forEach((rank, k) => fitVectors.set(vectors.subarray(rank * d, rank * d + d), k * d));
  log(`k-means: ${CLUSTER_COUNT} clusters fitted on ${fitting.length} words`);
  const { centroids } = sphericalKMeans(fitVectors, d, CLUSTER_COUNT, KMEANS_SEED, 30, (iteration, changed) =>
    log(`  k-means iteration ${iteration + 1}: ${changed} words changed cluster`),
  );
  const assignment = assignToNearest(vectors, d, centroids);
  const sizes = new Int32Array(CLUSTER_COUNT);
  for (const cluster of assignment) sizes[cluster]++;
  const tree = wardTree(centroids, d, sizes);
  const groups = CLUSTER_LEVELS.map((groupCount) => cutTree(tree, CLUSTER_COUNT, groupCount));
  // The table lists words in sorted order with their fine cluster.
  const byWord = words.map((word, rank) => [word, assignment[rank]] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  return {
    words: byWord.map(([word]) => word),
    fine: Int32Array.from(byWord, ([, cluster]) => cluster),
    groups,
    centroids,
    dimensions: d,
  };
}

export function writeClusters(clusters: Clusters): number {
  const quantized = new Uint8Array(clusters.centroids.length);
  for (let k = 0; k < quantized.length; k++) quantized[k] = Math.max(-127, Math.min(127, Math.round(clusters.centroids[k] * 127))) & 0xff;
  const source = `// Generated by scripts/build-words.ts (npm run build:words). Do not edit by hand.
//
// dhad's word clusters: ${clusters.words.length} words (lexicon form, seen at least ${MIN_VECTOR_COUNT} times) with their fine cluster (of
// ${CLUSTER_COUNT}; skip-gram vectors, ${clusters.dimensions} dimensions, window ${VECTOR_OPTIONS.window}, clustered by spherical k-means); the group of every
// fine cluster in the cuts of their Ward tree into ${CLUSTER_LEVELS.join(', ')} groups; the clusters' unit centroids as Int8
// (value × 127). Decoded by src/words/clusters.ts (format: src/words/encoding.ts).
//
${ATTRIBUTION}

export const CLUSTERS = {
  dimensions: ${clusters.dimensions},
  words: '${encodeWordList(clusters.words)}',
  fine: '${encodeBits(clusters.fine, CLUSTER_BITS)}',
  groups: [${clusters.groups.map((group, level) => `'${encodeBits(group, Math.ceil(Math.log2(CLUSTER_LEVELS[level])))}'`).join(', ')}],
  centroids: '${encodeBase64(quantized)}',
} as const;
`;
  writeFileSync(resolve(ROOT, 'src/words/clusters.generated.ts'), source);
  return source.length;
}

