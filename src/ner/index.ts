/**
 * Named entities in Arabic text, with exact offsets into the caller's string.
 *
 * PERS, LOC, ORG, MISC come from a statistical tagger trained on ANERcorp (see model.ts, features.ts);
 * DATE, TIME, DURATION, PERCENT, MONEY come from rules (temporal.ts). The text is normalized internally
 * (diacritics, tatweel, Persian letters, presentation forms, digits, alef forms) and every span is mapped
 * back to the input, so `entity.text === text.slice(entity.start, entity.end)`.
 */
import { expectOneOf, expectOptionsObject, expectString } from '../internal/validate.js';
import { roundScore } from '../internal/score.js';
import { mapRange } from '../normalize/index.js';
import { entityCliticLength } from './clitics.js';
import { isGazetteerName, isTriggerWord, startsGazetteerEntry } from './features.js';
import { tagWords } from './model.js';
import { prepare } from './prepare.js';
import { MODEL_TYPES } from './tags.js';
import { matchTemporal, RULE_TYPES } from './temporal.js';

export { toBIO, fromBIO } from './bio.js';

export type EntityType = 'PERS' | 'LOC' | 'ORG' | 'MISC' | 'DATE' | 'TIME' | 'DURATION' | 'PERCENT' | 'MONEY';

export const ENTITY_TYPES: readonly EntityType[] = Object.freeze([...MODEL_TYPES, ...RULE_TYPES]);

export interface Entity {
  type: EntityType;
  /** UTF-16 offsets into the input, half-open. */
  start: number;
  end: number;
  /** `input.slice(start, end)`. */
  text: string;
  /**
   * Confidence in (0, 1]. Model entities: the CRF's probability (forward-backward marginal) of the tag of
   * the span's weakest token, rounded to three decimals; rule entities: 0.9.
   */
  score: number;
}

export interface EntitiesOptions {
  /** Only these types (default: all). */
  types?: readonly EntityType[];
}

const RULE_SCORE = 0.9;
/**
 * For trimming clitics off an entity's first word: is `word` a known name, a trigger word (`وكالة`, `جامعة`),
 * or the start of a known name that the entity's next word continues (`حزب` + `الله`)?
 */
function knownNameBefore(next: string | undefined): (word: string) => boolean {
  return (word) => isGazetteerName(word) || isTriggerWord(word) || (next !== undefined && startsGazetteerEntry(word, next));
}

interface RawEntity {
  type: EntityType;
  start: number; // normalized offsets
  end: number;
  score: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Invisible format characters (RLM, ZWNJ, BOM…) and white space: never the first or last character of a span. */
const INVISIBLE_OR_SPACE = /[\p{Cf}\s]/u;
function hasLetterOrDigit(word: string): boolean {
  return LETTER_OR_DIGIT.test(word);
}

/** Finds named entities (PERS, LOC, ORG, MISC) and temporal/numeric expressions in `text`. */
export function entities(text: string, options?: EntitiesOptions): Entity[] {
  expectString(text, 'text', 'entities');
  const opts = expectOptionsObject<EntitiesOptions>(options, 'options', 'entities', ['types']);
  let wanted: Set<EntityType> = new Set(ENTITY_TYPES);
  if (opts.types !== undefined) {
    if (!Array.isArray(opts.types)) {
      throw new TypeError(`dhad.entities: expected \`options.types\` to be an array of entity types`);
    }
    wanted = new Set(opts.types.map((t) => expectOneOf(t, 'options.types[]', 'entities', ENTITY_TYPES)));
  }
  if (text.length === 0 || wanted.size === 0) return [];

  const p = prepare(text);
  const raw: RawEntity[] = [];
  const wantModel = MODEL_TYPES.some((t) => wanted.has(t));
  const wantRules = RULE_TYPES.some((t) => wanted.has(t));
  for (let k = 0; k + 1 < p.sentenceStarts.length; k++) {
    const from = p.sentenceStarts[k];
    const to = p.sentenceStarts[k + 1];
    if (to === from) continue;
    const words = p.words.slice(from, to);
    // A sentence of punctuation and symbols alone has nothing to tag: skip the per-sentence work.
    if (!words.some(hasLetterOrDigit)) continue;
    const ruleMatches = wantRules ? matchTemporal(words) : [];
    const ruleCovered = new Uint8Array(words.length);
    for (const m of ruleMatches) {
      if (!wanted.has(m.type)) continue;
      for (let i = m.from; i < m.to; i++) ruleCovered[i] = 1;
      raw.push({ type: m.type, start: p.starts[from + m.from] + m.skip, end: p.ends[from + m.to - 1], score: RULE_SCORE });
    }
    if (!wantModel) continue;
    const { tags, confidences } = tagWords(words);
    let i = 0;
    while (i < words.length) {
      const tag = tags[i];
      if (tag === 0 || tag % 2 === 0) {
        i++;
        continue;
      }
      // B-type at i; the decoder guarantees only I-type of the same type follows.
      let j = i + 1;
      while (j < words.length && tags[j] === tag + 1) j++;
      const type = MODEL_TYPES[(tag - 1) / 2];
      let overlapsRule = false;
      for (let q = i; q < j; q++) if (ruleCovered[q]) overlapsRule = true;
      if (wanted.has(type) && !overlapsRule) {
        // The model's confidence in the span: the weakest of its tokens' tag probabilities.
        let weakest = 1;
        for (let q = i; q < j; q++) weakest = Math.min(weakest, confidences[q]);
        const cut = entityCliticLength(words[i], knownNameBefore(j > i + 1 ? words[i + 1] : undefined));
        const start = p.starts[from + i] + (cut < p.ends[from + i] - p.starts[from + i] ? cut : 0);
        raw.push({ type, start, end: p.ends[from + j - 1], score: Math.max(0.001, roundScore(weakest)) });
      }
      i = j;
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Entity[] = [];
  let lastEnd = -1;
  for (const e of raw) {
    // Overlaps are judged in the caller's offsets: two spans apart in normalized text can meet in the
    // original when both fall inside one ligature's expansion (ﷺ is 18 letters normalized, 1 character raw).
    let [start, end] = mapRange(p.offsets, e.start, e.end);
    // mapRange gives back the characters normalization removed right after the span (a name's tanween, but
    // also a direction mark after it): a span ends with its last visible character.
    while (end > start && INVISIBLE_OR_SPACE.test(text[end - 1])) end--;
    while (start < end && INVISIBLE_OR_SPACE.test(text[start])) start++;
    if (start === end || start < lastEnd) continue; // rules were already kept apart from the model; the first span wins
    out.push({ type: e.type, start, end, text: text.slice(start, end), score: e.score });
    lastEnd = end;
  }
  return out;
}
