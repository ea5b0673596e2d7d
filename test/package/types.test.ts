/**
 * The types as a TypeScript user meets them: the packed tarball installed into an empty project beside
 * vitest, typescript and natural, and `tsc` run on a user's files. This repository's own `tsc` maps `dhad/*` to
 * src/, so it never reads the declarations that ship; these tests read only those.
 *
 * - `dhad/vitest`: a test file uses every matcher (on `expect(…)`, `.not`, `.resolves`, and as asymmetric
 *   matchers), and misuses three under `@ts-expect-error`, so matchers typed as `any` fail too. Once with
 *   `import 'dhad/vitest'` first in the test file, once with it in a setup file only (as the README suggests).
 * - `dhad/natural`: its objects go where natural's own types take a tokenizer or a stemmer, without a cast.
 * - `dhad/matchers`: the runner-free matchers, as a Jest user imports them (Jest's types are not installed
 *   here: the README's Jest declaration was checked by hand against expect 30.5.2).
 *
 * Each under `moduleResolution` `node16` and `bundler`, with `skipLibCheck` on and off: 8 projects over one
 * install, type-checked by two `tsc --build` (about 30 s of CPU). Then vitest itself runs both test files in the
 * project, with the setup file.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject, linkFromRepository, packDhad, run } from './packed.js';

/** What the user's project has besides dhad, at this repository's pinned versions. */
const TOOLS = ['vitest', 'typescript', 'natural', '@types/node'];

/** The body of a user's test file: every matcher, as README's "Matchers" section shows them and more. */
const MATCHER_TESTS = `import { describe, expect, it } from 'vitest';
import { entities, summarize } from 'dhad';
import { article } from 'dhad/corpus';

describe('dhad/vitest in a user project', () => {
  it('has every matcher', async () => {
    expect('قبیل').toNormalizeTo('قبيل');
    expect('الإقلیمیة').toNormalizeTo('الاقليميه', 'search');
    expect('الإقلیمیة').toNormalizeTo('الإقليميه', { preset: 'search', foldAlef: false });
    expect('قبیل').not.toNormalizeTo('قبیل');
    expect(article.text).toHaveEntity({ type: 'PERS', text: 'بوتين' });
    expect(entities(article.text)).toHaveEntity({ type: 'LOC', text: 'موسكو' });
    expect(article.text).toHaveEntity({ type: 'LOC' }, { types: ['LOC'] });
    expect('الوقت-انعقدت').toTokenizeAs(['الوقت', '-', 'انعقدت']);
    expect(summarize(article.text, { maxWords: 60 })).toBeWithinWords(60);
    expect(article.text).toHaveSentences(20);
    expect('قال د. أحمد: نعم. ثم غادر').toHaveSentences(['قال د. أحمد: نعم.', 'ثم غادر']);
    await expect(Promise.resolve('قبیل')).resolves.toNormalizeTo('قبيل');
    expect({ word: 'قبیل' }).toEqual({ word: expect.toNormalizeTo('قبيل') });
    expect(['قبیل']).toEqual([expect.not.toNormalizeTo('قبیل')]);
  });

  // Never called: these lines would throw when run; they are here for tsc, which must reject each one (an
  // unused @ts-expect-error fails the build, so a matcher typed as any is caught).
  void (() => {
    // @ts-expect-error: a number of words, not a string
    expect(article.text).toBeWithinWords('60');
    // @ts-expect-error: entities have a type, not a kind
    expect(article.text).toHaveEntity({ kind: 'PERS' });
    // @ts-expect-error: no such preset
    expect('قبیل').toNormalizeTo('قبيل', 'loose');
  });
});
`;

/** A user's module that hands dhad's adapter to natural wherever natural's types take a tokenizer or a stemmer. */
const NATURAL_USER = `import natural from 'natural';
import { arabicStemmer, arabicTokenizer } from 'dhad/natural';

const tfidf = new natural.TfIdf();
tfidf.setTokenizer(arabicTokenizer);
tfidf.addDocument(arabicStemmer.tokenizeAndStem('زار بوتين طهران وبحث العلاقات مع إيران.'));
const bayes = new natural.BayesClassifier(arabicStemmer);
const logistic = new natural.LogisticRegressionClassifier(arabicStemmer);
const restored = natural.BayesClassifier.restore(JSON.parse('{}'), arabicStemmer);
const sentiment = new natural.SentimentAnalyzer('English', arabicStemmer, 'afinn');
const stemmer: natural.Stemmer = arabicStemmer;
const stems: string[] = stemmer.tokenizeAndStem('وبالتعاون مع روسيا');

export { bayes, logistic, restored, sentiment, stems, tfidf };
`;

/** dhad/matchers alone, as a Jest user imports it (no test runner in its types). */
const MATCHERS_USER = `import { describeCodePoint, dhadMatchers, type DhadMatchers } from 'dhad/matchers';

export const passed: boolean = dhadMatchers.toNormalizeTo.call({}, 'قبیل', 'قبيل').pass;
export const named: string = describeCodePoint(0x06cc);
export type WithinWords = DhadMatchers<void>['toBeWithinWords'];
`;

const FILES: Record<string, string> = {
  'test/import-first.test.ts': `import 'dhad/vitest';\n${MATCHER_TESTS}`,
  'vitest.setup.ts': `import 'dhad/vitest';\n`,
  'test/uses-setup.test.ts': MATCHER_TESTS,
  'src/natural-user.ts': NATURAL_USER,
  'src/matchers-user.ts': MATCHERS_USER,
  'vitest.config.ts': `import { defineConfig } from 'vitest/config';\n\nexport default defineConfig({ test: { setupFiles: ['./vitest.setup.ts'] } });\n`,
};

const STYLES = {
  'dhad/vitest imported first': ['test/import-first.test.ts', 'src/natural-user.ts', 'src/matchers-user.ts'],
  'dhad/vitest in a setup file': ['vitest.setup.ts', 'test/uses-setup.test.ts'],
} as const;

const RESOLUTIONS = {
  node16: { module: 'node16', moduleResolution: 'node16' },
  bundler: { module: 'esnext', moduleResolution: 'bundler' },
} as const;

interface Case {
  name: string;
  resolution: string;
  tsconfig: string;
}

const cases: Case[] = [];
for (const [style, files] of Object.entries(STYLES)) {
  for (const [resolution, options] of Object.entries(RESOLUTIONS)) {
    for (const skipLibCheck of [false, true]) {
      const tsconfig = `tsconfig.${cases.length}.json`;
      cases.push({ name: `${style}, moduleResolution ${resolution}, skipLibCheck ${skipLibCheck}`, resolution, tsconfig });
      FILES[tsconfig] = JSON.stringify(
        { compilerOptions: { target: 'es2022', lib: ['es2022'], types: ['node'], strict: true, noEmit: true, ...options, skipLibCheck }, files },
        null,
        2,
      );
    }
  }
}

let scratch: string;
let project: string;
/** tsc's errors for each case, one a line ('' when it passed), filled by beforeAll. */
const results = new Map<string, string>();

/**
 * Type-checks the projects with one `tsc --build`, which parses the files they share (vitest's and
 * TypeScript's own declarations) once, and returns each project's error lines ('' for none).
 */
async function tscBuild(tsconfigs: readonly string[]): Promise<Map<string, string>> {
  const tsc = join(project, 'node_modules', 'typescript', 'bin', 'tsc');
  let output: string;
  try {
    output = (await run(process.execPath, [tsc, '--build', '--verbose', '--pretty', 'false', ...tsconfigs], { cwd: project })).stdout;
  } catch (error) {
    const { stdout, stderr, message } = error as { stdout?: string; stderr?: string; message: string };
    output = `${stdout ?? ''}${stderr ?? ''}` || message;
  }
  // --verbose announces each project ("Building project '/…/tsconfig.3.json'..."); its errors follow.
  const errors = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const line of output.split('\n')) {
    const building = /Building project '([^']+)'/u.exec(line);
    if (building) errors.set(basename(building[1]), (current = []));
    else if (current && /error TS\d+/u.test(line)) current.push(line.trim());
  }
  return new Map(tsconfigs.map((tsconfig) => [tsconfig, errors.get(tsconfig)?.join('\n') ?? `not built; tsc said:\n${output}`]));
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'dhad-types-'));
  const { tarball } = await packDhad(scratch);
  project = join(scratch, 'project');
  await createProject(project, tarball, { type: 'module' });
  linkFromRepository(project, TOOLS);
  for (const [file, text] of Object.entries(FILES)) {
    mkdirSync(join(project, file, '..'), { recursive: true });
    writeFileSync(join(project, file), text);
  }
  // One tsc per moduleResolution (the files it reads differ between them), one after the other: vitest already
  // runs test files side by side on every core.
  for (const resolution of Object.keys(RESOLUTIONS)) {
    const group = await tscBuild(cases.filter((item) => item.resolution === resolution).map((item) => item.tsconfig));
    for (const [tsconfig, errors] of group) results.set(tsconfig, errors);
  }
}, 300_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('the shipped types in a TypeScript project (tsc on the packed package)', () => {
  for (const { name, tsconfig } of cases) {
    it(name, () => {
      expect(results.get(tsconfig), `tsc -p ${tsconfig} in the project`).toBe('');
    });
  }

  it('the matchers also run: vitest in the project, matchers registered by import and by the setup file', async () => {
    // A clean environment, so that the inner vitest does not take itself for a worker of this one.
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST')));
    const { stdout } = await run(process.execPath, [join(project, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=json'], {
      cwd: project,
      env: { ...env, NODE_ENV: 'test' },
    });
    const report = JSON.parse(stdout) as { numPassedTests: number; numFailedTests: number; numPendingTests: number };
    expect(report).toMatchObject({ numPassedTests: 2, numFailedTests: 0, numPendingTests: 0 });
  });
});
