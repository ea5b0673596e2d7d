/**
 * TIMEX / NUMEX rules: DATE, TIME, DURATION, PERCENT, MONEY. Hand-written patterns over the NER tokens
 * (search-normalized words), e.g. `اليوم الأربعاء`, `العام الماضي`, `عام 2021` (DATE), `صباح اليوم`,
 * `الساعة 10` (TIME), `40 عاماً` (DURATION), `38%`, `20 في المئة` (PERCENT), `6 مليارات دولار` (MONEY).
 * Word lists live in temporal.json. One conjunction or preposition glued to the first word (`وصباح`) is
 * left outside the span. Every rule looks at a bounded number of tokens: linear time.
 */
import lists from './temporal.json';
import { FEH, WAW } from '../internal/letters.js';
import { splitClitics } from './clitics.js';

export type RuleEntityType = 'DATE' | 'TIME' | 'DURATION' | 'PERCENT' | 'MONEY';
export const RULE_TYPES: readonly RuleEntityType[] = ['DATE', 'TIME', 'DURATION', 'PERCENT', 'MONEY'];

export interface TokenMatch {
  type: RuleEntityType;
  /** First and last+1 token index. */
  from: number;
  to: number;
  /** Characters of the first token to leave out (a glued conjunction or preposition). */
  skip: number;
}

interface Sets {
  weekdays: Set<string>;
  months: Set<string>;
  monthFirstWords: Map<string, string[][]>;
  monthContext: Set<string>;
  deictic: Set<string>;
  periods: Set<string>;
  periodModifiers: Set<string>;
  demonstratives: Set<string>;
  yearWords: Set<string>;
  partsOfDay: Set<string>;
  dayAnchors: Set<string>;
  hourWords: Set<string>;
  timeQualifiers: Set<string>;
  durationUnits: Set<string>;
  durationDuals: Set<string>;
  percentWords: Set<string>;
  moneyScales: Set<string>;
  currencies: Set<string>;
}

let sets: Sets | undefined;

function getSets(): Sets {
  if (sets !== undefined) return sets;
  const monthFirstWords = new Map<string, string[][]>();
  for (const m of lists.months) {
    const [first, ...rest] = m.split(' ');
    monthFirstWords.set(first, [...(monthFirstWords.get(first) ?? []), rest].sort((a, b) => b.length - a.length));
  }
  sets = {
    weekdays: new Set(lists.weekdays),
    months: new Set(lists.months),
    monthFirstWords,
    monthContext: new Set(lists.monthContext),
    deictic: new Set(lists.deictic),
    periods: new Set(lists.periods),
    periodModifiers: new Set(lists.periodModifiers),
    demonstratives: new Set(lists.demonstratives),
    yearWords: new Set(lists.yearWords),
    partsOfDay: new Set(lists.partsOfDay),
    dayAnchors: new Set(lists.dayAnchors),
    hourWords: new Set(lists.hourWords),
    timeQualifiers: new Set(lists.timeQualifiers),
    durationUnits: new Set(lists.durationUnits),
    durationDuals: new Set(lists.durationDuals),
    percentWords: new Set(lists.percentWords),
    moneyScales: new Set(lists.moneyScales),
    currencies: new Set(lists.currencies),
  };
  return sets;
}

function isNumber(w: string | undefined): boolean {
  if (w === undefined || w.length === 0) return false;
  const c = w.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && w.charCodeAt(w.length - 1) !== 0x25; // DIGIT, not ending in PERCENT SIGN
}

function isYear(w: string | undefined): boolean {
  if (w === undefined || (w.length !== 4 && w.length !== 3)) return false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

function isDayOfMonth(w: string | undefined): boolean {
  if (w === undefined || w.length > 2 || !isYear(w.padStart(4, '0'))) return false;
  const n = Number(w);
  return n >= 1 && n <= 31;
}

/** The word, or the word without one glued conjunction/preposition (not the article). */
function forms(word: string): [string, number][] {
  const split = splitClitics(word);
  const out: [string, number][] = [[word, 0]];
  if (split.conjunction > 0) out.push([word.slice(split.conjunction), split.conjunction]);
  if (split.beforeArticle > split.conjunction && !split.article) out.push([word.slice(split.beforeArticle), split.beforeArticle]);
  if (split.article && split.beforeArticle > 0) {
    // `بالعام` → `العام`; `للعام` → `لعام` is not restorable as a substring, leave it.
    if (word.charCodeAt(split.beforeArticle) === 0x0627) out.push([word.slice(split.beforeArticle), split.beforeArticle]); // ALEF
  }
  return out;
}

/** Whether `word` (maybe with a conjunction glued to it: `وفي`) announces a month name after it. */
function announcesMonth(word: string): boolean {
  const { monthContext } = getSets();
  if (monthContext.has(word)) return true;
  const first = word.charCodeAt(0);
  return (first === WAW || first === FEH) && monthContext.has(word.slice(1));
}

/** Length of a month name starting at token i (1 or 2 tokens), or 0. */
function monthAt(words: readonly string[], i: number, first: string): number {
  const s = getSets();
  const tails = s.monthFirstWords.get(first);
  if (tails === undefined) return 0;
  for (const tail of tails) {
    let ok = true;
    for (let k = 0; k < tail.length; k++) if (words[i + 1 + k] !== tail[k]) ok = false;
    if (ok) return 1 + tail.length;
  }
  return 0;
}

/** Tries every rule at token i; returns the longest match. */
function matchAt(words: readonly string[], i: number): TokenMatch | undefined {
  const s = getSets();
  const next = words[i + 1];
  const after = words[i + 2];
  let best: TokenMatch | undefined;
  const offer = (type: RuleEntityType, to: number, skip: number) => {
    if (best === undefined || to > best.to) best = { type, from: i, to, skip };
  };
  const w0 = words[i];
  // PERCENT: `38%`, `38 %`, `20 في المئة`, `20 بالمئة`.
  if (w0.charCodeAt(w0.length - 1) === 0x25 && w0.charCodeAt(0) >= 0x30 && w0.charCodeAt(0) <= 0x39) offer('PERCENT', i + 1, 0);
  if (isNumber(w0)) {
    if (next === '%' || (next !== undefined && s.percentWords.has(next))) offer('PERCENT', i + 2, 0);
    if (next !== undefined && after !== undefined && `${next} ${after}` === lists.percentPhrases[0]) offer('PERCENT', i + 3, 0);
    if (next !== undefined && after !== undefined && `${next} ${after}` === lists.percentPhrases[1]) offer('PERCENT', i + 3, 0);
    // MONEY: number [scale] currency.
    let j = i + 1;
    if (words[j] !== undefined && s.moneyScales.has(words[j])) j++;
    if (words[j] !== undefined && s.currencies.has(words[j])) offer('MONEY', j + 1, 0);
    // DURATION: number unit.
    if (next !== undefined && s.durationUnits.has(next)) offer('DURATION', i + 2, 0);
    // DATE: day month [year].
    if (isDayOfMonth(w0) && next !== undefined) {
      const m = monthAt(words, i + 1, next);
      if (m > 0) offer('DATE', isYear(words[i + 1 + m]) ? i + 2 + m : i + 1 + m, 0);
    }
  }
  if (w0 === '$' && isNumber(next)) offer('MONEY', i + 2, 0);
  for (const [form, skip] of forms(w0)) {
    // DATE: `اليوم الأربعاء`, `يوم الأربعاء`, `الأربعاء`, `أمس`, `العام الماضي`, `هذا العام`, `عام 2021`, `مارس 2021`.
    if (s.weekdays.has(form)) offer('DATE', i + 1, skip);
    if (s.deictic.has(form)) {
      offer('DATE', next !== undefined && s.weekdays.has(next) ? i + 2 : i + 1, skip);
    }
    if ((form === '\u064a\u0648\u0645' || form === '\u0627\u0644\u064a\u0648\u0645') && next !== undefined && s.weekdays.has(next)) offer('DATE', i + 2, skip); // YEH WAW MEEM: `يوم`
    if (s.periods.has(form) && next !== undefined && s.periodModifiers.has(next)) offer('DATE', i + 2, skip);
    // `هذا العام`, `هذه السنة`, `ذلك الشهر`: a period pointed at is a date too.
    if (s.demonstratives.has(form) && next !== undefined && s.periods.has(next)) offer('DATE', i + 2, skip);
    if (s.yearWords.has(form) && isYear(next)) offer('DATE', i + 2, skip);
    // A month with its year is a date; a month alone only after a word that announces a time (`في رجب`,
    // `شهر رمضان`, `منذ مارس`): رجب, رمضان, شعبان are also given names (رجب طيب أردوغان), صفر is zero.
    const m = monthAt(words, i, form);
    if (m > 0 && isYear(words[i + m])) offer('DATE', i + m + 1, skip);
    else if (m > 0 && i > 0 && announcesMonth(words[i - 1])) offer('DATE', i + m, skip);
    // TIME: `صباح اليوم`, `مساء أمس`, `ظهر الأربعاء`, `الساعة 10 صباحا`.
    if (s.partsOfDay.has(form) && next !== undefined) {
      if (s.dayAnchors.has(next) || s.weekdays.has(next)) offer('TIME', i + 2, skip);
      if ((next === '\u064a\u0648\u0645') && after !== undefined && s.weekdays.has(after)) offer('TIME', i + 3, skip); // `يوم`
    }
    if (s.hourWords.has(form) && isNumber(next)) {
      let j = i + 2;
      if (words[j] === ':' && isNumber(words[j + 1])) j += 2;
      if (words[j] !== undefined && s.timeQualifiers.has(words[j])) j++;
      offer('TIME', j, skip);
    }
    // DURATION: `عامين`, `ساعتين`.
    if (s.durationDuals.has(form)) offer('DURATION', i + 1, skip);
    // MONEY without a number: `مليار دولار`.
    if (s.moneyScales.has(form) && next !== undefined && s.currencies.has(next)) offer('MONEY', i + 2, skip);
  }
  return best;
}

/** All rule matches, left to right, non-overlapping (longest at each position). */
export function matchTemporal(words: readonly string[]): TokenMatch[] {
  const out: TokenMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const m = matchAt(words, i);
    if (m === undefined) {
      i++;
      continue;
    }
    out.push(m);
    i = m.to;
  }
  return out;
}
