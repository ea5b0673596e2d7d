/**
 * The bound on `--jsonl`'s memory, as a mechanism: streamInOrder (src/cli/jsonl.ts) reads no batch while
 * its window is full of batches that are read and not yet written, whether the workers are slow or the
 * output is; and readBatches (src/cli/lines.ts) holds one chunk and one unfinished line, not the stream.
 * No clock and no memory figure: promises that the test settles by hand, turns of the event loop between.
 */
import { describe, expect, it } from 'vitest';
import { streamInOrder } from '../../src/cli/jsonl.js';
import { decodeLines, readBatches } from '../../src/cli/lines.js';
import type { Batch } from '../../src/cli/records.js';

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
  reject(error: Error): void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

/** Lets every promise chain that can move on do so (a few turns of the event loop). */
async function settle(): Promise<void> {
  for (let turn = 0; turn < 5; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

const batch = (index: number): Batch => ({ firstLine: index + 1, lineCount: 1, bytes: new Uint8Array(0), inputBytes: 0 });

/** An input of `total` batches that counts how many have been read. */
function counted(total: number) {
  const input = { reads: 0, read: async (): Promise<IteratorResult<Batch>> => (input.reads < total ? { done: false, value: batch(input.reads++) } : { done: true, value: undefined }) };
  return input;
}

describe('streamInOrder: the window between reader, workers and writer', () => {
  it('stops reading while the window is full of unfinished batches, and writes in input order', async () => {
    const input = counted(8);
    const work: Deferred<string>[] = [];
    const written: string[] = [];
    const running = streamInOrder(
      input.read,
      () => {
        const job = deferred<string>();
        work.push(job);
        return job.promise;
      },
      async (_batch, result) => {
        written.push(result);
      },
      3,
    );

    await settle();
    expect([input.reads, work.length, written]).toEqual([3, 3, []]); // the reader waits

    // Later batches finishing first free nothing: the oldest is written first.
    work[2].resolve('c');
    work[1].resolve('b');
    await settle();
    expect([input.reads, written]).toEqual([3, []]);

    work[0].resolve('a');
    await settle();
    expect(written).toEqual(['a', 'b', 'c']);
    expect(input.reads).toBe(6); // three written, three more read: never more than three in hand

    for (const [index, job] of work.entries()) job.resolve(String.fromCharCode(97 + index));
    await settle();
    for (const [index, job] of work.entries()) job.resolve(String.fromCharCode(97 + index));
    await running;
    expect(written).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(input.reads).toBe(8);
  });

  it('stops reading while the writer waits (stdout full), though the workers are done', async () => {
    const input = counted(6);
    const writes: Deferred<void>[] = [];
    const running = streamInOrder(input.read, async (b) => b.firstLine, () => {
      const write = deferred<void>();
      writes.push(write);
      return write.promise;
    }, 2);

    await settle();
    expect(writes).toHaveLength(1); // writing the first batch, which waits for 'drain'
    expect(input.reads).toBeLessThanOrEqual(2);
    const readsWhileBlocked = input.reads;
    await settle();
    expect(input.reads).toBe(readsWhileBlocked);

    while (writes.length < 6) {
      writes[writes.length - 1].resolve();
      await settle();
    }
    writes[5].resolve();
    await running;
    expect(input.reads).toBe(6);
  });

  it('writes every batch read before a failed read, then reports the failure', async () => {
    let reads = 0;
    const written: number[] = [];
    const failing = async (): Promise<IteratorResult<Batch>> => {
      if (reads === 3) throw new Error('disk gone');
      return { done: false, value: batch(reads++) };
    };
    await expect(streamInOrder(failing, async (b) => b.firstLine, async (_b, line) => void written.push(line), 8)).rejects.toThrow('disk gone');
    expect(written).toEqual([1, 2, 3]);
  });
});

async function* chunks(...pieces: string[]): AsyncGenerator<Uint8Array> {
  for (const piece of pieces) yield Buffer.from(piece, 'utf8');
}

async function collect(stream: AsyncIterable<Uint8Array>): Promise<Batch[]> {
  const batches: Batch[] = [];
  for await (const read of readBatches(stream)) batches.push(read);
  return batches;
}

describe('readBatches and decodeLines', () => {
  it('gives one batch per chunk that ends a line, numbering lines across chunks', async () => {
    const batches = await collect(chunks('"a"\n"b', '"\n"c"\n"d', 'e"', '\n"f"'));
    expect(batches.map(({ firstLine, lineCount, inputBytes }) => [firstLine, lineCount, inputBytes])).toEqual([
      [1, 1, 6],
      [2, 2, 8],
      [4, 1, 6],
      [5, 1, 0], // its bytes were read with the chunk before
    ]);
    expect(batches.flatMap(decodeLines)).toEqual(['"a"', '"b"', '"c"', '"de"', '"f"']);
  });

  it('copies what it keeps, so a stream may reuse its chunk', async () => {
    const shared = Buffer.from('"x"\n"y', 'utf8');
    async function* reusing(): AsyncGenerator<Uint8Array> {
      yield shared;
      shared.write('"z"\n"w', 'utf8'); // the same memory, overwritten for the next read
      yield Buffer.from('"\n', 'utf8');
    }
    const batches = await collect(reusing());
    expect(batches.flatMap(decodeLines)).toEqual(['"x"', '"y"']);
  });

  it('drops a byte order mark before the first line, and names a line that is not UTF-8', () => {
    const bytes = Buffer.concat([Buffer.from('\uFEFF"a"\n', 'utf8'), Buffer.from('"caf\xe9"\n', 'latin1'), Buffer.from('"b"', 'utf8')]);
    expect(decodeLines({ firstLine: 1, lineCount: 3, bytes, inputBytes: bytes.length })).toEqual(['"a"', { error: 'not valid UTF-8' }, '"b"']);
    const valid = Buffer.from('\uFEFF"a"\n"b"\n', 'utf8');
    expect(decodeLines({ firstLine: 1, lineCount: 2, bytes: valid, inputBytes: valid.length })).toEqual(['"a"', '"b"']);
    // Not the first line of the input: the mark is text.
    expect(decodeLines({ firstLine: 9, lineCount: 1, bytes: valid.subarray(0, 7), inputBytes: 7 })).toEqual(['\uFEFF"a"']);
  });
});
