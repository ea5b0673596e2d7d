/**
 * Argument checks shared by every public function, so that errors read the same everywhere:
 * "dhad.tokenize: expected `text` to be a string, found number".
 */

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return `string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return `${typeof value} ${String(value)}`;
  return typeof value;
}

function listOf(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? `'${v}'` : String(v))).join(', ');
}

/** Throws a TypeError unless `value` is a string. */
export function expectString(value: unknown, name: string, fn: string): asserts value is string {
  if (typeof value !== 'string') {
    throw new TypeError(`dhad.${fn}: expected \`${name}\` to be a string, found ${describe(value)}`);
  }
}

/**
 * Checks an options argument: `undefined` gives `{}`; anything but a plain object is a TypeError;
 * a key outside `allowed` is a RangeError that lists the allowed keys.
 */
export function expectOptionsObject<T extends object>(
  value: unknown,
  name: string,
  fn: string,
  allowed: readonly string[],
): Partial<T> {
  if (value === undefined) return {};
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new TypeError(`dhad.${fn}: expected \`${name}\` to be an object, found ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw new RangeError(`dhad.${fn}: unknown option \`${key}\` in \`${name}\`; allowed: ${listOf(allowed)}`);
    }
  }
  return value as Partial<T>;
}

/** Throws a RangeError unless `value` is one of `allowed`. */
export function expectOneOf<T>(value: unknown, name: string, fn: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) {
    throw new RangeError(`dhad.${fn}: expected \`${name}\` to be one of ${listOf(allowed)}, found ${describe(value)}`);
  }
  return value as T;
}

/** Throws a TypeError for a non-boolean. */
export function expectBoolean(value: unknown, name: string, fn: string): boolean {
  if (typeof value !== 'boolean') {
    throw new TypeError(`dhad.${fn}: expected \`${name}\` to be a boolean, found ${describe(value)}`);
  }
  return value;
}

/** Throws a RangeError unless `value` is an integer within [min, max]. */
export function expectInteger(
  value: unknown,
  name: string,
  fn: string,
  { min = -Infinity, max = Infinity }: { min?: number; max?: number } = {},
): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `>= ${min}` : `from ${min} to ${max}`;
    throw new RangeError(`dhad.${fn}: expected \`${name}\` to be an integer ${range}, found ${describe(value)}`);
  }
  return value;
}

/** Throws a RangeError unless `value` is a finite number in the range. */
export function expectNumberInRange(
  value: unknown,
  name: string,
  fn: string,
  { min, max, minExclusive = false }: { min: number; max: number; minExclusive?: boolean },
): number {
  const ok =
    typeof value === 'number' && Number.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
  if (!ok) {
    const range = `${minExclusive ? '>' : '>='} ${min} and <= ${max}`;
    throw new RangeError(`dhad.${fn}: expected \`${name}\` to be a number ${range}, found ${describe(value)}`);
  }
  return value as number;
}
