// Named-entity throughput: entities() over the whole text (normalize, split, features, Viterbi, rules,
// offsets), all types and model types only. Tokens are counted roughly the way the NER splitter cuts
// (runs of letters/digits, every other non-space character alone); the goal is ≥ 200,000 tokens/s.
import { entities } from '../dist/index.js';
import { measure, megabytesPerSecond } from './corpus.mjs';

const TOKEN = /[\p{L}\p{M}\p{Nd}]+|[^\s\p{L}\p{M}\p{Nd}]/gu;

export function run(text) {
  let tokens = 0;
  for (const _ of text.matchAll(TOKEN)) tokens++;
  entities(text); // first call decodes the model: not part of the timing
  const options = { runs: 5, warmup: 1 };
  const all = measure(() => entities(text), options);
  const rows = [
    ['dhad entities, all types', all],
    ['dhad entities, PERS/LOC/ORG/MISC', measure(() => entities(text, { types: ['PERS', 'LOC', 'ORG', 'MISC'] }), options)],
    ['dhad entities, rule types only', measure(() => entities(text, { types: ['DATE', 'TIME', 'DURATION', 'PERCENT', 'MONEY'] }), options)],
  ];
  return rows.map(([name, ms]) => {
    const tokensPerSecond = Math.round(tokens / (ms / 1000));
    return { name: `${name} (${tokensPerSecond.toLocaleString('en')} tokens/s)`, ms, mbps: megabytesPerSecond(text, ms), ratio: all / ms, tokensPerSecond };
  });
}
