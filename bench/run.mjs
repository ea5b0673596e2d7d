// npm run bench: every benchmark on one ~2 MB text, medians of several runs after warm-up. Each bench module
// exports run(text) returning rows { name, ms, mbps, ratio } (ratio: speed relative to the row's baseline).
// Pass names to run only some: npm run bench -- normalize tokenize
// `npm run bench -- cli` runs the CLI's memory and throughput benchmark (bench/cli.mjs, several minutes), which
// a plain `npm run bench` leaves out.
import { existsSync } from 'node:fs';
import os from 'node:os';
import { benchmarkText } from './corpus.mjs';

const sections = [
  ['Normalization (baseline: naive NFC + regex)', './normalize.mjs'],
  ['Tokenization (baseline: one-regex tokenizer)', './tokenize.mjs'],
  ['Named entities', './ner.mjs'],
  ['Summarization (baseline: tokenizing the same text)', './summarize.mjs'],
  ['Peers (× = speed relative to the first dhad row)', './peers.mjs'],
];

const wanted = process.argv.slice(2);
const text = benchmarkText();
console.log(`dhad benchmarks — Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${os.platform()}`);
console.log(`text: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8, ${text.length} UTF-16 units; medians after warm-up\n`);

function printTable(title, rows) {
  console.log(`## ${title}\n`);
  console.log('| what | median ms | MB/s | × baseline |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) {
    const rate = row.tokensPerSecond ? `, ${row.tokensPerSecond.toLocaleString('en')} tokens/s` : row.wordsPerSecond ? `, ${row.wordsPerSecond.toLocaleString('en')} words/s` : '';
    const name = row.name.includes('/s)') ? row.name : row.name + rate;
    console.log(`| ${name} | ${row.ms.toFixed(1)} | ${row.mbps.toFixed(1)} | ${row.ratio.toFixed(2)} |`);
  }
  console.log();
}

for (const [title, file] of sections) {
  const name = file.slice(2, -4);
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const module = await import(file);
  const result = await module.run(text);
  if (Array.isArray(result)) printTable(title, result);
  else for (const [part, rows] of Object.entries(result)) printTable(`${title}: ${part}`, rows);
  if (module.normalizationChecks) {
    console.log('Normalizers that get the hard inputs wrong (bench/peers.mjs):');
    for (const { name, failures } of module.normalizationChecks()) {
      console.log(`- ${name}: ${failures.length ? failures.map((f) => f.check).join('; ') : 'none'}`);
    }
    console.log();
  }
}

if (wanted.length === 0 || wanted.includes('startup')) {
  const { startup, size } = (await import('./startup.mjs')).run();
  console.log('## Start-up (fresh process, median of 7)\n\n| what | median ms |\n| --- | ---: |');
  for (const { name, ms } of startup) console.log(`| ${name} | ${Number.isFinite(ms) ? ms.toFixed(1) : 'failed'} |`);
  console.log('\n## Size\n\n| what | KiB |\n| --- | ---: |');
  for (const { name, bytes } of size) console.log(`| ${name} | ${(bytes / 1024).toFixed(0)} |`);
  console.log();
}

if (wanted.includes('cli')) await (await import('./cli.mjs')).run();
