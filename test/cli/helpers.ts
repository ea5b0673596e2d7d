/**
 * Runs the built command (`dist/cli.js`, made by `npm run build`; `npm test` builds first) as users do: as
 * a child process, on files and on standard input. `DHAD_CLI=/path/to/cli.js` tests another build.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const cli = process.env.DHAD_CLI ?? join(root, 'dist', 'cli.js');
export const articlePath = join(root, 'corpus', 'article.txt');
export const article = readFileSync(articlePath, 'utf8');

export function expectBuilt(): void {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm test\` does)`);
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js ...args` with `input` on standard input. */
export function dhad(args: string[], input: string | Uint8Array = '', options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: options.cwd ?? root, env: { ...process.env, ...options.env } });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (status) => {
      resolve({ status, stdout: Buffer.concat(stdout).toString('utf8'), stderr: Buffer.concat(stderr).toString('utf8') });
    });
    child.stdin.on('error', () => {}); // the command may exit before reading its input
    child.stdin.end(input);
  });
}

/** A user error: nothing on stdout, exactly one line on stderr starting with `dhad: `. */
export async function expectOneLineError(running: Promise<Run>, status: number, pattern: RegExp): Promise<void> {
  const run = await running;
  expect(run.status).toBe(status);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^dhad: [^\n]+\n$/u);
  expect(run.stderr).toMatch(pattern);
}

/** Output lines (JSONL) parsed. */
export function parseLines(stdout: string): Record<string, unknown>[] {
  return stdout
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
