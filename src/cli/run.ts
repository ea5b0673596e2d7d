/**
 * `dhad` command line: parses arguments, reads input, runs a command from the table in commands.ts,
 * writes its output. User errors are one line on stderr with exit code 1 or 2; anything else is a bug
 * and prints its stack (exit code 70).
 */
import { readFile } from 'node:fs/promises';
import { version } from '../../package.json';
import { optionSynopsis, parseArguments, type OptionSpecs, type OptionValues } from './args.js';
import { commands, toJson, type Command } from './commands.js';
import { EXIT, InputError, UsageError, isUserError } from './errors.js';
import { runJsonl } from './jsonl.js';

/** Where the CLI reads and writes; `process` by default. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Options of every command: JSONL in and out, in parallel. */
export const pipelineOptions: OptionSpecs = {
  jsonl: {
    kind: 'flag',
    description: 'input is JSON Lines ({"text": …, …} or "…" per line); each output line adds the result',
  },
  workers: {
    kind: 'integer',
    min: 1,
    max: 256,
    placeholder: 'N',
    description: 'with --jsonl: worker threads (default: one per core; 1 for input under 64 KB)',
  },
  'skip-errors': {
    kind: 'flag',
    description: 'with --jsonl: write {"error": …, "line": n} for a bad line and go on (default: stop, exit 2)',
  },
  quiet: { kind: 'flag', description: 'no progress bar (shown with --jsonl on a file when stderr is a terminal)' },
};

const commandNames = Object.keys(commands);

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - text.length));
}

/** Splits `text` at spaces into lines of at most `width` characters, each starting with `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line.length > 0 && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line.length > 0 ? `${line} ${word}` : word;
    }
  }
  if (line.length > 0) lines.push(indent + line);
  return lines;
}

export function mainHelp(): string {
  const width = Math.max(...commandNames.map((name) => name.length)) + 3;
  return [
    `dhad ${version}: Arabic text processing`,
    '',
    'Usage: dhad <command> [file|-] [options]',
    '       dhad <command> --help',
    '',
    'Reads the file, or standard input when no file or - is given (UTF-8), and writes to standard output.',
    '',
    'With --jsonl every command reads JSON Lines, one document per line: {"text": "…", …} (other fields are',
    'passed through as they are) or a JSON string. It writes one line per input line, in input order: the',
    'object with the command\'s result added under the command\'s key (a field of that name is replaced):',
    ...wrap(commandNames.map((name) => `${commands[name].key} (${name})`).join(', ') + '.', 100, '  '),
    '--workers N runs N worker threads; --skip-errors writes {"error": …, "line": n} for a malformed line',
    'instead of stopping.',
    '',
    'Commands:',
    ...commandNames.map((name) => `  ${pad(name, width)}${commands[name].summary}`),
    '',
    'Options:',
    '  -h, --help     show this help, or a command\'s help after the command',
    '  -v, --version  show the version',
    '',
    'Exit codes:',
    `  ${pad(String(EXIT.ok), 4)}success (also for empty input, which gives empty output)`,
    `  ${pad(String(EXIT.usage), 4)}usage error: unknown command or option, bad option value, no input`,
    `  ${pad(String(EXIT.input), 4)}input error: the file cannot be read, the input is not UTF-8, or (--jsonl) a line is`,
    `  ${pad('', 4)}not a JSON object with a text string: every line before it has been written`,
    `  ${pad(String(EXIT.internal), 4)}internal error: a bug in dhad (the stack is printed; please report it)`,
    '',
    'Examples:',
    '  dhad analyze corpus/article.txt',
    '  echo "..." | dhad normalize --preset search',
    '  dhad ner --format html article.txt > entities.html',
    '  dhad summarize --words 60 --format json article.txt',
    '  dhad analyze --jsonl --workers 4 news.jsonl > analyzed.jsonl',
    '',
  ].join('\n');
}

export function commandHelp(name: string, command: Command): string {
  const list = (specs: OptionSpecs) => Object.entries(specs).map(([option, spec]) => [optionSynopsis(option, spec), spec.description] as const);
  const own = [...list(command.options), ['-h, --help', 'show this help'] as const];
  const pipeline = list(pipelineOptions);
  const width = Math.max(...[...own, ...pipeline].map(([flag]) => flag.length)) + 3;
  const show = (rows: readonly (readonly [string, string])[]) => rows.map(([flag, description]) => `  ${pad(flag, width)}${description}`);
  const exampleOutput = output(command, command.example, defaults(command)).trimEnd();
  return [
    `Usage: dhad ${name} ${command.usage}`,
    `       dhad ${name} --jsonl [file|-] [--workers N] [--skip-errors] [--quiet]`,
    '',
    command.summary + '.',
    ...(command.details ?? []),
    `With --jsonl, each output line is the input object plus "${command.key}": the result as --format json prints it.`,
    '',
    'Options:',
    ...show(own),
    '',
    'JSONL options (every command):',
    ...show(pipeline),
    '',
    'Example:',
    `  $ echo '${command.example}' | dhad ${name}`,
    ...exampleOutput.split('\n').map((line) => `  ${line}`),
    '',
  ].join('\n');
}

function defaults(command: Command): OptionValues {
  return parseArguments([], command.options, '').options;
}

/** The output for a whole input: the JSON document, or the command's rendering of its result. */
function output(command: Command, text: string, options: OptionValues): string {
  const result = command.compute(text, options);
  return options.format === 'json' ? toJson(result) : command.render(result, text, options);
}

function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
  }
  return Buffer.concat(chunks);
}

async function readInput(file: string | undefined, io: Io): Promise<string> {
  let bytes: Uint8Array;
  let source: string;
  if (file === undefined || file === '-') {
    if (file === undefined && io.stdin.isTTY) {
      throw new UsageError("no input: give a file, pipe text in, or use '-' to type it");
    }
    source = 'standard input';
    bytes = await readStream(io.stdin);
  } else {
    source = `'${file}'`;
    try {
      bytes = await readFile(file);
    } catch (error) {
      throw new InputError(`cannot read ${source}: ${describeReadError(error)}`);
    }
  }
  try {
    // fatal: invalid bytes are an error rather than silently becoming U+FFFD. A leading BOM is dropped.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${source} is not valid UTF-8`);
  }
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.write(text, (error) => {
      // A reader that went away (`dhad normalize big.txt | head`) is not an error.
      if (error && (error as NodeJS.ErrnoException).code !== 'EPIPE') reject(error);
      else resolve();
    });
  });
}

/** Runs the command line `args` (without `node` and the script). Throws user errors (see handleError). */
export async function main(args: readonly string[], io: Io = process): Promise<void> {
  const [first, ...rest] = args;
  if (first === undefined) throw new UsageError("missing command (see 'dhad --help')");
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = rest[0];
    if (first === 'help' && topic !== undefined && Object.hasOwn(commands, topic)) {
      return write(io.stdout, commandHelp(topic, commands[topic]));
    }
    return write(io.stdout, mainHelp());
  }
  if (first === '--version' || first === '-v' || first === '-V') return write(io.stdout, `${version}\n`);
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}' (see 'dhad --help')`);
  if (!Object.hasOwn(commands, first)) {
    throw new UsageError(`unknown command '${first}'; commands: ${commandNames.join(', ')}`);
  }

  const command = commands[first];
  const parsed = parseArguments(rest, { ...command.options, ...pipelineOptions }, first);
  if (parsed.help) return write(io.stdout, commandHelp(first, command));
  if (parsed.positionals.length > 1) {
    throw new UsageError(`'${first}' reads one file, found ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  }
  const { options } = parsed;
  for (const jsonlOnly of ['workers', 'skip-errors']) {
    if (!options.jsonl && parsed.given.includes(jsonlOnly)) throw new UsageError(`option '--${jsonlOnly}' needs --jsonl`);
  }
  if (options.jsonl && parsed.given.includes('format')) {
    throw new UsageError(`option '--format' does not apply with --jsonl (each line gets the result as JSON)`);
  }
  command.check?.(options);

  if (options.jsonl) {
    return runJsonl(first, command, options, parsed.positionals[0], io, {
      workers: options.workers as number | undefined,
      skipErrors: options['skip-errors'] === true,
      quiet: options.quiet === true,
    });
  }
  const text = await readInput(parsed.positionals[0], io);
  if (text.length === 0) return;
  await write(io.stdout, output(command, text, options));
}

/** Reports an error from `main`: one line for user errors, the stack for anything else; sets the exit code. */
export function handleError(error: unknown, io: Pick<Io, 'stderr'> = process): void {
  if (isUserError(error)) {
    io.stderr.write(`dhad: ${error.message}\n`);
    process.exitCode = error.exitCode;
    return;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.stderr.write(`dhad: internal error (please report it at the project's issue tracker)\n${detail}\n`);
  process.exitCode = EXIT.internal;
}
