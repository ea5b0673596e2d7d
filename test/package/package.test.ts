/**
 * The package as users get it: `npm pack` the built package (`npm test` builds first), install the
 * tarball into an empty project, then use it by `import`, by `require()` and through `npx dhad`.
 * Slow-ish (npm install): one file, one install, shared by every test.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

const persian = 'وزارت بهداشت امروز اعلام کرد که بیمارستان جدیدی در شهر اصفهان افتتاح می‌شود.';

let scratch: string;
let project: string;
let packedFiles: string[];
/** What `npm install <tarball>` printed (npm's warnings go to standard error). */
let installOutput: string;

beforeAll(async () => {
  if (!existsSync(join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  }
  scratch = mkdtempSync(join(tmpdir(), 'dhad-package-'));
  // --ignore-scripts: do not rebuild (prepack) while other test files use dist/.
  const packed = await run(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], { cwd: root });
  const [{ filename, files }] = JSON.parse(packed.stdout) as [{ filename: string; files: { path: string }[] }];
  packedFiles = files.map((file) => file.path).sort();

  project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'uses-dhad', version: '1.0.0', private: true }));
  const tarball = join(scratch, filename);
  const flags = ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball];
  let installed: { stdout: string; stderr: string };
  try {
    // The dependencies (franc, unicode-segmenter) are usually in npm's cache already.
    installed = await run(npm, [...flags, '--offline'], { cwd: project });
  } catch {
    installed = await run(npm, flags, { cwd: project });
  }
  installOutput = installed.stdout + installed.stderr;
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

/** Bytes of the files under `directory`, all the way down. */
function sizeOf(directory: string): number {
  return readdirSync(directory, { withFileTypes: true }).reduce((total, entry) => {
    const path = join(directory, entry.name);
    return total + (entry.isDirectory() ? sizeOf(path) : entry.isFile() ? statSync(path).size : 0);
  }, 0);
}

async function node(args: string[]): Promise<string> {
  return (await run(process.execPath, args, { cwd: project })).stdout;
}

describe('the packed package', () => {
  it('ships the build, the licence and the manifest, not the sources', () => {
    for (const file of ['package.json', 'LICENSE', 'dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js']) {
      expect(packedFiles).toContain(file);
    }
    expect(packedFiles.filter((file) => /^(src|test|corpus|scripts|bench)\//u.test(file))).toEqual([]);
    // The data modules that both builds load (see "Data modules" in tsup.config.ts).
    expect(packedFiles).toEqual(expect.arrayContaining(['dist/data/ner/model.generated.cjs', 'dist/data/ner/model.generated.js']));
  });

  it('runs nothing when installed: no install script in the manifest, no install-scripts warning from npm', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules', 'dhad', 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    // What npm runs when it installs a package (`prepare` too, for a tarball, a folder or a git URL).
    const installScripts = ['preinstall', 'install', 'postinstall', 'preprepare', 'prepare', 'postprepare'];
    expect(Object.keys(manifest.scripts ?? {}).filter((name) => installScripts.includes(name))).toEqual([]);
    // npm 11: "1 package has install scripts not yet covered by allowScripts: dhad@… (prepare: …)".
    expect(installOutput).not.toMatch(/install.scripts/iu);
  });

  it('installs in at most 5 MB, its dependencies included', () => {
    expect(sizeOf(join(project, 'node_modules'))).toBeLessThanOrEqual(5 * 1024 * 1024);
  });

  it('works with import (ESM)', async () => {
    const output = await node([
      '--input-type=module',
      '-e',
      `import { normalize, detectLanguage, isArabic } from 'dhad';
       console.log(JSON.stringify([normalize('قبیل'), detectLanguage(${JSON.stringify(persian)}).language, isArabic('مرحبا')]));`,
    ]);
    expect(JSON.parse(output)).toEqual(['قبيل', 'pes', true]);
  });

  it('works with require (CommonJS), franc included', async () => {
    const output = await node([
      '--input-type=commonjs',
      '-e',
      `const dhad = require('dhad');
       console.log(JSON.stringify([dhad.normalize('قبیل'), dhad.detectLanguage(${JSON.stringify(persian)}).language]));`,
    ]);
    expect(JSON.parse(output)).toEqual(['قبيل', 'pes']);
  });

  it('serves its subpaths to import and require: dhad/corpus, dhad/natural, dhad/vitest', async () => {
    const esm = await node([
      '--input-type=module',
      '-e',
      `import { article } from 'dhad/corpus';
       import { arabicTokenizer, arabicStemmer } from 'dhad/natural';
       const matchers = await import('dhad/vitest').then(() => 'loaded', (error) => error.code ?? error.message);
       console.log(JSON.stringify([article.sentences.length, arabicTokenizer.tokenize('وقال الرئيس'), arabicStemmer.stem('بوتين'), matchers]));`,
    ]);
    // dhad/vitest needs vitest, an optional peer that this project does not install.
    const [sentenceCount, tokens, stem, matchers] = JSON.parse(esm) as [number, string[], string, string];
    expect([sentenceCount, tokens, stem]).toEqual([20, ['وقال', 'الرئيس'], 'بوتين']);
    expect(matchers).toMatch(/ERR_MODULE_NOT_FOUND|vitest/u);
    const cjs = await node([
      '--input-type=commonjs',
      '-e',
      `console.log(JSON.stringify([require('dhad/corpus').article.entities.length, require('dhad/natural').arabicStemmer.stem('بوتين')]));`,
    ]);
    expect(JSON.parse(cjs)).toEqual([47, 'بوتين']);
  });

  it('runs through npx dhad', async () => {
    const { version } = JSON.parse(await node(['-p', 'JSON.stringify(require("dhad/package.json"))'])) as { version: string };
    expect((await run(npx, ['--no', '--', 'dhad', '--version'], { cwd: project })).stdout).toBe(`${version}\n`);
    const input = join(scratch, 'input.txt');
    writeFileSync(input, 'قبیل الاجتماعِ\n');
    expect((await run(npx, ['--no', '--', 'dhad', 'normalize', input], { cwd: project })).stdout).toBe('قبيل الاجتماع\n');
  });
});
