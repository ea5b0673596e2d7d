import { existsSync, readFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

/**
 * Large JSON data files (lexicons, gazetteers) are emitted as `JSON.parse('…')` rather than as object
 * literals: V8 parses a JSON string several times faster than the same data as JavaScript, and these are
 * parsed when the module loads. Small ones and those imported by name (package.json) stay as esbuild emits them.
 */
const LARGE_JSON = 16 * 1024;
const jsonAsString: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'json-as-string',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.json$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (text.length < LARGE_JSON) return undefined;
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

// franc is ESM-only, so the CommonJS build bundles it; the ESM build imports it.
const bundledForCommonJs = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

// The subpaths and the CLI import the library as 'dhad' (a package may import itself by name), so that each
// build holds one copy of it — and of the NER model — instead of one per entry point.
const self = ['dhad', 'dhad/matchers'];

// The package's entry points: `dhad` and its subpaths (`dhad/natural`, `dhad/corpus`, `dhad/matchers`, `dhad/vitest`).
const libraryEntries = Object.fromEntries(
  Object.entries({
    index: 'src/index.ts',
    natural: 'src/natural/index.ts',
    corpus: 'src/corpus/index.ts',
    matchers: 'src/matchers/index.ts',
    vitest: 'src/vitest/index.ts',
  }).filter(([, file]) => existsSync(file)),
);

export default defineConfig([
  {
    entry: libraryEntries,
    format: ['esm'],
    dts: true,
    clean: true,
    external: self,
    target: 'es2022',
    platform: 'neutral',
    esbuildPlugins: [jsonAsString],
  },
  {
    entry: libraryEntries,
    format: ['cjs'],
    dts: true,
    external: self,
    target: 'es2022',
    platform: 'neutral',
    noExternal: bundledForCommonJs,
    esbuildPlugins: [jsonAsString],
  },
  {
    // The worker thread of `dhad --jsonl --workers N` is its own file, found beside cli.js at run time.
    entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
    format: ['esm'],
    external: self,
    target: 'es2022',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
