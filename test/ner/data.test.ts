import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalize } from 'dhad';
import locations from '../../src/ner/gazetteers/locations.json';
import misc from '../../src/ner/gazetteers/misc.json';
import organizations from '../../src/ner/gazetteers/organizations.json';
import people from '../../src/ner/gazetteers/people.json';
import triggers from '../../src/ner/gazetteers/triggers.json';
import temporal from '../../src/ner/temporal.json';

/** The lists `npm run curate:gazetteers` maintains. */
const gazetteers: [string, string[]][] = [
  ['locations', locations.entries],
  ['organizations', organizations.entries],
  ['first names', people.firstNames],
  ['known people', people.knownPeople],
  ['family names', people.familyNames],
  ['misc', misc.entries],
];

const lists: [string, unknown][] = [
  ...gazetteers,
  ['person triggers', triggers.person],
  ['location triggers', triggers.location],
  ['organization triggers', triggers.organization],
  ['misc triggers', triggers.misc],
  ...Object.entries(temporal).filter(([k]) => !k.startsWith('_')),
];

describe('NER data files', () => {
  it.each(lists)('%s: every entry is in search-normalized form, single-spaced', (_name, entries) => {
    for (const e of entries as string[]) {
      expect(normalize(e, 'search')).toBe(e);
      expect(e).toBe(e.trim());
      expect(e.includes('  ')).toBe(false);
    }
  });

  it.each(gazetteers)('%s: as curate:gazetteers leaves them, sorted without duplicates, cut into NER tokens', (_name, entries) => {
    expect(entries).toEqual([...new Set(entries)].sort());
    // The model's splitter makes punctuation a token of its own: `اف-16` is stored as `اف - 16`.
    for (const e of entries) expect(e).not.toMatch(/[\p{L}\p{N}][^\p{L}\p{N}\s]|[^\p{L}\p{N}\s][\p{L}\p{N}]/u);
  });

  it('given and family names are single words', () => {
    for (const e of [...people.firstNames, ...people.familyNames]) expect(e).not.toContain(' ');
  });

  it('the article gold slices back to the article', () => {
    const article = readFileSync(new URL('../../corpus/article.txt', import.meta.url), 'utf8');
    const gold = JSON.parse(readFileSync(new URL('../../corpus/article.entities.json', import.meta.url), 'utf8')) as {
      entities: { text: string; start: number; end: number; type: string }[];
    };
    let last = 0;
    for (const e of gold.entities) {
      expect(article.slice(e.start, e.end)).toBe(e.text);
      expect(['PERS', 'LOC', 'ORG', 'MISC']).toContain(e.type);
      expect(e.start).toBeGreaterThanOrEqual(last);
      last = e.end;
    }
  });

  it('the unseen-news evaluation set is well formed: every gold entity is in its sentence', () => {
    const news = JSON.parse(readFileSync(new URL('../../corpus/news-unseen.entities.json', import.meta.url), 'utf8')) as {
      sentences: { text: string; entities: { type: string; text: string; occurrence?: number }[] }[];
    };
    expect(news.sentences.length).toBeGreaterThanOrEqual(40);
    for (const sentence of news.sentences) {
      let last = -1;
      for (const e of sentence.entities) {
        expect(['PERS', 'LOC', 'ORG', 'MISC']).toContain(e.type);
        let start = -1;
        for (let k = 0; k <= (e.occurrence ?? 0); k++) start = sentence.text.indexOf(e.text, start + 1);
        expect(start, `${e.text} in ${sentence.text}`).toBeGreaterThan(last);
        last = start;
      }
    }
  });

  it('the generated model names its licence and sources', () => {
    const head = readFileSync(new URL('../../src/ner/model.generated.ts', import.meta.url), 'utf8').slice(0, 1500);
    expect(head).toContain('CC BY-SA 4.0');
    expect(head).toContain('Benajiba');
    expect(head).toContain('Obeid');
  });
});
