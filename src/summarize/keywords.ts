/**
 * Keywords: content terms (light stems, so `روسيا`, `وروسيا`, `بروسيا` are one term) scored by how often
 * they occur, each occurrence weighted by the relevance of its sentence, plus two-word phrases that recur
 * (`الرئيس الإيراني`, `فلاديمير بوتين`).
 */
import { roundScore } from '../internal/score.js';
import type { AnalyzedDocument } from './document.js';

export interface Keyword {
  /** The normalized, stemmed key: a light stem, or two stems joined by a space for a phrase. */
  term: string;
  /** 0..1, rounded to three decimals (keywords are ordered by the unrounded score); the best keyword has 1. */
  score: number;
  /** The forms seen in the text ('standard' normalized: no diacritics or tatweel), most frequent first. */
  forms: string[];
}

/** Every occurrence counts at least this much, however weak its sentence. */
const OCCURRENCE_FLOOR = 0.5;
/** A phrase is a candidate when it occurs this often… */
const PHRASE_MIN_COUNT = 2;
/** …and holds at least this share of the occurrences of its rarer word. */
const PHRASE_MIN_SHARE = 0.5;
/** A word whose occurrences are (almost) all inside a kept phrase is left to the phrase. */
const ABSORBED_SHARE = 0.8;
/** A phrase's score relative to the summed weight of the occurrences of its two words inside it. */
const PHRASE_WEIGHT = 0.75;

interface Candidate {
  term: string;
  score: number;
  /** The term id of a single word, or -1 for a phrase. */
  id: number;
  /** For a phrase: the index (in doc.occurrences) of the second word of each of its occurrences. */
  phraseEnds?: number[];
}

interface Phrase {
  first: number;
  second: number;
  count: number;
  weight: number;
  ends: number[];
}

function isNumeric(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 0x30 && code <= 0x39; // DIGIT ZERO..DIGIT NINE (normalization folded other digits to these)
}

/** Forms, most frequent first; ties in order of first appearance. */
function formsByCount(counts: Map<string, number>): string[] {
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form);
}

function addForm(counts: Map<string, number>, form: string): void {
  counts.set(form, (counts.get(form) ?? 0) + 1);
}

export function extractKeywords(doc: AnalyzedDocument, relevance: Float64Array, count: number): Keyword[] {
  const occurrences = doc.occurrences;
  if (count === 0 || occurrences.length === 0) return [];
  const termCount = doc.termKeys.length;
  const termScore = new Float64Array(termCount);
  const occurrenceWeight = new Float64Array(occurrences.length);
  for (let k = 0; k < occurrences.length; k++) {
    const occurrence = occurrences[k];
    const weight = OCCURRENCE_FLOOR + relevance[occurrence.sentence];
    occurrenceWeight[k] = weight;
    termScore[occurrence.term] += weight;
  }

  // Two-word phrases: adjacent content words in one sentence, keyed by their two term ids.
  const phrases = new Map<number, Phrase>();
  for (let k = 1; k < occurrences.length; k++) {
    const second = occurrences[k];
    const first = occurrences[k - 1];
    if (!second.adjacentToPrevious || first.sentence !== second.sentence || first.term === second.term) continue;
    if (isNumeric(doc.termKeys[first.term]) || isNumeric(doc.termKeys[second.term])) continue;
    const key = first.term * termCount + second.term;
    let phrase = phrases.get(key);
    if (phrase === undefined) {
      phrase = { first: first.term, second: second.term, count: 0, weight: 0, ends: [] };
      phrases.set(key, phrase);
    }
    phrase.count++;
    phrase.ends.push(k);
    phrase.weight += occurrenceWeight[k - 1] + occurrenceWeight[k];
  }

  const candidates: Candidate[] = [];
  const absorbed = new Uint8Array(termCount);
  for (const phrase of phrases.values()) {
    const firstFrequency = doc.termFrequency[phrase.first];
    const secondFrequency = doc.termFrequency[phrase.second];
    if (phrase.count < PHRASE_MIN_COUNT) continue;
    if (phrase.count / Math.min(firstFrequency, secondFrequency) < PHRASE_MIN_SHARE) continue;
    candidates.push({
      term: `${doc.termKeys[phrase.first]} ${doc.termKeys[phrase.second]}`,
      score: PHRASE_WEIGHT * phrase.weight,
      id: -1,
      phraseEnds: phrase.ends,
    });
    if (phrase.count / firstFrequency >= ABSORBED_SHARE) absorbed[phrase.first] = 1;
    if (phrase.count / secondFrequency >= ABSORBED_SHARE) absorbed[phrase.second] = 1;
  }
  for (let id = 0; id < termCount; id++) {
    if (absorbed[id] || isNumeric(doc.termKeys[id])) continue;
    candidates.push({ term: doc.termKeys[id], score: termScore[id], id });
  }

  // Highest score first; ties by term so that the output does not depend on Map order.
  candidates.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  // Overlapping phrases of one longer name (`الرئيس الإيراني إبراهيم رئيسي`): a phrase that shares a word
  // with a better phrase in half of its occurrences or more is left out.
  const top: Candidate[] = [];
  const usedOccurrences = new Uint8Array(occurrences.length);
  for (const candidate of candidates) {
    if (top.length === count) break;
    const ends = candidate.phraseEnds;
    if (ends !== undefined) {
      let overlapping = 0;
      for (const k of ends) if (usedOccurrences[k - 1] || usedOccurrences[k]) overlapping++;
      if (2 * overlapping >= ends.length) continue;
      for (const k of ends) usedOccurrences[k - 1] = usedOccurrences[k] = 1;
    }
    top.push(candidate);
  }

  // Forms only for the keywords returned: one pass over the occurrences for the single words.
  const wordForms = new Map<number, Map<string, number>>();
  for (const candidate of top) if (candidate.id >= 0) wordForms.set(candidate.id, new Map());
  for (const occurrence of occurrences) {
    const counts = wordForms.get(occurrence.term);
    if (counts !== undefined) addForm(counts, occurrence.form);
  }
  const best = top.length > 0 ? top[0].score : 1;
  return top.map((candidate) => {
    let forms: string[];
    if (candidate.phraseEnds !== undefined) {
      const counts = new Map<string, number>();
      for (const k of candidate.phraseEnds) addForm(counts, `${occurrences[k - 1].form} ${occurrences[k].form}`);
      forms = formsByCount(counts);
    } else {
      forms = formsByCount(wordForms.get(candidate.id)!);
    }
    return { term: candidate.term, score: roundScore(candidate.score / best), forms };
  });
}
