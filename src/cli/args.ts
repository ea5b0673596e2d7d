import { UsageError } from './errors.js';

/**
 * An option a command accepts: `--name value` (or `--name=value`) with one of `values`, a number, or a
 * `--flag`. Numbers are checked here so that a bad value is a usage error (exit 1) before any input is read.
 */
export type OptionSpec =
  | { kind: 'choice'; values: readonly string[]; default: string; description: string }
  | { kind: 'integer'; min: number; max?: number; placeholder: string; description: string }
  | { kind: 'number'; min: number; max: number; minExclusive?: boolean; placeholder: string; description: string }
  | { kind: 'flag'; description: string };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

/** An option's value: a choice, a number (undefined when not given), or whether a flag was given. */
export type OptionValue = string | number | boolean | undefined;
export type OptionValues = Readonly<Record<string, OptionValue>>;

export interface ParsedArguments {
  /** Arguments that are not options, in order; `-` stands for standard input. */
  positionals: string[];
  /** Every option of the spec: its value, its default, or for a flag whether it was given. */
  options: Record<string, OptionValue>;
  /** The options given on the command line (not defaults), in order. */
  given: string[];
  /** Whether `--help` or `-h` was given. */
  help: boolean;
}

/** How an option is shown in help: `--format text|json`, `--workers N`, `--quiet`. */
export function optionSynopsis(name: string, spec: OptionSpec): string {
  if (spec.kind === 'flag') return `--${name}`;
  if (spec.kind === 'choice') return `--${name} ${spec.values.join('|')}`;
  return `--${name} ${spec.placeholder}`;
}

function parseNumber(name: string, spec: Extract<OptionSpec, { kind: 'integer' | 'number' }>, value: string): number {
  // Number('') is 0 and Number('0x10') is 16: accept only plain decimal notation.
  const plain = spec.kind === 'integer' ? /^\+?[0-9]+$/u : /^\+?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$/u;
  const number = Number(value);
  const max = spec.max ?? Infinity;
  const aboveMin = spec.kind === 'number' && spec.minExclusive ? number > spec.min : number >= spec.min;
  if (!plain.test(value) || !Number.isFinite(number) || !aboveMin || number > max) {
    const range =
      spec.kind === 'integer'
        ? `an integer ≥ ${spec.min}${spec.max === undefined ? '' : ` and ≤ ${spec.max}`}`
        : `a number ${spec.minExclusive ? '>' : '≥'} ${spec.min} and ≤ ${max}`;
    throw new UsageError(`invalid value '${value}' for '--${name}'; expected ${range}`);
  }
  return number;
}

/**
 * Parses the arguments after the command name. Options may come before or after positionals;
 * `--` ends options. No abbreviations, no bundling: what is not in `specs` is a UsageError.
 */
export function parseArguments(args: readonly string[], specs: OptionSpecs, command: string): ParsedArguments {
  const positionals: string[] = [];
  const options: Record<string, OptionValue> = {};
  const given: string[] = [];
  let help = false;
  for (const [name, spec] of Object.entries(specs)) {
    options[name] = spec.kind === 'flag' ? false : spec.kind === 'choice' ? spec.default : undefined;
  }

  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    if (arg === '--') {
      positionals.push(...args.slice(index + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    if (!arg.startsWith('--')) throw new UsageError(`unknown option '${arg}' for '${command}' (see 'dhad ${command} --help')`);

    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals === -1 ? undefined : equals);
    const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
    if (spec === undefined) throw new UsageError(`unknown option '--${name}' for '${command}' (see 'dhad ${command} --help')`);
    if (given.includes(name)) throw new UsageError(`option '--${name}' is given twice`);
    given.push(name);

    if (spec.kind === 'flag') {
      if (equals !== -1) throw new UsageError(`option '--${name}' takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (index + 1 < args.length) value = args[++index];
    if (spec.kind === 'choice') {
      if (value === undefined) throw new UsageError(`option '--${name}' needs a value: ${spec.values.join(', ')}`);
      if (!spec.values.includes(value)) {
        throw new UsageError(`invalid value '${value}' for '--${name}'; expected one of: ${spec.values.join(', ')}`);
      }
      options[name] = value;
    } else {
      if (value === undefined) throw new UsageError(`option '--${name}' needs a value: ${spec.placeholder}`);
      options[name] = parseNumber(name, spec, value);
    }
  }
  return { positionals, options, given, help };
}
