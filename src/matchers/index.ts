/**
 * `dhad/matchers`: dhad's custom matchers for Arabic text as a plain object, `dhadMatchers`, for any test
 * runner's `expect.extend` (Jest's, vitest's), with the types to declare them (`DhadMatchers`). It imports
 * no test runner. `dhad/vitest` registers them with vitest and types them in one import.
 */
export { dhadMatchers } from './matchers.js';
export type { DhadMatcherContext, DhadMatcherResult, DhadMatchers, ExpectedEntity } from './matchers.js';
export { describeCodePoint, explainDifference, firstDifference } from './code-points.js';
export type { Difference } from './code-points.js';
