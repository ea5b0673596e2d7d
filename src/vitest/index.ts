/**
 * `dhad/vitest`: custom matchers for Arabic text. Importing this module registers them with vitest's
 * `expect.extend` and types them (augmentation.d.ts):
 *
 *   import 'dhad/vitest';             // in a test file, or once in `test.setupFiles`
 *   expect('قبیل').toNormalizeTo('قبيل');
 *
 * vitest is an optional peer dependency of dhad: only this module imports it, never the core. The matchers
 * themselves are `dhad/matchers` (no test runner imported), re-exported here.
 */
import { expect } from 'vitest';
import { dhadMatchers } from 'dhad/matchers';

export { dhadMatchers, describeCodePoint, explainDifference, firstDifference } from 'dhad/matchers';
export type { DhadMatcherContext, DhadMatcherResult, Difference, ExpectedEntity } from 'dhad/matchers';
export type { DhadMatchers } from './augmentation.js';

expect.extend(dhadMatchers);
