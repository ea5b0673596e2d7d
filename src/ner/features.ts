/**
 * Features of the NER model. Training (scripts/train-ner.ts) and prediction call the same function,
 * so what the model learnt is exactly what it sees later.
 *
 * Input: the tokens of one sentence in `normalize(token, 'search')` form. Output: for every token a fixed
 * number (FEATURE_COUNT) of 32-bit feature hashes; the model keeps the low bits as the row of its weight
 * table ("hashing trick": no feature dictionary to ship). Each template hashes its own id together with
 * its values, so `w0 = بوتين` and `w-1 = بوتين` are different features.
 *
 * Per token, the expensive parts (string hashes, clitic split, gazetteer look-ups) are computed once;
 * templates then only mix integers.
 */
import locations from './gazetteers/locations.json';
import organizations from './gazetteers/organizations.json';
import people from './gazetteers/people.json';
import triggers from './gazetteers/triggers.json';
import { splitClitics } from './clitics.js';

// ---- hashing -------------------------------------------------------------------------------------

/** FNV-1a over UTF-16 code units of s.slice(from, to). */
function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** Murmur3's finalizer: spreads the bits of a combined value over the whole word. */
function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ b) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// ---- gazetteers ----------------------------------------------------------------------------------

const enum GazType {
  None = 0,
  Loc = 1,
  Org = 2,
  Pers = 3,
}

/** Trigger classes: a title before a person, "city of" before a place, "company" before an organization. */
const enum Trigger {
  None = 0,
  Person = 1,
  Location = 2,
  Organization = 3,
}

interface GazEntry {
  rest: string[];
  type: GazType;
}

interface Gazetteers {
  /** First token of each entry → entries starting with it, longest first. */
  byFirst: Map<string, GazEntry[]>;
  firstNames: Set<string>;
  triggers: Map<string, Trigger>;
}

let gazetteers: Gazetteers | undefined;

function loadGazetteers(): Gazetteers {
  const byFirst = new Map<string, GazEntry[]>();
  const add = (entry: string, type: GazType) => {
    const parts = entry.split(' ');
    const list = byFirst.get(parts[0]) ?? [];
    list.push({ rest: parts.slice(1), type });
    byFirst.set(parts[0], list);
  };
  for (const e of locations.entries) add(e, GazType.Loc);
  for (const e of organizations.entries) add(e, GazType.Org);
  for (const e of people.knownPeople) add(e, GazType.Pers);
  for (const list of byFirst.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const triggerMap = new Map<string, Trigger>();
  // Multi-word triggers (`الأمين العام`) count by their first word.
  for (const e of triggers.person) triggerMap.set(e.split(' ')[0], Trigger.Person);
  for (const e of triggers.location) triggerMap.set(e.split(' ')[0], Trigger.Location);
  for (const e of triggers.organization) triggerMap.set(e.split(' ')[0], Trigger.Organization);
  return { byFirst, firstNames: new Set(people.firstNames), triggers: triggerMap };
}

function getGazetteers(): Gazetteers {
  return (gazetteers ??= loadGazetteers());
}

/** True when `word` (search form, clitics allowed) is a single-word gazetteer entry or a known first name. */
export function isGazetteerName(word: string): boolean {
  const g = getGazetteers();
  return g.firstNames.has(word) || (g.byFirst.get(word)?.some((e) => e.rest.length === 0) ?? false);
}

// ---- lexicon learnt from the training data ----------------------------------------------------------

/**
 * Words the training data saw mostly inside entities: word (search form) → bit mask of entity types
 * (bit k = MODEL_TYPES[k]) plus LEX_BEGIN when the word mostly started its entity. Built by
 * scripts/train-ner.ts; during training each sentence sees a lexicon built WITHOUT its own part of the
 * data (jackknife), so the model learns how far to trust it on words it has not seen.
 */
export type Lexicon = ReadonlyMap<string, number>;
export const LEX_BEGIN = 16;

// ---- templates -----------------------------------------------------------------------------------

/** Number of features per token. Changing the templates changes this and requires retraining. */
export const FEATURE_COUNT = 42;
/** Bumped whenever templates change; the model file records the version it was trained with. */
export const FEATURE_VERSION = 1;

const NONE = 0x5bd1e995;
const BOUNDARY_LEFT = hashString('<s>');
const BOUNDARY_RIGHT = hashString('</s>');

const ALEF = 0x0627; // ARABIC LETTER ALEF
const LAM = 0x0644; // ARABIC LETTER LAM
const YEH = 0x064a; // ARABIC LETTER YEH
const HEH = 0x0647; // ARABIC LETTER HEH (teh marbuta is folded to heh in search form)

function shapeOf(word: string): number {
  let arabic = 0;
  let digit = 0;
  let latin = 0;
  let other = 0;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x06ff) arabic++;
    else if (c >= 0x30 && c <= 0x39) digit++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin++;
    else other++;
  }
  const len = word.length;
  const lenBucket = len <= 3 ? len : len <= 5 ? 4 : len <= 8 ? 5 : 6;
  if (other === len) return mix(1, hashString(word)); // punctuation: the character itself
  const kind = (arabic > 0 ? 1 : 0) | (digit > 0 ? 2 : 0) | (latin > 0 ? 4 : 0) | (other > 0 ? 8 : 0);
  return mix(2 + kind, lenBucket);
}

/** A nisba adjective with the article (`الروسي`, `الإيرانية`): follows a title, not part of a name. */
function isNisba(word: string): boolean {
  const n = word.length;
  if (n < 5 || word.charCodeAt(0) !== ALEF || word.charCodeAt(1) !== LAM) return false;
  const last = word.charCodeAt(n - 1);
  return last === YEH || (last === HEH && word.charCodeAt(n - 2) === YEH);
}

interface TokenInfo {
  word: number;
  core: number;
  prefix: number;
  pre2: number;
  pre3: number;
  suf1: number;
  suf2: number;
  suf3: number;
  shape: number;
  gaz: number;
  trigger: number;
  firstName: number;
  nisba: number;
  article: number;
  lex: number;
  csuf2: number;
  csuf3: number;
  csuf4: number;
  cpre4: number;
}

function describeTokens(words: readonly string[], lexicon: Lexicon): TokenInfo[] {
  const g = getGazetteers();
  const n = words.length;
  const infos: TokenInfo[] = new Array(n);
  const cores: string[] = new Array(n);
  const withArticle: (string | undefined)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const w = words[i];
    const split = splitClitics(w);
    const core = w.slice(split.prefixLength);
    cores[i] = core;
    withArticle[i] = split.article ? '\u0627\u0644' + core : undefined; // ALEF LAM: restore the article after `لل`
    const len = w.length;
    const coreHashes = core.length > 0 ? core : w;
    const trigger = g.triggers.get(w) ?? g.triggers.get(core) ?? Trigger.None;
    infos[i] = {
      word: hashString(w),
      core: hashString(core),
      prefix: hashRange(w, 0, split.prefixLength),
      pre2: hashRange(coreHashes, 0, Math.min(2, coreHashes.length)),
      pre3: hashRange(coreHashes, 0, Math.min(3, coreHashes.length)),
      suf1: hashRange(w, Math.max(0, len - 1), len),
      suf2: hashRange(w, Math.max(0, len - 2), len),
      suf3: hashRange(w, Math.max(0, len - 3), len),
      shape: shapeOf(w),
      gaz: 0,
      trigger,
      firstName: g.firstNames.has(w) || g.firstNames.has(core) ? 1 : 0,
      nisba: isNisba(w) || isNisba(core) ? 1 : 0,
      article: split.article ? 1 : 0,
      // From the word, or else from its core (marked +32): `وطهران` finds `طهران`.
      lex: lexicon.get(w) ?? ((lexicon.get(core) ?? 0) > 0 ? (lexicon.get(core) ?? 0) + 32 : 0),
      csuf2: hashRange(coreHashes, Math.max(0, coreHashes.length - 2), coreHashes.length),
      csuf3: hashRange(coreHashes, Math.max(0, coreHashes.length - 3), coreHashes.length),
      csuf4: hashRange(coreHashes, Math.max(0, coreHashes.length - 4), coreHashes.length),
      cpre4: hashRange(coreHashes, 0, Math.min(4, coreHashes.length)),
    };
  }
  // Gazetteer matches, longest first, left to right: tags B-type / I-type (encoded as type*2 + inside).
  let i = 0;
  while (i < n) {
    let matched = 0;
    let type = GazType.None;
    const forms = [words[i], withArticle[i], cores[i]];
    for (const form of forms) {
      if (form === undefined) continue;
      const list = g.byFirst.get(form);
      if (list === undefined) continue;
      for (const entry of list) {
        const len = entry.rest.length + 1;
        if (len <= matched || i + len > n) continue;
        let ok = true;
        for (let k = 0; k < entry.rest.length; k++) {
          if (words[i + 1 + k] !== entry.rest[k]) {
            ok = false;
            break;
          }
        }
        if (ok) {
          matched = len;
          type = entry.type;
        }
      }
      if (matched > 0) break;
    }
    if (matched === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++) infos[i + k].gaz = type * 2 + (k > 0 ? 1 : 0);
    i += matched;
  }
  return infos;
}

/**
 * Writes FEATURE_COUNT hashes per token into a new Uint32Array (token i at [i*FEATURE_COUNT, ...)).
 * `words` are one sentence's tokens in search-normalized form.
 */
export function extractFeatures(words: readonly string[], lexicon: Lexicon): Uint32Array {
  const n = words.length;
  const infos = describeTokens(words, lexicon);
  const out = new Uint32Array(n * FEATURE_COUNT);
  const wordAt = (j: number) => (j < 0 ? BOUNDARY_LEFT : j >= n ? BOUNDARY_RIGHT : infos[j].word);
  const coreAt = (j: number) => (j < 0 ? BOUNDARY_LEFT : j >= n ? BOUNDARY_RIGHT : infos[j].core);
  const shapeAt = (j: number) => (j < 0 ? BOUNDARY_LEFT : j >= n ? BOUNDARY_RIGHT : infos[j].shape);
  const gazAt = (j: number) => (j < 0 || j >= n ? 15 : infos[j].gaz);
  const lexAt = (j: number) => (j < 0 || j >= n ? 255 : infos[j].lex);
  const trigAt = (j: number) => (j < 0 || j >= n ? 7 : infos[j].trigger);
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const o = i * FEATURE_COUNT;
    let k = 0;
    out[o + k] = mix(k, NONE); k++; // 0 bias
    out[o + k] = mix(k, t.word); k++; // 1 w0
    out[o + k] = mix(k, wordAt(i - 1)); k++; // 2 w-1
    out[o + k] = mix(k, wordAt(i + 1)); k++; // 3 w+1
    out[o + k] = mix(k, wordAt(i - 2)); k++; // 4 w-2
    out[o + k] = mix(k, wordAt(i + 2)); k++; // 5 w+2
    out[o + k] = mix(k, t.core); k++; // 6 core0: the word without its proclitics
    out[o + k] = mix(k, coreAt(i - 1)); k++; // 7 core-1
    out[o + k] = mix(k, coreAt(i + 1)); k++; // 8 core+1
    out[o + k] = mix(k, t.prefix); k++; // 9 which proclitics were glued on
    out[o + k] = mix(k, t.pre2); k++; // 10 first two letters of the core
    out[o + k] = mix(k, t.pre3); k++; // 11 first three letters of the core
    out[o + k] = mix(k, t.suf1); k++; // 12 last letter
    out[o + k] = mix(k, t.suf2); k++; // 13 last two letters
    out[o + k] = mix(k, t.suf3); k++; // 14 last three letters
    out[o + k] = mix(k, t.shape); k++; // 15 shape
    out[o + k] = mix(mix(k, shapeAt(i - 1)), mix(t.shape, shapeAt(i + 1))); k++; // 16 shapes around
    out[o + k] = mix(k, t.gaz); k++; // 17 gazetteer tag
    out[o + k] = mix(k, gazAt(i - 1)); k++; // 18 gazetteer tag before
    out[o + k] = mix(k, gazAt(i + 1)); k++; // 19 gazetteer tag after
    out[o + k] = mix(k, trigAt(i - 1)); k++; // 20 trigger class before
    out[o + k] = mix(k, trigAt(i - 2)); k++; // 21 trigger class two before
    out[o + k] = mix(k, t.trigger); k++; // 22 trigger class of the word itself
    out[o + k] = mix(k, t.firstName * 4 + (i > 0 ? infos[i - 1].firstName * 2 : 0) + (i + 1 < n ? infos[i + 1].firstName : 0)); k++; // 23 first names around
    out[o + k] = mix(mix(k, wordAt(i - 1)), t.word); k++; // 24 bigram w-1 w0
    out[o + k] = mix(mix(k, t.word), wordAt(i + 1)); k++; // 25 bigram w0 w+1
    out[o + k] = mix(mix(k, t.core), coreAt(i + 1)); k++; // 26 core bigram
    out[o + k] = mix(k, t.nisba * 4 + (i + 1 < n ? infos[i + 1].nisba * 2 : 0) + (i > 0 ? infos[i - 1].nisba : 0)); k++; // 27 nisba adjectives
    out[o + k] = mix(k, t.article * 8 + Math.min(words[i].length, 7)); k++; // 28 article and length
    out[o + k] = mix(mix(k, wordAt(i - 1)), wordAt(i + 1)); k++; // 29 the words on both sides
    out[o + k] = mix(mix(k, trigAt(i - 1)), t.gaz); k++; // 30 trigger before x gazetteer
    out[o + k] = mix(mix(k, wordAt(i - 1)), t.shape); k++; // 31 word before x shape
    out[o + k] = mix(k, i === 0 ? 1 : i === n - 1 ? 2 : 0); k++; // 32 sentence position
    out[o + k] = mix(mix(k, t.suf2), gazAt(i - 1)); k++; // 33 suffix x gazetteer before
    out[o + k] = mix(k, t.lex); k++; // 34 training lexicon
    out[o + k] = mix(k, lexAt(i - 1)); k++; // 35 training lexicon before
    out[o + k] = mix(k, lexAt(i + 1)); k++; // 36 training lexicon after
    out[o + k] = mix(mix(k, t.lex), t.gaz); k++; // 37 lexicon x gazetteer
    out[o + k] = mix(k, t.csuf2); k++; // 38 core endings: transliterated names (`...يف`, `...سكي`)
    out[o + k] = mix(k, t.csuf3); k++; // 39
    out[o + k] = mix(k, t.csuf4); k++; // 40
    out[o + k] = mix(k, t.cpre4); k++; // 41
  }
  return out;
}
