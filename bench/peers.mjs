// dhad side by side with the JavaScript libraries people reach for, in one process, on the same text:
// normalization, tokenization and stemming. Medians of several runs after warm-up (measure() of corpus.mjs);
// in each table `ratio` is the row's speed relative to the table's first dhad row (2.00 = twice as fast as
// dhad, 0.50 = half as fast). Speed without correctness is no win, so every normalizer also runs a fixed set
// of hard inputs and its row names the checks it fails (`wrong`), with the details in `normalizationChecks()`.
//
// Peers are dev dependencies only: arabic-text-normalizer, @flowdegree/arabic-strings, @nlpjs/lang-ar,
// wink-nlp (+ wink-eng-lite-web-model), snowball-stemmers.
import { createRequire } from 'node:module';
import { normalize as arabicTextNormalizer } from 'arabic-text-normalizer';
import { sanitize as flowdegreeSanitize } from '@flowdegree/arabic-strings';
import { normalize, stem, tokenize } from '../dist/index.js';
import { measure, megabytesPerSecond } from './corpus.mjs';
import { naiveStandard } from './normalize.mjs';

const require = createRequire(import.meta.url);
const { NormalizerAr, TokenizerAr, StemmerAr } = require('@nlpjs/lang-ar');
const winkNLP = require('wink-nlp');
const winkModel = require('wink-eng-lite-web-model');
const snowball = require('snowball-stemmers');

// Slow peers get fewer runs, so that the whole benchmark stays within a few minutes.
function timed(fn) {
  const start = performance.now();
  fn();
  const first = performance.now() - start;
  return first > 1000 ? measure(fn, { runs: 3, warmup: 0 }) : first > 200 ? measure(fn, { runs: 5, warmup: 1 }) : measure(fn);
}

function rowsOf(input, entries, extra = () => ({})) {
  const baseline = entries[0][1];
  return entries.map(([name, ms, ...rest]) => ({ name, ms, mbps: megabytesPerSecond(input, ms), ratio: baseline / ms, ...extra(ms, ...rest) }));
}

// ---------------------------------------------------------------------------------------------------------
// Normalization

const nlpjsNormalizer = new NormalizerAr();

/** The normalizers compared, each as `text => string`. */
export const normalizers = [
  ['dhad normalize standard', (text) => normalize(text)],
  ['dhad normalize search', (text) => normalize(text, 'search')],
  ['naive NFC + regex (standard)', naiveStandard],
  // Its defaults also strip punctuation and collapse white space: options off, so it does comparable work.
  ['arabic-text-normalizer', (text) => arabicTextNormalizer(text, { punctuation: false, collapseWhitespace: false, verseNumbers: false, markers: false })],
  ['@flowdegree/arabic-strings sanitize', flowdegreeSanitize],
  ['@nlpjs/lang-ar NormalizerAr', (text) => nlpjsNormalizer.normalize(text)],
];

const has = (pattern) => (output) => pattern.test(output);
const lacks = (pattern) => (output) => !pattern.test(output);

/**
 * Hard inputs and what a correct normalizer's output must (not) contain. Checks are predicates rather
 * than exact strings, so that a lossy search-style folding (أ → ا, ة → ه) is not counted as a failure of
 * the check that is about something else.
 */
export const hardInputs = [
  // ی (U+06CC FARSI YEH) is common in Arabic web text typed on Persian keyboards: قبیل must match قبيل.
  { check: 'Persian yeh ی → ي', input: 'قبیل الیوم', ok: (o) => !/\u06cc/u.test(o) && /\u064a/u.test(o) },
  { check: 'Persian kaf ک → ك', input: 'کتاب', ok: (o) => !/\u06a9/u.test(o) && /\u0643/u.test(o) },
  // NFD splits أ into ا + U+0654 HAMZA ABOVE; an output with a combining hamza no longer equals أحمد.
  { check: 'hamza not split (أ ؤ ئ stay letters)', input: 'أحمد سؤال مسائل', ok: lacks(/[\u0654\u0655]/u) },
  { check: 'decomposed ا + U+0654 composed', input: 'ا\u0654حمد', ok: (o) => o === 'أحمد' || o === 'احمد' },
  { check: 'presentation forms → letters', input: 'ﺑﺴﻢ ﷲ ﻻ', ok: lacks(/[\ufb50-\ufdff\ufe70-\ufeff]/u) },
  { check: 'Arabic-Indic digits ٢٠٢٤ → 2024', input: 'عام ٢٠٢٤', ok: has(/2024/u) },
  { check: 'Persian digits ۱۴۰۲ → 1402', input: 'سال ۱۴۰۲', ok: has(/1402/u) },
  { check: 'harakat, tanween, shadda removed', input: 'مُحَمَّدٌ', ok: (o) => o === 'محمد' },
  { check: 'superscript alef removed', input: 'هٰذا', ok: (o) => o === 'هذا' },
  { check: 'tatweel removed', input: 'جـــميل', ok: (o) => o === 'جميل' },
  { check: 'direction marks, ZWNJ, BOM removed', input: '\ufeffبيت\u200f \u200cكبير', ok: lacks(/[\u200c\u200f\ufeff]/u) },
  { check: 'Latin left alone (Café, URL case)', input: 'Café http://Example.com', ok: (o) => o === 'Café http://Example.com' },
  { check: 'punctuation kept (، ؟ .)', input: 'نعم، لماذا؟ لا.', ok: (o) => o === 'نعم، لماذا؟ لا.' },
];

/** For each normalizer, the hard inputs it gets wrong: `[{ name, failures: [{ check, input, output }] }]`. */
export function normalizationChecks() {
  return normalizers.map(([name, fn]) => {
    const failures = [];
    for (const { check, input, ok } of hardInputs) {
      let output;
      try {
        output = fn(input);
      } catch (error) {
        output = `threw ${error}`;
      }
      if (!ok(output)) failures.push({ check, input, output });
    }
    return { name, failures };
  });
}

function normalizationRows(text) {
  const checks = new Map(normalizationChecks().map(({ name, failures }) => [name, failures]));
  const entries = normalizers.map(([name, fn]) => [name, timed(() => fn(text))]);
  return rowsOf(text, entries).map((row) => ({
    ...row,
    wrong: checks.get(row.name).map((failure) => failure.check).join('; '),
  }));
}

// ---------------------------------------------------------------------------------------------------------
// Tokenization

const wordSegmenter = new Intl.Segmenter('ar', { granularity: 'word' });
const ONE_REGEX = /[\p{L}\p{M}]+|\p{Nd}+|\S/gu;

/** Intl.Segmenter fed line by line (one 2 MB string at once is what nobody should do), keeping offsets. */
function intlSegmenterTokens(text) {
  const tokens = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    for (const { segment, index, isWordLike } of wordSegmenter.segment(line)) {
      if (isWordLike || segment.trim() !== '') tokens.push({ text: segment, start: lineStart + index, end: lineStart + index + segment.length });
    }
    lineStart = lineEnd + 1;
  }
  return tokens;
}

/** The tokenizer one writes first: one regex, one object per match, with offsets. */
function oneRegexTokens(text) {
  const tokens = [];
  for (const match of text.matchAll(ONE_REGEX)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

// wink-nlp with an empty pipe: tokenization only (no sentence boundaries, POS, NER), its fastest mode.
const wink = winkNLP(winkModel, []);

export const tokenizers = [
  ['dhad tokenize (objects, norms, offsets)', (text) => tokenize(text)],
  // TokenizerAr memoizes whole inputs; a fresh instance per call measures the work, not the cache.
  ['@nlpjs/lang-ar TokenizerAr (strings, no offsets)', (text) => new TokenizerAr().tokenize(text)],
  ['wink-nlp readDoc().tokens().out() (English model, strings)', (text) => wink.readDoc(text).tokens().out()],
  ['Intl.Segmenter, line by line (objects, offsets)', intlSegmenterTokens],
  ['one regex [\\p{L}\\p{M}]+|\\p{Nd}+|\\S (objects, offsets)', oneRegexTokens],
];

function tokenizationRows(text) {
  const entries = tokenizers.map(([name, fn]) => {
    const count = fn(text).length;
    return [name, timed(() => fn(text)), count];
  });
  return rowsOf(text, entries, (ms, count) => ({ tokens: count, tokensPerSecond: Math.round(count / (ms / 1000)) }));
}

// ---------------------------------------------------------------------------------------------------------
// Stemming

const snowballArabic = snowball.newStemmer('arabic');

/**
 * Both stemmers get the same word list, one call per word. dhad.stem keeps no memo (each call normalizes,
 * segments and looks the stem up afresh); snowball-stemmers keeps none either. The corpus list repeats
 * frequent words, the distinct list does not, so a memo could not help anyone on it.
 */
function stemmingRows(text, { maxWords = 200_000 } = {}) {
  const words = [];
  for (const token of tokenize(text)) {
    if (token.kind === 'word') words.push(token.text);
    if (words.length === maxWords) break;
  }
  const distinct = [...new Set(words)];
  const bytes = (list) => list.reduce((sum, word) => sum + Buffer.byteLength(word) + 1, 0);
  const lists = [
    ['corpus words', words],
    ['distinct words', distinct],
  ];
  const rows = [];
  for (const [label, list] of lists) {
    const stemmers = [
      [`dhad stem, ${list.length.toLocaleString('en')} ${label}`, () => { for (const word of list) stem(word); }],
      [`Snowball Arabic (snowball-stemmers), ${label}`, () => { for (const word of list) snowballArabic.stem(word); }],
    ];
    if (label === 'distinct words') {
      // @nlpjs StemmerAr (Snowball-derived) memoizes per instance: a fresh instance on distinct words
      // never hits its cache.
      stemmers.push([`@nlpjs/lang-ar StemmerAr (fresh instance), ${label}`, () => { const s = new StemmerAr(); for (const word of list) s.stemWord(word); }]);
    }
    const entries = stemmers.map(([name, fn]) => [name, timed(fn)]);
    const listBytes = bytes(list);
    const baseline = entries[0][1];
    for (const [name, ms] of entries) {
      rows.push({ name, ms, mbps: listBytes / 1e6 / (ms / 1000), ratio: baseline / ms, wordsPerSecond: Math.round(list.length / (ms / 1000)) });
    }
  }
  return rows;
}

/** Side-by-side timings on `text`. */
export function run(text) {
  return { normalization: normalizationRows(text), tokenization: tokenizationRows(text), stemming: stemmingRows(text) };
}

// `node bench/peers.mjs` on its own prints the tables and the correctness details.
if (import.meta.url === `file://${process.argv[1]}`) {
  const { benchmarkText } = await import('./corpus.mjs');
  const text = benchmarkText();
  const result = run(text);
  for (const [title, rows] of Object.entries(result)) {
    console.log(`## ${title}\n`);
    for (const row of rows) {
      const extra = row.tokensPerSecond ? ` ${row.tokensPerSecond.toLocaleString('en')} tokens/s` : row.wordsPerSecond ? ` ${row.wordsPerSecond.toLocaleString('en')} words/s` : '';
      console.log(`${row.name.padEnd(62)} ${row.ms.toFixed(1).padStart(8)} ms ${row.mbps.toFixed(1).padStart(7)} MB/s ×${row.ratio.toFixed(2)}${extra}${row.wrong ? `  wrong: ${row.wrong}` : ''}`);
    }
    console.log();
  }
  for (const { name, failures } of normalizationChecks()) {
    console.log(`${name}: ${failures.length === 0 ? 'all checks pass' : ''}`);
    for (const f of failures) console.log(`  ✗ ${f.check}: ${JSON.stringify(f.input)} → ${JSON.stringify(f.output)}`);
  }
}
