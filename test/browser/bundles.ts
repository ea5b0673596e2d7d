/**
 * Browser bundles of dhad, built in memory with esbuild (platform browser, ESM, minified, UTF-8), and their sizes.
 * Used by browser.test.ts; run it to print the sizes for the README:
 *
 *   npx tsx test/browser/bundles.ts
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));

export interface Bundle {
  code: string;
  /** Bytes each source file contributes to the output; files whose code was tree-shaken away are absent. */
  inputs: Map<string, number>;
}

/** Bundles an ES module `source` (which imports src/index.ts) for the browser, minified ESM, in memory. */
export async function bundleForBrowser(source: string): Promise<Bundle> {
  const result = await build({
    stdin: { contents: source, resolveDir: root, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    // Arabic data as UTF-8, as app bundlers emit it; esbuild's default (ASCII) writes each Arabic letter
    // as a 6-byte \u escape and triples the size of the lexicons.
    charset: 'utf8',
    metafile: true,
    logLevel: 'silent',
  });
  const metafile: Metafile = result.metafile;
  const [output] = Object.values(metafile.outputs);
  const inputs = new Map(
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file, input]) => [file, input.bytesInOutput]),
  );
  return { code: result.outputFiles[0].text, inputs };
}

/** What an app imports, by case: the bundles the README reports. */
export const IMPORT_CASES: readonly { name: string; source: string }[] = [
  { name: 'normalize', source: `export { normalize } from ${JSON.stringify(entry)};` },
  { name: 'normalize + tokenize + sentences', source: `export { normalize, tokenize, sentences } from ${JSON.stringify(entry)};` },
  { name: 'normalize + tokenize + sentences + entities', source: `export { normalize, tokenize, sentences, entities } from ${JSON.stringify(entry)};` },
  { name: 'everything (import * as dhad)', source: `export * from ${JSON.stringify(entry)};` },
];

export interface BundleSize {
  name: string;
  minified: number;
  gzipped: number;
  /** The biggest contributors, file → bytes. */
  largest: [string, number][];
}

export async function measureBundles(): Promise<BundleSize[]> {
  return Promise.all(
    IMPORT_CASES.map(async ({ name, source }) => {
      const { code, inputs } = await bundleForBrowser(source);
      const bytes = Buffer.from(code);
      const largest = [...inputs].sort((a, b) => b[1] - a[1]).slice(0, 4);
      return { name, minified: bytes.length, gzipped: gzipSync(bytes).length, largest };
    }),
  );
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureBundles();
  console.log('| imports | minified | gzip |\n|---|---:|---:|');
  for (const size of sizes) console.log(`| ${size.name} | ${kilobytes(size.minified)} | ${kilobytes(size.gzipped)} |`);
  console.log();
  for (const size of sizes) {
    console.log(`${size.name}: ${size.largest.map(([file, bytes]) => `${file} ${kilobytes(bytes)}`).join(', ')}`);
  }
}
