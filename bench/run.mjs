// npm run bench: every benchmark on one ~2 MB text, medians of several runs after warm-up.
import os from 'node:os';
import { benchmarkText } from './corpus.mjs';
import * as normalization from './normalize.mjs';

const text = benchmarkText();
console.log(`dhad benchmarks — Node ${process.version}, ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores)`);
console.log(`text: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB UTF-8, ${text.length} UTF-16 units\n`);

function table(title, rows) {
  console.log(`## ${title}\n`);
  console.log('| what | median ms | MB/s | × baseline |');
  console.log('| --- | ---: | ---: | ---: |');
  for (const row of rows) console.log(`| ${row.name} | ${row.ms.toFixed(1)} | ${row.mbps.toFixed(0)} | ${row.ratio.toFixed(2)} |`);
  console.log();
}

table('Normalization', normalization.run(text));
