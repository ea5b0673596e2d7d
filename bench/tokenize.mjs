// Tokenization throughput: dhad's tokenize (kinds and norms filled), tokenizeCompact and sentences against
// a one-regex tokenizer that builds { text, start, end } objects; and the light stemmer per distinct word,
// with Snowball Arabic (snowball-stemmers) on the same words for comparison. `ratio` is the one-regex
// tokenizer's time over the row's time (higher is faster); for the stemmer rows it is Snowball's time
// over the row's time, and `mbps` is millions of words per second.
import { createRequire } from 'node:module';
import { segment, sentences, stem, tokenize, tokenizeCompact } from '../dist/index.js';
import { measure, megabytesPerSecond } from './corpus.mjs';

const ONE_REGEX = /[\p{L}\p{M}]+|\p{Nd}+|\S/gu;

/** The baseline: what one writes first. */
export function regexTokenize(text) {
  const tokens = [];
  for (const match of text.matchAll(ONE_REGEX)) tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  return tokens;
}

function snowballArabic() {
  try {
    return createRequire(import.meta.url)('snowball-stemmers').newStemmer('arabic');
  } catch {
    return undefined; // not installed: the comparison row is left out
  }
}

/** Distinct word tokens of `text` (at most `limit`), in order of first appearance. */
function distinctWords(text, limit = 50_000) {
  const words = new Set();
  for (const token of tokenize(text)) {
    if (token.kind === 'word') words.add(token.text);
    if (words.size >= limit) break;
  }
  return [...words];
}

export function run(text) {
  const baseline = measure(() => regexTokenize(text));
  const rows = [
    { name: 'one regex → {text,start,end}', ms: baseline },
    { name: 'dhad tokenize (kinds + norms)', ms: measure(() => tokenize(text)) },
    { name: 'dhad tokenizeCompact (typed arrays)', ms: measure(() => tokenizeCompact(text)) },
    { name: 'dhad sentences', ms: measure(() => sentences(text)) },
  ].map((row) => ({ ...row, mbps: megabytesPerSecond(text, row.ms), ratio: baseline / row.ms }));

  const words = distinctWords(text);
  const perWord = (fn) => measure(() => {
    for (let i = 0; i < words.length; i++) fn(words[i]);
  });
  const snowball = snowballArabic();
  const snowballMs = snowball ? perWord((word) => snowball.stem(word)) : undefined;
  const stemMs = perWord(stem);
  const wordRow = (name, ms) => ({
    name: `${name} (${((ms * 1000) / words.length).toFixed(2)} µs/word, ${words.length} distinct words)`,
    ms,
    mbps: words.length / 1e6 / (ms / 1000),
    ratio: snowballMs === undefined ? NaN : snowballMs / ms,
  });
  rows.push(wordRow('dhad stem', stemMs));
  rows.push(wordRow('dhad segment', perWord(segment)));
  if (snowballMs !== undefined) rows.push(wordRow('Snowball Arabic stem', snowballMs));
  return rows;
}
