/**
 * Browser bundles of dhad, built in memory with esbuild (platform browser, ESM, minified, UTF-8), and their sizes:
 * from the built package (dist/index.js, what an app's bundler gets from `import … from 'dhad'`; run
 * `npm run build` first) and from the sources (src/index.ts). Used by browser.test.ts; run it to print the
 * sizes for the README:
 *
 *   npx tsx test/browser/bundles.ts
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, type Metafile } from 'esbuild';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const entry = fileURLToPath(new URL('../../src/index.ts', import.meta.url));
/** The published ESM entry point, as a bundler resolves `dhad` (its data modules sit under dist/data/). */
export const packageEntry = fileURLToPath(new URL('../../dist/index.js', import.meta.url));

export interface Bundle {
  code: string;
  /** Bytes each source file contributes to the output; files whose code was tree-shaken away are absent. */
  inputs: Map<string, number>;
}

/** Bundles an ES module `source` (which imports src/index.ts or dist/index.js) for the browser, minified ESM, in memory. */
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

/** An app's module that imports `names` (or everything, `*`) from `from`. */
export function importing(names: string, from: string): string {
  return names === '*' ? `export * from ${JSON.stringify(from)};` : `export { ${names} } from ${JSON.stringify(from)};`;
}

/** What an app imports, by case: the bundles the README reports. */
export const IMPORT_CASES: readonly { name: string; names: string }[] = [
  { name: 'normalize', names: 'normalize' },
  { name: 'normalize + tokenize + sentences', names: 'normalize, tokenize, sentences' },
  { name: 'normalize + tokenize + sentences + entities', names: 'normalize, tokenize, sentences, entities' },
  { name: 'everything (import * as dhad)', names: '*' },
];

export interface BundleSize {
  name: string;
  /** `package`: bundled from dist/index.js; `source`: from src/index.ts. */
  from: 'package' | 'source';
  minified: number;
  gzipped: number;
  /** The biggest contributors, file → bytes. */
  largest: [string, number][];
}

export async function measureBundles(): Promise<BundleSize[]> {
  const sources = [['package', packageEntry], ['source', entry]] as const;
  return Promise.all(
    sources.flatMap(([from, file]) =>
      IMPORT_CASES.map(async ({ name, names }) => {
        const { code, inputs } = await bundleForBrowser(importing(names, file));
        const bytes = Buffer.from(code);
        const largest = [...inputs].sort((a, b) => b[1] - a[1]).slice(0, 4);
        return { name, from, minified: bytes.length, gzipped: gzipSync(bytes).length, largest };
      }),
    ),
  );
}

function kilobytes(bytes: number): string {
  return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const sizes = await measureBundles();
  const fromSource = new Map(sizes.filter((size) => size.from === 'source').map((size) => [size.name, size]));
  console.log('| imports | minified | gzip | from src/ (minified) |\n| --- | ---: | ---: | ---: |');
  for (const size of sizes.filter((size) => size.from === 'package')) {
    console.log(`| ${size.name} | ${kilobytes(size.minified)} | ${kilobytes(size.gzipped)} | ${kilobytes(fromSource.get(size.name)!.minified)} |`);
  }
  console.log();
  for (const size of sizes) {
    console.log(`${size.from} ${size.name}: ${size.largest.map(([file, bytes]) => `${file} ${kilobytes(bytes)}`).join(', ')}`);
  }
}
