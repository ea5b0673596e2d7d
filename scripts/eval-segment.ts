/**
 * Clitic segmentation accuracy (npm run eval:segment) on the hand-segmented evaluation sets (scripts/lib/
 * segment-gold.ts): running text from held-out Wikipedia articles and ANERcorp's test part, and distinct words
 * of ANERcorp's test part — none of them read by the build of the stem table (src/words) or by the ranker's
 * training (corpus/segment-tune.tsv, also reported here as a training-set figure). A word counts as right when
 * every surface piece (`segment(word).surface`) matches. The words still wrong are listed.
 *
 *   npx tsx scripts/eval-segment.ts [--quiet]
 */
import { segment } from '../src/tokenize/index.js';
import { readSegmentGold, SEGMENT_GOLD_SETS, SEGMENT_TUNING, type GoldWord } from './lib/segment-gold.js';

const percent = (a: number, b: number): string => `${a}/${b} (${((100 * a) / Math.max(1, b)).toFixed(1)}%)`;

function report(name: string, gold: readonly GoldWord[], listErrors: boolean): void {
  if (gold.length === 0) {
    console.log(`${name}: not found, skipped`);
    return;
  }
  let right = 0;
  let withClitics = 0;
  let withCliticsRight = 0;
  const errors = new Map<string, { gold: string; got: string; count: number }>();
  for (const { word, pieces } of gold) {
    const { prefixes, stem, suffixes } = segment(word).surface;
    const got = [...prefixes, stem, ...suffixes].join('+');
    const hasClitics = pieces.includes('+');
    if (hasClitics) withClitics++;
    if (got === pieces) {
      right++;
      if (hasClitics) withCliticsRight++;
    } else {
      const error = errors.get(word) ?? { gold: pieces, got, count: 0 };
      error.count++;
      errors.set(word, error);
    }
  }
  console.log(`${name}`);
  console.log(`  all words:          ${percent(right, gold.length)}`);
  console.log(`  words with clitics: ${percent(withCliticsRight, withClitics)}`);
  console.log(`  words without:      ${percent(right - withCliticsRight, gold.length - withClitics)}`);
  if (listErrors) for (const [word, e] of errors) console.log(`    ${word}\tgold ${e.gold}\tgot ${e.got}${e.count > 1 ? `\t×${e.count}` : ''}`);
}

const quiet = process.argv.includes('--quiet');
for (const set of SEGMENT_GOLD_SETS) report(set.name, readSegmentGold(set.path), !quiet);
report('Tuning set, the ranker\'s training data (corpus/segment-tune.tsv)', readSegmentGold(SEGMENT_TUNING), false);
