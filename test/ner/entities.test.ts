import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entities } from 'dhad';

const article = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');
const gold = (
  JSON.parse(readFileSync(new URL('../../corpus/article.entities.json', import.meta.url), 'utf8')) as {
    entities: { type: string; text: string; start: number; end: number; line: number }[];
  }
).entities;

const names = (text: string) =>
  entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }).map((e) => [e.type, e.text, e.start, e.end]);

describe('entities() on the seed article', () => {
  const lines = article.split('\n');
  const lineStart = (n: number) => lines.slice(0, n - 1).reduce((sum, l) => sum + l.length + 1, 0);

  it.each([1, 3, 9, 10, 12, 16, 18])('line %i: exactly the gold names', (n) => {
    const base = lineStart(n);
    const expected = gold.filter((e) => e.line === n).map((e) => [e.type, e.text, e.start - base, e.end - base]);
    expect(names(lines[n - 1])).toEqual(expected);
  });

  it('line 1: the whole result, with the rule types', () => {
    expect(entities(lines[0]).map(({ type, text }) => [type, text])).toEqual([
      ['LOC', 'موسكو'],
      ['DATE', 'اليوم الأربعاء'],
      ['PERS', 'فلاديمير بوتين'],
      ['PERS', 'إبراهيم رئيسي'],
    ]);
  });

  it('finds names behind clitics, with the span on the name', () => {
    expect(names('ونقل رئيسي لبوتين تحيات قائد الثورة الإسلامية السيد علي الخامنئي.')).toEqual([
      ['PERS', 'رئيسي', 5, 10],
      ['PERS', 'بوتين', 12, 17],
      ['PERS', 'علي الخامنئي', 52, 64],
    ]);
    expect(names('دعم موسكو وطهران أصبح عاملاً حاسماً')).toEqual([
      ['LOC', 'موسكو', 4, 9],
      ['LOC', 'طهران', 11, 16],
    ]);
    // The first ل of للولايات is the preposition; the second is the article's (its alef is not written).
    expect(names('نحن نتصدى للولايات المتحدة برفقة روسيا منذ 40 عاماً')).toEqual([
      ['LOC', 'لولايات المتحدة', 11, 26],
      ['LOC', 'روسيا', 33, 38],
    ]);
    // A preposition before a short name or before the first word of a longer one is cut off too.
    expect(names('وقال المتحدث إن غارات استهدفت مواقع لحزب الله في جنوب لبنان.')).toEqual([
      ['ORG', 'حزب الله', 37, 45],
      ['LOC', 'لبنان', 54, 59],
    ]);
    expect(names('وقدمت الحكومة طلبا لمنظمة الصحة العالمية لإرسال لقاحات.')).toEqual([['ORG', 'منظمة الصحة العالمية', 20, 40]]);
    expect(names('مشيراً إلى زيارته المقبلة لمصر.')).toEqual([['LOC', 'مصر', 27, 30]]);
  });

  it('keeps titles out of person spans', () => {
    const found = entities(lines[0], { types: ['PERS'] });
    expect(found.map((e) => e.text)).toEqual(['فلاديمير بوتين', 'إبراهيم رئيسي']);
    for (const e of found) expect(e.text).not.toContain('الرئيس');
  });

  it('reads Persian letters, diacritics and tatweel, with offsets into the raw text', () => {
    const persian = 'التقى فلادیمیر بوتین في موسکو';
    expect(names(persian)).toEqual([
      ['PERS', 'فلادیمیر بوتین', 6, 20],
      ['LOC', 'موسکو', 24, 29],
    ]);
    const line17 = lines[16];
    const found = entities(line17);
    expect(found.map(({ type, text }) => [type, text])).toEqual([
      ['LOC', 'طهران'],
      ['DATE', 'الیوم الأربعاء'],
      ['LOC', 'موسكو'],
      ['LOC', 'روسيا'],
    ]);
    const decorated = 'وصلَ الرئيسُ إلى مـوسـكـو';
    expect(names(decorated)).toEqual([['LOC', 'مـوسـكـو', 17, 25]]);
  });

  it('finds every gold PERS and LOC of the whole article (it is part of training)', () => {
    const found = new Set(names(article).map((e) => e.join(':')));
    for (const e of gold.filter((g) => g.type !== 'MISC')) expect(found.has([e.type, e.text, e.start, e.end].join(':'))).toBe(true);
  });
});

describe('entities() options and bad input', () => {
  it('returns [] for empty or blank text', () => {
    expect(entities('')).toEqual([]);
    expect(entities('   \n ')).toEqual([]);
  });

  it('rejects a non-string with a TypeError naming the argument', () => {
    expect(() => entities(42 as unknown as string)).toThrow(TypeError);
    expect(() => entities(null as unknown as string)).toThrow(/`text`/u);
  });

  it('rejects bad options with RangeError / TypeError', () => {
    expect(() => entities('x', { kinds: [] } as never)).toThrow(RangeError);
    expect(() => entities('x', { types: ['PERSON'] } as never)).toThrow(/PERS/u);
    expect(() => entities('x', { types: 'PERS' } as never)).toThrow(TypeError);
  });

  it('selects types', () => {
    const line = 'نحن نتصدى للولايات المتحدة برفقة روسيا منذ 40 عاماً';
    expect(entities(line, { types: ['DURATION'] }).map((e) => e.text)).toEqual(['40 عاماً']);
    expect(entities(line, { types: ['LOC'] }).map((e) => e.text)).toEqual(['لولايات المتحدة', 'روسيا']);
    expect(entities(line, { types: [] })).toEqual([]);
  });

  it('scores are in (0, 1]', () => {
    for (const e of entities(article)) {
      expect(e.score).toBeGreaterThan(0);
      expect(e.score).toBeLessThanOrEqual(1);
    }
  });

  it("a model entity's score is the CRF's probability of its weakest token: high for clear names, lower for doubtful spans", () => {
    const clear = entities('استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو.');
    expect(clear.map((e) => [e.type, e.text])).toEqual([['PERS', 'فلاديمير بوتين'], ['LOC', 'موسكو']]);
    for (const e of clear) expect(e.score).toBeGreaterThan(0.98);
    // An unseen club and a player's name run on into the next word: found, but with less confidence.
    const doubtful = entities('فاز نادي الهلال على النصر بثلاثة أهداف مقابل هدف، وسجل البرازيلي مالكوم هدفين.');
    expect(doubtful.length).toBeGreaterThan(0);
    expect(Math.min(...doubtful.map((e) => e.score))).toBeLessThan(0.9);
  });
});

describe('entities() invariants (property tests)', () => {
  const pieces = ['موسكو', 'لبوتين', 'الرئيس', ' ', '،', '.', '"', 'ـ', 'َ', 'ی', '38%', '2021', 'عام', 'اليوم', '\n', 'ﻻ', 'x', '-', 'و', 'ال'];
  it('results slice back to the input, sorted and non-overlapping; nothing throws', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string()), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = entities(text);
        let last = 0;
        for (const e of found) {
          expect(e.text).toBe(text.slice(e.start, e.end));
          expect(e.start).toBeGreaterThanOrEqual(last);
          expect(e.end).toBeGreaterThan(e.start);
          last = e.end;
        }
      }),
      { numRuns: 300 },
    );
  });

  it('stays linear on long degenerate input', () => {
    expect(entities('.'.repeat(200_000))).toEqual([]);
    expect(entities('"'.repeat(200_000))).toEqual([]);
    expect(Array.isArray(entities('ب'.repeat(200_000)))).toBe(true);
  });
});
