/**
 * `dhad` command line: parses arguments, reads input, runs a command from the table in commands.ts,
 * writes its output. User errors are one line on stderr with exit code 1 or 2; anything else is a bug
 * and prints its stack (exit code 70).
 */
import { readFile } from 'node:fs/promises';
import { version } from '../../package.json';
import { parseArguments } from './args.js';
import { commands, type Command } from './commands.js';
import { EXIT, InputError, UsageError, isUserError } from './errors.js';

/** Where the CLI reads and writes; `process` by default. */
export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

const commandNames = Object.keys(commands);

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(1, width - text.length));
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
    `  ${pad(String(EXIT.input), 4)}input error: the file cannot be read, or the input is not UTF-8`,
    `  ${pad(String(EXIT.internal), 4)}internal error: a bug in dhad (the stack is printed; please report it)`,
    '',
    'Examples:',
    '  dhad normalize corpus/article.txt',
    '  echo "..." | dhad normalize --preset search',
    '  dhad detect --format json article.txt',
    '',
  ].join('\n');
}

export function commandHelp(name: string, command: Command): string {
  const options = Object.entries(command.options).map(([option, spec]) => {
    const flag = spec.kind === 'flag' ? `--${option}` : `--${option} ${spec.values.join('|')}`;
    return [flag, spec.description] as const;
  });
  options.push(['-h, --help', 'show this help']);
  const width = Math.max(...options.map(([flag]) => flag.length)) + 3;
  const exampleOutput = command.run(command.example, defaults(command)).trimEnd();
  return [
    `Usage: dhad ${name} ${command.usage}`,
    '',
    command.summary + '.',
    ...(command.details ?? []),
    '',
    'Options:',
    ...options.map(([flag, description]) => `  ${pad(flag, width)}${description}`),
    '',
    'Example:',
    `  $ echo '${command.example}' | dhad ${name}`,
    ...exampleOutput.split('\n').map((line) => `  ${line}`),
    '',
  ].join('\n');
}

function defaults(command: Command): Record<string, string | boolean> {
  return parseArguments([], command.options, '').options;
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
  const parsed = parseArguments(rest, command.options, first);
  if (parsed.help) return write(io.stdout, commandHelp(first, command));
  if (parsed.positionals.length > 1) {
    throw new UsageError(`'${first}' reads one file, found ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  }
  const text = await readInput(parsed.positionals[0], io);
  if (text.length === 0) return;
  await write(io.stdout, command.run(text, parsed.options));
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
