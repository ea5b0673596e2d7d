/**
 * The invariants every public function owes on ANY string, as plain functions that throw an Error naming
 * the broken promise. Shared by the property tests, the naughty-strings fixtures, the linear-time inputs
 * and `npm run fuzz` (scripts/fuzz.ts), which passes in the library it loaded.
 *
 * - results slice back to the input: `text.slice(start, end) === result.text`
 * - results are ordered and do not overlap
 * - normalization is idempotent, and normalizeWithOffsets agrees with normalize
 * - nothing throws
 */
import type * as Dhad from '../../src/index.js';

export type Api = typeof Dhad;

export interface Checker {
  /** The exported function(s) checked, as the report names them. */
  name: string;
  /** The exported functions this checker exercises (for the coverage test). */
  covers: readonly (keyof Api)[];
  run(api: Api, text: string): void;
}

class InvariantError extends Error {
  override name = 'InvariantError';
}

function fail(fn: string, text: string, message: string): never {
  const shown = text.length > 80 ? `${JSON.stringify(text.slice(0, 80))}… (${text.length} units)` : JSON.stringify(text);
  throw new InvariantError(`${fn}: ${message} (input ${shown})`);
}

function check(condition: unknown, fn: string, text: string, message: () => string): asserts condition {
  if (!condition) fail(fn, text, message());
}

interface Spanned {
  start: number;
  end: number;
  text?: string;
}

/** Spans are integers within the text, non-empty, slice back to their `text`, ordered and disjoint. */
function checkSpans(fn: string, text: string, spans: readonly Spanned[], { allowEmpty = false } = {}): void {
  check(Array.isArray(spans), fn, text, () => 'expected an array');
  let previousEnd = 0;
  spans.forEach((span, i) => {
    const { start, end } = span;
    check(Number.isInteger(start) && Number.isInteger(end), fn, text, () => `#${i}: offsets ${start}, ${end} not integers`);
    check(start >= previousEnd, fn, text, () => `#${i}: [${start}, ${end}) starts before the previous end ${previousEnd} (unordered or overlapping)`);
    check(allowEmpty ? end >= start : end > start, fn, text, () => `#${i}: empty or reversed span [${start}, ${end})`);
    check(end <= text.length, fn, text, () => `#${i}: end ${end} beyond text length ${text.length}`);
    if (span.text !== undefined) {
      check(span.text === text.slice(start, end), fn, text, () => `#${i}: text ${JSON.stringify(span.text)} !== input.slice(${start}, ${end}) ${JSON.stringify(text.slice(start, end))}`);
    }
    previousEnd = end;
  });
}

const STEP_FUNCTIONS = [
  'removeDiacritics',
  'removeTatweel',
  'removeInvisible',
  'foldPersianLetters',
  'decomposePresentationForms',
  'normalizeDigits',
  'foldAlef',
  'foldAlefMaqsura',
  'foldTehMarbuta',
] as const;

interface Pieces {
  prefixes: string[];
  stem: string;
  suffixes: string[];
}

// U+0085 NEXT LINE is Unicode White_Space, but not in JavaScript's \s.
const WHITESPACE_OR_INVISIBLE = /^[\s\u0085\p{Cf}]*$/u;

export const checkers: readonly Checker[] = [
  {
    name: 'normalize (standard, search): idempotent',
    covers: ['normalize'],
    run(api, text) {
      for (const preset of ['standard', 'search'] as const) {
        const once = api.normalize(text, preset);
        check(typeof once === 'string', 'normalize', text, () => 'not a string');
        const twice = api.normalize(once, preset);
        check(twice === once, `normalize ${preset}`, text, () => `not idempotent: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
      }
      // The default is 'standard'.
      check(api.normalize(text) === api.normalize(text, 'standard'), 'normalize', text, () => 'default preset is not standard');
    },
  },
  {
    name: 'normalize step functions: idempotent, string out',
    covers: STEP_FUNCTIONS,
    run(api, text) {
      for (const name of STEP_FUNCTIONS) {
        const once = api[name](text);
        check(typeof once === 'string', name, text, () => 'not a string');
        const twice = api[name](once);
        check(twice === once, name, text, () => `not idempotent: ${JSON.stringify(once)} → ${JSON.stringify(twice)}`);
      }
    },
  },
  {
    name: 'normalizeWithOffsets + mapRange: agrees with normalize, offsets monotone, ranges map inside the input',
    covers: ['normalizeWithOffsets', 'mapRange'],
    run(api, text) {
      for (const preset of ['standard', 'search'] as const) {
        const fn = `normalizeWithOffsets ${preset}`;
        const { text: out, offsets } = api.normalizeWithOffsets(text, preset);
        check(out === api.normalize(text, preset), fn, text, () => `text ${JSON.stringify(out)} !== normalize() ${JSON.stringify(api.normalize(text, preset))}`);
        check(offsets.length === out.length + 1, fn, text, () => `offsets.length ${offsets.length} !== text.length + 1 (${out.length + 1})`);
        check(offsets[out.length] === text.length, fn, text, () => `last offset ${offsets[out.length]} !== input length ${text.length}`);
        for (let i = 0; i < out.length; i++) {
          check(offsets[i] <= offsets[i + 1], fn, text, () => `offsets decrease at ${i}: ${offsets[i]} > ${offsets[i + 1]}`);
          check(offsets[i] < text.length, fn, text, () => `offsets[${i}] = ${offsets[i]} is not an input index`);
        }
        // Every single unit, and the whole text, maps to a non-empty input range within the input.
        const ranges: [number, number][] = [[0, out.length], [0, 0]];
        for (let i = 0; i < out.length; i++) ranges.push([i, i + 1]);
        let previous: [number, number] = [0, 0];
        for (const [start, end] of ranges) {
          const [a, b] = api.mapRange(offsets, start, end);
          check(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a <= b && b <= text.length, `mapRange ${preset}`, text, () => `[${start}, ${end}) → [${a}, ${b}) outside the input`);
          if (end > start) check(b > a, `mapRange ${preset}`, text, () => `non-empty [${start}, ${end}) → empty [${a}, ${b})`);
          if (end === start + 1 && start > 0) {
            check(a >= previous[0], `mapRange ${preset}`, text, () => `[${start}, ${end}) → [${a}, ${b}) goes back before ${previous[0]}`);
          }
          if (end === start + 1) previous = [a, b];
        }
        if (out.length > 0) {
          const whole = api.mapRange(offsets, 0, out.length);
          check(whole[1] === text.length, `mapRange ${preset}`, text, () => `the whole output maps to [${whole[0]}, ${whole[1]}), not up to ${text.length}`);
        }
      }
    },
  },
  {
    name: 'tokenize / tokenizeCompact: tokens slice back, ordered, agree; clitic segments tile their word',
    covers: ['tokenize', 'tokenizeCompact'],
    run(api, text) {
      const tokens = api.tokenize(text);
      checkSpans('tokenize', text, tokens);
      let position = 0;
      for (const token of tokens) {
        check(api.KIND_NAMES.includes(token.kind), 'tokenize', text, () => `unknown kind ${token.kind}`);
        check(typeof token.norm === 'string', 'tokenize', text, () => 'norm not a string');
        check(WHITESPACE_OR_INVISIBLE.test(text.slice(position, token.start)), 'tokenize', text, () => `dropped visible text ${JSON.stringify(text.slice(position, token.start))} before ${token.start}`);
        position = token.end;
      }
      check(WHITESPACE_OR_INVISIBLE.test(text.slice(position)), 'tokenize', text, () => `dropped visible text at the end ${JSON.stringify(text.slice(position))}`);
      const compact = api.tokenizeCompact(text);
      check(compact.count === tokens.length, 'tokenizeCompact', text, () => `${compact.count} tokens, tokenize has ${tokens.length}`);
      for (let i = 0; i < tokens.length; i++) {
        check(
          compact.starts[i] === tokens[i].start && compact.ends[i] === tokens[i].end && api.KIND_NAMES[compact.kinds[i]] === tokens[i].kind,
          'tokenizeCompact',
          text,
          () => `token ${i} differs from tokenize`,
        );
      }
      for (const token of api.tokenize(text, { clitics: true })) {
        if (token.segments === undefined) continue;
        checkSpans('tokenize clitics', text, token.segments);
        check(
          token.segments[0].start === token.start && token.segments[token.segments.length - 1].end === token.end,
          'tokenize clitics',
          text,
          () => `segments of ${JSON.stringify(token.text)} do not tile it`,
        );
        for (let k = 1; k < token.segments.length; k++) {
          check(token.segments[k].start === token.segments[k - 1].end, 'tokenize clitics', text, () => `gap between segments of ${JSON.stringify(token.text)}`);
        }
      }
    },
  },
  {
    name: 'sentences: slice back, ordered, only whitespace between',
    covers: ['sentences'],
    run(api, text) {
      const list = api.sentences(text);
      checkSpans('sentences', text, list);
      let position = 0;
      for (const sentence of list) {
        check(WHITESPACE_OR_INVISIBLE.test(text.slice(position, sentence.start)), 'sentences', text, () => `visible text ${JSON.stringify(text.slice(position, sentence.start))} outside every sentence`);
        position = sentence.end;
      }
      check(WHITESPACE_OR_INVISIBLE.test(text.slice(position)), 'sentences', text, () => `visible text at the end outside every sentence`);
    },
  },
  {
    name: 'segment / stem: on the whole input and on every token; pieces rebuild the word',
    covers: ['segment', 'stem'],
    run(api, text) {
      const words = [text, ...api.tokenize(text).map((token) => token.text)];
      for (const word of words) {
        // The surface pieces are `surface` (or, in the first API, the top-level fields): substrings of the word.
        const result = api.segment(word) as unknown as Pieces & { surface?: Pieces };
        const pieces = result.surface ?? result;
        const rebuilt = pieces.prefixes.join('') + pieces.stem + pieces.suffixes.join('');
        check(rebuilt === word, 'segment', word, () => `pieces ${JSON.stringify([pieces.prefixes, pieces.stem, pieces.suffixes])} do not rebuild the word`);
        check(typeof result.stem === 'string', 'segment', word, () => 'stem not a string');
        // A token is one word to stem; the whole text too, unless it is several tokens or has white space,
        // which stem refuses with a RangeError rather than returning the text as if it were a word.
        let stemmed: unknown;
        try {
          stemmed = api.stem(word);
        } catch (error) {
          const refusable = word === text && (api.tokenize(text).length > 1 || /\p{White_Space}/u.test(text));
          check(refusable && error instanceof RangeError, 'stem', word, () => `threw ${String(error)}`);
          continue;
        }
        check(typeof stemmed === 'string', 'stem', word, () => 'not a string');
      }
    },
  },
  {
    name: 'entities + toBIO/fromBIO + renderEntities: spans slice back; BIO round trip; the page holds the text',
    covers: ['entities', 'toBIO', 'fromBIO', 'renderEntities'],
    run(api, text) {
      const found = api.entities(text);
      checkSpans('entities', text, found);
      for (const entity of found) {
        check(api.ENTITY_TYPES.includes(entity.type), 'entities', text, () => `unknown type ${entity.type}`);
        check(entity.score > 0 && entity.score <= 1, 'entities', text, () => `score ${entity.score} outside (0, 1]`);
      }
      const tokens = api.tokenize(text);
      const tags = api.toBIO(tokens, found);
      check(tags.length === tokens.length, 'toBIO', text, () => `${tags.length} tags for ${tokens.length} tokens`);
      const back = api.fromBIO(tokens, tags, text);
      checkSpans('fromBIO', text, back);
      const again = api.toBIO(tokens, back);
      check(again.join(' ') === tags.join(' '), 'toBIO/fromBIO', text, () => `round trip changed the tags: ${tags.join(' ')} → ${again.join(' ')}`);
      // Every entity overlaps at least one token, so no entity is lost in BIO form.
      const covered = found.filter((entity) => tokens.some((token) => token.start < entity.end && entity.start < token.end));
      check(covered.length === found.length, 'toBIO', text, () => 'an entity overlaps no token');

      const page = api.renderEntities(text, found);
      const body = page.slice(page.indexOf('<div class="text">') + '<div class="text">'.length, page.lastIndexOf('</div>\n</main>'));
      const visible = body
        .replace(/<span class="label">[^<]*<\/span>/gu, '')
        .replace(/<\/?mark[^>]*>/gu, '')
        .replace(/&(lt|gt|quot|#39|amp);/gu, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[name]!);
      check(visible === text, 'renderEntities', text, () => 'the page does not hold the text exactly');
    },
  },
  {
    name: 'summarize / keywords: sentences slice back, ordered, indexes agree with sentences()',
    covers: ['summarize', 'keywords'],
    run(api, text) {
      const all = api.sentences(text);
      for (const options of [undefined, { ratio: 0.5 }, { maxWords: 5 }, { sentences: 1, keywords: 3 }]) {
        const summary = api.summarize(text, options);
        checkSpans('summarize', text, summary.sentences);
        for (const s of summary.sentences) {
          check(Number.isInteger(s.index) && s.index >= 0 && s.index < all.length, 'summarize', text, () => `index ${s.index} outside ${all.length} sentences`);
          check(all[s.index].start === s.start && all[s.index].end === s.end, 'summarize', text, () => `sentence ${s.index} is not sentences()[${s.index}]`);
          check(s.score >= 0 && s.score <= 1, 'summarize', text, () => `score ${s.score} outside [0, 1]`);
        }
        check(summary.text === summary.sentences.map((s) => s.text).join(' '), 'summarize', text, () => 'text is not the sentences joined');
        if (all.length > 0) check(summary.sentences.length > 0, 'summarize', text, () => `empty summary of ${all.length} sentences with options ${JSON.stringify(options)}`);
        for (const keyword of summary.keywords) {
          check(typeof keyword.term === 'string' && keyword.term.length > 0, 'summarize', text, () => 'empty keyword term');
        }
      }
      const list = api.keywords(text, { n: 5 });
      check(list.length <= 5, 'keywords', text, () => `${list.length} keywords for n = 5`);
      const terms = list.map((keyword) => keyword.term);
      check(new Set(terms).size === terms.length, 'keywords', text, () => `duplicate terms ${JSON.stringify(terms)}`);
      for (const keyword of list) {
        check(keyword.score >= 0 && keyword.score <= 1 && Array.isArray(keyword.forms), 'keywords', text, () => `bad keyword ${JSON.stringify(keyword)}`);
      }
    },
  },
  {
    name: 'detectLanguage / isArabic / arabicLetterShare: well-formed answers',
    covers: ['detectLanguage', 'isArabic', 'arabicLetterShare'],
    run(api, text) {
      const detection = api.detectLanguage(text);
      check(typeof detection.language === 'string' && /^[a-z]{3}$/u.test(detection.language), 'detectLanguage', text, () => `language ${detection.language}`);
      check(detection.confidence >= 0 && detection.confidence <= 1, 'detectLanguage', text, () => `confidence ${detection.confidence}`);
      check(detection.candidates.length <= 5, 'detectLanguage', text, () => `${detection.candidates.length} candidates`);
      if (detection.language === 'und') check(detection.candidates.length === 0, 'detectLanguage', text, () => 'und with candidates');
      else check(detection.candidates[0]?.language === detection.language, 'detectLanguage', text, () => 'best candidate is not the language');
      detection.candidates.forEach((candidate, i) => {
        check(candidate.score >= 0 && candidate.score <= 1, 'detectLanguage', text, () => `candidate ${candidate.language} score ${candidate.score} outside [0, 1]`);
        if (i > 0) check(candidate.score <= detection.candidates[i - 1].score, 'detectLanguage', text, () => `candidates not best first: ${JSON.stringify(detection.candidates)}`);
      });
      const arabic = api.isArabic(text);
      check(typeof arabic === 'boolean', 'isArabic', text, () => 'not a boolean');
      const share = api.arabicLetterShare(text);
      check(share >= 0 && share <= 1, 'arabicLetterShare', text, () => `share ${share}`);
      check(arabic === share >= 0.5 || share === 0, 'isArabic', text, () => `isArabic ${arabic} but share ${share}`);
    },
  },
];

/** Every exported function, for the coverage test: a new export must get a checker. */
export function coveredFunctions(): Set<string> {
  return new Set(checkers.flatMap((checker) => checker.covers));
}
