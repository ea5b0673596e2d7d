/// <reference types="vitest" />
/**
 * The matchers' types, merged into vitest's as its guide on extending matchers says: `Assertion` for
 * `expect(x).toNormalizeTo(…)` (also after `.not`, `.resolves`, `.rejects`), `AsymmetricMatchersContaining` for
 * `expect.toNormalizeTo(…)` and `expect.not.toNormalizeTo(…)`. This is the form for vitest 3 and 4 alike (the
 * `Matchers` interface exists from 3.2 on only, and does not reach `expect.not`); the type parameter is declared
 * exactly as vitest declares it, `any` default included, or TypeScript rejects the merge.
 *
 * Why a .d.ts file with a reference, not a `declare module` in index.ts: the augmentation takes only in a file
 * that imports vitest, and the declaration bundler drops both `import 'vitest'` (an external module, assumed
 * free of side effects) and a `/// <reference>` written in a .ts file; it keeps the reference of a .d.ts file.
 * index.ts re-exports `DhadMatchers` from here, which keeps this file in the bundle.
 * test/package/types.test.ts checks the shipped declarations in a user's project.
 */
import type { DhadMatchers } from 'dhad/matchers';

export type { DhadMatchers };

declare module 'vitest' {
  interface Assertion<T = any> extends DhadMatchers<T> {}
  interface AsymmetricMatchersContaining extends DhadMatchers {}
}
