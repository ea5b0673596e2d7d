/**
 * dhad in the browser: the core bundles for the browser (no Node built-ins), an app that uses only
 * normalization and tokenization does not carry the NER model (from the sources and from the built
 * package), and in headless Chromium every public function of the built package, bundled as an app would,
 * gives on the seed article exactly what the sources give in Node.
 *
 * Chromium is Debian's `chromium` (or $CHROMIUM_PATH), driven by playwright-core; without it the browser
 * tests skip and say why. The page is built from a string (page.setContent + an inline script): no server,
 * no network.
 */
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { article } from 'dhad/corpus';
import * as dhad from 'dhad';
import { bundleForBrowser, entry, importing, packageEntry, type Bundle } from './bundles.js';

const modelFile = 'src/ner/model.generated.ts';

/** $CHROMIUM_PATH, else the first Chromium on the PATH. */
function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment) return existsSync(fromEnvironment) ? fromEnvironment : undefined;
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    for (const name of ['chromium', 'chromium-browser']) {
      const candidate = join(dir, name);
      if (dir && existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** `value` with every non-integer number replaced by a matcher that accepts it to 12 decimal places. */
function withFloatTolerance(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? value : expect.closeTo(value, 12);
  if (Array.isArray(value)) return value.map(withFloatTolerance);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, withFloatTolerance(item)]));
  }
  return value;
}

describe('the browser bundle', () => {
  it('bundles for platform browser with everything in it, and leaves the NER model out of apps that do not call entities()', async () => {
    const [textOnly, withEntities] = await Promise.all([
      bundleForBrowser(`export { normalize, tokenize, sentences } from ${JSON.stringify(entry)};`),
      bundleForBrowser(`export { normalize, tokenize, sentences, entities } from ${JSON.stringify(entry)};`),
    ]);
    expect([...textOnly.inputs.keys()].filter((file) => file.startsWith('src/ner/'))).toEqual([]);
    expect(withEntities.inputs.get(modelFile)).toBeGreaterThan(0);
    expect(textOnly.code.length).toBeLessThan(withEntities.code.length / 4);
  });

  it('from the built package too: an app carries only the data modules of the functions it imports', async () => {
    if (!existsSync(packageEntry)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
    const [normalizeOnly, textOnly, withEntities] = await Promise.all(
      ['normalize', 'normalize, tokenize, sentences', 'normalize, tokenize, sentences, entities'].map((names) =>
        bundleForBrowser(importing(names, packageEntry)),
      ),
    );
    const dataModules = (bundle: Bundle) => [...bundle.inputs.keys()].filter((file) => file.startsWith('dist/data/')).sort();
    expect(dataModules(normalizeOnly)).toEqual(['dist/data/normalize/characters.cjs']);
    expect(dataModules(textOnly)).toEqual([
      'dist/data/normalize/characters.cjs',
      'dist/data/tokenize/abbreviations.cjs',
      'dist/data/tokenize/stem-lexicon.cjs',
      'dist/data/tokenize/unsegmentable.cjs',
    ]);
    expect(dataModules(withEntities)).toEqual(expect.arrayContaining(['dist/data/ner/model.generated.cjs', 'dist/data/ner/gazetteers/people.cjs']));
    expect(textOnly.code.length).toBeLessThan(withEntities.code.length / 4);
  });
});

const chromiumPath = findChromium();
const skipReason = chromiumPath ? '' : ' (SKIPPED: no Chromium found; install Debian `chromium` or set CHROMIUM_PATH)';

/** What the page and Node both compute on the article: every public function, results as plain data. */
function runEverything(api: typeof dhad, text: string): unknown {
  const withOffsets = api.normalizeWithOffsets(text, 'search');
  return {
    normalize: api.normalize(text),
    normalizeSearch: withOffsets.text,
    offsets: Array.from(withOffsets.offsets),
    tokens: api.tokenize(text, { clitics: true }),
    sentences: api.sentences(text),
    entities: api.entities(text),
    summary: api.summarize(text, { maxWords: 80 }),
    keywords: api.keywords(text),
    language: api.detectLanguage(text),
  };
}

describe.skipIf(!chromiumPath)(`in headless Chromium${skipReason}`, () => {
  let browser: Browser;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(packageEntry)) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
    const [iife, launched] = await Promise.all([
      // The published build, as an app bundles it: dist/index.js and its data modules.
      build({ entryPoints: [packageEntry], bundle: true, write: false, format: 'iife', globalName: 'dhad', platform: 'browser', target: 'es2022', logLevel: 'silent' }),
      chromium.launch({
        executablePath: chromiumPath,
        // Playwright's own limits (30 s) are too short for a loaded machine; vitest's hook timeout stops a hang.
        timeout: 0,
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      }),
    ]);
    browser = launched;
    page = await browser.newPage();
    page.setDefaultTimeout(0);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.setContent('<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>dhad</title></head><body></body></html>');
    await page.addScriptTag({ content: iife.outputFiles[0].text });
    // The bundle is a few MB of inline script: wait until it has run (well within the hook's timeout, so that a
    // script that threw is reported as such), and say so if it threw.
    await page.waitForFunction(() => typeof (globalThis as unknown as { dhad?: unknown }).dhad === 'object', undefined, { timeout: 150_000 }).catch((error: unknown) => {
      throw new Error(`the dhad bundle did not load in Chromium: ${pageErrors.join('; ') || String(error)}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('runs every public function on the article with the same results as Node', async () => {
    // The same function runs in both places: serialized into the page, called there on window.dhad.
    const inBrowser = await page.evaluate(
      ({ source, text }) => {
        const run = new Function(`return (${source})`)() as (api: unknown, text: string) => unknown;
        return run((globalThis as unknown as { dhad: unknown }).dhad, text);
      },
      { source: runEverything.toString(), text: article.text },
    );
    const inNode = JSON.parse(JSON.stringify(runEverything(dhad, article.text))) as unknown;
    // Chromium's V8 and Node's may differ in the last bit of Math.log/exp: scores are compared to 1e-12.
    expect(inBrowser).toEqual(withFloatTolerance(inNode));
    expect(pageErrors).toEqual([]);
  });

  it('gives the gold sentences and keeps offsets in the browser', async () => {
    const result = await page.evaluate((text) => {
      const api = (globalThis as unknown as { dhad: typeof dhad }).dhad;
      return {
        sentences: api.sentences(text).map(({ start, end }) => [start, end]),
        slicesBack: api.entities(text).every((entity) => text.slice(entity.start, entity.end) === entity.text),
        persianYeh: api.normalize(text.slice(2613, 2620)),
      };
    }, article.text);
    expect(result.sentences).toEqual(article.sentences.map(({ start, end }) => [start, end]));
    expect(result.slicesBack).toBe(true);
    expect(result.persianYeh).toBe(dhad.normalize(article.text.slice(2613, 2620)));
  });
});
