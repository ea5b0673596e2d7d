// npm run bench -- cli: memory and throughput of `dhad analyze --jsonl` over long inputs (several minutes;
// not part of a plain `npm run bench`). Each run is a fresh process of the built CLI fed on standard input,
// its output drained and counted; the peak resident memory is the whole process's (every thread), as the
// CLI reports it with DHAD_DEBUG_MAX_RSS=1.
//
// - ANERcorp sentences (../shared/data/anercorp/train.txt, 3,973 of them), repeated: 20,000, 100,000 and
//   300,000 documents. The vocabulary stops growing after the first 4,000: memory should not grow at all.
// - Wikipedia articles (../shared/data/arwiki/*.jsonl.gz, read through zlib, never copied), one a line, in
//   order: a vocabulary that keeps growing to the last article. Their lines ({id, title, text}) go in as
//   they are.
// - Throughput: 100,000 ANERcorp documents with --workers 1 and --workers 2, in alternating rounds; the
//   processor time of all the process's threads too, which a busy machine stretches less than the wall time.
import { spawn } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = `${root}../shared/data`;
const cli = `${root}dist/cli.js`;

/** ANERcorp's training sentences as JSONL lines `{"id":…,"text":…}`, ids counting on across repetitions. */
function* anercorpDocuments(count) {
  const sentences = readFileSync(`${shared}/anercorp/train.txt`, 'utf8')
    .split(/\n\s*\n/u)
    .map((block) => block.split('\n').map((line) => line.split(' ')[0]).join(' ').trim())
    .filter((sentence) => sentence.length > 0);
  const texts = sentences.map((sentence) => JSON.stringify(sentence));
  for (let id = 0; id < count; id++) yield `{"id":${id},"text":${texts[id % texts.length]}}\n`;
}

/** Wikipedia articles as they are stored, one JSON object a line, file after file; at most `count`. */
async function* wikipediaArticles(count) {
  const files = readdirSync(`${shared}/arwiki`).filter((name) => name.endsWith('.jsonl.gz')).sort();
  let given = 0;
  for (const name of files) {
    const lines = createInterface({ input: createReadStream(`${shared}/arwiki/${name}`).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.length === 0) continue;
      if (given++ >= count) {
        lines.close();
        return;
      }
      yield line + '\n';
    }
  }
}

/**
 * Runs `dhad analyze --jsonl [--workers N]` on the lines `documents` gives, written to its standard input
 * as fast as it reads them. Resolves to `{ documents, seconds, peakRssMb, cpuSeconds }`.
 */
function runAnalyze(documents, workers) {
  const args = [cli, 'analyze', '--jsonl', ...(workers === undefined ? [] : ['--workers', String(workers)])];
  const child = spawn(process.execPath, args, { env: { ...process.env, DHAD_DEBUG_MAX_RSS: '1' }, stdio: ['pipe', 'pipe', 'pipe'] });
  const started = performance.now();
  let outputLines = 0;
  let stderr = '';
  child.stdout.on('data', (chunk) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) outputLines++;
  });
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (text) => (stderr += text));
  child.stdin.on('error', () => {}); // a failed run is reported from its exit code and stderr
  (async () => {
    let pending = '';
    for await (const line of documents) {
      pending += line;
      if (pending.length < 65536) continue;
      if (!child.stdin.write(pending)) await new Promise((resolve) => child.stdin.once('drain', resolve));
      pending = '';
    }
    child.stdin.end(pending);
  })().catch(() => {});
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => {
      const seconds = (performance.now() - started) / 1000;
      const debug = /^dhad: debug: max-rss-kb (\d+) cpu-ms (\d+)$/mu.exec(stderr);
      if (status !== 0 || !debug) reject(new Error(`dhad analyze --jsonl failed (exit ${status}): ${stderr.trim()}`));
      else resolve({ documents: outputLines, seconds, peakRssMb: Number(debug[1]) / 1024, cpuSeconds: Number(debug[2]) / 1000 });
    });
  });
}

const THROUGHPUT_ROUNDS = 3;
const megabytes = (mb) => `${Math.round(mb)} MB`;
const rate = (row) => Math.round(row.documents / row.seconds).toLocaleString('en');

/** Runs every measurement, printing each row as it is measured (a run takes up to a few minutes). */
export async function run() {
  if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm run bench` does)');
  if (!existsSync(`${shared}/anercorp/train.txt`)) {
    console.log('## CLI\n\n(skipped: ../shared/data/anercorp/train.txt is not there)\n');
    return;
  }
  console.log(`## CLI: dhad analyze --jsonl, default workers (${availableParallelism()} on this machine)\n`);
  console.log('| input | documents | peak RSS | seconds | docs/s |\n| --- | ---: | ---: | ---: | ---: |');
  const inputs = [['ANERcorp sentences, repeated', [20_000, 100_000, 300_000].map((count) => () => anercorpDocuments(count))]];
  if (existsSync(`${shared}/arwiki`)) {
    inputs.push(['Wikipedia articles (growing vocabulary)', [2_500, 5_000, Infinity].map((count) => () => wikipediaArticles(count))]);
  }
  const spreads = [];
  for (const [input, sources] of inputs) {
    const peaks = [];
    for (const source of sources) {
      const row = await runAnalyze(source(), undefined);
      peaks.push(row.peakRssMb);
      console.log(`| ${input} | ${row.documents.toLocaleString('en')} | ${megabytes(row.peakRssMb)} | ${row.seconds.toFixed(1)} | ${rate(row)} |`);
    }
    spreads.push(`${input}: peak RSS ${megabytes(Math.min(...peaks))} to ${megabytes(Math.max(...peaks))} (${((Math.max(...peaks) / Math.min(...peaks) - 1) * 100).toFixed(1)}% apart)`);
  }
  console.log(`\n${spreads.join('\n')}\n`);

  // Alternating rounds, so that a change in the machine's load hits both alike; the median of each.
  console.log('| 100,000 ANERcorp documents | seconds (each round) | docs/s | CPU seconds | peak RSS |\n| --- | ---: | ---: | ---: | ---: |');
  const rounds = { 1: [], 2: [] };
  for (let round = 0; round < THROUGHPUT_ROUNDS; round++) {
    for (const workers of [1, 2]) rounds[workers].push(await runAnalyze(anercorpDocuments(100_000), workers));
  }
  const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  for (const workers of [1, 2]) {
    const rows = rounds[workers];
    const seconds = median(rows.map((row) => row.seconds));
    console.log(
      `| --workers ${workers} | ${rows.map((row) => row.seconds.toFixed(1)).join(', ')} | ${Math.round(100_000 / seconds).toLocaleString('en')} | ` +
        `${median(rows.map((row) => row.cpuSeconds)).toFixed(1)} | ${megabytes(Math.max(...rows.map((row) => row.peakRssMb)))} |`,
    );
  }
  const speedUp = median(rounds[1].map((row) => row.seconds)) / median(rounds[2].map((row) => row.seconds));
  console.log(`\n2 workers: ${speedUp.toFixed(2)}× one worker (medians of ${THROUGHPUT_ROUNDS} rounds)\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await run();
