/**
 * Features of the NER model. Training (scripts/train-ner.ts) and prediction call the same function,
 * so what the model learnt is exactly what it sees later.
 *
 * Input: the tokens of one sentence in `normalize(token, 'search')` form. Output: for every token a fixed
 * number (FEATURE_COUNT) of 32-bit feature hashes; the model keeps the low bits as the row of its weight
 * table ("hashing trick": no feature dictionary to ship). Each template hashes its own id together with
 * its values, so `w0 = بوتين` and `w-1 = بوتين` are different features.
 *
 * Per word, the expensive parts (string hashes, clitic split, letter n-grams, gazetteer and lexicon
 * look-ups) are computed once by describeWord (the run-time model caches them per distinct word);
 * context templates then only mix integers.
 */
import locations from './gazetteers/locations.json';
import misc from './gazetteers/misc.json';
import organizations from './gazetteers/organizations.json';
import people from './gazetteers/people.json';
import triggers from './gazetteers/triggers.json';
import { splitClitics } from './clitics.js';
import { getWordClusters } from '../words/clusters.js';
import { ALEF, HEH, LAM, YEH } from '../internal/letters.js';

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
  Misc = 4,
}

/** Trigger classes: a title before a person, "city of" before a place, "company" before an organization. */
const enum Trigger {
  None = 0,
  Person = 1,
  Location = 2,
  Organization = 3,
  /** `كأس`, `بطولة`, `جائزة`, `حرب`: events, prizes, works (ANERcorp's MISC). */
  Misc = 4,
}

/**
 * A trie over entry tokens: a node is reached by an entry's first tokens; `type` is the type of the entry
 * that ends there (None when none does). Matching walks it token by token, so a word that starts hundreds
 * of entries (`جامعه`, `وزاره`, `حزب`) costs the length of the match, not the number of entries.
 */
interface GazNode {
  type: GazType;
  next: Map<string, GazNode> | undefined;
}

interface Gazetteers {
  /** First token of each entry → its trie node. */
  byFirst: Map<string, GazNode>;
  firstNames: Set<string>;
  familyNames: Set<string>;
  triggers: Map<string, Trigger>;
}

let gazetteers: Gazetteers | undefined;

/**
 * The sources of word knowledge the features read. All are on in the shipped model; scripts/train-ner.ts
 * switches one off (NER_ABLATE=clusters) to measure what it adds, and records that in the model, whose
 * loader (model.ts) switches it off again, so that a model always sees the features it was trained with.
 */
export const featureSources = { clusters: true };

/** Applies an ablation (see featureSources) before any word is described. */
export function ablate(names: readonly string[]): void {
  featureSources.clusters = !names.includes('clusters');
  gazetteers = undefined;
}

function loadGazetteers(): Gazetteers {
  const byFirst = new Map<string, GazNode>();
  const child = (map: Map<string, GazNode>, token: string): GazNode => {
    let node = map.get(token);
    if (node === undefined) map.set(token, (node = { type: GazType.None, next: undefined }));
    return node;
  };
  // The first list to hold an entry gives its type (places, then organizations, people, MISC).
  const add = (entry: string, type: GazType) => {
    const parts = entry.split(' ');
    let node = child(byFirst, parts[0]);
    for (let k = 1; k < parts.length; k++) node = child((node.next ??= new Map()), parts[k]);
    if (node.type === GazType.None) node.type = type;
  };
  for (const e of locations.entries) add(e, GazType.Loc);
  for (const e of organizations.entries) add(e, GazType.Org);
  for (const e of people.knownPeople) add(e, GazType.Pers);
  for (const e of misc.entries) add(e, GazType.Misc);
  const triggerMap = new Map<string, Trigger>();
  // Multi-word triggers (`الأمين العام`) count by their first word.
  for (const e of triggers.person) triggerMap.set(e.split(' ')[0], Trigger.Person);
  for (const e of triggers.location) triggerMap.set(e.split(' ')[0], Trigger.Location);
  for (const e of triggers.organization) triggerMap.set(e.split(' ')[0], Trigger.Organization);
  for (const e of triggers.misc) triggerMap.set(e.split(' ')[0], Trigger.Misc);
  return { byFirst, firstNames: new Set(people.firstNames), familyNames: new Set(people.familyNames), triggers: triggerMap };
}

function getGazetteers(): Gazetteers {
  return (gazetteers ??= loadGazetteers());
}

/**
 * True when a gazetteer entry of two or more words starts with `first` then `second` (search form):
 * `حزب الله`, `جامعة القاهرة`.
 */
export function startsGazetteerEntry(first: string, second: string): boolean {
  return getGazetteers().byFirst.get(first)?.next?.has(second) === true;
}

/** True when `word` (search form) is a trigger word: a title, `مدينة`, `وكالة`, `جامعة`, `بطولة`… */
export function isTriggerWord(word: string): boolean {
  return getGazetteers().triggers.has(word);
}

/** True when `word` (search form, clitics allowed) is a single-word gazetteer entry or a known first name. */
export function isGazetteerName(word: string): boolean {
  const g = getGazetteers();
  return g.firstNames.has(word) || g.familyNames.has(word) || (g.byFirst.get(word)?.type ?? GazType.None) !== GazType.None;
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

/**
 * The words (and clitic-stripped cores) the training data contains. A word outside it gets no identity
 * features: its identity templates take the value UNSEEN instead, so the model learns, on training words
 * held out the same way (jackknife), what an unseen word looks like from its letters and neighbours
 * alone. Shipped as a Bloom filter (see WordBits).
 */
export interface Vocabulary {
  has(word: string): boolean;
}

/** A Bloom filter over strings, two probes per word; false positives ~1% at the shipped size. */
export class WordBits implements Vocabulary {
  readonly mask: number;
  constructor(readonly bits: Uint8Array) {
    this.mask = bits.length * 8 - 1;
  }
  static probes(word: string): [number, number] {
    const h = hashString(word);
    return [h, mix(h, 0x3c6ef372)];
  }
  static build(words: Iterable<string>, log2Bits: number): WordBits {
    const filter = new WordBits(new Uint8Array(2 ** (log2Bits - 3)));
    for (const w of words) for (const p of WordBits.probes(w)) filter.bits[(p & filter.mask) >>> 3] |= 1 << (p & 7);
    return filter;
  }
  has(word: string): boolean {
    const [a, b] = WordBits.probes(word);
    const m = this.mask;
    return (this.bits[(a & m) >>> 3] & (1 << (a & 7))) !== 0 && (this.bits[(b & m) >>> 3] & (1 << (b & 7))) !== 0;
  }
}

const UNSEEN_WORD = 0x1b873593;
const UNSEEN_CORE = 0x68e31da4;

// ---- templates -----------------------------------------------------------------------------------

/**
 * Templates come in two groups. LOCAL templates look at the word alone (its identity, clitics, letter
 * n-grams, lexicon and trigger classes), so the run-time model can sum their weights once per distinct
 * word and cache the sum. CONTEXT templates look at neighbours (words, stems, n-grams of the words
 * around, multi-word gazetteer matches) and are computed per token.
 */
export const LOCAL_COUNT = 28;
export const CONTEXT_COUNT = 52;
/** Number of features per token. Changing the templates changes this and requires retraining. */
export const FEATURE_COUNT = LOCAL_COUNT + CONTEXT_COUNT;
/** Bumped whenever templates change; the model file records the version it was trained with. */
export const FEATURE_VERSION = 4;

const NONE = 0x5bd1e995;
/** Value of a cluster template for a word without a cluster (seen too rarely in the unlabeled corpus). */
const NO_CLUSTER = 0x7feb352d;
/** Value of an n-gram template when the core is shorter than n (the shorter templates already cover it). */
const TOO_SHORT = 0x2f6b1a53;
const BOUNDARY_LEFT = hashString('<s>');
const BOUNDARY_RIGHT = hashString('</s>');

// HEH: teh marbuta is folded to heh in search form.

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

/** Everything the templates need to know about one word, independent of its sentence. */
export interface WordInfo {
  word: number;
  core: number;
  shape: number;
  trigger: number;
  firstName: number;
  /** 1 when the word (or its core) is a known family name (`بوش`, `الغامدي`). */
  familyName: number;
  nisba: number;
  lex: number;
  suf2: number;
  /** Leading / trailing 2 and 3 letters of the core: what the neighbours' templates read. */
  cpre2: number;
  cpre3: number;
  csuf2: number;
  csuf3: number;
  /** Trie nodes of the gazetteer entries that may start at this word (surface, article-restored and core forms). */
  gazNodes: readonly GazNode[];
  /**
   * Word clusters (src/words) of the word, or else of its core: the fine cluster and its groups at the coarser
   * cuts (16, 64, 256 groups), NO_CLUSTER for a word the corpus saw too rarely. A name never seen in training
   * has the cluster of the names it is used like.
   */
  cluster: number;
  cluster64: number;
  cluster256: number;
  /** The LOCAL_COUNT hashes of the local templates. */
  local: Uint32Array;
}

const NO_NODES: GazNode[] = [];

/** n letters from the start (n > 0) or the end (n < 0) of `s`, hashed; TOO_SHORT when s is shorter. */
function gram(s: string, n: number): number {
  const len = s.length;
  if (n > 0) return len < n ? TOO_SHORT : hashRange(s, 0, n);
  return len < -n ? TOO_SHORT : hashRange(s, len + n, len);
}

export function describeWord(w: string, lexicon: Lexicon, vocabulary: Vocabulary): WordInfo {
  const g = getGazetteers();
  const split = splitClitics(w);
  const stripped = w.slice(split.prefixLength);
  const core = stripped.length > 0 ? stripped : w;
  const withArticle = split.article ? '\u0627\u0644' + stripped : undefined; // ALEF LAM: restore the article after `لل`
  let gazNodes = NO_NODES;
  for (const form of [w, withArticle, stripped]) {
    if (form === undefined) continue;
    const node = g.byFirst.get(form);
    if (node !== undefined) (gazNodes === NO_NODES ? (gazNodes = []) : gazNodes).push(node);
  }
  const trigger = g.triggers.get(w) ?? g.triggers.get(stripped) ?? Trigger.None;
  const firstName = g.firstNames.has(w) || g.firstNames.has(stripped) ? 1 : 0;
  const familyName = g.familyNames.has(w) || g.familyNames.has(stripped) ? 1 : 0;
  const nisba = isNisba(w) || isNisba(stripped) ? 1 : 0;
  // From the word, or else from its core (marked +32): `وطهران` finds `طهران`.
  const lexCore = lexicon.get(stripped) ?? 0;
  const lex = lexicon.get(w) ?? (lexCore > 0 ? lexCore + 32 : 0);
  const wordHash = vocabulary.has(w) ? hashString(w) : UNSEEN_WORD;
  const coreHash = vocabulary.has(stripped) ? hashString(stripped) : UNSEEN_CORE;
  const shape = shapeOf(w);
  const local = new Uint32Array(LOCAL_COUNT);
  let k = 0;
  local[k] = mix(k, NONE); k++; // 0 bias
  local[k] = mix(k, wordHash); k++; // 1 the word
  local[k] = mix(k, coreHash); k++; // 2 the word without its proclitics
  local[k] = mix(k, hashRange(w, 0, split.prefixLength)); k++; // 3 which proclitics were glued on
  local[k] = mix(k, shape); k++; // 4 shape
  local[k] = mix(k, trigger); k++; // 5 trigger class of the word itself
  local[k] = mix(k, lex); k++; // 6 training lexicon
  local[k] = mix(k, (split.article ? 8 : 0) + Math.min(w.length, 7)); k++; // 7 article and length
  local[k] = mix(k, firstName * 4 + familyName * 2 + nisba); k++; // 8 first name / family name / nisba adjective
  // 9..18 leading and trailing letter n-grams of the core (1..5): the main clue for names never seen
  // in training (transliterated `...يف`, `...سكي`, `...ستان`, Arabic `عبد...`, `...اوي`).
  for (let n = 1; n <= 5; n++) {
    local[k] = mix(k, gram(core, n)); k++;
    local[k] = mix(k, gram(core, -n)); k++;
  }
  local[k] = mix(mix(k, hashRange(w, 0, split.prefixLength)), gram(core, 3)); k++; // 19 clitics x core start
  local[k] = mix(mix(k, lex), gram(core, -2)); k++; // 20 lexicon x ending
  local[k] = mix(k, Math.min(core.length, 12)); k++; // 21 core length
  // 22..27 word clusters at every granularity (the word's own, or its core's when the word is too rare), the
  // core's, and the fine cluster with the clitics glued on (a preposition before a place, a title before a name).
  const clusters = featureSources.clusters ? getWordClusters() : undefined;
  const own = clusters ? clusters.clusterOf(w) : -1;
  const coreCluster = clusters && stripped.length > 0 && stripped !== w ? clusters.clusterOf(stripped) : own;
  const cluster = own >= 0 ? own : coreCluster;
  const cluster16 = clusters && cluster >= 0 ? clusters.groupAt(0, cluster) : NO_CLUSTER;
  const cluster64 = clusters && cluster >= 0 ? clusters.groupAt(1, cluster) : NO_CLUSTER;
  const cluster256 = clusters && cluster >= 0 ? clusters.groupAt(2, cluster) : NO_CLUSTER;
  const fine = cluster >= 0 ? cluster : NO_CLUSTER;
  local[k] = mix(k, fine); k++; // 22
  local[k] = mix(k, cluster256); k++; // 23
  local[k] = mix(k, cluster64); k++; // 24
  local[k] = mix(k, cluster16); k++; // 25
  local[k] = mix(k, coreCluster >= 0 ? coreCluster : NO_CLUSTER); k++; // 26 the core's fine cluster
  local[k] = mix(mix(k, hashRange(w, 0, split.prefixLength)), fine); k++; // 27 clitics x fine cluster
  return {
    word: wordHash,
    core: coreHash,
    shape,
    trigger,
    firstName,
    familyName,
    nisba,
    lex,
    suf2: hashRange(w, Math.max(0, w.length - 2), w.length),
    cpre2: gram(core, 2),
    cpre3: gram(core, 3),
    csuf2: gram(core, -2),
    csuf3: gram(core, -3),
    gazNodes,
    cluster: fine,
    cluster64,
    cluster256,
    local,
  };
}

/** Given-name / family-name class of a word (3 past the sentence's ends). */
function nameClass(x: WordInfo | undefined): number {
  return x === undefined ? 3 : x.firstName * 2 + x.familyName;
}

/** Gazetteer matches, longest first, left to right: per token type*2 + (inside ? 1 : 0), or 0. */
function gazetteerTags(words: readonly string[], infos: readonly WordInfo[]): Uint8Array {
  const n = words.length;
  const gaz = new Uint8Array(n);
  let i = 0;
  while (i < n) {
    let matched = 0;
    let type = GazType.None;
    // The word's forms in order (as written, article restored, clitics stripped): the first form that
    // starts an entry gives the match, the longest entry from it.
    for (const first of infos[i].gazNodes) {
      if (first.type !== GazType.None) {
        matched = 1;
        type = first.type;
      }
      let node: GazNode | undefined = first;
      for (let j = i + 1; j < n && node.next !== undefined; j++) {
        node = node.next.get(words[j]);
        if (node === undefined) break;
        if (node.type !== GazType.None) {
          matched = j - i + 1;
          type = node.type;
        }
      }
      if (matched > 0) break;
    }
    if (matched === 0) {
      i++;
      continue;
    }
    for (let k = 0; k < matched; k++) gaz[i + k] = type * 2 + (k > 0 ? 1 : 0);
    i += matched;
  }
  return gaz;
}

/**
 * Writes the CONTEXT_COUNT context hashes of every token of one sentence into `out` at
 * `out[i*stride + offset ...]`. `words` are the sentence's tokens (search form), `infos` their WordInfo.
 */
export function contextFeatures(
  words: readonly string[],
  infos: readonly WordInfo[],
  out: Uint32Array,
  stride: number,
  offset: number,
): void {
  const n = words.length;
  const gaz = gazetteerTags(words, infos);
  const at = (j: number) => (j >= 0 && j < n ? infos[j] : undefined);
  const B = (j: number) => (j < 0 ? BOUNDARY_LEFT : BOUNDARY_RIGHT);
  for (let i = 0; i < n; i++) {
    const t = infos[i];
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const wp1 = p1 ? p1.word : B(-1);
    const wn1 = n1 ? n1.word : B(1);
    const cp1 = p1 ? p1.core : B(-1);
    const cn1 = n1 ? n1.core : B(1);
    const gp1 = i > 0 ? gaz[i - 1] : 15;
    const gn1 = i + 1 < n ? gaz[i + 1] : 15;
    const g0 = gaz[i];
    const tp1 = p1 ? p1.trigger : 7;
    const o = i * stride + offset;
    let k = LOCAL_COUNT; // template ids continue after the local ones
    let q = 0;
    out[o + q++] = mix(k++, wp1); // w-1
    out[o + q++] = mix(k++, wn1); // w+1
    out[o + q++] = mix(k++, p2 ? p2.word : B(-1)); // w-2
    out[o + q++] = mix(k++, n2 ? n2.word : B(1)); // w+2
    out[o + q++] = mix(k++, cp1); // core-1
    out[o + q++] = mix(k++, cn1); // core+1
    out[o + q++] = mix(k++, p2 ? p2.core : B(-1)); // core-2
    out[o + q++] = mix(k++, n2 ? n2.core : B(1)); // core+2
    out[o + q++] = mix(mix(k++, wp1), t.word); // bigram w-1 w0
    out[o + q++] = mix(mix(k++, t.word), wn1); // bigram w0 w+1
    out[o + q++] = mix(mix(k++, t.core), cn1); // core bigram 0 +1
    out[o + q++] = mix(mix(k++, cp1), t.core); // core bigram -1 0
    out[o + q++] = mix(mix(k++, p1 ? p1.shape : B(-1)), mix(t.shape, n1 ? n1.shape : B(1))); // shapes around
    out[o + q++] = mix(k++, g0); // gazetteer tag
    out[o + q++] = mix(k++, gp1); // gazetteer tag before
    out[o + q++] = mix(k++, gn1); // gazetteer tag after
    out[o + q++] = mix(k++, tp1); // trigger class before
    out[o + q++] = mix(k++, p2 ? p2.trigger : 7); // trigger class two before
    out[o + q++] = mix(k++, n1 ? n1.trigger : 7); // trigger class after (`بوتين الرئيس`...)
    out[o + q++] = mix(k++, t.firstName * 4 + (p1 ? p1.firstName * 2 : 0) + (n1 ? n1.firstName : 0)); // first names around
    out[o + q++] = mix(k++, t.nisba * 4 + (n1 ? n1.nisba * 2 : 0) + (p1 ? p1.nisba : 0)); // nisba adjectives around
    out[o + q++] = mix(mix(k++, wp1), wn1); // the words on both sides
    out[o + q++] = mix(mix(k++, tp1), g0); // trigger before x gazetteer
    out[o + q++] = mix(mix(k++, wp1), t.shape); // word before x shape
    out[o + q++] = mix(k++, i === 0 ? 1 : i === n - 1 ? 2 : 0); // sentence position
    out[o + q++] = mix(mix(k++, t.suf2), gp1); // suffix x gazetteer before
    out[o + q++] = mix(k++, p1 ? p1.lex : 255); // training lexicon before
    out[o + q++] = mix(k++, n1 ? n1.lex : 255); // training lexicon after
    out[o + q++] = mix(mix(k++, t.lex), g0); // lexicon x gazetteer
    out[o + q++] = mix(mix(k++, p1 ? p1.lex : 255), t.lex); // lexicon before x lexicon
    // Letter n-grams of the neighbours: an unseen name next to an unseen name (first + family name).
    out[o + q++] = mix(k++, p1 ? p1.cpre2 : B(-1));
    out[o + q++] = mix(k++, p1 ? p1.cpre3 : B(-1));
    out[o + q++] = mix(k++, p1 ? p1.csuf2 : B(-1));
    out[o + q++] = mix(k++, p1 ? p1.csuf3 : B(-1));
    out[o + q++] = mix(k++, n1 ? n1.cpre2 : B(1));
    out[o + q++] = mix(k++, n1 ? n1.cpre3 : B(1));
    out[o + q++] = mix(k++, n1 ? n1.csuf2 : B(1));
    out[o + q++] = mix(k++, n1 ? n1.csuf3 : B(1));
    out[o + q++] = mix(mix(k++, tp1), t.csuf2); // trigger before x ending (`الرئيس ...ين`)
    out[o + q++] = mix(mix(k++, wp1), t.csuf3); // word before x ending
    // Names of people: a given name then a family name, possibly unseen (`جون [?]`, `[?] بوش`).
    out[o + q++] = mix(k++, nameClass(p1) * 16 + nameClass(t) * 4 + nameClass(n1));
    out[o + q++] = mix(mix(k++, nameClass(p1) * 4 + nameClass(t)), t.csuf2); // names before x ending
    // Multi-word gazetteer span around, as one value (B/I of type, before, here, after).
    out[o + q++] = mix(k++, gp1 * 256 + g0 * 16 + gn1);
    out[o + q++] = mix(mix(k++, tp1), nameClass(t) * 16 + g0); // trigger before x name / gazetteer class
    // Word clusters of the neighbours: a title's cluster before a name, a verb of saying after one.
    out[o + q++] = mix(k++, p1 ? p1.cluster : B(-1));
    out[o + q++] = mix(k++, n1 ? n1.cluster : B(1));
    out[o + q++] = mix(k++, p1 ? p1.cluster64 : B(-1));
    out[o + q++] = mix(k++, n1 ? n1.cluster64 : B(1));
    out[o + q++] = mix(k++, p2 ? p2.cluster64 : B(-1));
    out[o + q++] = mix(k++, n2 ? n2.cluster64 : B(1));
    out[o + q++] = mix(mix(k++, p1 ? p1.cluster64 : B(-1)), t.cluster256); // cluster bigrams
    out[o + q++] = mix(mix(k++, t.cluster256), n1 ? n1.cluster64 : B(1));
  }
}

/**
 * Writes FEATURE_COUNT hashes per token into a new Uint32Array (token i at [i*FEATURE_COUNT, ...)):
 * the LOCAL_COUNT local hashes first, then the context ones. `words` are one sentence's tokens in
 * search-normalized form.
 */
export function extractFeatures(words: readonly string[], lexicon: Lexicon, vocabulary: Vocabulary): Uint32Array {
  const n = words.length;
  const infos = words.map((w) => describeWord(w, lexicon, vocabulary));
  const out = new Uint32Array(n * FEATURE_COUNT);
  for (let i = 0; i < n; i++) out.set(infos[i].local, i * FEATURE_COUNT);
  contextFeatures(words, infos, out, FEATURE_COUNT, LOCAL_COUNT);
  return out;
}

