import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { buildSync } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

/**
 * Data modules: every data table is in the package once, loaded by the ESM and the CommonJS builds alike.
 *
 * The convention. A file under src/ is a data module when it is
 *   - JSON (`*.json`), imported with a default import (`import people from './people.json'`; lint enforces
 *     it), or
 *   - generated TypeScript (`*.generated.ts`), imported by name (`import { MODEL } from './model.generated.js'`):
 *     it imports nothing, has only named exports (no `export default`), and every export is plain JSON data
 *     (objects, arrays, strings, finite numbers, booleans, null; no typed arrays, no functions). Large binary
 *     tables go in as base64 strings and are decoded by the code that uses them, on first use.
 * Nothing has to be registered: a file that follows the convention and is imported by the library is
 * emitted once. The build fails, naming the file, when a `.generated.ts` file breaks the rules.
 *
 * How. No build inlines a data module. Each import of one becomes an import of `dist/data/<path under
 * src/, extension dropped>.cjs`, written once per build run (`module.exports = JSON.parse('…')`: V8 reads a
 * JSON string several times faster than the same data as JavaScript). CommonJS code requires it; ESM code
 * default-imports it (Node's ESM loader and every bundler import CommonJS), and for a `.generated.ts` module
 * through a one-line ESM file beside it (`<name>.js`: `export const MODEL = data.MODEL`) so that named
 * imports work everywhere. The package is `sideEffects: false`, so an app bundler leaves out every data
 * module that the functions it keeps do not use (a bundle of `normalize` alone carries none of the NER
 * data). Data is parsed when the module loads, as an inlined table was; anything costly to build from it
 * (the NER weights, the lexicon tables) is still built on first use by the code that owns it.
 *
 * Why CommonJS data modules rather than ESM ones: CommonJS loads everywhere `dhad` does, from ESM and from
 * `require()`, in Node 20.0 and up, in Jest's CommonJS runtime and in every bundler; `require()` of an ES
 * module needs Node ≥ 20.19 and is not supported by Jest. test/package/data-once.test.ts checks the built
 * dist/: no string or literal data table of 1 KB or more is in two files.
 */
const SOURCE = resolve('src');
const DATA_DIR = 'data';

/** `src/…/x.json` or `src/…/x.generated.ts` as imported (`./x.generated.js`), or undefined: not a data module. */
function dataModuleFile(specifier: string, resolveDir: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  let file = resolve(resolveDir, specifier);
  if (/\.generated\.js$/u.test(file) && !existsSync(file)) file = file.replace(/\.js$/u, '.ts');
  else if (/\.generated$/u.test(file)) file += '.ts';
  if (!/\.json$|\.generated\.ts$/u.test(file)) return undefined;
  if (!file.startsWith(SOURCE + sep)) return undefined; // package.json, node_modules: not ours to share
  return file;
}

/** `ner/model.generated` for src/ner/model.generated.ts: where the module goes under dist/data/. */
function dataModuleName(file: string): string {
  return relative(SOURCE, file).split(sep).join('/').replace(/\.(json|ts)$/u, '');
}

/** A JavaScript string literal for `text`, in single quotes (JSON text is full of double quotes). */
function singleQuoted(text: string): string {
  return `'${text.replace(/[\\'\n\r\u2028\u2029]/gu, (c) => (c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === "'" ? "\\'" : c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16)}`))}'`;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u;

/**
 * The emitted files of one data module: `<name>.cjs`, and for generated TypeScript the ESM file `<name>.js`.
 * Throws, naming the file, when a `.generated.ts` module breaks the convention. (Exported for its test.)
 */
export function renderDataModule(file: string): { cjs: string; esm?: string } {
  const source = relative('.', file).split(sep).join('/');
  const header = `// ${source}, emitted once by tsup.config.ts for the ESM and CommonJS builds (see "Data modules" there).\n`;
  const cjs = (data: unknown, comments = '') =>
    `${comments}${header}'use strict';\nmodule.exports = JSON.parse(${singleQuoted(JSON.stringify(data))});\n`;
  if (file.endsWith('.json')) return { cjs: cjs(JSON.parse(readFileSync(file, 'utf8'))) };

  const fail = (why: string) => new Error(`${source}: ${why} (a .generated.ts data module; see "Data modules" in tsup.config.ts)`);
  const built = buildSync({ entryPoints: [file], bundle: true, write: false, format: 'cjs', platform: 'neutral', metafile: true, logLevel: 'silent' });
  const imported = Object.keys(built.metafile!.inputs).filter((input) => resolve(input) !== file);
  if (imported.length > 0) throw fail(`it imports ${imported.join(', ')}; a data module imports nothing`);
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', built.outputFiles[0].text)(module, module.exports);
  const names = Object.keys(module.exports);
  if (names.includes('default')) throw fail('it has a default export; export tables by name');
  const bad = names.find((name) => !IDENTIFIER.test(name));
  if (bad !== undefined) throw fail(`export ${bad} is not an identifier`);
  const data = Object.fromEntries(names.map((name) => [name, module.exports[name]]));
  if (!isDeepStrictEqual(JSON.parse(JSON.stringify(data)), data)) throw fail('an export is not plain JSON data');
  // The generated file's leading comment (what it is, its source data and licence) travels with the data.
  const comments = /^(?:\/\/.*\n)+/u.exec(readFileSync(file, 'utf8'))?.[0] ?? '';
  const base = dataModuleName(file).split('/').pop();
  const esm =
    header +
    `import data from './${base}.cjs';\n` +
    names.map((name) => `export const ${name} = data.${name};\n`).join('');
  return { cjs: cjs(data, comments), esm };
}

/** Writes `text` to `path` atomically: the ESM and CommonJS builds run at once and may both write a module. */
function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, path);
}

const dataModules: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'data-modules',
  setup(build) {
    const outDir = resolve(build.initialOptions.outdir ?? 'dist');
    const esm = build.initialOptions.format === 'esm';
    const used = new Set<string>();
    build.onStart(() => {
      used.clear();
    });
    build.onResolve({ filter: /\.json$|\.generated(\.[jt]s)?$/ }, (args) => {
      const file = dataModuleFile(args.path, args.resolveDir);
      if (file === undefined) return undefined;
      used.add(file);
      const extension = esm && file.endsWith('.ts') ? 'js' : 'cjs';
      return { path: `./${DATA_DIR}/${dataModuleName(file)}.${extension}`, external: true };
    });
    build.onEnd((result) => {
      if (result.errors.length > 0) return;
      for (const file of used) {
        const { cjs, esm: esmFile } = renderDataModule(file);
        const target = join(outDir, DATA_DIR, dataModuleName(file));
        writeAtomically(`${target}.cjs`, cjs);
        if (esmFile !== undefined) writeAtomically(`${target}.js`, esmFile);
      }
    });
  },
};

// franc is ESM-only, so the CommonJS build bundles it; the ESM build imports it.
const bundledForCommonJs = ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'];

// The subpaths and the CLI import the library as 'dhad' (a package may import itself by name), so that each
// build holds one copy of it instead of one per entry point.
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

// Arabic in the code as UTF-8 (2 bytes a letter) rather than esbuild's default \u escapes (6 bytes).
const utf8: Options['esbuildOptions'] = (options) => {
  options.charset = 'utf8';
};

export default defineConfig(() => {
  // dist/data/ belongs to the data modules: emptied here, once, before the builds (which run concurrently
  // and may both write a module) start; tsup's own clean leaves it alone.
  rmSync(join('dist', DATA_DIR), { recursive: true, force: true });
  return [
    {
      entry: libraryEntries,
      format: ['esm'],
      dts: true,
      clean: ['!data/**'],
      external: self,
      target: 'es2022',
      platform: 'neutral',
      esbuildPlugins: [dataModules],
      esbuildOptions: utf8,
    },
    {
      entry: libraryEntries,
      format: ['cjs'],
      dts: true,
      external: self,
      target: 'es2022',
      platform: 'neutral',
      noExternal: bundledForCommonJs,
      esbuildPlugins: [dataModules],
      esbuildOptions: utf8,
    },
    {
      // The worker thread of `dhad --jsonl --workers N` is its own file, found beside cli.js at run time.
      entry: { cli: 'src/cli/bin.ts', 'cli-worker': 'src/cli/worker.ts' },
      format: ['esm'],
      external: self,
      target: 'es2022',
      platform: 'node',
      banner: { js: '#!/usr/bin/env node' },
      esbuildPlugins: [dataModules],
      esbuildOptions: utf8,
    },
  ];
});
