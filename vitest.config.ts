import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Tests import the package by its name, so they exercise what users import.
export default defineConfig({
  resolve: {
    alias: {
      'dhad/natural': fileURLToPath(new URL('./src/natural/index.ts', import.meta.url)),
      'dhad/corpus': fileURLToPath(new URL('./src/corpus/index.ts', import.meta.url)),
      'dhad/matchers': fileURLToPath(new URL('./src/matchers/index.ts', import.meta.url)),
      'dhad/vitest': fileURLToPath(new URL('./src/vitest/index.ts', import.meta.url)),
      dhad: fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    // Headroom for a busy machine. No test measures time, but many are CPU-bound and start Node processes,
    // npm or a browser, several at once (describe.concurrent): on a loaded 2-core machine their wall time
    // stretches several-fold (the CLI tests take 10–20 s each under a load of 10, 1–3 s idle). A timeout
    // is there to stop a hung test, not to judge speed.
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
