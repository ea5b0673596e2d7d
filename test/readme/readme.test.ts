/**
 * The README cannot drift: every example in it that shows a result is run, and the result it shows is
 * compared with what the code returns (examples.ts says how examples are written). A failure names the
 * README line and prints what the code returns now, in the README's notation, ready to paste.
 *
 * JavaScript examples run against the sources (`dhad` is aliased to src/, like every test); the CLI ones run
 * the built `dist/cli.js` (`npm test` builds first) in a shell, `npx dhad` replaced by it.
 */
import { exec } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import natural from 'natural';
import * as dhad from 'dhad';
import * as dhadCorpus from 'dhad/corpus';
import * as dhadNatural from 'dhad/natural';
import * as dhadVitest from 'dhad/vitest';
import { cli, expectBuilt, root } from '../cli/helpers.js';
import { PARTIAL, formatValue, readExamples, type JsBlock, type ShownError } from './examples.js';

const run = promisify(exec);

/** What the README's examples may import. */
const MODULES: Record<string, Record<string, unknown>> = {
  dhad,
  'dhad/corpus': dhadCorpus,
  'dhad/natural': dhadNatural,
  'dhad/vitest': dhadVitest,
  natural: { default: natural, ...natural },
};

const readme = readExamples(readFileSync(join(root, 'README.md'), 'utf8'));

/** The README's imports as destructuring of MODULES (a block runs as the body of an async function). */
function withoutImports(program: string): string {
  return program
    .replace(/import\s*\{([^}]*)\}\s*from\s*'([^']+)';?/gu, (_, names: string, from: string) => `const {${names.replace(/\bas\b/gu, ':')}} = __module(${JSON.stringify(from)});`)
    .replace(/import\s+([A-Za-z_$][\w$]*)\s+from\s*'([^']+)';?/gu, (_, name: string, from: string) => `const ${name} = __module(${JSON.stringify(from)}).default;`)
    .replace(/import\s*'([^']+)';?/gu, (_, from: string) => `__module(${JSON.stringify(from)});`);
}

function moduleNamed(name: string): Record<string, unknown> {
  const found = MODULES[name];
  if (!found) throw new Error(`the README imports '${name}', which readme.test.ts does not provide`);
  return found;
}

/** The shown value as a matcher: `…` in an object means the keys shown, not only those. */
function asExpected(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(asExpected);
  if (typeof value === 'object' && value !== null) {
    const object = value as Record<string | symbol, unknown>;
    const entries = Object.fromEntries(Object.entries(object).map(([key, item]) => [key, asExpected(item)]));
    return object[PARTIAL] ? expect.objectContaining(entries) : entries;
  }
  return value;
}

type Outcome = { value: unknown } | { error: unknown };

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;

/**
 * A block as a function. Later blocks are fragments that use what the first one imports from 'dhad', so
 * dhad's exports are its parameters; the block's own code sits in a nested scope, where its imports (turned
 * into const declarations) may shadow them.
 */
function blockFunction(block: JsBlock): (record: (k: number, evaluate: () => unknown) => void) => Promise<void> {
  const names = Object.keys(dhad);
  const body = new AsyncFunction('__module', '__record', 'expect', ...names, `{\n${withoutImports(block.program)}\n}`);
  return (record) => body(moduleNamed, record, expect, ...names.map((name) => (dhad as Record<string, unknown>)[name]));
}

/** Runs a block; each example's value (or what it threw). */
async function runBlock(block: JsBlock): Promise<Map<number, Outcome>> {
  const outcomes = new Map<number, Outcome>();
  const record = (k: number, evaluate: () => unknown): void => {
    try {
      outcomes.set(k, { value: evaluate() });
    } catch (error) {
      outcomes.set(k, { error });
    }
  };
  try {
    await blockFunction(block)(record);
  } catch (error) {
    for (let k = 0; k < block.examples.length; k++) if (!outcomes.has(k)) outcomes.set(k, { error: new Error(`not reached: the block threw ${String(error)}`) });
  }
  return outcomes;
}

function checkShown(where: string, expression: string, shown: string, expected: unknown, outcome: Outcome | undefined, throws?: ShownError): void {
  if (outcome === undefined) throw new Error(`${where}: \`${expression}\` was never run`);
  if (throws) {
    const thrown = 'error' in outcome ? (outcome.error as Error) : undefined;
    const message = thrown?.message ?? '';
    const same =
      thrown?.name === throws.name && (throws.message === undefined || (throws.prefix ? message.startsWith(throws.message) : message === throws.message));
    const now = thrown ? `throws ${thrown.name}: ${message}` : `returns ${formatValue((outcome as { value: unknown }).value)}`;
    expect(same, `${where}: \`${expression}\` shows ${shown} but ${now}`).toBe(true);
    return;
  }
  if ('error' in outcome) throw new Error(`${where}: \`${expression}\` shows ${shown} but throws ${String(outcome.error)}`);
  expect(outcome.value, `${where}: \`${expression}\` shows a result the code no longer returns. It returns now:\n${formatValue(outcome.value)}\n`).toEqual(
    asExpected(expected),
  );
}

describe('README.md: JavaScript examples show what the code returns', () => {
  it('has examples to check (the reader found them)', () => {
    expect(readme.blocks.reduce((count, block) => count + block.examples.length, 0)).toBeGreaterThanOrEqual(20);
  });

  for (const block of readme.blocks.filter((item) => item.examples.length > 0)) {
    describe(`the block at README.md:${block.line}`, () => {
      let outcomes: Map<number, Outcome>;
      beforeAll(async () => {
        outcomes = await runBlock(block);
      });
      block.examples.forEach((example, k) => {
        it(`README.md:${example.line} ${example.expression}`, () => {
          checkShown(`README.md:${example.line}`, example.expression, example.shown, example.expected, outcomes.get(k), example.throws);
        });
      });
    });
  }

  // Blocks without shown results still run: they must not throw (the matchers' block asserts with expect).
  for (const block of readme.blocks.filter((item) => item.examples.length === 0)) {
    it(`the block at README.md:${block.line} runs`, async () => {
      await blockFunction(block)(() => {});
    });
  }

  for (const example of readme.inline) {
    it(`README.md:${example.line} ${example.expression} (in the text)`, () => {
      let outcome: Outcome;
      try {
        outcome = { value: new Function('dhad', `const { ${Object.keys(dhad).join(', ')} } = dhad; return (${example.expression});`)(dhad) };
      } catch (error) {
        outcome = { error };
      }
      checkShown(`README.md:${example.line}`, example.expression, example.shown, example.expected, outcome);
    });
  }
});

describe('README.md: CLI examples show what the built command prints', () => {
  beforeAll(() => expectBuilt());

  it('has examples to check (the reader found them)', () => {
    expect(readme.cli.length).toBeGreaterThanOrEqual(4);
  });

  for (const example of readme.cli) {
    it(`README.md:${example.line} ${example.command}`, async () => {
      const files = [...example.command.matchAll(/(?:^|\s)([\w./-]+\.(?:txt|jsonl|json))\b/gu)].map((match) => match[1]);
      for (const file of files) expect(existsSync(join(root, file)), `README.md:${example.line}: ${file} is not in the repository`).toBe(true);
      const command = example.command.replace(/\bnpx dhad\b|^dhad\b/gu, `"${process.execPath}" "${cli}"`);
      const { stdout } = await run(command, { cwd: root, shell: '/bin/sh', maxBuffer: 16 * 1024 * 1024 });
      const printed = stdout.replace(/\n$/u, '').split('\n');
      const shown = example.cut ? printed.slice(0, example.output.length) : printed;
      expect(shown, `README.md:${example.line}: \`${example.command}\` prints now:\n${stdout}`).toEqual(example.output);
    });
  }
});
