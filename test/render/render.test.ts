import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, entities, normalize, renderEntities, type EntitySpan } from 'dhad';

const article = readFileSync(fileURLToPath(new URL('../../corpus/article.txt', import.meta.url)), 'utf8');
const labels = JSON.parse(readFileSync(fileURLToPath(new URL('../../src/render/labels.json', import.meta.url)), 'utf8')) as Record<
  string,
  { ar: string; en: string } | string
>;

/** The text of the page's `.text` block with the tags and entity labels taken out, entities unescaped. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf('<div class="text">') + '<div class="text">'.length, html.lastIndexOf('</div>'));
  return body
    .replace(/<span class="label">[^<]*<\/span>/gu, '')
    .replace(/<[^>]*>/gu, '')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;/gu, "'")
    .replace(/&amp;/gu, '&');
}

describe('renderEntities', () => {
  it('marks each entity with its type, in a right-to-left Arabic page', () => {
    const text = 'التقى بوتين رئيسي في موسكو.';
    const html = renderEntities(text, [
      { type: 'LOC', start: 21, end: 26 },
      { type: 'PERS', start: 6, end: 11 },
      { type: 'PERS', start: 12, end: 17 },
    ]);
    expect(html.startsWith('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html).toContain(
      '<div class="text">التقى <mark class="entity entity-PERS" data-type="PERS">بوتين<span class="label">PERS</span></mark> ' +
        '<mark class="entity entity-PERS" data-type="PERS">رئيسي<span class="label">PERS</span></mark> في ' +
        '<mark class="entity entity-LOC" data-type="LOC">موسكو<span class="label">LOC</span></mark>.</div>',
    );
    // the legend: dhad's type order, Arabic names, counts
    expect(html).toContain(
      '<ul class="legend" aria-label="entity types"><li data-type="PERS" title="person"><span class="swatch entity-PERS">PERS</span> شخص ' +
        '<span class="count">2</span></li><li data-type="LOC" title="location"><span class="swatch entity-LOC">LOC</span> مكان ' +
        '<span class="count">1</span></li></ul>',
    );
    expect(html).toContain('.entity-PERS { background: #cfc4ff; }');
    expect(html).not.toContain('.entity-ORG {'); // only the types present get a rule
  });

  it('is self-contained: no scripts, no external assets', () => {
    const html = renderEntities(article, entities(article));
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|https?:/iu);
    expect(html.endsWith('</html>\n')).toBe(true);
  });

  it('keeps every character of the article, entities included', () => {
    const found = entities(article);
    const html = renderEntities(article, found);
    expect(visibleText(html)).toBe(article);
    expect(html.match(/<mark class="entity /gu)).toHaveLength(found.length);
  });

  it('escapes the text, the types and the options', () => {
    const text = `<script>alert("x")</script> & 'عمرو' <b>`;
    const start = text.indexOf("'");
    const html = renderEntities(text, [{ type: 'X"><i>', start, end: start + 6 }], { title: '</title><script>', lang: 'ar"x' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).not.toContain('<i>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; ');
    expect(html).toContain('<mark class="entity entity-X___i_" data-type="X&quot;&gt;&lt;i&gt;">&#39;عمرو&#39;');
    expect(html).toContain('<title>&lt;/title&gt;&lt;script&gt;</title>');
    expect(html).toContain('<html dir="rtl" lang="ar&quot;x">');
    expect(visibleText(html)).toBe(text);
  });

  it('colours types it does not know, and takes lang and dir options', () => {
    const html = renderEntities('دواء أسبرين', [{ type: 'DRUG', start: 5, end: 11 }], { lang: 'fa', dir: 'auto' });
    expect(html).toContain('<html dir="auto" lang="fa">');
    expect(html).toMatch(/\.entity-DRUG \{ background: #[0-9a-f]{6}; \}/u);
    expect(html).toContain('<li data-type="DRUG"><span class="swatch entity-DRUG">DRUG</span> <span class="count">1</span></li>');
  });

  it('renders a text without entities, and the empty text', () => {
    expect(visibleText(renderEntities('لا شيء هنا', []))).toBe('لا شيء هنا');
    expect(renderEntities('', [])).toContain('<div class="text"></div>');
    expect(renderEntities('', [])).toContain('<ul class="legend" aria-label="entity types"></ul>');
  });

  it('rejects bad arguments with errors that name them', () => {
    expect(() => renderEntities(5 as unknown as string, [])).toThrow(
      new TypeError('dhad.renderEntities: expected `text` to be a string, found number 5'),
    );
    expect(() => renderEntities('abc', null as unknown as EntitySpan[])).toThrow(/expected `entities` to be an array, found null/u);
    expect(() => renderEntities('abc', [{ type: 'LOC', start: 1, end: 9 }])).toThrow(RangeError);
    expect(() => renderEntities('abc', [{ type: 'LOC', start: 2, end: 2 }])).toThrow(/`entities\[0\]`.*start < end/u);
    expect(() => renderEntities('abc', [{ type: 3 as unknown as string, start: 0, end: 1 }])).toThrow(/`entities\[0\]\.type`/u);
    expect(() =>
      renderEntities('abcdef', [
        { type: 'A', start: 0, end: 3 },
        { type: 'B', start: 2, end: 4 },
      ]),
    ).toThrow(/must not overlap: `entities\[0\]` \(0-3\) and `entities\[1\]` \(2-4\)/u);
    expect(() => renderEntities('abc', [], { colour: 'red' } as never)).toThrow(/unknown option `colour`/u);
    expect(() => renderEntities('abc', [], { dir: 'up' } as never)).toThrow(/`options.dir` to be one of 'rtl', 'ltr', 'auto'/u);
  });

  it('keeps any text whole around any non-overlapping entities (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (text, cuts) => {
          const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
          const spans: EntitySpan[] = [];
          for (let k = 0; k + 1 < points.length; k += 2) spans.push({ type: k % 4 ? 'LOC' : 'PERS', start: points[k], end: points[k + 1] });
          const html = renderEntities(text, spans);
          expect(visibleText(html)).toBe(text);
          expect(html.match(/<mark /gu)?.length ?? 0).toBe(spans.length);
        },
      ),
    );
  });
});

describe('render/labels.json', () => {
  it('names every entity type of dhad, in normalized form', () => {
    const entries = Object.entries(labels).filter(([key]) => !key.startsWith('_'));
    expect(entries.map(([key]) => key).sort()).toEqual([...ENTITY_TYPES].sort());
    for (const [, label] of entries) {
      if (typeof label === 'string') throw new Error('expected { ar, en }');
      expect(normalize(label.ar)).toBe(label.ar);
    }
  });
});
