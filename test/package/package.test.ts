/**
 * The package as users get it: `npm pack` the built package (`npm test` builds first), install the
 * tarball into an empty project, then use it by `import`, by `require()` and through `npx dhad`.
 * Slow-ish (npm install): one file, one install, shared by every test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, npx, packDhad, run } from './packed.js';

const persian = 'وزارت بهداشت امروز اعلام کرد که بیمارستان جدیدی در شهر اصفهان افتتاح می‌شود.';

let scratch: string;
let project: string;
let packedFiles: string[];
/** What `npm install <tarball>` printed (npm's warnings go to standard error). */
let installOutput: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dhad-package-'));
  const packed = await packDhad(scratch);
  packedFiles = packed.files;
  project = join(scratch, 'project');
  const installed = await createProject(project, packed.tarball);
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

  it('serves its subpaths to import and require: dhad/corpus, dhad/natural, dhad/matchers, dhad/vitest', async () => {
    const esm = await node([
      '--input-type=module',
      '-e',
      `import { article } from 'dhad/corpus';
       import { arabicTokenizer, arabicStemmer } from 'dhad/natural';
       import { dhadMatchers } from 'dhad/matchers';
       const vitestMatchers = await import('dhad/vitest').then(() => 'loaded', (error) => error.code ?? error.message);
       const check = dhadMatchers.toNormalizeTo.call({ isNot: false }, 'قبیل', 'قبيل');
       console.log(JSON.stringify([article.sentences.length, arabicTokenizer.tokenize('وقال الرئيس'), arabicStemmer.stem('بوتين'), check.pass, vitestMatchers]));`,
    ]);
    // dhad/matchers imports no test runner; dhad/vitest needs vitest, an optional peer that this project does not install.
    const [sentenceCount, tokens, stem, pass, vitestMatchers] = JSON.parse(esm) as [number, string[], string, boolean, string];
    expect([sentenceCount, tokens, stem, pass]).toEqual([20, ['وقال', 'الرئيس'], 'بوتين', true]);
    expect(vitestMatchers).toMatch(/ERR_MODULE_NOT_FOUND|vitest/u);
    const cjs = await node([
      '--input-type=commonjs',
      '-e',
      `console.log(JSON.stringify([require('dhad/corpus').article.entities.length, require('dhad/natural').arabicStemmer.stem('بوتين'), Object.keys(require('dhad/matchers').dhadMatchers)]));`,
    ]);
    expect(JSON.parse(cjs)).toEqual([47, 'بوتين', ['toNormalizeTo', 'toHaveEntity', 'toTokenizeAs', 'toBeWithinWords', 'toHaveSentences']]);
  });

  it('runs through npx dhad', async () => {
    const { version } = JSON.parse(await node(['-p', 'JSON.stringify(require("dhad/package.json"))'])) as { version: string };
    expect((await run(npx, ['--no', '--', 'dhad', '--version'], { cwd: project })).stdout).toBe(`${version}\n`);
    const input = join(scratch, 'input.txt');
    writeFileSync(input, 'قبیل الاجتماعِ\n');
    expect((await run(npx, ['--no', '--', 'dhad', 'normalize', input], { cwd: project })).stdout).toBe('قبيل الاجتماع\n');
  });
});
