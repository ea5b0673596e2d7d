/**
 * Where `--jsonl` batches are processed: in worker threads (`--workers N`, N ≥ 2), or in the main thread
 * (one worker). Either way `run` returns a promise per batch; the caller awaits them in input order.
 */
import { Worker } from 'node:worker_threads';
import type { OptionValues } from './args.js';
import { commands, type Command } from './commands.js';
import { processBatch, type Batch, type BatchResult } from './records.js';
import type { BatchReply, BatchRequest, WorkerSetup } from './worker.js';

export interface Processor {
  run(batch: Batch): Promise<BatchResult>;
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

export function inlineProcessor(command: Command, options: OptionValues, skipErrors: boolean): Processor {
  return {
    run: (batch) => {
      try {
        return Promise.resolve(processBatch(command, options, batch, skipErrors));
      } catch (error) {
        return Promise.reject(error);
      }
    },
    close: () => Promise.resolve(),
  };
}

/**
 * The heap of each worker thread. V8 lets a heap grow to about four times what is live before it collects
 * when collecting looks cheap, so without limits a long run's memory creeps up with its length (458 MB after
 * 20,000 documents, 670 MB after 300,000 with two workers). A worker's live heap is about 45–60 MB (the
 * library's tables, the NER model, its word cache); under a 256 MB ceiling V8 collects far sooner. The young
 * generation of 8 MB (V8's default grows to 32 MB) saves about 25 MB a worker for some 4% more processor time. A batch that needs more (one
 * document of several megabytes) is not lost: see `workerPool`. DHAD_DEBUG_WORKER_HEAP_MB sets the old
 * generation's ceiling, for the test of that fallback.
 */
export function workerResourceLimits(): { maxOldGenerationSizeMb: number; maxYoungGenerationSizeMb: number } {
  const debugCeiling = Number(process.env.DHAD_DEBUG_WORKER_HEAP_MB);
  return { maxOldGenerationSizeMb: debugCeiling > 0 ? debugCeiling : 256, maxYoungGenerationSizeMb: 8 };
}

interface Pending {
  batch: Batch;
  resolve(result: BatchResult): void;
  reject(error: Error): void;
}

interface PooledWorker {
  worker: Worker;
  pending: Map<number, Pending>;
  /** Batches it has finished. */
  done: number;
}

/** The built worker entry, next to the built CLI (dist/cli-worker.js beside dist/cli.js). */
const workerUrl = new URL('./cli-worker.js', import.meta.url);

/**
 * `count` worker threads; each batch goes to the one with the fewest batches in hand. A worker that runs
 * out of memory (ERR_WORKER_OUT_OF_MEMORY) gives the batches it held to the main thread, whose heap has
 * Node's usual limit (as with `--workers 1`); it is replaced when it had finished batches before (a document
 * too big for it), and not when it had not (a worker that cannot do any work), so the pool never loops on
 * starting workers. With no worker left, the main thread does everything.
 */
export function workerPool(count: number, commandName: string, options: OptionValues, skipErrors: boolean): Processor {
  const setup: WorkerSetup = { command: commandName, options, skipErrors };
  const resourceLimits = workerResourceLimits();
  const inMainThread = inlineProcessor(commands[commandName], options, skipErrors);
  let nextId = 0;
  let closing = false;

  const start = (): PooledWorker => {
    const pooled: PooledWorker = { worker: new Worker(workerUrl, { workerData: setup, resourceLimits }), pending: new Map(), done: 0 };
    const failAll = (error: Error) => {
      for (const { reject } of pooled.pending.values()) reject(error);
      pooled.pending.clear();
    };
    pooled.worker.on('message', (reply: BatchReply) => {
      const waiting = pooled.pending.get(reply.id);
      if (waiting === undefined) return;
      pooled.pending.delete(reply.id);
      pooled.done++;
      if ('fatal' in reply) waiting.reject(new WorkerFailure(reply.fatal));
      else waiting.resolve(reply.result);
    });
    pooled.worker.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || closing) {
        failAll(error);
        return;
      }
      const slot = workers.indexOf(pooled);
      if (pooled.done > 0) workers[slot] = start();
      else workers.splice(slot, 1);
      const held = [...pooled.pending.values()];
      pooled.pending.clear();
      for (const { batch, resolve, reject } of held) inMainThread.run(batch).then(resolve, reject);
    });
    pooled.worker.on('exit', (code) => failAll(new Error(`dhad: a worker thread stopped (exit code ${code})`)));
    return pooled;
  };
  const workers: PooledWorker[] = Array.from({ length: count }, start);

  return {
    run(batch) {
      if (workers.length === 0) return inMainThread.run(batch);
      let chosen = workers[0];
      for (const candidate of workers) if (candidate.pending.size < chosen.pending.size) chosen = candidate;
      const id = nextId++;
      return new Promise<BatchResult>((resolve, reject) => {
        chosen.pending.set(id, { batch, resolve, reject });
        const request: BatchRequest = { id, batch };
        chosen.worker.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
