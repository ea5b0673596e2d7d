/**
 * The one reader of dhad's unlabeled Arabic text, shared by every build script that learns from it (word
 * statistics, the stem lexicon, word clusters, title gazetteers, summary salience):
 *
 * - Arabic Wikipedia, January 2017 (`../shared/data/arwiki/arwiki-2017-{0..3}.jsonl.gz`, 10,275 articles,
 *   8.1 million words; CC BY-SA 4.0, Wikipedia contributors, collected by Saad & Alijla 2017),
 * - the words of ANERcorp's training part (`../shared/data/anercorp/train.txt`; its test part is never read
 *   here: the NER and segmentation figures are measured on it),
 * - the articles (not the summaries) of EASC's development part (`../shared/data/easc/dev.jsonl`).
 *
 * About 2% of the Wikipedia articles are HELD OUT (`isHeldOutArticle`): no statistic is learnt from them, so
 * the dev sets annotated from them (corpus/wiki-dev.entities.json, the segmentation gold) measure text that the
 * word tables were not built from.
 *
 * The data sets are never copied into the repository; where `../shared/data` is absent, `unlabeledAvailable()`
 * is false and the build scripts skip with a message.
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createGunzip } from 'node:zlib';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED_DATA = resolve(ROOT, '../shared/data');
const ARWIKI_FILES = [0, 1, 2, 3].map((k) => resolve(SHARED_DATA, `arwiki/arwiki-2017-${k}.jsonl.gz`));
const ANERCORP_TRAIN = resolve(SHARED_DATA, 'anercorp/train.txt');
const EASC_DEV = resolve(SHARED_DATA, 'easc/dev.jsonl');

export type UnlabeledSource = 'arwiki' | 'anercorp' | 'easc';

export interface UnlabeledDocument {
  source: UnlabeledSource;
  /** Wikipedia page id, EASC topic id, or the ANERcorp chunk number. */
  id: string;
  /** Wikipedia: the article's title (not part of `text`). */
  title?: string;
  /** Paragraphs separated by `\n`. */
  text: string;
}

/** A Wikipedia article held out of every statistic (about 2%: page id ≡ 7 mod 50). */
export function isHeldOutArticle(id: number | string): boolean {
  return Number(id) % 50 === 7;
}

export function unlabeledAvailable(): boolean {
  return ARWIKI_FILES.every((file) => existsSync(file));
}

/** Says why a build script skips, and exits with 0 (a fresh clone without ../shared is not an error). */
export function skipWithoutData(script: string): void {
  if (unlabeledAvailable()) return;
  console.log(`${script}: skipped, ${resolve(SHARED_DATA, 'arwiki')} not found (the unlabeled corpus lives in ../shared/data beside the repo)`);
  process.exit(0);
}

interface WikipediaRecord {
  id: number;
  title: string;
  text: string;
}

/**
 * Wikipedia articles in file order. `heldOut`: 'exclude' (default: what statistics are learnt from),
 * 'only' (the held-out articles, for annotation and evaluation) or 'include'.
 */
export async function* readWikipedia(heldOut: 'exclude' | 'only' | 'include' = 'exclude'): AsyncGenerator<UnlabeledDocument> {
  for (const file of ARWIKI_FILES) {
    const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as WikipediaRecord;
      const held = isHeldOutArticle(record.id);
      if ((heldOut === 'exclude' && held) || (heldOut === 'only' && !held)) continue;
      yield { source: 'arwiki', id: String(record.id), title: record.title, text: record.text };
    }
  }
}

/** ANERcorp's training part as running text: one line per sentence, chunks of 200 sentences. */
function* readAnercorpTrain(): Generator<UnlabeledDocument> {
  if (!existsSync(ANERCORP_TRAIN)) return;
  const sentences: string[] = [];
  let words: string[] = [];
  for (const line of readFileSync(ANERCORP_TRAIN, 'utf8').split(/\r?\n/u)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (words.length > 0) sentences.push(words.join(' '));
      words = [];
      continue;
    }
    words.push(trimmed.slice(0, trimmed.lastIndexOf(' ')));
  }
  if (words.length > 0) sentences.push(words.join(' '));
  for (let k = 0; k < sentences.length; k += 200) {
    yield { source: 'anercorp', id: String(k / 200), text: sentences.slice(k, k + 200).join('\n') };
  }
}

/** EASC's development articles (their human summaries are not read). */
function* readEascArticles(): Generator<UnlabeledDocument> {
  if (!existsSync(EASC_DEV)) return;
  for (const line of readFileSync(EASC_DEV, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id: string; article: string };
    yield { source: 'easc', id: record.id, text: record.article };
  }
}

/** Every unlabeled document that statistics are learnt from: Wikipedia (held-out articles excluded), ANERcorp train, EASC. */
export async function* readUnlabeled(): AsyncGenerator<UnlabeledDocument> {
  yield* readWikipedia('exclude');
  yield* readAnercorpTrain();
  yield* readEascArticles();
}
