/**
 * Word clusters learnt from the unlabeled corpus: every word seen at least five times has a vector (skip-gram
 * with negative sampling), and the vectors are grouped by k-means into CLUSTER_COUNT fine clusters whose
 * centroids are merged into a tree, cut at coarser granularities (CLUSTER_LEVELS). Words used alike share a
 * cluster: names of cities, of footballers, of months, verbs of saying. The tagger reads a word's cluster at
 * every granularity as features (a name it has never seen still has a cluster), the summarizer compares
 * sentences through the clusters' centroids. Built by scripts/build-words.ts into clusters.generated.ts; decoded
 * on first use, once.
 */
import { tableOfWordList } from './code-table.js';
import { CLUSTERS } from './clusters.generated.js';
import { decodeBase64 } from '../internal/base64.js';
import { countEncodedWords, decodeBits } from './encoding.js';
import { CLUSTER_BITS, CLUSTER_COUNT, CLUSTER_LEVELS } from './formats.js';

export { CLUSTER_COUNT, CLUSTER_LEVELS };

export interface WordClusters {
  /** Fine cluster (0 .. CLUSTER_COUNT − 1) of a word in 'search' form, or −1 for a word not in the table. */
  clusterOf(searchForm: string): number;
  /** The group of fine cluster `cluster` at CLUSTER_LEVELS[level] (groups nest: a finer cut splits a coarser one). */
  groupAt(level: number, cluster: number): number;
  /** Unit-length centroids of the fine clusters, `dimensions` values each. */
  readonly centroids: Float32Array;
  readonly dimensions: number;
}

let loaded: WordClusters | undefined;

const TEH_MARBUTA = 0x0629; // ARABIC LETTER TEH MARBUTA
const HEH = 0x0647; // ARABIC LETTER HEH

function load(): WordClusters {
  // Keys in 'search' form (ة → ه), as the tagger and the summarizer hold their words; where two words fold to
  // one key (كتابة, كتابه), the first in the table's order keeps it.
  const fine = decodeBits(CLUSTERS.fine, CLUSTER_BITS, countEncodedWords(CLUSTERS.words));
  const table = tableOfWordList(CLUSTERS.words, (index) => fine[index], (unit) => (unit === TEH_MARBUTA ? HEH : unit));
  const groups = CLUSTER_LEVELS.map((groupCount, level) =>
    decodeBits(CLUSTERS.groups[level], Math.ceil(Math.log2(groupCount)), CLUSTER_COUNT),
  );
  const bytes = decodeBase64(CLUSTERS.centroids);
  const dimensions = CLUSTERS.dimensions;
  const centroids = new Float32Array(CLUSTER_COUNT * dimensions);
  for (let k = 0; k < centroids.length; k++) centroids[k] = ((bytes[k] << 24) >> 24) / 127; // Int8 → [−1, 1]
  return {
    clusterOf: (searchForm) => table.getString(searchForm),
    groupAt: (level, cluster) => groups[level][cluster],
    centroids,
    dimensions,
  };
}

/** The cluster table, decoded on the first call. */
export function getWordClusters(): WordClusters {
  return (loaded ??= load());
}
