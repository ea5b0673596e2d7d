/**
 * Curates the hand-written gazetteers in src/ner/gazetteers/ in place (npm run curate:gazetteers):
 *   - every entry in normalize(entry, 'search') form, cut into the NER model's tokens (src/ner/tokens.ts)
 *     and joined by single spaces, so that entries match the words the model sees;
 *   - single-word names of people, organizations and MISC that the training part of ANERcorp (the first
 *     90% of train.txt, the part that is not dev) shows mostly OUTSIDE entities (seen at least twice,
 *     under half of the time inside one) are dropped: they are common words as well as names (`علي` =
 *     `على` in search form, `العربي`, `امين`), and so are multi-word ones that it shows, word for word,
 *     mostly outside entities: ANERcorp leaves ministries and some councils untagged (`وزارة الخارجية`,
 *     `مجلس التعاون الخليجي`), and the model learns from ANERcorp what to tag. Places are kept: ANERcorp leaves some of them untagged
 *     (`الطائف`, `الموصل`), and they are places all the same; the model learns how far to trust the list;
 *   - given and family names are completed from the full names of knownPeople (first and last token),
 *     under the same rule;
 *   - duplicates removed, entries sorted.
 * Run it after adding entries by hand. It reads ../shared/data/anercorp/train.txt; test.txt is never read.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalize } from '../src/normalize/index.js';
import { splitTokens } from '../src/ner/tokens.js';
import { readConll } from './lib/conll.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const GAZETTEERS = resolve(ROOT, 'src/ner/gazetteers');
const TRAIN = resolve(ROOT, '../shared/data/anercorp/train.txt');
const DEV_FRACTION = 0.1;
/** Tokens of a full name that are not given or family names (`الحسن الثاني`, `عبد الله`, `ابو مازن`). */
const NOT_NAME_PARTS = new Set(['الثاني', 'الثالث', 'الاول', 'الله', 'الدين', 'الرحمن', 'جونيور', 'الابن', 'الاب', 'الكبير', 'الصغير', 'ابو', 'عبد', 'بن', 'ابن', 'ال']);

if (!existsSync(TRAIN)) {
  console.error(`curate-gazetteers: ${TRAIN} not found (ANERcorp is read from ../shared/data).`);
  process.exit(1);
}

const sentences = readConll(TRAIN);
const trainingPart = sentences.slice(0, Math.floor(sentences.length * (1 - DEV_FRACTION)));
const seen = new Map<string, { total: number; inside: number }>();
for (const sentence of trainingPart) {
  sentence.words.forEach((raw, i) => {
    const word = normalize(raw, 'search');
    const counts = seen.get(word) ?? { total: 0, inside: 0 };
    counts.total++;
    if (sentence.tags[i] !== 'O') counts.inside++;
    seen.set(word, counts);
  });
}

/** Training occurrences of multi-word token sequences: how often, and how often wholly inside entities. */
const sequences = new Map<string, { total: number; inside: number }>();
function countSequences(entries: Iterable<string>): void {
  const byFirst = new Map<string, string[][]>();
  for (const entry of entries) {
    const parts = entry.split(' ');
    if (parts.length < 2 || sequences.has(entry)) continue;
    sequences.set(entry, { total: 0, inside: 0 });
    const list = byFirst.get(parts[0]) ?? [];
    list.push(parts);
    byFirst.set(parts[0], list);
  }
  for (const sentence of trainingPart) {
    const words = sentence.words.map((raw) => normalize(raw, 'search'));
    for (let i = 0; i < words.length; i++) {
      for (const parts of byFirst.get(words[i]) ?? []) {
        if (i + parts.length > words.length || parts.some((part, k) => words[i + k] !== part)) continue;
        const counts = sequences.get(parts.join(' '))!;
        counts.total++;
        if (parts.every((_, k) => sentence.tags[i + k] !== 'O')) counts.inside++;
      }
    }
  }
}

function toEntry(text: string): string {
  const form = normalize(text.trim(), 'search');
  const { starts, ends } = splitTokens(form);
  return starts.map((start, k) => form.slice(start, ends[k])).join(' ');
}

/** False for an entry that training shows mostly outside entities (see countSequences for multi-word ones). */
function mayBeName(entry: string): boolean {
  const counts = entry.includes(' ') ? sequences.get(entry) : seen.get(entry);
  return !(counts !== undefined && counts.total >= 2 && counts.inside < 0.5 * counts.total);
}

const dropped: string[] = [];
function curate(entries: readonly string[], filter = true): string[] {
  const kept = new Set<string>();
  const normalized = entries.map(toEntry);
  if (filter) countSequences(normalized);
  for (const entry of normalized) {
    if (entry === '') continue;
    if (!filter || mayBeName(entry)) kept.add(entry);
    else dropped.push(entry);
  }
  return [...kept].sort();
}

function update(file: string, change: (doc: Record<string, unknown>) => void): void {
  const path = resolve(GAZETTEERS, file);
  const doc = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  change(doc);
  writeFileSync(path, JSON.stringify(doc, null, 1) + '\n');
}

update('locations.json', (doc) => {
  doc.entries = curate(doc.entries as string[], false);
});
update('organizations.json', (doc) => {
  doc.entries = curate(doc.entries as string[]);
});
update('misc.json', (doc) => {
  doc.entries = curate(doc.entries as string[]);
});
update('people.json', (doc) => {
  const knownPeople = curate(doc.knownPeople as string[]);
  const firstNames = (doc.firstNames as string[]).slice();
  const familyNames = (doc.familyNames as string[]).slice();
  for (const name of knownPeople) {
    const parts = name.split(' ');
    if (parts.length < 2) continue;
    const [first, last] = [parts[0], parts[parts.length - 1]];
    if (!NOT_NAME_PARTS.has(first) && first.length >= 2) firstNames.push(first);
    if (!NOT_NAME_PARTS.has(last) && last.length >= 3) familyNames.push(last);
  }
  doc.knownPeople = knownPeople;
  doc.firstNames = curate(firstNames).filter((entry) => !entry.includes(' '));
  doc.familyNames = curate(familyNames).filter((entry) => !entry.includes(' '));
});

const unique = [...new Set(dropped)];
console.log(`curated src/ner/gazetteers; ${unique.length} entries left out as mostly outside entities in training: ${unique.slice(0, 30).join(' ')}${unique.length > 30 ? ' …' : ''}`);
