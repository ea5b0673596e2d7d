/**
 * npm run eval: every quality figure of dhad in one run — clitic segmentation accuracy, NER P/R/F1 (ANERcorp
 * dev, test and the seed article) and summary ROUGE on EASC dev against the Lead baseline. Each part is its
 * own script (npm run eval:segment, eval:ner, eval:summary); this runs them in turn and fails if one fails.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const parts = ['eval-segment.ts', 'eval-ner.ts', 'eval-summary.ts'];
let failed = false;
for (const part of parts) {
  console.log(`\n=== ${part} ===`);
  const script = fileURLToPath(new URL(part, import.meta.url));
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(`${part} failed (exit ${run.status ?? run.signal})`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
