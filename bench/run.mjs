// npm run bench: every benchmark on one ~2 MB text, medians of several runs after warm-up. Each bench module
// exports run(text) returning rows { name, ms, mbps, ratio } (ratio: speed relative to the row's baseline).
// Pass names to run only some: npm run bench -- normalize tokenize
import { existsSync } from 'node:fs';
import os from 'node:os';
import { benchmarkText } from './corpus.mjs';

const sections = [
  ['Normalization (baseline: naive NFC + regex)', './normalize.mjs'],
  ['Tokenization (baseline: one-regex tokenizer)', './tokenize.mjs'],
  ['Named entities', './ner.mjs'],
  ['Summarization (baseline: tokenizing the same text)', './summarize.mjs'],
  ['Peers', './peers.mjs'],
  ['Start-up and size', './startup.mjs'],
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
    console.log(`| ${row.name} | ${row.ms.toFixed(1)} | ${row.mbps.toFixed(1)} | ${row.ratio.toFixed(2)} |`);
  }
  console.log();
}

for (const [title, file] of sections) {
  const name = file.slice(2, -4);
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  if (!existsSync(new URL(file, import.meta.url))) continue;
  const result = await (await import(file)).run(text);
  if (Array.isArray(result)) printTable(title, result);
  else for (const [part, rows] of Object.entries(result)) printTable(`${title}: ${part}`, rows);
}
