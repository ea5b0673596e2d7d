/**
 * `dhad/corpus`: the generated fixture matches corpus/ (the source of truth), every gold span slices back
 * from the text, and the library agrees with the gold sentences and normalizations.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { article } from 'dhad/corpus';
import { normalize, normalizeWithOffsets, mapRange, sentences, tokenize } from 'dhad';
import { buildArticleFixture, expectedFixtureFile, GENERATED_PATH } from '../../scripts/build-corpus-module.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const articleFile = readFileSync(`${root}/corpus/article.txt`, 'utf8');
const entitiesFile = readFileSync(`${root}/corpus/article.entities.json`, 'utf8');

describe('the generated module', () => {
  it('is what scripts/build-corpus-module.ts makes of corpus/ today (else run `npm run build:corpus`)', () => {
    expect(readFileSync(`${root}/${GENERATED_PATH}`, 'utf8')).toBe(expectedFixtureFile(root));
  });

  it('exports the fixture as generated, frozen', () => {
    const { text, lines, sentences: gold, entities, normalizations } = buildArticleFixture(articleFile, entitiesFile);
    expect(article).toEqual({ text, lines, sentences: gold, entities, normalizations });
    expect(Object.keys(article)).toEqual(['text', 'lines', 'sentences', 'entities', 'normalizations']);
    expect(Object.isFrozen(article)).toBe(true);
    expect(Object.isFrozen(article.entities)).toBe(true);
    expect(Object.isFrozen(article.entities[0])).toBe(true);
  });

  it('holds corpus/article.txt byte for byte, its 18 lines and 20 sentences', () => {
    expect(article.text).toBe(articleFile);
    expect(article.lines.map((line) => line.text)).toEqual(articleFile.split('\n'));
    expect(article.lines).toHaveLength(18);
    expect(article.sentences).toHaveLength(20);
  });

  it('holds every gold entity of corpus/article.entities.json with its type and offsets', () => {
    const gold = (JSON.parse(entitiesFile) as { entities: { type: string; text: string; start: number; end: number }[] }).entities;
    expect(article.entities.map(({ type, text, start, end }) => ({ type, text, start, end }))).toEqual(
      gold.map(({ type, text, start, end }) => ({ type, text, start, end })),
    );
  });

  it('refuses gold entities that do not slice back from the article', () => {
    const shifted = JSON.stringify({ entities: [{ type: 'LOC', text: 'موسكو', start: 41, end: 46, line: 1 }] });
    expect(() => buildArticleFixture(articleFile, shifted)).toThrow(/does not slice back/u);
  });
});

describe('every span slices back from the text', () => {
  const groups = { lines: article.lines, sentences: article.sentences, entities: article.entities, normalizations: article.normalizations };
  for (const [name, spans] of Object.entries(groups)) {
    it(`${name}: text.slice(start, end) === text, in order, not overlapping`, () => {
      let previousEnd = 0;
      for (const span of spans) {
        expect(article.text.slice(span.start, span.end)).toBe(span.text);
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        expect(span.end).toBeGreaterThan(span.start);
        previousEnd = span.end;
      }
    });
  }

  it('entities: each lies inside its sentence and on its line', () => {
    for (const entity of article.entities) {
      const sentence = article.sentences[entity.sentence];
      const line = article.lines[entity.line - 1];
      expect(sentence.start <= entity.start && entity.end <= sentence.end).toBe(true);
      expect(line.start <= entity.start && entity.end <= line.end).toBe(true);
    }
  });
});

describe('gold content', () => {
  it('the two lines with two sentences split after the full stop', () => {
    const twoSentenceLines = article.lines
      .map((line, index) => ({ index, count: article.sentences.filter((s) => s.start >= line.start && s.end <= line.end).length }))
      .filter((line) => line.count === 2)
      .map((line) => line.index + 1);
    expect(twoSentenceLines).toEqual([10, 15]);
    expect(article.sentences[9].text.endsWith('الدولية.')).toBe(true);
    expect(article.sentences[15].text.endsWith('المشتركة".')).toBe(true);
  });

  it('entity counts by type', () => {
    const counts: Record<string, number> = {};
    for (const entity of article.entities) counts[entity.type] = (counts[entity.type] ?? 0) + 1;
    expect(counts).toEqual({ PERS: 20, LOC: 26, MISC: 1 });
  });

  it('the Persian yeh words, surface → standard → search', () => {
    const persian = article.normalizations.filter((n) => n.reasons.includes('persian-letter'));
    expect(persian.map(({ text, standard, search }) => [text, standard, search])).toEqual([
      ['قبیل', 'قبيل', 'قبيل'],
      ['الیوم', 'اليوم', 'اليوم'],
      ['الإقلیمیة', 'الإقليمية', 'الاقليميه'],
    ]);
    expect(persian[0].text.codePointAt(2)).toBe(0x06cc); // ARABIC LETTER FARSI YEH
  });

  it.each([
    // surface, standard, search, reasons
    ['وأكَّد', 'وأكد', 'واكد', ['haraka', 'shadda']],
    ['عمّا', 'عما', 'عما', ['shadda']],
    ['مسودةً', 'مسودة', 'مسوده', ['tanween']],
    ['تجربةٌ', 'تجربة', 'تجربه', ['tanween']],
    ['لعلاقاتٍ', 'لعلاقات', 'لعلاقات', ['tanween']],
    ['إنّ', 'إن', 'ان', ['shadda']],
  ])('%s → %s → %s', (surface, standard, search, reasons) => {
    const entry = article.normalizations.find((n) => n.text === surface);
    expect(entry).toEqual(expect.objectContaining({ standard, search, reasons }));
  });

  it('lists tanween, shadda and Persian letters only (the article has no tatweel or invisible characters)', () => {
    const reasons = new Set(article.normalizations.flatMap((n) => n.reasons));
    expect([...reasons].sort()).toEqual(['haraka', 'persian-letter', 'shadda', 'tanween']);
    expect(article.normalizations).toHaveLength(47);
  });
});

describe('the library agrees with the gold reference', () => {
  it('sentences(article.text) gives the gold sentences', () => {
    expect(sentences(article.text).map(({ text, start, end }) => ({ text, start, end }))).toEqual(
      article.sentences.map(({ text, start, end }) => ({ text, start, end })),
    );
  });

  it('normalize gives the gold standard and search forms', () => {
    for (const entry of article.normalizations) {
      expect([entry.text, normalize(entry.text)]).toEqual([entry.text, entry.standard]);
      expect([entry.text, normalize(entry.text, 'search')]).toEqual([entry.text, entry.search]);
    }
  });

  it('tokenize keeps each changed word whole, with the gold standard form as its norm', () => {
    const byStart = new Map(tokenize(article.text).map((token) => [token.start, token]));
    for (const entry of article.normalizations) {
      const token = byStart.get(entry.start);
      expect({ text: token?.text, end: token?.end, norm: token?.norm }).toEqual({ text: entry.text, end: entry.end, norm: entry.standard });
    }
  });

  it('normalizeWithOffsets: each gold word becomes its search form, and maps back to its surface', () => {
    const { text: normalized, offsets } = normalizeWithOffsets(article.text, 'search');
    const firstAtOrAfter = (inputIndex: number): number => {
      let i = 0;
      while (offsets[i] < inputIndex) i++;
      return i;
    };
    for (const entry of article.normalizations) {
      const from = firstAtOrAfter(entry.start);
      const to = firstAtOrAfter(entry.end);
      expect(normalized.slice(from, to)).toBe(entry.search);
      expect(mapRange(offsets, from, to)).toEqual([entry.start, entry.end]);
    }
  });
});
