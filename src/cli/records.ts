/**
 * One JSONL record in, one out: the input line is a JSON object with a `text` string (its other fields are
 * passed through byte for byte) or a JSON string; the output line is that object plus the command's result
 * under the command's key (`entities`, `summary`, `analysis`, …). Runs in worker threads and in the main
 * thread alike, so it imports nothing from Node.
 */
import type { OptionValues } from './args.js';
import type { Command } from './commands.js';

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
  lines: InputLine[];
  /** Bytes of input read to make this batch (for the progress bar). */
  bytes: number;
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

export function processBatch(command: Command, options: OptionValues, batch: Batch): LineResult[] {
  return batch.lines.map((line, index) => {
    const lineNumber = batch.firstLine + index;
    return typeof line === 'string' ? processLine(command, options, line, lineNumber) : { line: lineNumber, error: line.error };
  });
}
