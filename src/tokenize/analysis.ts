/**
 * The clitic analysis behind `segment`, `stem` and `tokenize(text, { clitics: true })`. It works on the
 * code units of one word held in module-level buffers (one word at a time; JavaScript runs one call at a
 * time), so that scoring the dozen or so candidate splits of a word slices no strings and allocates
 * nothing: the stem table is asked with ranges of the buffers (src/words/code-table.ts).
 *
 * Every split that the spelling allows (`enumerateSplits`: conjunction, preposition or future س, article,
 * stem, pronoun suffix) is scored by a small linear ranker over what the corpus says about its stem — how
 * often the stem is written alone, and with how many different clitic combinations it is attested in 8
 * million words (src/words: a name is seen alone and with a few clitics; a clitic-plus-word collocation such
 * as وقال is seen alone but never with another clitic) — and over the clitics themselves. The unsplit word
 * competes as one candidate. The ranker's weights are learnt from hand-segmented running text
 * (scripts/train-segmenter.ts, corpus/segment-tune.tsv): Farasa's recipe (Abdelali et al. 2016) on counts.
 */
import { SIMPLE_DROP, simpleNormTable } from './char-classes.js';
import {
  ARTICLE_CODE_MASK,
  ARTICLE_SHIFT,
  BARE_CODE_MASK,
  MAYBE_FUNCTION_WORD,
  VARIETY_SHIFT,
  VARIETY_CODE_MASK,
  getLexicon,
  type Lexicon,
} from './lexicon.js';
import ranker from './segmenter.generated.json';
import {
  HAMZA,
  ALEF_WITH_MADDA_ABOVE,
  ALEF_WITH_HAMZA_ABOVE,
  WAW_WITH_HAMZA_ABOVE,
  ALEF_WITH_HAMZA_BELOW,
  YEH_WITH_HAMZA_ABOVE,
  ALEF,
  BEH,
  TEH_MARBUTA,
  TEH,
  SEEN,
  TATWEEL,
  FEH,
  KAF,
  LAM,
  NOON,
  HEH,
  WAW,
  ALEF_MAQSURA,
  YEH,
  ALEF_WASLA,
} from '../internal/letters.js';

/** Arabic base letters HAMZA .. YEH without tatweel: the only units a segmentable word is made of. */
function isBaseLetter(code: number): boolean {
  return code >= HAMZA && code <= YEH && code !== TATWEEL;
}

/** Lexicon form of a standard-form unit: alef forms → ا, ى → ي (teh marbuta kept). */
function lexiconUnit(code: number): number {
  if (code === ALEF_WITH_HAMZA_ABOVE || code === ALEF_WITH_HAMZA_BELOW || code === ALEF_WITH_MADDA_ABOVE || code === ALEF_WASLA) return ALEF;
  return code === ALEF_MAQSURA ? YEH : code;
}

/** The prefix morphemes, by code: the strings `segment` reports. */
export const PREFIX_FORMS = ['\u0648', '\u0641', '\u0628', '\u0643', '\u0644', '\u0633', '\u0627\u0644'] as const; // و ف ب ك ل س ال
const PREFIX_CONJUNCTION_WAW = 0;
const PREFIX_CONJUNCTION_FEH = 1;
export const PREFIX_ARTICLE = 6;
/** PREFIX_FORMS code of a one-letter middle prefix (ب ك ل س). */
function middleCode(letter: number): number {
  return letter === BEH ? 2 : letter === KAF ? 3 : letter === LAM ? 4 : 5;
}

/** Pronoun suffixes, longest first (a word ending in هم is tried with هم before ه). */
const SUFFIX_TABLE: ReadonlyArray<{ form: string; afterPreposition: boolean }> = [
  { form: '\u0647\u0645\u0627', afterPreposition: true }, // هما
  { form: '\u0643\u0645\u0627', afterPreposition: false }, // كما
  { form: '\u0647\u0645', afterPreposition: true }, // هم
  { form: '\u0647\u0646', afterPreposition: true }, // هن
  { form: '\u0643\u0645', afterPreposition: true }, // كم
  { form: '\u0643\u0646', afterPreposition: true }, // كن
  { form: '\u0647\u0627', afterPreposition: true }, // ها
  { form: '\u0646\u0627', afterPreposition: false }, // نا
  { form: '\u0646\u064a', afterPreposition: false }, // ني
  { form: '\u0647', afterPreposition: true }, // ه
  { form: '\u0643', afterPreposition: false }, // ك
  { form: '\u064a', afterPreposition: false }, // ي
];
export const SUFFIX_FORMS: readonly string[] = SUFFIX_TABLE.map((suffix) => suffix.form);
/** `afterPreposition`: the pronouns that make a preposition alone a word (له لها به بهم). */
const SUFFIX_AFTER_PREPOSITION = SUFFIX_TABLE.map((suffix) => suffix.afterPreposition);
/** Code units of each suffix, last unit first (they are matched from the end of the word). */
const SUFFIX_UNITS = SUFFIX_TABLE.map((suffix) => Array.from(suffix.form, (char) => char.charCodeAt(0)).reverse());
/** By a word's last letter (its code − HAMZA + 1), the suffixes that end with it, in SUFFIX_TABLE order. */
const SUFFIXES_ENDING_WITH: ReadonlyArray<readonly number[]> = Array.from({ length: YEH - HAMZA + 2 }, (_, index) =>
  SUFFIX_UNITS.flatMap((units, s) => (units[0] === HAMZA - 1 + index ? [s] : [])),
);

// ---- the ranker's features ------------------------------------------------------------------------

/**
 * Features of one candidate split, by index into the ranker's weights. Values are 0 or 1 but for the two
 * counts. Shared with scripts/train-segmenter.ts, which learns the weights; changing the list changes
 * FEATURE_NAMES, and the build refuses weights learnt for another list.
 */
export const FEATURE_NAMES = [
  'stem alone (log2 count)',
  'stem with clitics (log2 variety)',
  'stem after the article (log2 article variety)',
  'split, stem unattested, no article',
  'split, stem unattested after the article',
  'stem is a function word',
  'whole word',
  'whole word unattested',
  ...PREFIX_FORMS.map((form) => `prefix ${form}`),
  ...SUFFIX_FORMS.map((form) => `suffix ${form}`),
  'split, stem of 2 letters',
  'split, stem of 3 letters',
  'split, stem of 4 letters',
  'split, stem of 5+ letters',
  'stem letter restored',
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;
const F_BARE = 0;
const F_VARIETY = 1;
const F_ARTICLE_VARIETY = 2;
const F_UNATTESTED = 3;
const F_UNATTESTED_AFTER_ARTICLE = 4;
const F_FUNCTION_WORD = 5;
const F_WHOLE = 6;
const F_WHOLE_UNATTESTED = 7;
const F_PREFIX = 8;
const F_SUFFIX = F_PREFIX + PREFIX_FORMS.length;
const F_LENGTH = F_SUFFIX + SUFFIX_FORMS.length;
const F_RESTORED = F_LENGTH + 4;

let weights: Float64Array | undefined;
/** The weights the candidates are scored with (set on first use). */
let ranking: Float64Array;

function rankerWeights(): Float64Array {
  if (weights === undefined) {
    const names = ranker.features as readonly string[];
    if (names.length !== FEATURE_COUNT || names.some((name, k) => name !== FEATURE_NAMES[k])) {
      throw new Error('dhad: the segmenter was trained with other features; run `npm run train:segmenter`');
    }
    weights = Float64Array.from(ranker.weights);
  }
  return weights;
}

/** Imperfect-verb prefixes that may follow the future س (سيقول, ستكون, سنعمل, سأعمل). */
function isImperfectLetter(code: number): boolean {
  return code === YEH || code === TEH || code === NOON || code === ALEF || code === ALEF_WITH_HAMZA_ABOVE;
}

/** Buffer length for ordinary words (they grow for longer ones). */
const DEFAULT_CAPACITY = 64;

/** The loaded word and the best analysis of it. */
export const word = {
  /** Standard form, lexicon form (alef forms and ى folded) and 'search' form (also ة → ه) of the word. */
  standard: new Uint16Array(DEFAULT_CAPACITY),
  lexicon: new Uint16Array(DEFAULT_CAPACITY),
  search: new Uint16Array(DEFAULT_CAPACITY),
  /** Index in the input of the unit behind each standard unit (filled by `loadWord`). */
  origins: new Uint32Array(DEFAULT_CAPACITY),
  length: 0,
  /** The standard form is the input itself. */
  plain: false,
  /** The standard form has no unit that the 'search' form folds. */
  searchPlain: false,
};

export const best = {
  /** Prefixes: count, PREFIX_FORMS codes and where each ends in the standard form. */
  prefixCount: 0,
  prefixCodes: new Int8Array(3),
  prefixEnds: new Int32Array(3),
  stemStart: 0,
  stemEnd: 0,
  /** The stem stood before a pronoun with its ة written ت (علاقتنا): its form ends in ة. */
  tehRestored: false,
  /** Index in SUFFIX_FORMS, or -1. */
  suffix: -1,
  /**
   * The stem table's value for a split's stem as written (-1: absent), for the light stemmer; read it with
   * `bestStemValue`, which also answers for the unsplit word.
   */
  stemValue: -1,
};

function ensureCapacity(length: number): void {
  const current = word.standard.length;
  // Grow for a long word; shrink back on the next ordinary one, so that one huge input does not keep
  // megabytes of buffers alive.
  if (current >= length && !(current > 4096 && length <= DEFAULT_CAPACITY)) return;
  let capacity = DEFAULT_CAPACITY;
  while (capacity < length) capacity *= 2;
  word.standard = new Uint16Array(capacity);
  word.lexicon = new Uint16Array(capacity);
  word.search = new Uint16Array(capacity);
  word.origins = new Uint32Array(capacity);
}

/** Fills the lexicon and search forms from the standard form. */
function deriveForms(length: number): void {
  const { standard, lexicon, search } = word;
  let searchPlain = true;
  for (let k = 0; k < length; k++) {
    const unit = lexiconUnit(standard[k]);
    lexicon[k] = unit;
    search[k] = unit === TEH_MARBUTA ? HEH : unit;
    if (search[k] !== standard[k]) searchPlain = false;
  }
  word.length = length;
  word.searchPlain = searchPlain;
  wholeKnown = false;
}

/**
 * Loads `text` when its standard form is Arabic base letters and it only needs the normalization that
 * drops or replaces single units whatever surrounds them (harakat, tatweel, ی → ي: see
 * `simpleNormTable`). Returns the standard length (0 when nothing is left), or -1 when the word needs the
 * full normalizer (or holds other characters: Latin, digits, composing marks).
 */
export function loadWord(text: string): number {
  wholeKnown = false;
  const length = text.length;
  ensureCapacity(length);
  const { standard, lexicon, search, origins } = word;
  let simple: Uint16Array | undefined;
  let plain = true;
  let searchPlain = true;
  let n = 0;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    if (!isBaseLetter(code)) {
      simple ??= simpleNormTable();
      const replacement = simple[code];
      plain = false;
      if (replacement === SIMPLE_DROP) continue;
      if (!isBaseLetter(replacement)) return -1;
      code = replacement;
    }
    standard[n] = code;
    origins[n] = i;
    // Lexicon form: alef forms → ا, ى → ي; 'search' form: also ة → ه.
    let folded = code;
    if (code <= ALEF_WITH_HAMZA_BELOW) {
      if (code === ALEF_WITH_HAMZA_ABOVE || code === ALEF_WITH_HAMZA_BELOW || code === ALEF_WITH_MADDA_ABOVE) folded = ALEF;
    } else if (code === ALEF_MAQSURA) folded = YEH;
    lexicon[n] = folded;
    if (folded === TEH_MARBUTA) {
      search[n] = HEH;
      searchPlain = false;
    } else {
      search[n] = folded;
      if (folded !== code) searchPlain = false;
    }
    n++;
  }
  word.length = n;
  word.plain = plain;
  word.searchPlain = searchPlain;
  return n;
}

/** Loads a word that is already standard-normalized Arabic base letters (see `isBaseLetters`). */
export function loadNormalized(normalized: string, offsets?: ArrayLike<number>): void {
  const length = normalized.length;
  ensureCapacity(length);
  const { standard, origins } = word;
  for (let k = 0; k < length; k++) {
    standard[k] = normalized.charCodeAt(k);
    if (offsets) origins[k] = offsets[k];
  }
  word.plain = false;
  deriveForms(length);
}

/** Only Arabic base letters HAMZA (U+0621) .. YEH (U+064A), tatweel (U+0640) excluded; not empty. */
export function isBaseLetters(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) if (!isBaseLetter(text.charCodeAt(i))) return false;
  return true;
}

/** `units[from, to)` as a string (direct calls for short ranges: `apply` over a subarray is slow). */
export function unitsToString(units: Uint16Array, from: number, to: number): string {
  const u = units;
  const f = from;
  switch (to - from) {
    case 0:
      return '';
    case 1:
      return String.fromCharCode(u[f]);
    case 2:
      return String.fromCharCode(u[f], u[f + 1]);
    case 3:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2]);
    case 4:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2], u[f + 3]);
    case 5:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2], u[f + 3], u[f + 4]);
    case 6:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2], u[f + 3], u[f + 4], u[f + 5]);
    case 7:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2], u[f + 3], u[f + 4], u[f + 5], u[f + 6]);
    case 8:
      return String.fromCharCode(u[f], u[f + 1], u[f + 2], u[f + 3], u[f + 4], u[f + 5], u[f + 6], u[f + 7]);
    default: {
      let text = '';
      for (let k = from; k < to; k += 4096) {
        text += String.fromCharCode.apply(null, units.subarray(k, Math.min(to, k + 4096)) as unknown as number[]);
      }
      return text;
    }
  }
}

/** The standard form of the loaded word, as a string (`input` itself when nothing was folded). */
export function standardString(input: string): string {
  return word.plain ? input : unitsToString(word.standard, 0, word.length);
}

let table: Lexicon | undefined;

/**
 * The stem table's value for the whole loaded word once it has been looked up (`wholeKnown`), by the
 * unsplit candidate or by `isFunctionWord`, which share it. `loadWord` and `loadNormalized` forget it.
 */
let wholeValue = -1;
let wholeKnown = false;

/**
 * The standard-form units [from, to) of the loaded word, followed by `extra` (none when < 0), are a function
 * word.
 */
export function isFunctionWordRange(from: number, to: number, extra: number): boolean {
  table ??= getLexicon();
  return table.functionWords.get(word.standard, from, to, extra) >= 0;
}

/** The stem table's value for the whole loaded word (-1: absent), looked up once per word. */
export function wholeWordValue(): number {
  if (!wholeKnown) {
    table ??= getLexicon();
    wholeValue = table.words.get(word.lexicon, 0, word.length, -1);
    wholeKnown = true;
  }
  return wholeValue;
}

/** The loaded word is a function word (الذي, إلى …), which the segmenter leaves whole. */
export function isFunctionWord(): boolean {
  const value = wholeWordValue();
  // Only a word whose lexicon form is a function word's can be one: most words need no second look-up.
  return value >= 0 && (value & MAYBE_FUNCTION_WORD) !== 0 && table!.functionWords.get(word.standard, 0, word.length, -1) >= 0;
}

// ---- candidate splits -------------------------------------------------------------------------------

/** The prefixes of the candidate being enumerated: count, PREFIX_FORMS codes, where each ends in the standard form. */
export const candidate = {
  prefixCount: 0,
  prefixCodes: new Int8Array(3),
  prefixEnds: new Int32Array(3),
  /** A preposition alone before a pronoun (له, بها): the preposition is the stem, and this split wins. */
  prepositionWithPronoun: false,
};

/**
 * Called once per candidate split of the loaded word with its stem [stemStart, stemEnd) and suffix (index in
 * SUFFIX_FORMS, or -1); the prefixes are in `candidate`. The unsplit word comes first.
 */
export type SplitVisitor = (stemStart: number, stemEnd: number, suffix: number) => void;

/** Whether the standard form ends with suffix `s` (its units, last first). */
function endsWithSuffix(s: number): boolean {
  const units = SUFFIX_UNITS[s];
  const length = word.length;
  if (units.length > length) return false;
  for (let k = 0; k < units.length; k++) if (word.standard[length - 1 - k] !== units[k]) return false;
  return true;
}

/** The suffix that is exactly standard[from, length), or -1. */
function suffixFrom(from: number): number {
  const rest = word.length - from;
  if (rest < 1 || rest > 3) return -1;
  for (let s = 0; s < SUFFIX_UNITS.length; s++) if (SUFFIX_UNITS[s].length === rest && endsWithSuffix(s)) return s;
  return -1;
}

/** The pronoun suffixes that the loaded word ends with, in SUFFIX_TABLE order. */
const endingSuffixes = new Int8Array(SUFFIX_TABLE.length);

/**
 * Every split of the loaded word that the spelling allows: an optional conjunction (و ف), then an optional
 * preposition (ب ك ل) or future س (before an imperfect-verb letter), then an optional article (ال, or after ل
 * the ل of للـ), a stem of at least two letters (three after ك), and an optional pronoun suffix. Shared by the
 * run-time ranker and by the build script that counts which clitics each stem is seen with.
 */
export function enumerateSplits(visit: SplitVisitor): void {
  const { standard } = word;
  const length = word.length;
  candidate.prefixCount = 0;
  candidate.prepositionWithPronoun = false;
  visit(0, length, -1);
  let endingCount = 0;
  const endingWithLast = SUFFIXES_ENDING_WITH[standard[length - 1] - HAMZA + 1];
  for (let k = 0; k < endingWithLast.length; k++) if (endsWithSuffix(endingWithLast[k])) endingSuffixes[endingCount++] = endingWithLast[k];

  const first = standard[0];
  const conjunctions = first === WAW || first === FEH ? 2 : 1;
  for (let withConjunction = 0; withConjunction < conjunctions; withConjunction++) {
    const p1 = withConjunction;
    // The one-letter prefix after the conjunction: none, a preposition ب ك ل, or the future س.
    const next = p1 < length ? standard[p1] : -1;
    let middle = -1;
    if (next === BEH || next === KAF || next === LAM) middle = next;
    else if (next === SEEN && p1 + 1 < length && isImperfectLetter(standard[p1 + 1])) middle = SEEN;
    const middles = middle < 0 ? 1 : 2;
    for (let withMiddle = 0; withMiddle < middles; withMiddle++) {
      const letter = withMiddle === 0 ? -1 : middle;
      const p2 = p1 + withMiddle;
      let prefixCount = 0;
      if (withConjunction) {
        candidate.prefixCodes[prefixCount] = first === WAW ? PREFIX_CONJUNCTION_WAW : PREFIX_CONJUNCTION_FEH;
        candidate.prefixEnds[prefixCount++] = p1;
      }
      if (letter >= 0) {
        candidate.prefixCodes[prefixCount] = middleCode(letter);
        candidate.prefixEnds[prefixCount++] = p2;
      }
      // A preposition with a pronoun and nothing between: the preposition is the stem (له، بها، ولهم).
      if (letter === BEH || letter === LAM) {
        const pronoun = suffixFrom(p2);
        if (pronoun >= 0 && SUFFIX_AFTER_PREPOSITION[pronoun]) {
          candidate.prefixCount = prefixCount - 1;
          candidate.prepositionWithPronoun = true;
          visit(p1, p2, pronoun);
          candidate.prepositionWithPronoun = false;
          continue;
        }
      }
      candidate.prefixCount = prefixCount;
      if (prefixCount > 0 && length - p2 >= 2 && !(letter === KAF && length - p2 < 3)) visit(p2, length, -1);
      // The article: ال, or after ل the ل of للـ (ل + ال, whose alef is not written).
      if (letter !== SEEN) {
        let p3 = -1;
        if (letter === LAM) {
          if (p2 < length && standard[p2] === LAM) p3 = p2 + 1;
        } else if (p2 + 1 < length && standard[p2] === ALEF && standard[p2 + 1] === LAM) p3 = p2 + 2;
        if (p3 >= 0 && length - p3 >= 2) {
          candidate.prefixCodes[prefixCount] = PREFIX_ARTICLE;
          candidate.prefixEnds[prefixCount] = p3;
          candidate.prefixCount = prefixCount + 1;
          visit(p3, length, -1);
          // The article with a pronoun is not Arabic (الكتابه is not ال + كتاب + ه): no suffix after it.
          candidate.prefixCount = prefixCount;
        }
      }
      for (let e = 0; e < endingCount; e++) {
        const s = endingSuffixes[e];
        const stemLength = length - SUFFIX_UNITS[s].length - p2;
        if (stemLength < 2 || (letter === KAF && stemLength < 3)) continue;
        visit(p2, length - SUFFIX_UNITS[s].length, s);
      }
    }
  }
}

// ---- scoring ----------------------------------------------------------------------------------------

/**
 * The letter a stem had before a pronoun was written after it: علاقتنا → علاقة, مستواه → مستوى (lexicon form
 * ي), أبناؤهم → أبناء. -1 when the last letter is not one that changes.
 */
export function restoredLetter(last: number): number {
  if (last === TEH) return TEH_MARBUTA;
  if (last === ALEF) return YEH;
  if (last === WAW_WITH_HAMZA_ABOVE || last === YEH_WITH_HAMZA_ABOVE) return HAMZA;
  return -1;
}

/** What the stem table says of the stem being scored (set by `lookUpStem`). */
let stemBare = 0;
let stemVariety = 0;
let stemArticleVariety = 0;
let stemRestored = false;
/** The stem table's value for the stem as written (-1: absent). */
let stemWritten = -1;
/** The stem as written may be a function word (its lexicon form is one's). */
let stemMaybeFunctionWord = false;

/** log2(1 + the lower bound of a bare-count code): code c > 0 stands for counts in [2^(c−1), 2^c). */
const LOG_BARE = Float64Array.from({ length: BARE_CODE_MASK + 1 }, (_, code) => (code === 0 ? 0 : Math.log2(1 + 2 ** (code - 1))));
const LOG_VARIETY = Float64Array.from({ length: VARIETY_CODE_MASK + 1 }, (_, variety) => Math.log2(1 + variety));

function setStemStats(value: number): void {
  stemBare = value < 0 ? 0 : value & BARE_CODE_MASK;
  stemVariety = value < 0 ? 0 : (value >> VARIETY_SHIFT) & VARIETY_CODE_MASK;
  stemArticleVariety = value < 0 ? 0 : (value >> ARTICLE_SHIFT) & ARTICLE_CODE_MASK;
}

/**
 * How well the stem table attests the lexicon-form units [from, to) followed by `extra` (none when < 0) as a
 * stem: log2 of its bare count plus log2 of its clitic variety (0 when absent). For the light stemmer.
 */
export function stemEvidence(from: number, to: number, extra: number): number {
  table ??= getLexicon();
  return evidenceOfValue(table.words.get(word.lexicon, from, to, extra));
}

/** `stemEvidence` of a stem-table value (-1: absent). */
export function evidenceOfValue(value: number): number {
  if (value < 0) return 0;
  return LOG_BARE[value & BARE_CODE_MASK] + LOG_VARIETY[(value >> VARIETY_SHIFT) & VARIETY_CODE_MASK];
}

/** Looks the stem up as written and, before a suffix, with its last letter restored; keeps the better-attested. */
function lookUpStem(from: number, to: number, hasSuffix: boolean): void {
  const written = from === 0 && to === word.length ? wholeWordValue() : table!.words.get(word.lexicon, from, to, -1);
  stemWritten = written;
  setStemStats(written);
  stemMaybeFunctionWord = written >= 0 && (written & MAYBE_FUNCTION_WORD) !== 0;
  stemRestored = false;
  if (!hasSuffix) return;
  const restored = restoredLetter(word.lexicon[to - 1]);
  if (restored < 0) return;
  const value = table!.words.get(word.lexicon, from, to - 1, restored);
  if (value < 0) return;
  const bare = stemBare;
  const variety = stemVariety;
  const articleVariety = stemArticleVariety;
  setStemStats(value);
  if (LOG_BARE[stemBare] + LOG_VARIETY[stemVariety] > LOG_BARE[bare] + LOG_VARIETY[variety]) stemRestored = true;
  else {
    stemBare = bare;
    stemVariety = variety;
    stemArticleVariety = articleVariety;
  }
}

/** The candidate's last prefix is the article. */
function afterArticle(): boolean {
  return candidate.prefixCount > 0 && candidate.prefixCodes[candidate.prefixCount - 1] === PREFIX_ARTICLE;
}

/**
 * Where `describeCandidate` puts the candidate's non-zero features: into the training script's vector when
 * it asks (`candidateFeatures`), else into the candidate's score, so that the ranker and its training see the
 * same terms. (The score is summed in a local: a number kept in a module variable is boxed on every store.)
 */
let featuresOut: Float64Array | undefined;

/** Feature `index` with `value`: its term of the score (weight × value), or 0 after recording it for training. */
function term(index: number, value: number): number {
  if (featuresOut === undefined) return ranking[index] * value;
  featuresOut[index] = value;
  return 0;
}

/** The score of the candidate (prefixes in `candidate`, stem, suffix); describes it when `featuresOut` is set. */
function describeCandidate(stemStart: number, stemEnd: number, suffix: number): number {
  lookUpStem(stemStart, stemEnd, suffix >= 0);
  let score = 0;
  if (stemBare > 0) score += term(F_BARE, LOG_BARE[stemBare]);
  if (stemVariety > 0) score += term(F_VARIETY, LOG_VARIETY[stemVariety]);
  if (stemArticleVariety > 0) score += term(F_ARTICLE_VARIETY, LOG_VARIETY[stemArticleVariety]);
  const unattested = stemBare === 0 && stemVariety === 0;
  const prefixCount = candidate.prefixCount;
  if (prefixCount === 0 && suffix < 0) {
    score += term(F_WHOLE, 1);
    if (unattested) score += term(F_WHOLE_UNATTESTED, 1);
    return score;
  }
  if (unattested) score += term(afterArticle() ? F_UNATTESTED_AFTER_ARTICLE : F_UNATTESTED, 1);
  if (stemMaybeFunctionWord && table!.functionWords.get(word.standard, stemStart, stemEnd, -1) >= 0) score += term(F_FUNCTION_WORD, 1);
  for (let k = 0; k < prefixCount; k++) score += term(F_PREFIX + candidate.prefixCodes[k], 1);
  if (suffix >= 0) score += term(F_SUFFIX + suffix, 1);
  score += term(F_LENGTH + Math.min(3, Math.max(0, stemEnd - stemStart - 2)), 1);
  if (stemRestored) score += term(F_RESTORED, 1);
  return score;
}

/**
 * Writes the features of the candidate (prefixes in `candidate`) into `out` (FEATURE_COUNT values), for the
 * training script; the run-time ranker sums the same terms.
 */
export function candidateFeatures(stemStart: number, stemEnd: number, suffix: number, out: Float64Array): void {
  table ??= getLexicon();
  out.fill(0);
  featuresOut = out;
  try {
    describeCandidate(stemStart, stemEnd, suffix);
  } finally {
    featuresOut = undefined;
  }
}

/** The best candidate's score, in a typed array: a module variable holding a number is boxed on every store. */
const bestScore = new Float64Array(1);
/**
 * The unsplit word (always the first candidate) is in `best` but not scored yet: a word that has no other
 * candidate (a third of distinct words, nearly half of running text) stays whole with no look-up at all.
 */
let wholeUnscored = false;

/** Puts the unsplit word in `best`, to be scored only if another candidate comes. */
function deferWhole(): void {
  best.prefixCount = 0;
  best.stemStart = 0;
  best.stemEnd = word.length;
  best.suffix = -1;
  best.tehRestored = false;
  bestScore[0] = -Infinity;
  wholeUnscored = true;
}

/** Scores the unsplit word in `best` (called while another candidate's prefixes are in `candidate`). */
function scoreWhole(): void {
  wholeUnscored = false;
  const prefixCount = candidate.prefixCount;
  candidate.prefixCount = 0;
  bestScore[0] = describeCandidate(0, word.length, -1);
  candidate.prefixCount = prefixCount;
}

function scoreCandidate(stemStart: number, stemEnd: number, suffix: number): void {
  if (candidate.prefixCount === 0 && suffix < 0) {
    deferWhole();
    return;
  }
  if (wholeUnscored) scoreWhole();
  let score = describeCandidate(stemStart, stemEnd, suffix);
  // A preposition with a pronoun and nothing else (له، بها) is that, whatever the counts say: a rule.
  if (candidate.prepositionWithPronoun) score = Number.MAX_VALUE;
  // Candidates come in a fixed order; a later one must score strictly higher to win.
  if (score > bestScore[0]) {
    bestScore[0] = score;
    const prefixCount = candidate.prefixCount;
    best.prefixCount = prefixCount;
    for (let k = 0; k < prefixCount; k++) {
      best.prefixCodes[k] = candidate.prefixCodes[k];
      best.prefixEnds[k] = candidate.prefixEnds[k];
    }
    best.stemStart = stemStart;
    best.stemEnd = stemEnd;
    best.suffix = suffix;
    best.stemValue = stemWritten;
    best.tehRestored = stemRestored && word.standard[stemEnd - 1] === TEH;
  }
}

/** Chooses the best segmentation of the loaded word (into `best`). */
export function analyzeLoaded(): void {
  table = getLexicon();
  ranking = rankerWeights();
  bestScore[0] = -Infinity;
  enumerateSplits(scoreCandidate);
  wholeUnscored = false;
}

/** The stem table's value for the best analysis' stem as written (-1: absent); the whole word's is looked up once. */
export function bestStemValue(): number {
  return best.prefixCount === 0 && best.suffix < 0 ? wholeWordValue() : best.stemValue;
}
