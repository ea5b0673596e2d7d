/**
 * `--jsonl`: one JSON document per input line in, one per line out, in input order, streamed. Lines are
 * read in batches (one per chunk read), processed in worker threads with a bounded number of batches in
 * flight, and written in order as soon as the batch at the head is done, waiting on stdout when it is full.
 * Memory holds at most the in-flight window, never the file.
 */
import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import type { OptionValues } from './args.js';
import type { Command } from './commands.js';
import { InputError, UsageError } from './errors.js';
import { readBatches } from './lines.js';
import { inlineProcessor, workerPool, type Processor } from './pool.js';
import { noProgress, progressBar, type Progress } from './progress.js';
import type { Batch, LineResult } from './records.js';

export interface JsonlIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

export interface JsonlSettings {
  /** `--workers`; undefined: one per core, or 1 when the whole input fits in the first chunk read. */
  workers: number | undefined;
  skipErrors: boolean;
  quiet: boolean;
}

/** Batches in flight (sent or done but not yet written) per worker: enough to keep every worker busy. */
const WINDOW_PER_WORKER = 4;

function describeOpenError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

async function openInput(file: string | undefined, io: JsonlIo) {
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY) throw new UsageError("no input: give a file, pipe JSONL in, or use '-' to type it");
    return { stream: io.stdin as AsyncIterable<Buffer | string>, source: 'standard input', size: undefined };
  }
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw new InputError(`cannot read '${file}': ${describeOpenError(error)}`);
  }
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  // Opening happens on first read: report a failure there as an input error, not a crash.
  stream.on('error', () => {});
  return { stream, source: `'${file}'`, size };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> | undefined {
  if (text.length === 0 || stream.write(text)) return undefined;
  return once(stream, 'drain').then(() => undefined);
}

export async function runJsonl(
  name: string,
  command: Command,
  options: OptionValues,
  file: string | undefined,
  io: JsonlIo,
  settings: JsonlSettings,
): Promise<void> {
  const { stream, source, size } = await openInput(file, io);
  const batches = readBatches(stream)[Symbol.asyncIterator]();
  const next = async (): Promise<IteratorResult<Batch>> => {
    try {
      return await batches.next();
    } catch (error) {
      if (error instanceof InputError) throw error;
      throw new InputError(`cannot read ${source}: ${describeOpenError(error)}`);
    }
  };

  // Look ahead one batch to tell a tiny input (one chunk) from a big one before starting threads.
  const ahead: Batch[] = [];
  const first = await next();
  if (first.done) return;
  ahead.push(first.value);
  let workers = settings.workers;
  if (workers === undefined) {
    const second = await next();
    if (!second.done) ahead.push(second.value);
    workers = second.done ? 1 : availableParallelism();
  }

  const processor: Processor = workers > 1 ? workerPool(workers, name, options) : inlineProcessor(command, options);
  const progress: Progress =
    !settings.quiet && size !== undefined && io.stderr.isTTY === true ? progressBar(io.stderr, size) : noProgress;
  const window = workers * WINDOW_PER_WORKER;
  const inFlight: { batch: Batch; results: Promise<LineResult[]>; settled: boolean }[] = [];

  const submit = (batch: Batch) => {
    const entry = { batch, results: processor.run(batch), settled: false };
    // Awaited in order below; meanwhile a rejection is not unhandled.
    entry.results.then(
      () => (entry.settled = true),
      () => (entry.settled = true),
    );
    inFlight.push(entry);
  };

  /** Writes the oldest batch; a bad line stops the run after the lines before it are written. */
  const writeOldest = async () => {
    const { batch, results } = inFlight.shift()!;
    const lines = await results;
    let out = '';
    for (const result of lines) {
      if (typeof result === 'string') {
        out += result + '\n';
      } else if (settings.skipErrors) {
        out += JSON.stringify({ error: result.error, line: result.line }) + '\n';
      } else {
        await write(io.stdout, out);
        throw new InputError(`line ${result.line} of ${source}: ${result.error}`);
      }
    }
    await write(io.stdout, out);
    progress.advance(lines.length, batch.bytes);
  };

  try {
    for (const batch of ahead) submit(batch);
    ahead.length = 0;
    let reading: Error | undefined;
    for (;;) {
      // Write what is ready (so a slow producer still sees output soon), and wait when the window is full.
      while (inFlight.length > 0 && (inFlight.length >= window || inFlight[0].settled)) await writeOldest();
      let step: IteratorResult<Batch>;
      try {
        step = await next();
      } catch (error) {
        reading = error as Error; // write what was read before the failure, then report it
        break;
      }
      if (step.done) break;
      submit(step.value);
    }
    while (inFlight.length > 0) await writeOldest();
    if (reading) throw reading;
  } finally {
    inFlight.length = 0;
    progress.finish();
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
    await processor.close();
  }
}
