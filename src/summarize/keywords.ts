/**
 * Keywords: content terms (light stems, so `روسيا`, `وروسيا`, `بروسيا` are one term) scored by how often
 * they occur, each occurrence weighted by the relevance of its sentence, plus two-word phrases that recur
 * (`الرئيس الإيراني`, `فلاديمير بوتين`).
 */
import type { AnalyzedDocument } from './document.js';

export interface Keyword {
  /** The normalized, stemmed key: a light stem, or two stems joined by a space for a phrase. */
  term: string;
  /** 0..1, the best keyword has 1. */
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
  formCounts: Map<string, number>;
  /** For a phrase: the index (in doc.occurrences) of the second word of each of its occurrences. */
  phraseEnds?: number[];
}

function addForm(formCounts: Map<string, number>, form: string): void {
  formCounts.set(form, (formCounts.get(form) ?? 0) + 1);
}

function isNumeric(key: string): boolean {
  const code = key.charCodeAt(0);
  return code >= 0x30 && code <= 0x39; // DIGIT ZERO..DIGIT NINE (normalization folded other digits to these)
}

export function extractKeywords(doc: AnalyzedDocument, relevance: Float64Array, count: number): Keyword[] {
  if (count === 0 || doc.occurrences.length === 0) return [];
  const termCount = doc.termKeys.length;
  const termScore = new Float64Array(termCount);
  const termForms: Map<string, number>[] = Array.from({ length: termCount }, () => new Map());
  const occurrenceWeight = new Float64Array(doc.occurrences.length);
  doc.occurrences.forEach((occurrence, k) => {
    const weight = OCCURRENCE_FLOOR + relevance[occurrence.sentence];
    occurrenceWeight[k] = weight;
    termScore[occurrence.term] += weight;
    addForm(termForms[occurrence.term], occurrence.form);
  });

  // Two-word phrases: adjacent content words in one sentence.
  const phrases = new Map<
    string,
    { first: number; second: number; count: number; weight: number; forms: Map<string, number>; ends: number[] }
  >();
  for (let k = 1; k < doc.occurrences.length; k++) {
    const second = doc.occurrences[k];
    const first = doc.occurrences[k - 1];
    if (!second.adjacentToPrevious || first.sentence !== second.sentence || first.term === second.term) continue;
    if (isNumeric(doc.termKeys[first.term]) || isNumeric(doc.termKeys[second.term])) continue;
    const key = `${first.term} ${second.term}`;
    let phrase = phrases.get(key);
    if (phrase === undefined) {
      phrase = { first: first.term, second: second.term, count: 0, weight: 0, forms: new Map(), ends: [] };
      phrases.set(key, phrase);
    }
    phrase.count++;
    phrase.ends.push(k);
    phrase.weight += occurrenceWeight[k - 1] + occurrenceWeight[k];
    addForm(phrase.forms, `${first.form} ${second.form}`);
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
      formCounts: phrase.forms,
      phraseEnds: phrase.ends,
    });
    if (phrase.count / firstFrequency >= ABSORBED_SHARE) absorbed[phrase.first] = 1;
    if (phrase.count / secondFrequency >= ABSORBED_SHARE) absorbed[phrase.second] = 1;
  }
  for (let id = 0; id < termCount; id++) {
    if (absorbed[id] || isNumeric(doc.termKeys[id])) continue;
    candidates.push({ term: doc.termKeys[id], score: termScore[id], formCounts: termForms[id] });
  }

  // Highest score first; ties by term so that the output does not depend on Map order.
  candidates.sort((a, b) => b.score - a.score || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  // Overlapping phrases of one longer name (`الرئيس الإيراني إبراهيم رئيسي`): a phrase that shares a word
  // with a better phrase in half of its occurrences or more is left out.
  const top: Candidate[] = [];
  const usedOccurrences = new Uint8Array(doc.occurrences.length);
  for (const candidate of candidates) {
    if (top.length === count) break;
    const ends = candidate.phraseEnds;
    if (ends !== undefined) {
      const overlapping = ends.filter((k) => usedOccurrences[k - 1] || usedOccurrences[k]).length;
      if (2 * overlapping >= ends.length) continue;
      for (const k of ends) usedOccurrences[k - 1] = usedOccurrences[k] = 1;
    }
    top.push(candidate);
  }
  const best = top.length > 0 ? top[0].score : 1;
  return top.map((candidate) => ({
    term: candidate.term,
    score: candidate.score / best,
    forms: [...candidate.formCounts.entries()].sort((a, b) => b[1] - a[1]).map(([form]) => form),
  }));
}
