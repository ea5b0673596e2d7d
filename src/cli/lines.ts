/**
 * Lines of a JSONL byte stream. The reader (main thread) cuts the stream into batches of whole lines
 * without decoding them: one batch per chunk read that completes a line, holding at most one chunk plus
 * one unfinished line. Whoever processes a batch (a worker thread, or the main thread with one worker)
 * decodes it. Lines are split on the byte 0x0A (it never occurs inside a multi-byte UTF-8 character), and a
 * line that is not valid UTF-8 is reported with its line number.
 */
import { isUtf8 } from 'node:buffer';
import type { Batch, InputLine } from './records.js';

const LINE_FEED = 0x0a;
const BYTE_ORDER_MARK = 0xfeff;

function countLineFeeds(bytes: Uint8Array, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(LINE_FEED); at !== -1 && at < end; at = bytes.indexOf(LINE_FEED, at + 1)) count++;
  return count;
}

/** Every chunk of `stream` that completes at least one line gives one batch: the bytes of the lines it completes. */
export async function* readBatches(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Batch> {
  let unfinished: Uint8Array[] = []; // pieces of the line that the chunks so far have not ended
  let unfinishedLength = 0;
  let lineNumber = 1;
  let inputBytes = 0;
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    inputBytes += chunk.length;
    const lastLineFeed = chunk.lastIndexOf(LINE_FEED);
    if (lastLineFeed === -1) {
      // Copied: a stream may reuse the memory of its chunks.
      unfinished.push(new Uint8Array(chunk));
      unfinishedLength += chunk.length;
      continue;
    }
    // The batch is a copy of its own, so that it can be handed to a worker while the stream reads on.
    const bytes = new Uint8Array(unfinishedLength + lastLineFeed + 1);
    let offset = 0;
    for (const part of unfinished) {
      bytes.set(part, offset);
      offset += part.length;
    }
    bytes.set(chunk.subarray(0, lastLineFeed + 1), offset);
    const lineCount = countLineFeeds(chunk, lastLineFeed + 1);
    yield { firstLine: lineNumber, lineCount, bytes, inputBytes };
    lineNumber += lineCount;
    inputBytes = 0;
    // Copy the tail: it must not keep the whole chunk alive while later chunks arrive.
    unfinished = lastLineFeed + 1 < chunk.length ? [new Uint8Array(chunk.subarray(lastLineFeed + 1))] : [];
    unfinishedLength = chunk.length - lastLineFeed - 1;
  }
  // The last line may have no line feed.
  if (unfinishedLength > 0) {
    const bytes = new Uint8Array(unfinishedLength);
    let offset = 0;
    for (const part of unfinished) {
      bytes.set(part, offset);
      offset += part.length;
    }
    yield { firstLine: lineNumber, lineCount: 1, bytes, inputBytes };
  }
}

function decodeLine(bytes: Uint8Array, isFirst: boolean): InputLine {
  let view = bytes;
  // A byte order mark before the first line is not part of the text.
  if (isFirst && view.length >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3);
  return isUtf8(view) ? Buffer.from(view.buffer, view.byteOffset, view.byteLength).toString('utf8') : { error: 'not valid UTF-8' };
}

/** The lines of a batch as text, or why a line cannot be read. */
export function decodeLines(batch: Batch): InputLine[] {
  const { bytes } = batch;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) {
    // The common case: the whole batch is valid, decoded at once.
    let text = buffer.toString('utf8');
    if (batch.firstLine === 1 && text.charCodeAt(0) === BYTE_ORDER_MARK) text = text.slice(1);
    const lines = text.split('\n');
    if (bytes[bytes.length - 1] === LINE_FEED) lines.pop(); // the empty string after the last line feed
    return lines;
  }
  const lines: InputLine[] = [];
  let from = 0;
  while (from < bytes.length) {
    let end = bytes.indexOf(LINE_FEED, from);
    if (end === -1) end = bytes.length;
    lines.push(decodeLine(bytes.subarray(from, end), batch.firstLine === 1 && from === 0));
    from = end + 1;
  }
  return lines;
}
