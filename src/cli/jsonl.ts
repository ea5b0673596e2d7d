/**
 * `--jsonl`: one JSON document per input line in, one per line out, in input order, streamed. Lines are
 * read in batches (one per chunk read), processed in worker threads, and written in order as soon as the
 * batch at the head is done, waiting on stdout when it is full. At most WINDOW_PER_WORKER batches per
 * worker are read and not yet written: when they are all in hand, the reader waits. So memory holds the
 * in-flight window (a few 64 KB chunks and their output), never the file.
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
import type { Batch, BatchResult } from './records.js';

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

/**
 * Batches in flight (read, and not yet written) per worker: enough to keep every worker busy while the
 * oldest batch is written, few enough that memory does not depend on the input (4 chunks of 64 KB and
 * their output per worker).
 */
export const WINDOW_PER_WORKER = 4;

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
    return { stream: io.stdin as AsyncIterable<Uint8Array | string>, source: 'standard input', size: undefined };
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

function write(stream: NodeJS.WritableStream, bytes: Uint8Array): Promise<void> | undefined {
  if (bytes.length === 0 || stream.write(bytes)) return undefined;
  return once(stream, 'drain').then(() => undefined);
}

/**
 * Reads batches with `read`, starts each with `start`, and hands the results to `deliver` one at a time in
 * reading order, as soon as the oldest is done. At most `window` batches are read and not yet delivered:
 * when that many are in hand, nothing more is read until the oldest has been delivered. A read that fails
 * is reported after every batch read before it has been delivered.
 */
export async function streamInOrder<Result>(
  read: () => Promise<IteratorResult<Batch>>,
  start: (batch: Batch) => Promise<Result>,
  deliver: (batch: Batch, result: Result) => Promise<void>,
  window: number,
): Promise<void> {
  const inFlight: { batch: Batch; result: Promise<Result>; settled: boolean }[] = [];
  const deliverOldest = async () => {
    const { batch, result } = inFlight.shift()!;
    await deliver(batch, await result);
  };
  let readFailure: { error: unknown } | undefined;
  let reading = true;
  try {
    while (reading) {
      // Deliver what is ready (so a slow producer still sees output soon), and wait while the window is full.
      while (inFlight.length > 0 && (inFlight.length >= window || inFlight[0].settled)) await deliverOldest();
      let step: IteratorResult<Batch>;
      try {
        step = await read();
      } catch (error) {
        readFailure = { error };
        break;
      }
      if (step.done) {
        reading = false;
      } else {
        const entry = { batch: step.value, result: start(step.value), settled: false };
        // Awaited in order by deliverOldest; meanwhile a rejection is not unhandled.
        entry.result.then(
          () => (entry.settled = true),
          () => (entry.settled = true),
        );
        inFlight.push(entry);
      }
    }
    while (inFlight.length > 0) await deliverOldest();
  } finally {
    inFlight.length = 0;
  }
  if (readFailure !== undefined) throw readFailure.error;
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

  const skipErrors = settings.skipErrors;
  const processor: Processor = workers > 1 ? workerPool(workers, name, options, skipErrors) : inlineProcessor(command, options, skipErrors);
  const progress: Progress =
    !settings.quiet && size !== undefined && io.stderr.isTTY === true ? progressBar(io.stderr, size) : noProgress;

  /** The batches looked ahead at, then the rest of the input. */
  const read = (): Promise<IteratorResult<Batch>> => (ahead.length > 0 ? Promise.resolve({ done: false, value: ahead.shift()! }) : next());
  /** Writes a batch's output; a bad line stops the run after the lines before it are written. */
  const deliver = async (batch: Batch, result: BatchResult) => {
    await write(io.stdout, result.output);
    if (result.error !== undefined) throw new InputError(`line ${result.error.line} of ${source}: ${result.error.error}`);
    progress.advance(batch.lineCount, batch.inputBytes);
  };

  try {
    await streamInOrder(read, (batch) => processor.run(batch), deliver, workers * WINDOW_PER_WORKER);
  } finally {
    progress.finish();
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
    await processor.close();
  }
}
