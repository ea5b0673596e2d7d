/**
 * The package as users get it, for the tests in this folder: `npm pack` the built package (`npm test` builds
 * first) and install the tarball into an empty project in a scratch directory, as a user's `npm install dhad`
 * would. Tools a user's project would also have (vitest, typescript, natural) are linked from this
 * repository's node_modules rather than downloaded: same pinned versions, no network, no time.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);
export const root = fileURLToPath(new URL('../..', import.meta.url));
export const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
export const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

export interface Packed {
  /** Absolute path of the tarball. */
  tarball: string;
  /** The packed files, relative to the package root, sorted. */
  files: string[];
}

/** Packs the built package into `destination` (no rebuild: other test files use dist/ meanwhile). */
export async function packDhad(destination: string): Promise<Packed> {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  // --ignore-scripts: do not rebuild (prepack) while other test files use dist/.
  const packed = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: root });
  const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(destination, filename), files: files.map((file) => file.path).sort() };
}

/**
 * Makes `project` an npm project with this `package.json` (merged over a private one) and installs the
 * tarball into it. Returns npm's output, so that a test can read its warnings.
 */
export async function createProject(project: string, tarball: string, manifest: Record<string, unknown> = {}): Promise<{ stdout: string; stderr: string }> {
  mkdirSync(project, { recursive: true });
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-dhad', version: '1.0.0', private: true, ...manifest }, null, 2));
  const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  try {
    // The dependencies (franc, unicode-segmenter) are usually in npm's cache already.
    return await run(npm, [...flags, '--offline'], { cwd: project });
  } catch {
    return await run(npm, flags, { cwd: project });
  }
}

/**
 * Links packages of this repository's node_modules (`vitest`, `@types/node`, …) into the project's, as if
 * the user had installed them. Node and TypeScript follow the links to the real files, whose own
 * dependencies then resolve from this repository's node_modules too.
 */
export function linkFromRepository(project: string, packages: readonly string[]): void {
  for (const name of packages) {
    const target = join(root, 'node_modules', name);
    if (!existsSync(target)) throw new Error(`${name} is not in node_modules: run \`npm ci\``);
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(target, link, 'junction');
  }
}
