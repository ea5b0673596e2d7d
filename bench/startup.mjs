// What dhad costs before it does anything: the cold `import('dhad')` time in a fresh Node process (median of
// several processes, since a warm process caches nothing useful here), the first call of each capability
// (tables and models are built lazily, on first use), and the installed size: dist/ as published plus the
// runtime dependencies that npm installs with it.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

// Each probe runs in its own process and prints one number: milliseconds. Inside the package, `dhad`
// resolves to this package's own dist/ (package self-reference through "exports").
const probes = [
  ['node, empty script (process start, not counted below)', null, ''],
  ['cold import("dhad") (ESM)', 'module', `const t = performance.now(); await import('dhad'); console.log(performance.now() - t);`],
  ['cold require("dhad") (CommonJS)', 'commonjs', `const t = performance.now(); require('dhad'); console.log(performance.now() - t);`],
  ...[
    ['normalize', `m.normalize(article)`],
    ['tokenize', `m.tokenize(article)`],
    ['sentences', `m.sentences(article)`],
    ['stem (one word)', `m.stem('والعلاقات')`],
    ['entities', `m.entities(article)`],
    ['summarize', `m.summarize(article)`],
    ['detectLanguage', `m.detectLanguage(article)`],
  ].map(([name, call]) => [
    `first ${name} on the article, after import (lazy tables)`,
    'module',
    `const { readFileSync } = await import('node:fs'); const article = readFileSync('corpus/article.txt', 'utf8');` +
      ` const m = await import('dhad'); const t = performance.now(); ${call}; console.log(performance.now() - t);`,
  ]),
];

function runProbe(type, code) {
  const started = performance.now();
  const args = type === null ? ['-e', ''] : [`--input-type=${type}`, '-e', code];
  const child = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  const wall = performance.now() - started;
  // A capability that fails (a model being retrained while dist/ is stale) gives NaN, not a crash of the
  // whole benchmark; the row says why.
  if (child.status !== 0) return { ms: NaN, error: /^\w*Error: .*$/mu.exec(child.stderr)?.[0] ?? 'failed' };
  return { ms: type === null ? wall : Number(child.stdout.trim()) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of each probe over `runs` fresh processes: `[{ name, ms }]`. */
export function startupTimes({ runs = 7 } = {}) {
  return probes.map(([name, type, code]) => {
    const first = runProbe(type, code); // warms the file system cache, not the process
    if (first.error) return { name: `${name} (failed: ${first.error})`, ms: NaN };
    const times = [];
    for (let i = 0; i < runs; i++) times.push(runProbe(type, code).ms);
    return { name, ms: median(times) };
  });
}

function directorySize(directory, { skip = () => false } = {}) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (skip(entry.name)) continue;
    if (entry.isDirectory()) {
      const inner = directorySize(path, { skip });
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

/** The files of dist/ that `entry` imports statically (code and data modules), itself included, and their total size. */
function loadedBy(dist, entry) {
  const seen = new Set();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(join(dist, file), 'utf8');
    for (const match of source.matchAll(/(?:from\s*|require\()["'](\.\/[^"']+)["']/gu)) queue.push(join(dirname(file), match[1]));
  }
  let bytes = 0;
  for (const file of seen) bytes += statSync(join(dist, file)).size;
  return { bytes, files: seen.size };
}

/** The runtime dependencies npm installs with dhad: `dependencies`, followed transitively in node_modules. */
function runtimeDependencies() {
  const seen = new Set();
  const queue = Object.keys(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).dependencies ?? {});
  while (queue.length > 0) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const manifest = JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8'));
    queue.push(...Object.keys(manifest.dependencies ?? {}));
  }
  return [...seen];
}

/** Installed sizes in bytes: `[{ name, bytes, files }]`, dist/ with and without source maps, each dependency, the total. */
export function installedSize() {
  const dist = join(root, 'dist');
  const rows = [
    { name: 'dist/ (as published, with source maps)', ...directorySize(dist) },
    { name: 'dist/ without source maps', ...directorySize(dist, { skip: (name) => name.endsWith('.map') }) },
    { name: 'what import("dhad") loads (index.js, its chunks and data modules)', ...loadedBy(dist, 'index.js') },
    { name: 'what require("dhad") loads (index.cjs and its data modules)', ...loadedBy(dist, 'index.cjs') },
  ];
  let dependencies = 0;
  for (const name of runtimeDependencies()) {
    const size = directorySize(join(root, 'node_modules', name), { skip: (entry) => entry === 'node_modules' });
    rows.push({ name: `dependency ${name}`, ...size });
    dependencies += size.bytes;
  }
  rows.push({ name: 'total installed (dist/ + dependencies)', bytes: rows[0].bytes + dependencies, files: NaN });
  return rows;
}

export function run() {
  return { startup: startupTimes(), size: installedSize() };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Node ${process.version}\n`);
  for (const { name, ms } of startupTimes()) console.log(`${name.padEnd(60)} ${ms.toFixed(1).padStart(8)} ms`);
  console.log();
  for (const { name, bytes } of installedSize()) console.log(`${name.padEnd(60)} ${(bytes / 1024).toFixed(0).padStart(8)} KiB`);
}
