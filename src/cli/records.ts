/**
 * One JSONL record in, one out: the input line is a JSON object with a `text` string (its other fields are
 * passed through byte for byte) or a JSON string; the output line is that object plus the command's result
 * under the command's key (`entities`, `summary`, `analysis`, …). Runs in worker threads and in the main
 * thread alike: a batch of lines comes in as bytes and its output goes out as bytes, so that the main
 * thread, which only reads and writes, neither decodes nor builds strings.
 */
import type { OptionValues } from './args.js';
import type { Command } from './commands.js';
import { decodeLines } from './lines.js';

/** A line that could not be processed: its 1-based number and why. */
export interface LineError {
  line: number;
  error: string;
}

/** A line as read: its text, or why it could not be decoded. */
export type InputLine = string | { error: string };

/** An output line (without its newline) or the error for that input line. */
export type LineResult = string | LineError;

/** A run of consecutive input lines, the unit of work handed to a worker. */
export interface Batch {
  /** The number of the first line, counting from 1. */
  firstLine: number;
  /** How many lines. */
  lineCount: number;
  /** The lines as read (UTF-8, not yet checked), each ended by a line feed but perhaps the input's last. */
  bytes: Uint8Array;
  /** Bytes of input read to make this batch (for the progress bar). */
  inputBytes: number;
}

/** What a batch gives: its output lines, or those before its first bad line and that line's error. */
export interface BatchResult {
  /** Output lines, UTF-8, each ended by a line feed. */
  output: Uint8Array;
  /** Without --skip-errors, the first bad line: `output` holds the lines before it, and the batch stopped there. */
  error?: LineError;
}

function describeJsonValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}

/** At most one line of at most 200 characters: messages end up on one line of stderr. */
function oneLine(message: string): string {
  const flat = message.replace(/[\r\n]+/gu, ' ');
  return flat.length > 200 ? flat.slice(0, 199) + '…' : flat;
}

export function processLine(command: Command, options: OptionValues, line: string, lineNumber: number): LineResult {
  const fail = (error: string): LineError => ({ line: lineNumber, error });
  const raw = line.trim();
  if (raw.length === 0) return fail('empty line; expected a JSON object with a `text` string, or a JSON string');
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return fail(`not valid JSON (${oneLine(error instanceof Error ? error.message : String(error))})`);
  }
  const key = JSON.stringify(command.key);
  if (typeof value === 'string') {
    // `raw` is the string's own JSON literal: reuse it rather than escaping the text again.
    return `{"text":${raw},${key}:${JSON.stringify(command.compute(value, options))}}`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return fail(`expected a JSON object with a \`text\` string, or a JSON string; found ${describeJsonValue(value)}`);
  }
  const record = value as Record<string, unknown>;
  if (!Object.hasOwn(record, 'text')) return fail('the object has no `text` field');
  if (typeof record.text !== 'string') return fail(`\`text\` is ${describeJsonValue(record.text)}, expected a string`);
  const result = command.compute(record.text, options);
  if (Object.hasOwn(record, command.key)) {
    // The input already has a field of that name: it is replaced (re-serializing the object).
    record[command.key] = result;
    return JSON.stringify(record);
  }
  // Splice the result in before the closing brace, so that every input field (a 20-digit id, 1.0, the
  // order of keys) comes out exactly as it came in. An object with a `text` field is never `{}`.
  return `${raw.slice(0, -1)},${key}:${JSON.stringify(result)}}`;
}

const encoder = new TextEncoder();

/**
 * The output of a batch. A bad line stops it (its error is returned with the lines before it), or with
 * `skipErrors` is written as `{"error": …, "line": n}` in its place.
 */
export function processBatch(command: Command, options: OptionValues, batch: Batch, skipErrors: boolean): BatchResult {
  const lines = decodeLines(batch);
  let out = '';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const lineNumber = batch.firstLine + index;
    const result = typeof line === 'string' ? processLine(command, options, line, lineNumber) : { line: lineNumber, error: line.error };
    if (typeof result === 'string') out += result + '\n';
    else if (skipErrors) out += JSON.stringify({ error: result.error, line: result.line }) + '\n';
    else return { output: encoder.encode(out), error: result };
  }
  return { output: encoder.encode(out) };
}
