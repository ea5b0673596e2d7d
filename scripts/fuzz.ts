/**
 * npm run fuzz: the robustness suite (test/robustness) at full strength, on the TypeScript sources.
 *
 * 1. Every checker (check.ts) on many random strings of hard characters (alphabet.ts), longer than in
 *    `npm test`; failures that a known bug (known-bugs.ts) explains are counted apart.
 * 2. The naughty strings (naughty.ts), plus their long variants.
 * 3. Linear time: every adversarial repetition (adversarial.ts) through every public function at doubling
 *    sizes up to --mb megabytes (UTF-8), printing each function's time at the largest size and its growth
 *    exponent (1 = linear, 2 = quadratic). Flags any call over 2 s and any exponent over 1.5. A piece stops
 *    doubling once its next size would take too long (the flagged exponent says why).
 *
 * Options: --runs N (random strings per checker, default 3000), --mb N (largest size, default 1),
 * --seed N (fast-check seed), --only TEXT (adversarial pieces whose name contains TEXT), --skip-properties.
 * Exit code 1 when an invariant fails (not a known bug) or a function is flagged.
 */
import fc from 'fast-check';
import * as dhad from '../src/index.js';
import { adversarialPieces, adversarialText } from '../test/robustness/adversarial.js';
import { hardText } from '../test/robustness/alphabet.js';
import { checkers } from '../test/robustness/check.js';
import { exerciseOnce } from '../test/robustness/exercise.js';
import { knownBugOf } from '../test/robustness/known-bugs.js';
import { naughtyStrings } from '../test/robustness/naughty.js';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && index + 1 < process.argv.length ? process.argv[index + 1] : fallback;
}

const runs = Number(option('runs', '3000'));
const megabytes = Number(option('mb', '1'));
const seed = Number(option('seed', String(Date.now() % 2 ** 31)));
const only = option('only', '');
const skipProperties = process.argv.includes('--skip-properties');
const SLOW_MS = 2000;
const SUPERLINEAR = 1.5;
/** Stop doubling a piece when the next size is predicted to take longer than this for one function. */
const PREDICTED_LIMIT_MS = 60_000;

let failures = 0;
const knownHits = new Map<string, number>();

function record(error: unknown, text: string, where: string): void {
  const bug = knownBugOf(error, text);
  if (bug) {
    knownHits.set(bug.id, (knownHits.get(bug.id) ?? 0) + 1);
    return;
  }
  failures++;
  console.log(`FAIL ${where}: ${error instanceof Error ? error.message : String(error)}`);
}

console.log(`dhad fuzz — Node ${process.version}, seed ${seed}, ${runs} runs per checker, up to ${megabytes} MB\n`);

if (!skipProperties) {
  console.log('## Properties on strings of hard characters');
  for (const checker of checkers) {
    const started = performance.now();
    const failuresBefore = failures;
    const knownBefore = [...knownHits.values()].reduce((a, b) => a + b, 0);
    fc.assert(
      fc.property(hardText({ maxLength: 200 }), (text) => {
        try {
          checker.run(dhad, text);
        } catch (error) {
          record(error, text, checker.name);
        }
      }),
      { numRuns: runs, seed },
    );
    const known = [...knownHits.values()].reduce((a, b) => a + b, 0) - knownBefore;
    const failed = failures - failuresBefore;
    console.log(
      `${failed === 0 ? 'ok  ' : 'FAIL'} ${checker.name} (${((performance.now() - started) / 1000).toFixed(1)} s` +
        `${failed ? `, ${failed} failures` : ''}${known ? `, ${known} known-bug hits` : ''})`,
    );
  }

  console.log('\n## Naughty strings, and their long variants');
  const longVariants = [
    { name: '10,000 mixed Arabic marks (with hamza above) on one letter', text: 'ب' + '\u064e\u0651\u0652\u0670\u0654'.repeat(2_000) },
    { name: '100,000 shadda on one letter', text: 'ب' + '\u0651'.repeat(100_000) },
    { name: 'a 500,000-letter word', text: 'بت'.repeat(250_000) },
  ];
  for (const { name, text } of [...naughtyStrings, ...longVariants]) {
    const started = performance.now();
    for (const checker of checkers) {
      try {
        checker.run(dhad, text);
      } catch (error) {
        record(error, text, `${checker.name} on naughty "${name}"`);
      }
    }
    const ms = performance.now() - started;
    if (ms > SLOW_MS) console.log(`slow naughty "${name}": ${(ms / 1000).toFixed(1)} s for all checkers`);
  }
  console.log(`${naughtyStrings.length + longVariants.length} naughty strings done`);
}

console.log(`\n## Linear time: every function on adversarial repetitions, doubling up to ${megabytes} MB`);
// Warm up: lexicons, models and tables are built on first use, which is not what this measures.
try {
  exerciseOnce(dhad, 'قال الرئيس بوتين في موسكو يوم 12 يناير. ﷺ 👍🏽 http://a.b');
} catch (error) {
  record(error, '', 'warm-up');
}
const flagged: string[] = [];
for (const { name, piece } of adversarialPieces.filter((p) => p.name.includes(only))) {
  const unitsPerByte = piece.length / Buffer.byteLength(piece);
  let previous = new Map<string, number>();
  let last = new Map<string, number>();
  let exponents = new Map<string, number>();
  let bytes = 125_000;
  let reached = 0;
  for (; bytes <= megabytes * 1_000_000 + 1; bytes *= 2) {
    // Predict the next size from the growth so far; stop before a call that would take minutes.
    if (previous.size > 0) {
      const worst = [...last].map(([fn, ms]) => ms * 2 ** Math.max(1, exponents.get(fn) ?? 1)).reduce((a, b) => Math.max(a, b), 0);
      if (worst > PREDICTED_LIMIT_MS) {
        console.log(`  (${name}: stopping at ${reached / 1e6} MB, the next size is predicted to take ${(worst / 1000).toFixed(0)} s in one call)`);
        break;
      }
    }
    const text = adversarialText(piece, Math.round(bytes * unitsPerByte));
    const times = new Map<string, number>();
    try {
      exerciseOnce(dhad, text, (fn, ms) => times.set(fn, ms));
    } catch (error) {
      record(error, text, `linear "${name}" at ${bytes / 1e6} MB`);
      break;
    }
    if (last.size > 0) {
      exponents = new Map([...times].map(([fn, ms]) => [fn, Math.log2(Math.max(ms, 1) / Math.max(last.get(fn) ?? 1, 1))]));
    }
    previous = last;
    last = times;
    reached = bytes;
  }
  const slowest = [...last].sort((a, b) => b[1] - a[1]);
  const rowFlags: string[] = [];
  for (const [fn, ms] of last) {
    const exponent = exponents.get(fn) ?? 1;
    // Exponents of calls under 250 ms are noise on a busy machine.
    if (ms > SLOW_MS || (exponent > SUPERLINEAR && ms > 250)) rowFlags.push(`${fn} ${ms.toFixed(0)} ms ^${exponent.toFixed(2)}`);
  }
  console.log(
    `${rowFlags.length ? 'FLAG' : 'ok  '} ${name.padEnd(34)} ${(reached / 1e6).toFixed(2)} MB: ` +
      slowest.slice(0, 4).map(([fn, ms]) => `${fn} ${ms.toFixed(0)} ms ^${(exponents.get(fn) ?? 1).toFixed(2)}`).join(', '),
  );
  for (const flag of rowFlags) flagged.push(`${name} @ ${(reached / 1e6).toFixed(2)} MB: ${flag}`);
  if (reached < megabytes * 1_000_000 / 2) flagged.push(`${name}: could not reach ${megabytes} MB (super-linear)`);
}

console.log('\n## Summary');
if (knownHits.size > 0) for (const [id, count] of knownHits) console.log(`known bug ${id}: hit ${count} times`);
for (const flag of flagged) console.log(`FLAG ${flag}`);
console.log(`${failures} invariant failure(s) outside the known bugs, ${flagged.length} timing flag(s).`);
process.exitCode = failures > 0 || flagged.length > 0 ? 1 : 0;
