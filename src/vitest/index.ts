/**
 * `dhad/vitest`: custom matchers for Arabic text. Importing this module registers them with vitest's
 * `expect.extend` and types them:
 *
 *   import 'dhad/vitest';             // in a test file, or once in `test.setupFiles`
 *   expect('قبیل').toNormalizeTo('قبيل');
 *
 * vitest is an optional peer dependency of dhad: only this module imports it, never the core.
 * `dhadMatchers` is the plain matcher object (it does not depend on vitest), for `expect.extend` by hand.
 */
import { expect } from 'vitest';
import { dhadMatchers } from './matchers.js';

export { dhadMatchers } from './matchers.js';
export type { DhadMatcherContext, DhadMatcherResult, ExpectedEntity } from './matchers.js';
export type { DhadMatchers } from './augmentation.js';
export { describeCodePoint, explainDifference, firstDifference } from './code-points.js';
export type { Difference } from './code-points.js';

expect.extend(dhadMatchers);
