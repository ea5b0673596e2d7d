/**
 * The worker thread of `--jsonl --workers N` (built as dist/cli-worker.js): receives batches of lines as
 * bytes, sends back their output as bytes (handed over, not copied). A failure of the library is sent
 * back as `fatal`, and the main thread reports it as an internal error after writing every earlier result.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { OptionValues } from './args.js';
import { commands } from './commands.js';
import { processBatch, type Batch, type BatchResult } from './records.js';

export interface WorkerSetup {
  command: string;
  options: OptionValues;
  skipErrors: boolean;
}

export interface BatchRequest {
  id: number;
  batch: Batch;
}

export type BatchReply = { id: number; result: BatchResult } | { id: number; fatal: string };

const port = parentPort;
if (port === null) throw new Error('dhad: cli-worker.js runs as a worker thread of dhad --jsonl');
const setup = workerData as WorkerSetup;
const command = commands[setup.command];

port.on('message', ({ id, batch }: BatchRequest) => {
  let reply: BatchReply;
  try {
    reply = { id, result: processBatch(command, setup.options, batch, setup.skipErrors) };
  } catch (error) {
    reply = { id, fatal: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply, 'result' in reply ? [reply.result.output.buffer as ArrayBuffer] : []);
});
