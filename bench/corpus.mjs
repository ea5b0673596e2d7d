// Builds the benchmark text: ~2 MB of Arabic news from ../shared (ANERcorp sentences, EASC articles) and the
// seed article. Where ../shared is absent, the seed article repeated stands in.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const shared = `${root}../shared/data`;

export function benchmarkText(targetBytes = 2_000_000) {
  const pieces = [readFileSync(`${root}corpus/article.txt`, 'utf8')];
  if (existsSync(`${shared}/easc/dev.jsonl`)) {
    for (const line of readFileSync(`${shared}/easc/dev.jsonl`, 'utf8').split('\n')) {
      if (line.trim()) pieces.push(JSON.parse(line).article);
    }
  }
  if (existsSync(`${shared}/anercorp/train.txt`)) {
    const sentences = readFileSync(`${shared}/anercorp/train.txt`, 'utf8').split(/\n\s*\n/u);
    for (const sentence of sentences) pieces.push(sentence.split('\n').map((line) => line.split(' ')[0]).join(' '));
  }
  const chosen = [];
  for (let i = 0, bytes = 0; bytes < targetBytes; i++) {
    const piece = pieces[i % pieces.length] + '\n';
    chosen.push(piece);
    bytes += Buffer.byteLength(piece);
  }
  // join() gives a flat string, as text read from a file is; a string built by += is a rope that is slower
  // to index and would flatter no one.
  return chosen.join('');
}

/** Collects garbage when node runs with --expose-gc (npm run bench does): each measurement starts clean. */
const collectGarbage = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

/**
 * Median time of `fn` in ms after warm-up: at least `warmup` calls and 250 ms, so that the JIT has settled.
 * The heap is collected before and after the warm-up, so that no row pays for the garbage of what ran before.
 */
export function measure(fn, { runs = 15, warmup = 5 } = {}) {
  collectGarbage();
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < 250; i++) fn();
  collectGarbage();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export function megabytesPerSecond(text, milliseconds) {
  return Buffer.byteLength(text) / 1e6 / (milliseconds / 1000);
}
