// Summarization speed: dhad.summarize on a ~5,000-word slice of the benchmark text (the goal: ≤ 20 ms)
// and on the whole text with a large budget (ratio 0.5), against the baseline of tokenizing the same text
// (the floor a summarizer built on dhad's tokens cannot go under).
import { summarize, tokenize } from '../dist/index.js';
import { measure, megabytesPerSecond } from './corpus.mjs';

/** The first `count` whitespace-separated words of `text`, as one flat string. */
function firstWords(text, count) {
  let end = 0;
  for (let words = 0; words < count && end < text.length; words++) {
    while (end < text.length && /\s/u.test(text[end])) end++;
    while (end < text.length && !/\s/u.test(text[end])) end++;
  }
  return text.slice(0, end);
}

export function run(text) {
  const slice = firstWords(text, 5000);
  const sliceBaseline = measure(() => tokenize(slice));
  // The 5,000-word rows are measured before anything touches the whole text, whose garbage would otherwise be
  // collected during them.
  const sliceRows = [
    ['tokenize, 5,000 words (baseline)', slice, sliceBaseline, sliceBaseline],
    ['dhad summarize, 5,000 words, 3 sentences', slice, measure(() => summarize(slice)), sliceBaseline],
    ['dhad summarize, 5,000 words, maxWords 120', slice, measure(() => summarize(slice, { maxWords: 120 })), sliceBaseline],
  ];
  const wholeBaseline = measure(() => tokenize(text), { runs: 3, warmup: 1 });
  const rows = [
    ...sliceRows,
    ['tokenize, whole text (baseline)', text, wholeBaseline, wholeBaseline],
    ['dhad summarize, whole text, ratio 0.5', text, measure(() => summarize(text, { ratio: 0.5 }), { runs: 3, warmup: 1 }), wholeBaseline],
  ];
  return rows.map(([name, input, ms, baseline]) => ({ name, ms, mbps: megabytesPerSecond(input, ms), ratio: baseline / ms }));
}
