/**
 * Reads a byte stream as batches of lines without ever holding more than one chunk plus one unfinished
 * line. Lines are split on the byte 0x0A (it never occurs inside a multi-byte UTF-8 character), then each
 * line is checked and decoded on its own, so a bad byte is reported with its line number.
 */
import { isUtf8 } from 'node:buffer';
import type { Batch, InputLine } from './records.js';

const LINE_FEED = 0x0a;

function decodeLine(bytes: Buffer, isFirst: boolean): InputLine {
  let view = bytes;
  // A byte order mark before the first line is not part of the text.
  if (isFirst && view.length >= 3 && view[0] === 0xef && view[1] === 0xbb && view[2] === 0xbf) view = view.subarray(3);
  return isUtf8(view) ? view.toString('utf8') : { error: 'not valid UTF-8' };
}

/** Every chunk of `stream` that completes at least one line gives one batch: the lines it completes. */
export async function* readBatches(stream: AsyncIterable<Buffer | string>): AsyncGenerator<Batch> {
  let unfinished: Buffer[] = []; // pieces of the line that the chunks so far have not ended
  let lineNumber = 1;
  let pendingBytes = 0;
  for await (const piece of stream) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
    pendingBytes += chunk.length;
    const lines: InputLine[] = [];
    const firstLine = lineNumber;
    let from = 0;
    for (let newline = chunk.indexOf(LINE_FEED); newline !== -1; newline = chunk.indexOf(LINE_FEED, from)) {
      let bytes = chunk.subarray(from, newline);
      if (unfinished.length > 0) {
        bytes = Buffer.concat([...unfinished, bytes]);
        unfinished = [];
      }
      lines.push(decodeLine(bytes, lineNumber === 1));
      lineNumber++;
      from = newline + 1;
    }
    // Copy the tail: it must not keep the whole chunk alive while later chunks arrive.
    if (from < chunk.length) unfinished.push(Buffer.from(chunk.subarray(from)));
    if (lines.length > 0) {
      yield { firstLine, lines, bytes: pendingBytes };
      pendingBytes = 0;
    }
  }
  // The last line may have no line feed.
  if (unfinished.length > 0) {
    yield { firstLine: lineNumber, lines: [decodeLine(Buffer.concat(unfinished), lineNumber === 1)], bytes: pendingBytes };
  }
}
