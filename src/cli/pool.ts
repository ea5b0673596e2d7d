/**
 * Where `--jsonl` batches are processed: in worker threads (`--workers N`, N ≥ 2), or in the main thread
 * (one worker). Either way `run` returns a promise per batch; the caller awaits them in input order.
 */
import { Worker } from 'node:worker_threads';
import type { OptionValues } from './args.js';
import type { Command } from './commands.js';
import { processBatch, type Batch, type LineResult } from './records.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './worker.js';

export interface Processor {
  run(batch: Batch): Promise<LineResult[]>;
  close(): Promise<void>;
}

/** A bug in dhad met in a worker thread: reported with the worker's stack (exit code 70). */
export class WorkerFailure extends Error {
  override name = 'WorkerFailure';
  constructor(stack: string) {
    super(stack.split('\n', 1)[0]);
    this.stack = stack;
  }
}

export function inlineProcessor(command: Command, options: OptionValues): Processor {
  return {
    run: (batch) => {
      try {
        return Promise.resolve(processBatch(command, options, batch));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: () => Promise.resolve(),
  };
}

interface Pending {
  resolve(results: LineResult[]): void;
  reject(error: Error): void;
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** The built worker entry, next to the built CLI (dist/cli-worker.js beside dist/cli.js). */
const workerUrl = new URL('./cli-worker.js', import.meta.url);

export function workerPool(count: number, commandName: string, options: OptionValues): Processor {
  const setup: WorkerSetup = { command: commandName, options };
  let nextId = 0;
  const workers: PooledWorker[] = Array.from({ length: count }, () => {
    const pooled: PooledWorker = { worker: new Worker(workerUrl, { workerData: setup }), pending: new Map() };
    const failAll = (error: Error) => {
      for (const { reject } of pooled.pending.values()) reject(error);
      pooled.pending.clear();
    };
    pooled.worker.on('message', (reply: BatchReply) => {
      const waiting = pooled.pending.get(reply.id);
      if (waiting === undefined) return;
      pooled.pending.delete(reply.id);
      if ('fatal' in reply) waiting.reject(new WorkerFailure(reply.fatal));
      else waiting.resolve(reply.results);
    });
    pooled.worker.on('error', (error) => failAll(error));
    pooled.worker.on('exit', (code) => failAll(new Error(`dhad: a worker thread stopped (exit code ${code})`)));
    return pooled;
  });

  return {
    run(batch) {
      // The worker with the fewest batches in hand gets the next one.
      let chosen = workers[0];
      for (const candidate of workers) if (candidate.pending.size < chosen.pending.size) chosen = candidate;
      const id = nextId++;
      return new Promise<LineResult[]>((resolve, reject) => {
        chosen.pending.set(id, { resolve, reject });
        const request: BatchRequest = { id, batch };
        chosen.worker.postMessage(request);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
