import { UsageError } from './errors.js';

/** An option a command accepts: `--name value` (or `--name=value`) with one of `values`, or a `--flag`. */
export type OptionSpec =
  | { kind: 'choice'; values: readonly string[]; default: string; description: string }
  | { kind: 'flag'; description: string };

export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

export interface ParsedArguments {
  /** Arguments that are not options, in order; `-` stands for standard input. */
  positionals: string[];
  /** Every option of the spec: its value, its default, or for a flag whether it was given. */
  options: Record<string, string | boolean>;
  /** Whether `--help` or `-h` was given. */
  help: boolean;
}

/**
 * Parses the arguments after the command name. Options may come before or after positionals;
 * `--` ends options. No abbreviations, no bundling: what is not in `specs` is a UsageError.
 */
export function parseArguments(args: readonly string[], specs: OptionSpecs, command: string): ParsedArguments {
  const positionals: string[] = [];
  const options: Record<string, string | boolean> = {};
  let help = false;
  for (const [name, spec] of Object.entries(specs)) options[name] = spec.kind === 'flag' ? false : spec.default;

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

    if (spec.kind === 'flag') {
      if (equals !== -1) throw new UsageError(`option '--${name}' takes no value`);
      options[name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else if (index + 1 < args.length) value = args[++index];
    if (value === undefined) throw new UsageError(`option '--${name}' needs a value: ${spec.values.join(', ')}`);
    if (!spec.values.includes(value)) {
      throw new UsageError(`invalid value '${value}' for '--${name}'; expected one of: ${spec.values.join(', ')}`);
    }
    options[name] = value;
  }
  return { positionals, options, help };
}
