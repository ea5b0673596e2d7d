/**
 * Scores the shipped NER model (npm run eval:ner):
 *   - ANERcorp dev (last 10% of train.txt sentences; NOTE: the shipped model is trained on all of
 *     train.txt, dev included, so this is a training-set figure; the honest dev figure is the one
 *     scripts/train-ner.ts prints while it selects the epoch count, stored in the model's meta),
 *   - ANERcorp test.txt (never used for any choice): the reported figure,
 *   - corpus/article.txt against corpus/article.entities.json, through the public `entities()` on raw
 *     text (a training-set figure too: the article is part of training),
 *   - speed in tokens/second on test.txt text through `entities()`.
 * Scoring is conlleval's: exact span and type, an I- without an open entity of its type opens one.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { entities } from '../src/ner/index.js';
import { tagWords } from '../src/ner/model.js';
import { TAGS } from '../src/ner/tags.js';
import { MODEL } from '../src/ner/model.generated.js';
import { addToScore, chunks, formatScore, newScore, readConll, type Sentence } from './lib/conll.js';
import { readArticle } from './lib/article.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data/anercorp');
const TYPES = ['PERS', 'LOC', 'ORG', 'MISC'];

/** One entity as a set key: type and exact span. */
const spanKey = (e: { type: string; start: number; end: number }) => `${e.type}:${e.start}:${e.end}`;

function scoreConll(sentences: readonly Sentence[]) {
  const score = newScore();
  for (const s of sentences) {
    const { tags } = tagWords(s.words.map((w) => normalize(w, 'search')));
    addToScore(score, chunks(s.tags), chunks([...tags].map((t) => TAGS[t])));
  }
  return score;
}

function main(): void {
  console.log(`model: ${JSON.stringify(MODEL.meta)}`);
  if (existsSync(`${DATA}/train.txt`)) {
    const train = readConll(`${DATA}/train.txt`);
    const dev = train.slice(Math.floor(train.length * 0.9));
    console.log(formatScore(`\nANERcorp dev (last 10% of train.txt; in the shipped model's training data)`, scoreConll(dev), TYPES));
    const test = readConll(`${DATA}/test.txt`);
    console.log(formatScore(`\nANERcorp test (${test.length} sentences; reporting only)`, scoreConll(test), TYPES));

    // Speed: the whole public path (normalize, split, features, Viterbi, rules, offsets) on raw text.
    const text = test.map((s) => s.words.join(' ')).join('\n');
    const tokenCount = test.reduce((n, s) => n + s.words.length, 0);
    entities(text); // warm up (decodes the model)
    const rounds = 5;
    const cpu0 = process.cpuUsage();
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < rounds; r++) entities(text);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    // Wall time suffers when other processes share the cores; CPU time of this process is steadier.
    const rate = (s: number) => Math.round((tokenCount * rounds) / s).toLocaleString('en');
    console.log(`\nspeed: ${rate(seconds)} tokens/s wall, ${rate(cpuSeconds)} tokens/s CPU (entities() on test.txt as raw text, ${tokenCount} tokens x ${rounds})`);
  } else {
    console.log(`(ANERcorp not found at ${DATA}: dev/test figures skipped)`);
  }

  const { text, gold } = readArticle(ROOT);
  const predicted = entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] });
  const score = newScore();
  addToScore(score, gold.map((e) => ({ type: e.type, start: e.start, end: e.end })), predicted);
  console.log(formatScore('\ncorpus/article.txt vs corpus/article.entities.json (article is in the training data)', score, TYPES));
  const goldKeys = new Set(gold.map(spanKey));
  const predKeys = new Set(predicted.map(spanKey));
  for (const e of gold) if (!predKeys.has(spanKey(e))) console.log(`  missed   ${e.type} ${e.text} [${e.start},${e.end})`);
  for (const e of predicted) if (!goldKeys.has(spanKey(e))) console.log(`  spurious ${e.type} ${e.text} [${e.start},${e.end})`);
  scoreUnseenNews();
  scoreWikipediaDev();
  const size = Buffer.byteLength(MODEL.gaps) + Buffer.byteLength(MODEL.values);
  console.log(`\nmodel payload: ${(size / 1024 / 1024).toFixed(2)} MB (base64), rows 2^${MODEL.bits}`);
}

interface NewsSentence {
  text: string;
  entities: { type: string; text: string; occurrence?: number }[];
}

/**
 * corpus/news-unseen.entities.json: news sentences written for this evaluation (other people, places and
 * years than the article), never used for training or for any choice. Gold spans are found in each
 * sentence by their text (and occurrence index when a name repeats).
 */
function scoreUnseenNews(): void {
  const path = resolve(ROOT, 'corpus/news-unseen.entities.json');
  if (!existsSync(path)) return;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { sentences: NewsSentence[] };
  const score = newScore();
  const errors: string[] = [];
  for (const sentence of data.sentences) {
    const gold = sentence.entities.map((e) => {
      let start = -1;
      for (let k = 0; k <= (e.occurrence ?? 0); k++) start = sentence.text.indexOf(e.text, start + 1);
      if (start < 0) throw new Error(`news-unseen gold: ${JSON.stringify(e.text)} is not in ${JSON.stringify(sentence.text)}`);
      return { type: e.type, start, end: start + e.text.length };
    });
    const predicted = entities(sentence.text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] });
    addToScore(score, gold, predicted);
    const predictedKeys = new Set(predicted.map(spanKey));
    const goldKeys = new Set(gold.map(spanKey));
    for (const e of gold) if (!predictedKeys.has(spanKey(e))) errors.push(`  missed   ${e.type} ${sentence.text.slice(e.start, e.end)}`);
    for (const e of predicted) if (!goldKeys.has(spanKey(e))) errors.push(`  spurious ${e.type} ${e.text}`);
  }
  console.log(formatScore(`
corpus/news-unseen.entities.json (${data.sentences.length} news sentences written for this evaluation; never trained or tuned on)`, score, TYPES));
  if (process.argv.includes('--errors')) console.log(errors.join('\n'));
}

interface WikipediaParagraph {
  text: string;
  entities: { type: string; start: number; end: number }[];
}

/**
 * corpus/wiki-dev.entities.json: paragraphs of Wikipedia articles held out of every statistic the library
 * learns (scripts/lib/unlabeled.ts), hand-annotated with offsets: another domain than 2006 news, reported and
 * never trained on.
 */
function scoreWikipediaDev(): void {
  const path = resolve(ROOT, 'corpus/wiki-dev.entities.json');
  if (!existsSync(path)) return;
  const data = JSON.parse(readFileSync(path, 'utf8')) as { paragraphs: WikipediaParagraph[] };
  const score = newScore();
  const errors: string[] = [];
  let entityCount = 0;
  for (const paragraph of data.paragraphs) {
    const predicted = entities(paragraph.text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] });
    addToScore(score, paragraph.entities, predicted);
    entityCount += paragraph.entities.length;
    const predictedKeys = new Set(predicted.map(spanKey));
    const goldKeys = new Set(paragraph.entities.map(spanKey));
    for (const e of paragraph.entities) if (!predictedKeys.has(spanKey(e))) errors.push(`  missed   ${e.type} ${paragraph.text.slice(e.start, e.end)}`);
    for (const e of predicted) if (!goldKeys.has(spanKey(e))) errors.push(`  spurious ${e.type} ${e.text}`);
  }
  console.log(formatScore(`
corpus/wiki-dev.entities.json (${data.paragraphs.length} held-out Wikipedia paragraphs, ${entityCount} entities; never trained on)`, score, TYPES));
  if (process.argv.includes('--errors')) console.log(errors.join('\n'));
}

main();
