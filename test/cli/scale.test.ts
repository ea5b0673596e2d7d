/**
 * Scale: 20,000 JSONL documents streamed through two worker threads in bounded memory, and a big file
 * sharded with `split` and run in parallel with `xargs -P`, as the README shows for batch jobs (Spark's
 * `RDD.pipe()` runs the same command per partition). Runs the built binary (see helpers.ts).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalize, sentences } from 'dhad';
import { article, cli, dhad, expectBuilt } from './helpers.js';

let scratch: string;
const pieces = sentences(article).map((sentence) => sentence.text);
/** Document `id`: eight of the article's sentences, shifted by id (about 2.5 KB of UTF-8). */
const documentText = (id: number) => Array.from({ length: 8 }, (_, k) => pieces[(id + k * 3) % pieces.length]).join(' ') + ` ${id}`;

async function writeJsonl(file: string, count: number): Promise<void> {
  const out = createWriteStream(file);
  for (let id = 0; id < count; id++) {
    if (!out.write(JSON.stringify({ id, text: documentText(id) }) + '\n')) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
}

interface StreamedRun {
  status: number | null;
  lines: number;
  /** Whether line i had id i and its normalized text, for every line checked. */
  inOrder: boolean;
  maxRssKb: number;
  stderr: string;
}

/**
 * Runs `dhad normalize --jsonl --workers 2` on `file` with the main thread's heap capped at 40 MB (a file
 * read whole into a string would not fit), reading its output as it comes (so stdout fills and the
 * command must wait for it) and checking order on the way.
 */
function runStreamed(file: string): Promise<StreamedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--max-old-space-size=40', cli, 'normalize', '--jsonl', '--workers', '2', file], {
      env: { ...process.env, DHAD_DEBUG_MAX_RSS: '1' },
    });
    let lines = 0;
    let inOrder = true;
    let carry = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (carry + chunk).split('\n');
      carry = parts.pop()!;
      for (const part of parts) {
        const id = lines++;
        // Parsing every line would make the test slower than the command: check the id of every line and
        // the whole result of every 97th.
        if (!part.startsWith(`{"id":${id},`)) inOrder = false;
        else if (id % 97 === 0 && (JSON.parse(part) as { normalized: string }).normalized !== normalize(documentText(id))) inOrder = false;
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      const maxRss = /^dhad: debug: max-rss-kb (\d+) cpu-ms \d+$/mu.exec(stderr);
      resolve({ status, lines, inOrder: inOrder && carry === '', maxRssKb: maxRss ? Number(maxRss[1]) : NaN, stderr });
    });
  });
}

beforeAll(() => {
  expectBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'dhad-scale-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('dhad --jsonl at scale', () => {
  it('streams 20,000 documents (45 MB) through two workers in order, the main thread\'s heap capped below the file size', async () => {
    const big = join(scratch, 'big.jsonl');
    await writeJsonl(big, 20_000);
    expect(statSync(big).size).toBeGreaterThan(40 * 1024 * 1024);
    // runStreamed caps the main thread's heap at 40 MB: a reader that held the file, or results that piled up
    // behind a slow consumer, would run out of memory. Peak memory figures live in `npm run bench -- cli`
    // (they vary with the garbage collector's timing); the read-ahead bound is tested in stream.test.ts.
    const run = await runStreamed(big);
    expect(run.stderr).toMatch(/^dhad: debug: max-rss-kb \d+ cpu-ms \d+\n$/u);
    expect(run.status).toBe(0);
    expect(run.lines).toBe(20_000);
    expect(run.inOrder).toBe(true);
  });

  it('gives the same output sharded with split and run in parallel with xargs -P 2', async () => {
    const file = join(scratch, 'shard-me.jsonl');
    await writeJsonl(file, 600);
    const whole = await dhad(['ner', '--jsonl', '--workers', '2', file]);
    expect(whole.status).toBe(0);
    expect(whole.stdout.split('\n')).toHaveLength(601);

    // The README's recipe: numbered shards, each run by its own dhad, outputs concatenated in shard order.
    const script = [
      'set -e',
      `cd "${scratch}"`,
      'split -l 150 -d -a 3 shard-me.jsonl part-',
      `ls part-* | xargs -P 2 -I {} sh -c '"${process.execPath}" "${cli}" ner --jsonl --workers 1 {} > {}.out'`,
      'cat part-*.out > sharded.jsonl',
      'ls part-*.out | wc -l',
    ].join('\n');
    const run = spawnSync('sh', ['-c', script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.trim()).toBe('4');
    expect(readFileSync(join(scratch, 'sharded.jsonl'), 'utf8')).toBe(whole.stdout);
  });
});
