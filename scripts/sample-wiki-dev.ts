/**
 * Chooses the paragraphs of corpus/wiki-dev.entities.json, the NER dev set from another domain than 2006 news
 * (issue 14): running prose from the HELD-OUT Wikipedia articles only (`readWikipedia('only')`, page id ≡ 7
 * mod 50, excluded from every statistic the library learns), so the set measures text that no word table,
 * cluster or gazetteer was built from.
 *
 * How: every held-out article's lines are filtered to running prose (`isRunningProse`: 150–900 characters,
 * nearly all letters Arabic, ends like a sentence, no wiki markup, lists or number tables). With a fixed seed
 * (mulberry32), the articles are shuffled and each article's eligible paragraphs too; the sample takes one
 * paragraph from each article in shuffled order, then a second one from each, until it holds TARGET_CHARACTERS
 * characters of text. So many articles and topics are covered, no article gives more than two paragraphs, and
 * the same data always gives the same paragraphs (a larger target only appends).
 *
 * Run: npx tsx scripts/sample-wiki-dev.ts            prints the chosen paragraphs
 *      npx tsx scripts/sample-wiki-dev.ts --skeleton writes corpus/wiki-dev.entities.json with no entities
 *                                                    (refuses to overwrite it: the annotations are by hand)
 *      npx tsx scripts/sample-wiki-dev.ts --check    checks that the annotated file holds exactly the sample
 * Skips with a message where ../shared/data is absent.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, readWikipedia, skipWithoutData, type UnlabeledDocument } from './lib/unlabeled.js';
import { mulberry32, shuffle } from './lib/random.js';

export const WIKI_DEV_PATH = resolve(ROOT, 'corpus/wiki-dev.entities.json');
/** The seed of the shuffles: the dump's date (20 January 2017). */
export const SEED = 20170120;
/** Enough text for about 500 entities at the density of encyclopedic prose (about one entity per 70 characters). */
export const TARGET_CHARACTERS = 36_000;
export const MIN_CHARACTERS = 150;
export const MAX_CHARACTERS = 900;
/** At most this many paragraphs come from one article. */
export const MAX_PER_ARTICLE = 2;

export interface SampledParagraph {
  /** Wikipedia page id. */
  article: number;
  title: string;
  /** Index of the paragraph among the article's lines (`text.split('\n')`). */
  line: number;
  /** The line as it is in the corpus, without surrounding white space. */
  text: string;
}


const LETTER = /\p{L}/gu;
const ARABIC_LETTER = /(?=\p{L})\p{scx=Arabic}/gu;
const DIGIT = /\p{Nd}/gu;
/** Wiki markup and formula placeholders left in the dump, tabs of tables. */
const DEBRIS = /\[\[|\]\]|\{\{|\}\}|[|=\t]|formula_/u;
/** A paragraph of prose ends like a sentence, maybe inside closing quotes or brackets. */
const SENTENCE_END = /[.!؟][»"”')]*$/u;
/** Prose starts with a word: not with a bullet or number (list items), nor with the tail of a quotation. */
const WORD_START = /^\p{L}/u;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * Running prose, not lists, tables or infobox debris: 150–900 characters, at least 25 words, every letter
 * Arabic (a Latin, Greek or Hebrew gloss would need annotation conventions ANERcorp does not have), at most 8%
 * digits, no wiki markup, starting with a word (not a bullet, a number or the tail of a quotation) and ending
 * like a sentence.
 */
export function isRunningProse(paragraph: string): boolean {
  if (paragraph.length < MIN_CHARACTERS || paragraph.length > MAX_CHARACTERS) return false;
  if (DEBRIS.test(paragraph) || !WORD_START.test(paragraph) || !SENTENCE_END.test(paragraph)) return false;
  if (paragraph.split(/\s+/u).length < 25) return false;
  if (count(paragraph, ARABIC_LETTER) !== count(paragraph, LETTER)) return false;
  return count(paragraph, DIGIT) / paragraph.length <= 0.08;
}

interface Candidates {
  article: number;
  title: string;
  paragraphs: { line: number; text: string }[];
}

/** The held-out articles, read through the project's one reader of the unlabeled corpus. */
export async function readHeldOutArticles(): Promise<UnlabeledDocument[]> {
  const articles: UnlabeledDocument[] = [];
  for await (const doc of readWikipedia('only')) articles.push(doc);
  return articles;
}

/** The articles' eligible paragraphs, articles in page-id order, each paragraph text once. */
function candidates(articles: readonly UnlabeledDocument[]): Candidates[] {
  const seen = new Set<string>();
  const out: Candidates[] = [];
  for (const doc of articles) {
    const paragraphs: { line: number; text: string }[] = [];
    doc.text.split('\n').forEach((raw, line) => {
      const text = raw.trim();
      if (!isRunningProse(text) || seen.has(text)) return;
      seen.add(text);
      paragraphs.push({ line, text });
    });
    if (paragraphs.length > 0) out.push({ article: Number(doc.id), title: doc.title ?? '', paragraphs });
  }
  return out.sort((a, b) => a.article - b.article);
}

/** The sample drawn from `articles` (the held-out ones), in the order it was drawn. */
export function sampleFromArticles(articles: readonly UnlabeledDocument[], targetCharacters = TARGET_CHARACTERS): SampledParagraph[] {
  const random = mulberry32(SEED);
  const shuffled = shuffle(candidates(articles), random);
  // Every article's paragraphs are shuffled before anything is taken, so a larger target only appends.
  for (const article of shuffled) shuffle(article.paragraphs, random);
  const sample: SampledParagraph[] = [];
  let characters = 0;
  for (let round = 0; round < MAX_PER_ARTICLE; round++) {
    for (const { article, title, paragraphs } of shuffled) {
      if (characters >= targetCharacters) return sample;
      const chosen = paragraphs[round];
      if (chosen === undefined) continue;
      sample.push({ article, title, line: chosen.line, text: chosen.text });
      characters += chosen.text.length;
    }
  }
  return sample;
}

/** The sample of the held-out Wikipedia articles (reads ../shared/data). */
export async function sampleWikiDev(targetCharacters = TARGET_CHARACTERS): Promise<SampledParagraph[]> {
  return sampleFromArticles(await readHeldOutArticles(), targetCharacters);
}

interface WikiDevFile {
  paragraphs: { article: number; title: string; text: string; entities: unknown[] }[];
}

export const SOURCE =
  'Text: Arabic Wikipedia (dump of 20 January 2017), by Wikipedia contributors, CC BY-SA 4.0; collected and aligned ' +
  'by Motaz Saad and Basem Alijla, "WikiDocsAligner: an off-the-shelf Wikipedia Documents Alignment Tool", PICICT ' +
  '2017 (repository motazsaad/comparableWikiCoprus, the ar side; ../shared/data/arwiki/). Paragraphs are quoted ' +
  'unchanged; `article` is the Wikipedia page id. The annotations are by the dhad project, also CC BY-SA 4.0.';

async function main(): Promise<void> {
  skipWithoutData('sample-wiki-dev');
  const sample = await sampleWikiDev();
  const characters = sample.reduce((n, p) => n + p.text.length, 0);
  const articleCount = new Set(sample.map((p) => p.article)).size;
  if (process.argv.includes('--check')) {
    const file = JSON.parse(readFileSync(WIKI_DEV_PATH, 'utf8')) as WikiDevFile;
    const expected = sample.map((p) => `${p.article}\t${p.text}`);
    const actual = file.paragraphs.map((p) => `${p.article}\t${p.text}`);
    const differing = expected.findIndex((p, i) => p !== actual[i]);
    if (expected.length !== actual.length || differing >= 0) {
      console.error(`corpus/wiki-dev.entities.json does not hold the sample (first difference at paragraph ${differing >= 0 ? differing : Math.min(expected.length, actual.length)})`);
      process.exitCode = 1;
    } else console.log(`corpus/wiki-dev.entities.json holds the sample: ${sample.length} paragraphs from ${articleCount} articles`);
    return;
  }
  sample.forEach((p, i) => console.log(`[${i}] ${p.article} ${p.title} (line ${p.line}, ${p.text.length} characters)\n${p.text}\n`));
  console.log(`${sample.length} paragraphs from ${articleCount} held-out articles, ${characters} characters (seed ${SEED})`);
  if (process.argv.includes('--skeleton')) {
    if (existsSync(WIKI_DEV_PATH)) {
      console.error(`${WIKI_DEV_PATH} exists: not overwritten (its entities are annotated by hand)`);
      process.exitCode = 1;
      return;
    }
    const skeleton = {
      _about: 'NER dev set from Arabic Wikipedia, sampled by scripts/sample-wiki-dev.ts; entities to be annotated by hand.',
      _source: SOURCE,
      paragraphs: sample.map(({ article, title, text }) => ({ article, title, text, entities: [] })),
    };
    writeFileSync(WIKI_DEV_PATH, `${JSON.stringify(skeleton, null, 2)}\n`);
    console.log(`wrote ${WIKI_DEV_PATH}`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
