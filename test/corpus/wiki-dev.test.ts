/**
 * corpus/wiki-dev.entities.json, the NER dev set from Wikipedia (issue 14): the file's form (every span slices
 * back, types, order, word boundaries, no glued clitic at a span's edge, enough entities) and, where
 * ../shared/data is present, that its paragraphs are verbatim the ones scripts/sample-wiki-dev.ts draws from the
 * held-out articles.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isHeldOutArticle, unlabeledAvailable, type UnlabeledDocument } from '../../scripts/lib/unlabeled.js';
import { readHeldOutArticles, sampleFromArticles } from '../../scripts/sample-wiki-dev.js';

interface GoldEntity {
  type: string;
  text: string;
  start: number;
  end: number;
}
interface GoldParagraph {
  article: number;
  title: string;
  text: string;
  entities: GoldEntity[];
}
interface WikiDev {
  _about: string;
  _source: string;
  paragraphs: GoldParagraph[];
}

const FILE = new URL('../../corpus/wiki-dev.entities.json', import.meta.url);
const wikiDev = JSON.parse(readFileSync(FILE, 'utf8')) as WikiDev;

const TYPES = new Set(['PERS', 'LOC', 'ORG', 'MISC']);
/** Letters, marks, digits and tatweel continue a word; anything else (space, punctuation, RLM) ends it. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}\u0640]/u; // U+0640 ARABIC TATWEEL
/** A span starts with a letter and ends with a letter, a digit or the diacritic of its last letter, never with tatweel. */
const SPAN_START = /^\p{L}/u;
const SPAN_END = /[\p{L}\p{M}\p{N}]$/u;
const TATWEEL = '\u0640'; // ARABIC TATWEEL
/** What may be glued before a span: one or two proclitics و ف ب ل ك (وبإسرائيل → إسرائيل). */
const PROCLITICS = /^[\u0648\u0641\u0628\u0644\u0643]{1,2}$/u; // و ف ب ل ك
/** A span that starts like proclitic + article (بالقاهرة, وال…) or ل + ل (للولايات, where the span must be لولايات). */
const CLITIC_AND_ARTICLE = /^(?:[\u0648\u0641\u0628\u0643]\u0627\u0644|\u0644\u0644)/u; // [و ف ب ك] ا ل, or ل ل
/** Names that really begin with those letters (Balmoral, Wallenstein in two spellings). */
const NAMES_THAT_LOOK_CLITICIZED = new Set(['بالمورال', 'فالنشتاين', 'فالدشتين']);
const GLUABLE = new Set(['\u0648', '\u0641', '\u0628', '\u0644', '\u0643']); // و ف ب ل ك

/** Everything wrong with the file's form, one message per problem (empty: the file is well formed). */
function formProblems(data: WikiDev): string[] {
  const problems: string[] = [];
  const goldTexts = new Map<string, Set<string>>();
  for (const p of data.paragraphs) for (const e of p.entities) {
    if (!goldTexts.has(e.text)) goldTexts.set(e.text, new Set());
    goldTexts.get(e.text)!.add(e.type);
  }
  data.paragraphs.forEach((p, i) => {
    const at = `paragraph ${i} (article ${p.article})`;
    if (!Number.isInteger(p.article) || !isHeldOutArticle(p.article)) problems.push(`${at}: not a held-out article`);
    if (typeof p.title !== 'string' || p.title === '') problems.push(`${at}: no title`);
    if (typeof p.text !== 'string' || p.text === '' || p.text !== p.text.trim()) problems.push(`${at}: text empty or not trimmed`);
    let previousEnd = 0;
    for (const e of p.entities) {
      const where = `${at}: ${e.type} ${JSON.stringify(e.text)} [${e.start},${e.end})`;
      if (Object.keys(e).join() !== 'type,text,start,end') problems.push(`${where}: keys are ${Object.keys(e).join()}`);
      if (!TYPES.has(e.type)) problems.push(`${where}: unknown type`);
      if (!Number.isInteger(e.start) || !Number.isInteger(e.end) || e.start < 0 || e.end > p.text.length || e.start >= e.end) {
        problems.push(`${where}: offsets out of range`);
        continue;
      }
      if (p.text.slice(e.start, e.end) !== e.text) problems.push(`${where}: slices to ${JSON.stringify(p.text.slice(e.start, e.end))}`);
      if (e.start < previousEnd) problems.push(`${where}: overlaps or precedes the entity before it`);
      previousEnd = Math.max(previousEnd, e.end);
      const edges = !SPAN_START.test(e.text) || !SPAN_END.test(e.text) || e.text.startsWith(TATWEEL) || e.text.endsWith(TATWEEL);
      if (edges) problems.push(`${where}: space, punctuation or tatweel at an edge`);
      if (e.end < p.text.length && WORD_CHARACTER.test(p.text[e.end])) problems.push(`${where}: ends inside a word`);
      let wordStart = e.start;
      while (wordStart > 0 && WORD_CHARACTER.test(p.text[wordStart - 1])) wordStart--;
      const glued = p.text.slice(wordStart, e.start);
      if (glued !== '' && !PROCLITICS.test(glued)) problems.push(`${where}: starts inside a word (after ${JSON.stringify(glued)})`);
      if (CLITIC_AND_ARTICLE.test(e.text) && !NAMES_THAT_LOOK_CLITICIZED.has(e.text)) problems.push(`${where}: a glued clitic inside the span`);
      if (GLUABLE.has(e.text[0]) && goldTexts.get(e.text.slice(1))?.has(e.type)) {
        problems.push(`${where}: ${JSON.stringify(e.text.slice(1))} is annotated elsewhere, so ${JSON.stringify(e.text[0])} is a clitic`);
      }
    }
  });
  return problems;
}

const entities = wikiDev.paragraphs.flatMap((p) => p.entities);

describe('corpus/wiki-dev.entities.json: form', () => {
  it('says what it is and where the text comes from (CC BY-SA 4.0, Wikipedia, Saad & Alijla)', () => {
    expect(wikiDev._about).toMatch(/ANERcorp/u);
    expect(wikiDev._source).toMatch(/CC BY-SA 4\.0/u);
    expect(wikiDev._source).toMatch(/Wikipedia contributors/u);
    expect(wikiDev._source).toMatch(/Saad and Basem Alijla/u);
  });

  it('has no problem of form: spans slice back, valid types, sorted, not overlapping, on word boundaries, no glued clitic', () => {
    expect(formProblems(wikiDev)).toEqual([]);
  });

  it('holds at least 450 entities, every type well represented, from many articles', () => {
    expect(entities.length).toBeGreaterThanOrEqual(450);
    for (const type of TYPES) expect(entities.filter((e) => e.type === type).length).toBeGreaterThanOrEqual(40);
    const articles = new Set(wikiDev.paragraphs.map((p) => p.article));
    expect(articles.size).toBeGreaterThanOrEqual(60);
    // At most two paragraphs from one article, as the sampler draws them.
    const perArticle = new Map<number, number>();
    for (const p of wikiDev.paragraphs) perArticle.set(p.article, (perArticle.get(p.article) ?? 0) + 1);
    expect(Math.max(...perArticle.values())).toBeLessThanOrEqual(2);
  });

  it('keeps the conventions on real cases: clitic and ل of للـ cut, article kept, titles out', () => {
    const spans = (text: string) => entities.filter((e) => e.text === text).map((e) => e.type);
    expect(spans('لزمالك')).toEqual(['ORG']); // للزمالك: the preposition cut, the article's ل kept
    expect(spans('جامعة كولومبيا')).toEqual(['ORG']); // لجامعة كولومبيا
    expect(spans('القاهرة').every((type) => type === 'LOC')).toBe(true);
    expect(spans('تشارلز')).toEqual(['PERS', 'PERS']); // الأمير تشارلز: the title is out
    expect(spans('دولار').every((type) => type === 'MISC')).toBe(true);
    expect(entities.some((e) => /^(?:الرئيس|الملك|الأمير|الإمام|البابا|الشيخ) /u.test(e.text))).toBe(false);
  });
});

describe('the form checks catch a broken file', () => {
  const broken = (edit: (copy: WikiDev) => void): string[] => {
    const copy = structuredClone(wikiDev);
    edit(copy);
    return formProblems(copy);
  };
  const paragraphWith = (text: string) => wikiDev.paragraphs.findIndex((p) => p.entities.some((e) => e.text === text));

  it('a shifted offset', () => {
    expect(broken((d) => { d.paragraphs[0].entities[0].start += 1; }).join('\n')).toMatch(/slices to|starts inside a word/u);
  });
  it('a span that takes the glued و (وبديعة, where بديعة is annotated in the same paragraph)', () => {
    const i = paragraphWith('بديعة');
    const problems = broken((d) => {
      const e = d.paragraphs[i].entities.find((x) => x.text === 'بديعة' && d.paragraphs[i].text[x.start - 1] === '\u0648')!; // و
      e.start -= 1;
      e.text = d.paragraphs[i].text.slice(e.start, e.end);
    });
    expect(problems.join('\n')).toMatch(/"بديعة" is annotated elsewhere, so "و" is a clitic/u);
  });
  it('a span that keeps both ل of للزمالك', () => {
    const i = paragraphWith('لزمالك');
    const problems = broken((d) => {
      const e = d.paragraphs[i].entities.find((x) => x.text === 'لزمالك')!;
      e.start -= 1;
      e.text = d.paragraphs[i].text.slice(e.start, e.end);
    });
    expect(problems.join('\n')).toMatch(/glued clitic inside the span/u);
  });
  it('a span cut inside a word, a span ending on a space, overlapping spans, an unknown type', () => {
    const cut = broken((d) => {
      const e = d.paragraphs[0].entities[0];
      e.end -= 1;
      e.text = d.paragraphs[0].text.slice(e.start, e.end);
    });
    expect(cut.join('\n')).toMatch(/ends inside a word/u);
    const space = broken((d) => {
      const p = d.paragraphs.find((x) => x.entities.length > 0 && x.text[x.entities[0].end] === ' ')!;
      p.entities[0].end += 1;
      p.entities[0].text = p.text.slice(p.entities[0].start, p.entities[0].end);
    });
    expect(space.join('\n')).toMatch(/at an edge/u);
    const overlap = broken((d) => { d.paragraphs[0].entities[1].start = d.paragraphs[0].entities[0].start; });
    expect(overlap.join('\n')).toMatch(/overlaps/u);
    expect(broken((d) => { d.paragraphs[0].entities[0].type = 'PER'; }).join('\n')).toMatch(/unknown type/u);
  });
  it('a paragraph from an article that is not held out', () => {
    expect(broken((d) => { d.paragraphs[0].article += 1; }).join('\n')).toMatch(/not a held-out article/u);
  });
});

describe.skipIf(!unlabeledAvailable())('corpus/wiki-dev.entities.json against ../shared/data/arwiki (skipped without it)', () => {
  let heldOut: UnlabeledDocument[] | undefined;
  const articles = async (): Promise<UnlabeledDocument[]> => (heldOut ??= await readHeldOutArticles());

  it('every paragraph is a line of its held-out article, verbatim, under the article\'s title', async () => {
    const byId = new Map((await articles()).map((doc) => [Number(doc.id), doc]));
    for (const p of wikiDev.paragraphs) {
      const doc = byId.get(p.article);
      expect(doc, `article ${p.article} is not among the held-out articles`).toBeDefined();
      expect(doc!.title).toBe(p.title);
      expect(doc!.text.split('\n').some((line) => line.trim() === p.text), `paragraph not found in article ${p.article}`).toBe(true);
    }
  }, 120_000);

  it('the paragraphs are exactly those scripts/sample-wiki-dev.ts draws, in its order', async () => {
    const sample = sampleFromArticles(await articles());
    expect(wikiDev.paragraphs.map((p) => [p.article, p.text])).toEqual(sample.map((p) => [p.article, p.text]));
  }, 120_000);
});
