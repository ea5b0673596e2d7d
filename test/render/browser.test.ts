/**
 * The entity view in a real browser: Debian's Chromium (`apt-get install chromium`), driven by
 * playwright-core. Skips, saying so, where Chromium is not installed. Leaves the page and a screenshot in
 * test/output/ (not committed) for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, entities, renderEntities } from 'dhad';

// The page function below runs in Chromium: the project's types (Node, no DOM) do not describe it.
declare const document: any;
declare function getComputedStyle(element: unknown): { direction: string; backgroundColor: string };

const root = fileURLToPath(new URL('../..', import.meta.url));
const article = readFileSync(join(root, 'corpus', 'article.txt'), 'utf8');

function findChromium(): string | undefined {
  try {
    return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const chromiumPath = findChromium();
if (chromiumPath === undefined) {
  console.warn('test/render/browser.test.ts: SKIPPED: no `chromium` on PATH (Debian: apt-get install chromium)');
}

describe.skipIf(chromiumPath === undefined)('renderEntities in Chromium (skipped when `which chromium` finds nothing)', () => {
  it('renders right to left, every entity highlighted with its type; takes a screenshot', async () => {
    const { chromium } = await import('playwright-core');
    const found = entities(article);
    expect(found.length).toBeGreaterThan(10);
    const html = renderEntities(article, found);
    const output = join(root, 'test', 'output');
    mkdirSync(output, { recursive: true });
    writeFileSync(join(output, 'entities.html'), html);

    const profile = mkdtempSync(join(tmpdir(), 'dhad-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      headless: true,
      // Playwright's own limits (30 s) are too short for a loaded machine; vitest's timeout stops a hang.
      timeout: 0,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(0);
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await page.setViewportSize({ width: 1000, height: 800 });
      await page.setContent(html, { waitUntil: 'load' });

      const view = await page.evaluate(() => {
        const text = document.querySelector('.text')!;
        const box = text.getBoundingClientRect();
        // Where the first character of the text is drawn: at the right edge in a right-to-left page.
        const range = document.createRange();
        range.setStart(text.firstChild!, 0);
        range.setEnd(text.firstChild!, 1);
        const first = range.getBoundingClientRect();
        const marks = [...document.querySelectorAll('mark.entity')].map((mark) => {
          const label = mark.querySelector('.label');
          const style = getComputedStyle(mark);
          return {
            type: mark.getAttribute('data-type'),
            label: label?.textContent,
            // the surface: the mark's text without its label
            text: [...mark.childNodes].filter((node) => node !== label).map((node) => node.textContent).join(''),
            background: style.backgroundColor,
            visible: mark.getBoundingClientRect().width > 0 && mark.getBoundingClientRect().height > 0,
          };
        });
        return {
          htmlDir: document.documentElement.dir,
          lang: document.documentElement.lang,
          direction: getComputedStyle(text).direction,
          firstCharRightGap: box.right - first.right,
          firstCharLeftGap: first.left - box.left,
          marks,
          legend: [...document.querySelectorAll('.legend li')].map((item) => item.getAttribute('data-type')),
        };
      });

      expect(view.htmlDir).toBe('rtl');
      expect(view.lang).toBe('ar');
      expect(view.direction).toBe('rtl');
      expect(view.firstCharRightGap).toBeLessThan(60); // within the padding of the right edge
      expect(view.firstCharLeftGap).toBeGreaterThan(300);

      expect(view.marks).toHaveLength(found.length);
      view.marks.forEach((mark, index) => {
        expect(mark.type).toBe(found[index].type);
        expect(mark.label).toBe(found[index].type);
        expect(mark.text).toBe(found[index].text);
        expect(mark.visible).toBe(true);
        expect(mark.background).not.toMatch(/^rgba\(0, 0, 0, 0\)$|^transparent$/u); // highlighted
      });
      const colourOf = (type: string) => view.marks.find((mark) => mark.type === type)?.background;
      expect(colourOf('PERS')).toBeDefined();
      expect(colourOf('LOC')).toBeDefined();
      expect(colourOf('PERS')).not.toBe(colourOf('LOC'));
      expect(new Set(view.legend)).toEqual(new Set(found.map((entity) => entity.type)));
      expect(view.legend.every((type) => (ENTITY_TYPES as readonly (string | null)[]).includes(type))).toBe(true);
      expect(requests.filter((url) => !url.startsWith('about:') && !url.startsWith('data:'))).toEqual([]);

      const screenshot = join(output, 'entities.png');
      await page.screenshot({ path: screenshot, fullPage: true });
      expect(readFileSync(screenshot).subarray(1, 4).toString('latin1')).toBe('PNG');
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
