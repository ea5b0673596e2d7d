/** Exit codes of the `dhad` command, listed in `dhad --help`. */
export const EXIT = {
  ok: 0,
  /** Bad command line: unknown command or option, missing or invalid option value. */
  usage: 1,
  /** Bad input: a file that cannot be read, input that is not UTF-8, a malformed line with --jsonl. */
  input: 2,
  /** A bug in dhad (sysexits' EX_SOFTWARE): printed with its stack. */
  internal: 70,
} as const;

/** A mistake on the command line: reported as one line, exit code 1. */
export class UsageError extends Error {
  override name = 'UsageError';
  readonly exitCode = EXIT.usage;
}

/** Input that cannot be read or decoded: reported as one line, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
  readonly exitCode = EXIT.input;
}

export type UserError = UsageError | InputError;

export function isUserError(error: unknown): error is UserError {
  return error instanceof UsageError || error instanceof InputError;
}
