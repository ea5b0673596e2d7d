/**
 * The layout of the generated word tables, shared by their decoders (stems.ts, clusters.ts) and by the build
 * script that writes them (scripts/build-words.ts), which must not import the tables it is about to write.
 */

/**
 * Bits of a stem's code, low to high: the bare-count code (STEM_BARE_BITS), the clitic variety
 * (STEM_VARIETY_BITS), the article variety (STEM_ARTICLE_BITS).
 */
export const STEM_BARE_BITS = 4;
export const STEM_VARIETY_BITS = 5;
export const STEM_ARTICLE_BITS = 3;
export const STEM_CODE_BITS = STEM_BARE_BITS + STEM_VARIETY_BITS + STEM_ARTICLE_BITS;

/** Word clusters: the number of fine clusters (k-means), and the coarser cuts of their Ward tree. */
export const CLUSTER_COUNT = 1024;
export const CLUSTER_LEVELS = [16, 64, 256] as const;
/** Bits of a fine cluster id (CLUSTER_COUNT ≤ 2^CLUSTER_BITS). */
export const CLUSTER_BITS = 10;
