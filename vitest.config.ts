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
    testTimeout: 30_000,
  },
});
