/**
 * Clitic segmentation: conjunctions و ف, prepositions ب ك ل, future س and the article ال before a stem,
 * pronoun suffixes after it. Every split that the spelling allows is scored by how much the corpus
 * lexicon says its stem is a word (log2 of its evidence) plus a prior per clitic; the unsplit word competes
 * with its own evidence, so وزير (evidence for وزير, none for زير) and بوتين stay whole while وبالتعاون and
 * علاقاتنا split.
 */
import { expectString } from '../internal/validate.js';
import { normalizeWithOffsets } from '../normalize/index.js';
import { getLexicon } from './lexicon.js';
import { isArabicLetters } from './lexicon-form.js';

export interface Segment {
  text: string;
  start: number;
  end: number;
  role: 'prefix' | 'stem' | 'suffix';
}

export interface Segmentation {
  /** Surface pieces: substrings of the input word, in order; prefixes + stem + suffixes === word. */
  prefixes: string[];
  stem: string;
  suffixes: string[];
  /**
   * The morphemes behind the pieces, standard-normalized: the article written `ل` in للولايات is `ال`
   * here, and a stem that ends in ت before a pronoun gets its ة back (علاقتنا → علاقة).
   */
  forms: { prefixes: string[]; stem: string; suffixes: string[] };
}

const WAW = '\u0648'; // ARABIC LETTER WAW
const FEH = '\u0641'; // ARABIC LETTER FEH
const BEH = '\u0628'; // ARABIC LETTER BEH
const KAF = '\u0643'; // ARABIC LETTER KAF
const LAM = '\u0644'; // ARABIC LETTER LAM
const SEEN = '\u0633'; // ARABIC LETTER SEEN (future)
const ALEF = '\u0627'; // ARABIC LETTER ALEF
const ARTICLE = ALEF + LAM; // ال
const TEH = '\u062a'; // ARABIC LETTER TEH
const TEH_MARBUTA = '\u0629'; // ARABIC LETTER TEH MARBUTA
const HEH = '\u0647'; // ARABIC LETTER HEH
const YEH = '\u064a'; // ARABIC LETTER YEH
const NOON = '\u0646'; // ARABIC LETTER NOON
const HAMZA = '\u0621'; // ARABIC LETTER HAMZA
const WAW_WITH_HAMZA = '\u0624';
const YEH_WITH_HAMZA = '\u0626';
const ALEF_FORMS = /[\u0622\u0623\u0625\u0671]/gu; // ALEF WITH MADDA / HAMZA ABOVE / HAMZA BELOW, ALEF WASLA
const ALEF_MAQSURA = /\u0649/gu;

/** Imperfect-verb prefixes that may follow the future س (سيقول, ستكون, سنعمل, سأعمل). */
const IMPERFECT_LETTERS = new Set([YEH, TEH, NOON, ALEF, '\u0623']); // YEH TEH NOON ALEF, ALEF WITH HAMZA ABOVE

/**
 * Pronoun suffixes, longest first, with their prior: log2 of how much less evidence than the whole word
 * the stem may have and still win (ها: the stem needs 1/4 of it). ي is mostly the nisba ending (إيراني
 * is not إيران + ي), so it needs more evidence than the whole.
 */
const SUFFIXES: ReadonlyArray<readonly [string, number]> = [
  [HEH + '\u0645\u0627', 2.5], // هما
  [KAF + '\u0645\u0627', 1.5], // كما
  [HEH + '\u0645', 2.5], // هم
  [HEH + NOON, 2], // هن
  [KAF + '\u0645', 1.5], // كم
  [KAF + NOON, 1], // كن
  [HEH + ALEF, 2.5], // ها
  [NOON + ALEF, 2], // نا
  [NOON + YEH, 0.5], // ني
  [HEH, 1.5], // ه
  [KAF, 0.5], // ك
  [YEH, -1.5], // ي
];

/** Pronouns that make a preposition alone a word (له لها به بهم): split whatever the lexicon says. */
const PREPOSITION_PRONOUNS = new Set([HEH, HEH + ALEF, HEH + '\u0645', HEH + '\u0645\u0627', HEH + NOON, KAF + '\u0645', KAF + NOON]);

/**
 * Priors of the prefixes (log2 scale, see SUFFIXES). A word that is a word of its own (seen after the
 * article, like الوزير, or a name) gets OWN_WORD_BONUS, which one-letter prefixes rarely beat.
 */
const PRIOR_CONJUNCTION: Record<string, number> = { [WAW]: 3, [FEH]: 2.5 };
const PRIOR_PREPOSITION: Record<string, number> = { [BEH]: 2.5, [LAM]: 2.5, [KAF]: 1.5 };
const PRIOR_FUTURE = 1.5;
/** The article is the most reliable clitic: an unknown word after ال still splits (ال + خامنئي). */
const PRIOR_ARTICLE = 6;
const OWN_WORD_BONUS = 5;

/** What the segmenter asks of the lexicon, for keys folded by `foldForLexicon`. */
export interface LexiconView {
  evidence(key: string): number;
  /** Seen after the article or a name: a word in its own right. */
  isOwnWord(key: string): boolean;
  /** How the lexicon writes teh marbuta (ة, or ه for 'search' forms). */
  tehMarbuta: string;
}

/** Where the pieces of a normalized word start and end, and their morpheme forms. */
export interface Analysis {
  /** Cut points in the normalized word: prefixes are [cuts[k], cuts[k+1]) up to stemStart. */
  prefixEnds: number[];
  prefixForms: string[];
  stemStart: number;
  stemEnd: number;
  stemForm: string;
  suffix: string;
}

function foldForLexicon(key: string): string {
  return key.replace(ALEF_FORMS, ALEF).replace(ALEF_MAQSURA, YEH);
}

function log2Evidence(lookup: LexiconView, key: string): number {
  return Math.log2(1 + lookup.evidence(key));
}

/** Evidence for a stem that stood before a suffix: علاقت is علاقة, مستوا is مستوى, أبناؤ is أبناء. */
function stemEvidence(lookup: LexiconView, stem: string, hasSuffix: boolean): number {
  const tehMarbuta = lookup.tehMarbuta;
  let best = log2Evidence(lookup, stem);
  if (hasSuffix) {
    const last = stem[stem.length - 1];
    const head = stem.slice(0, -1);
    if (last === TEH) best = Math.max(best, log2Evidence(lookup, head + tehMarbuta));
    else if (last === ALEF) best = Math.max(best, log2Evidence(lookup, head + YEH));
    else if (last === WAW_WITH_HAMZA || last === YEH_WITH_HAMZA) best = Math.max(best, log2Evidence(lookup, head + HAMZA));
  }
  return best;
}

/**
 * Chooses the best segmentation of `word` (standard- or search-normalized Arabic letters). A split
 * without the article needs a stem that the lexicon has seen; its score is log2(1 + evidence of the
 * stem) plus the priors of its clitics, against log2(1 + evidence of the whole word), plus a bonus when
 * the whole word is a word of its own.
 */
export function analyze(word: string, lookup: LexiconView): Analysis {
  const tehMarbuta = lookup.tehMarbuta;
  const folded = foldForLexicon(word);
  const length = word.length;
  let best: Analysis = { prefixEnds: [], prefixForms: [], stemStart: 0, stemEnd: length, stemForm: word, suffix: '' };
  let bestScore = log2Evidence(lookup, folded) + (lookup.isOwnWord(folded) ? OWN_WORD_BONUS : 0);

  const consider = (prefixEnds: number[], prefixForms: string[], stemStart: number, suffix: string, prior: number, withArticle: boolean): void => {
    const stemEnd = length - suffix.length;
    const stem = folded.slice(stemStart, stemEnd);
    const evidence = stemEvidence(lookup, stem, suffix !== '');
    if (evidence === 0 && !withArticle) return;
    const score = evidence + prior;
    if (score > bestScore) {
      bestScore = score;
      let stemForm = word.slice(stemStart, stemEnd);
      if (suffix !== '' && stemForm.endsWith(TEH) && lookup.evidence(stem.slice(0, -1) + tehMarbuta) > lookup.evidence(stem)) {
        stemForm = stemForm.slice(0, -1) + tehMarbuta;
      }
      best = { prefixEnds, prefixForms, stemStart, stemEnd, stemForm, suffix };
    }
  };

  const conjunctions = [''];
  if (word[0] === WAW || word[0] === FEH) conjunctions.push(word[0]);
  for (const conjunction of conjunctions) {
    const p1 = conjunction.length;
    const conjunctionPrior = conjunction ? PRIOR_CONJUNCTION[conjunction] : 0;
    const middles = [''];
    const next = word[p1];
    if (next === BEH || next === KAF || next === LAM) middles.push(next);
    if (next === SEEN && IMPERFECT_LETTERS.has(word[p1 + 1])) middles.push(SEEN);
    for (const middle of middles) {
      const p2 = p1 + middle.length;
      const middlePrior = middle === '' ? 0 : middle === SEEN ? PRIOR_FUTURE : PRIOR_PREPOSITION[middle];
      const ends: number[] = [];
      const forms: string[] = [];
      if (conjunction) {
        ends.push(p1);
        forms.push(conjunction);
      }
      if (middle) {
        ends.push(p2);
        forms.push(middle);
      }
      // A preposition with a pronoun and nothing between: the preposition is the word (له، بها، ولهم).
      if ((middle === BEH || middle === LAM) && PREPOSITION_PRONOUNS.has(word.slice(p2))) {
        if (length - p2 >= 1) {
          const score = bestScore + 1;
          if (score > bestScore) {
            bestScore = score;
            best = {
              prefixEnds: ends.slice(0, -1),
              prefixForms: forms.slice(0, -1),
              stemStart: p1,
              stemEnd: p2,
              stemForm: middle,
              suffix: word.slice(p2),
            };
          }
        }
        continue;
      }
      if (middle === '' && conjunction === '') {
        // no prefix: only suffixes below
      } else if (length - p2 >= 2 && !(middle === KAF && length - p2 < 3)) {
        consider(ends, forms, p2, '', conjunctionPrior + middlePrior, false);
      }
      // The article: ال, or after ل the ل of للـ (ل + ال, whose alef is not written).
      if (middle !== SEEN) {
        const articleSurface = middle === LAM ? LAM : ARTICLE;
        if (word.startsWith(articleSurface, p2) && !(middle === LAM && word.startsWith(ARTICLE, p2))) {
          const p3 = p2 + articleSurface.length;
          if (length - p3 >= 2) {
            consider([...ends, p3], [...forms, ARTICLE], p3, '', conjunctionPrior + middlePrior + PRIOR_ARTICLE, true);
          }
        }
      }
      for (const [suffix, suffixPrior] of SUFFIXES) {
        if (!word.endsWith(suffix)) continue;
        if (length - suffix.length - p2 < 2) continue;
        if (middle === KAF && length - suffix.length - p2 < 3) continue;
        consider(ends, forms, p2, suffix, conjunctionPrior + middlePrior + suffixPrior, false);
      }
    }
  }
  return best;
}

export const segmentLookup: LexiconView = {
  evidence: (key) => getLexicon().evidence.get(key) ?? 0,
  isOwnWord: (key) => getLexicon().ownWords.has(key),
  tehMarbuta: TEH_MARBUTA,
};

/** Analyses `word` and returns the cut points in the input and the morpheme forms. */
function analyzeSurface(word: string): { cuts: number[]; roles: Segment['role'][]; forms: Segmentation['forms'] } | undefined {
  const { text: normalized, offsets } = normalizeWithOffsets(word);
  if (!isArabicLetters(normalized) || getLexicon().functionWords.has(normalized)) return undefined;
  const analysis = analyze(normalized, segmentLookup);
  if (analysis.prefixEnds.length === 0 && analysis.suffix === '') return undefined;
  const toInput = (index: number): number => (index >= normalized.length ? word.length : index === 0 ? 0 : offsets[index]);
  const cuts: number[] = [0];
  const roles: Segment['role'][] = [];
  const push = (normalizedEnd: number, role: Segment['role']): void => {
    const end = toInput(normalizedEnd);
    // A boundary inside one input character (a ligature such as ﻻ) cannot be cut: merge the pieces.
    if (end <= cuts[cuts.length - 1]) return;
    cuts.push(end);
    roles.push(role);
  };
  for (const end of analysis.prefixEnds) push(end, 'prefix');
  push(analysis.stemEnd, 'stem');
  if (analysis.suffix) push(normalized.length, 'suffix');
  if (!roles.includes('stem')) return undefined;
  cuts[cuts.length - 1] = word.length; // removed characters at the end (a final tatweel) stay in the last piece
  return {
    cuts,
    roles,
    forms: {
      prefixes: analysis.prefixForms,
      stem: analysis.stemForm,
      suffixes: analysis.suffix ? [analysis.suffix] : [],
    },
  };
}

/**
 * Splits an Arabic word into its clitics and stem: `وبالتعاون` → prefixes `و` `ب` `ال`, stem `تعاون`;
 * `علاقاتنا` → stem `علاقات`, suffix `نا`. Pieces are substrings of `word` (diacritics stay with their
 * letter); `forms` gives the morphemes (`للولايات` → `ل` `ال` + `ولايات`). Words the lexicon knows as
 * wholes (`وزير`, `لبنان`) and non-Arabic words come back as their own stem.
 */
export function segment(word: string): Segmentation {
  expectString(word, 'word', 'segment');
  const result = analyzeSurface(word);
  if (!result) {
    const stem = word;
    return { prefixes: [], stem, suffixes: [], forms: { prefixes: [], stem: word.length ? normalizeWithOffsets(word).text : '', suffixes: [] } };
  }
  const { cuts, roles, forms } = result;
  const prefixes: string[] = [];
  const suffixes: string[] = [];
  let stem = '';
  for (let k = 0; k < roles.length; k++) {
    const piece = word.slice(cuts[k], cuts[k + 1]);
    if (roles[k] === 'prefix') prefixes.push(piece);
    else if (roles[k] === 'stem') stem = piece;
    else suffixes.push(piece);
  }
  return { prefixes, stem, suffixes, forms };
}

/** The segments of a word token, with offsets into the text the token came from. */
export function segmentWithOffsets(word: string, offset: number): Segment[] {
  const result = analyzeSurface(word);
  if (!result) return [{ text: word, start: offset, end: offset + word.length, role: 'stem' }];
  const { cuts, roles } = result;
  const segments: Segment[] = [];
  for (let k = 0; k < roles.length; k++) {
    segments.push({ text: word.slice(cuts[k], cuts[k + 1]), start: offset + cuts[k], end: offset + cuts[k + 1], role: roles[k] });
  }
  return segments;
}
