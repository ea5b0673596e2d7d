/**
 * The clitic analysis behind `segment`, `stem` and `tokenize(text, { clitics: true })`. It works on the
 * code units of one word held in module-level buffers (one word at a time; JavaScript runs one call at a
 * time), so that scoring the dozen or so candidate splits of a word slices no strings and allocates
 * nothing: the lexicon is asked with ranges of the buffers (code-table.ts).
 *
 * Every split that the spelling allows is scored by how much the corpus lexicon says its stem is a word
 * (log2 of its evidence) plus a prior per clitic; the unsplit word competes with its own evidence, so
 * وزير (evidence for وزير, none for زير) and بوتين stay whole while وبالتعاون and علاقاتنا split.
 */
import { SIMPLE_DROP, simpleNormTable } from './char-classes.js';
import { EVIDENCE_BY_CODE, EVIDENCE_MASK, LOG_EVIDENCE_BY_CODE, OWN_WORD, getLexicon, type Lexicon } from './lexicon.js';
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
const PREFIX_ARTICLE = 6;
/** PREFIX_FORMS code of a one-letter middle prefix (ب ك ل س). */
function middleCode(letter: number): number {
  return letter === BEH ? 2 : letter === KAF ? 3 : letter === LAM ? 4 : 5;
}

/**
 * Pronoun suffixes, longest first, with their prior: log2 of how much less evidence than the whole word
 * the stem may have and still win (ها: the stem needs 1/4 of it). ي is mostly the nisba ending (إيراني
 * is not إيران + ي), so it needs more evidence than the whole. `afterPreposition`: the pronouns that make
 * a preposition alone a word (له لها به بهم): split whatever the lexicon says.
 */
const SUFFIX_TABLE: ReadonlyArray<{ form: string; prior: number; afterPreposition: boolean }> = [
  { form: '\u0647\u0645\u0627', prior: 2.5, afterPreposition: true }, // هما
  { form: '\u0643\u0645\u0627', prior: 1.5, afterPreposition: false }, // كما
  { form: '\u0647\u0645', prior: 2.5, afterPreposition: true }, // هم
  { form: '\u0647\u0646', prior: 2, afterPreposition: true }, // هن
  { form: '\u0643\u0645', prior: 1.5, afterPreposition: true }, // كم
  { form: '\u0643\u0646', prior: 1, afterPreposition: true }, // كن
  { form: '\u0647\u0627', prior: 2.5, afterPreposition: true }, // ها
  { form: '\u0646\u0627', prior: 2, afterPreposition: false }, // نا
  { form: '\u0646\u064a', prior: 0.5, afterPreposition: false }, // ني
  { form: '\u0647', prior: 1.5, afterPreposition: true }, // ه
  { form: '\u0643', prior: 0.5, afterPreposition: false }, // ك
  { form: '\u064a', prior: -1.5, afterPreposition: false }, // ي
];
export const SUFFIX_FORMS: readonly string[] = SUFFIX_TABLE.map((suffix) => suffix.form);
const SUFFIX_PRIORS = SUFFIX_TABLE.map((suffix) => suffix.prior);
const SUFFIX_AFTER_PREPOSITION = SUFFIX_TABLE.map((suffix) => suffix.afterPreposition);
/** Code units of each suffix, last unit first (they are matched from the end of the word). */
const SUFFIX_UNITS = SUFFIX_TABLE.map((suffix) => Array.from(suffix.form, (char) => char.charCodeAt(0)).reverse());

/** Priors of the prefixes (log2 scale, see SUFFIX_TABLE). */
const PRIOR_WAW = 3;
const PRIOR_FEH = 2.5;
const PRIOR_BEH = 2.5;
const PRIOR_LAM = 2.5;
const PRIOR_KAF = 1.5;
const PRIOR_FUTURE = 1.5;
/** The article is the most reliable clitic: an unknown word after ال still splits (ال + خامنئي). */
const PRIOR_ARTICLE = 6;
/** A word that is a word of its own (seen after the article, like الوزير, or a name); one-letter prefixes rarely beat it. */
const OWN_WORD_BONUS = 5;

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
}

/**
 * Loads `text` when its standard form is Arabic base letters and it only needs the normalization that
 * drops or replaces single units whatever surrounds them (harakat, tatweel, ی → ي: see
 * `simpleNormTable`). Returns the standard length (0 when nothing is left), or -1 when the word needs the
 * full normalizer (or holds other characters: Latin, digits, composing marks).
 */
export function loadWord(text: string): number {
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

export function isFunctionWord(): boolean {
  return getLexicon().functionWords.get(word.standard, 0, word.length, -1) >= 0;
}

let lexiconTables: Lexicon | undefined;

/** log2(1 + evidence) of the lexicon-form key `lexicon[from, to)` + `extra`. */
function logEvidence(from: number, to: number, extra: number): number {
  const value = lexiconTables!.words.get(word.lexicon, from, to, extra);
  return value < 0 ? 0 : LOG_EVIDENCE_BY_CODE[value & EVIDENCE_MASK];
}

function rawEvidence(from: number, to: number, extra: number): number {
  const value = lexiconTables!.words.get(word.lexicon, from, to, extra);
  return value < 0 ? 0 : EVIDENCE_BY_CODE[value & EVIDENCE_MASK];
}

/** Evidence for a stem that stood before a suffix: علاقت is علاقة, مستوا is مستوى, أبناؤ is أبناء. */
function stemEvidence(from: number, to: number, hasSuffix: boolean): number {
  let evidence = logEvidence(from, to, -1);
  if (hasSuffix) {
    const last = word.lexicon[to - 1];
    let restored = -1;
    if (last === TEH) restored = TEH_MARBUTA;
    else if (last === ALEF) restored = YEH;
    else if (last === WAW_WITH_HAMZA_ABOVE || last === YEH_WITH_HAMZA_ABOVE) restored = HAMZA;
    if (restored >= 0) evidence = Math.max(evidence, logEvidence(from, to - 1, restored));
  }
  return evidence;
}

let bestScore = 0;
/** The pronoun suffixes that the loaded word ends with, in SUFFIX_TABLE order. */
const endingSuffixes = new Int8Array(SUFFIX_TABLE.length);
let endingSuffixCount = 0;
/** The prefixes of the candidate being scored (kept in module state so that `consider` takes numbers only). */
let candidatePrefixCount = 0;
const candidateCodes = new Int8Array(3);
const candidateEnds = new Int32Array(3);

/** Scores the candidate with the current prefixes, stem [stemStart, length - suffix) and `suffix`. */
function consider(stemStart: number, suffix: number, prior: number, withArticle: boolean): void {
  const length = word.length;
  const stemEnd = suffix < 0 ? length : length - SUFFIX_FORMS[suffix].length;
  const evidence = stemEvidence(stemStart, stemEnd, suffix >= 0);
  if (evidence === 0 && !withArticle) return;
  const score = evidence + prior;
  if (score > bestScore) {
    bestScore = score;
    recordBest(stemStart, stemEnd, suffix, candidatePrefixCount);
    best.tehRestored =
      suffix >= 0 && word.standard[stemEnd - 1] === TEH && rawEvidence(stemStart, stemEnd - 1, TEH_MARBUTA) > rawEvidence(stemStart, stemEnd, -1);
  }
}

function recordBest(stemStart: number, stemEnd: number, suffix: number, prefixCount: number): void {
  best.prefixCount = prefixCount;
  for (let k = 0; k < prefixCount; k++) {
    best.prefixCodes[k] = candidateCodes[k];
    best.prefixEnds[k] = candidateEnds[k];
  }
  best.stemStart = stemStart;
  best.stemEnd = stemEnd;
  best.suffix = suffix;
  best.tehRestored = false;
}

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

/**
 * Chooses the best segmentation of the loaded word (into `best`). A split without the article needs a
 * stem that the lexicon has seen; its score is log2(1 + evidence of the stem) plus the priors of its
 * clitics, against log2(1 + evidence of the whole word), plus a bonus when the whole word is a word of
 * its own. Candidates are tried in a fixed order and a later one must score strictly higher to win.
 */
export function analyzeLoaded(): void {
  const lexicon = (lexiconTables = getLexicon());
  const { standard } = word;
  const length = word.length;
  const whole = lexicon.words.get(word.lexicon, 0, length, -1);
  bestScore = (whole < 0 ? 0 : LOG_EVIDENCE_BY_CODE[whole & EVIDENCE_MASK]) + (whole >= 0 && (whole & OWN_WORD) !== 0 ? OWN_WORD_BONUS : 0);
  candidatePrefixCount = 0;
  recordBest(0, length, -1, 0);
  endingSuffixCount = 0;
  for (let s = 0; s < SUFFIX_UNITS.length; s++) if (endsWithSuffix(s)) endingSuffixes[endingSuffixCount++] = s;

  const first = standard[0];
  const conjunctions = first === WAW || first === FEH ? 2 : 1;
  for (let withConjunction = 0; withConjunction < conjunctions; withConjunction++) {
    const p1 = withConjunction;
    const conjunctionPrior = withConjunction === 0 ? 0 : first === WAW ? PRIOR_WAW : PRIOR_FEH;
    // The one-letter prefix after the conjunction: none, a preposition ب ك ل, or the future س.
    const next = p1 < length ? standard[p1] : -1;
    let middle = -1;
    if (next === BEH || next === KAF || next === LAM) middle = next;
    else if (next === SEEN && p1 + 1 < length && isImperfectLetter(standard[p1 + 1])) middle = SEEN;
    const middles = middle < 0 ? 1 : 2;
    for (let withMiddle = 0; withMiddle < middles; withMiddle++) {
      const letter = withMiddle === 0 ? -1 : middle;
      const p2 = p1 + withMiddle;
      const middlePrior =
        letter < 0 ? 0 : letter === SEEN ? PRIOR_FUTURE : letter === BEH ? PRIOR_BEH : letter === LAM ? PRIOR_LAM : PRIOR_KAF;
      let prefixCount = 0;
      if (withConjunction) {
        candidateCodes[prefixCount] = first === WAW ? PREFIX_CONJUNCTION_WAW : PREFIX_CONJUNCTION_FEH;
        candidateEnds[prefixCount++] = p1;
      }
      if (letter >= 0) {
        candidateCodes[prefixCount] = middleCode(letter);
        candidateEnds[prefixCount++] = p2;
      }
      // A preposition with a pronoun and nothing between: the preposition is the word (له، بها، ولهم).
      if (letter === BEH || letter === LAM) {
        const pronoun = suffixFrom(p2);
        if (pronoun >= 0 && SUFFIX_AFTER_PREPOSITION[pronoun]) {
          bestScore += 1;
          candidatePrefixCount = prefixCount - 1;
          recordBest(p1, p2, pronoun, prefixCount - 1);
          continue;
        }
      }
      candidatePrefixCount = prefixCount;
      if (prefixCount > 0 && length - p2 >= 2 && !(letter === KAF && length - p2 < 3)) {
        consider(p2, -1, conjunctionPrior + middlePrior, false);
      }
      // The article: ال, or after ل the ل of للـ (ل + ال, whose alef is not written).
      if (letter !== SEEN) {
        let p3 = -1;
        if (letter === LAM) {
          if (p2 < length && standard[p2] === LAM) p3 = p2 + 1;
        } else if (p2 + 1 < length && standard[p2] === ALEF && standard[p2 + 1] === LAM) p3 = p2 + 2;
        if (p3 >= 0 && length - p3 >= 2) {
          candidateCodes[prefixCount] = PREFIX_ARTICLE;
          candidateEnds[prefixCount] = p3;
          candidatePrefixCount = prefixCount + 1;
          consider(p3, -1, conjunctionPrior + middlePrior + PRIOR_ARTICLE, true);
          candidatePrefixCount = prefixCount;
        }
      }
      for (let e = 0; e < endingSuffixCount; e++) {
        const s = endingSuffixes[e];
        const stemLength = length - SUFFIX_UNITS[s].length - p2;
        if (stemLength < 2) continue;
        if (letter === KAF && stemLength < 3) continue;
        consider(p2, s, conjunctionPrior + middlePrior + SUFFIX_PRIORS[s], false);
      }
    }
  }
}
