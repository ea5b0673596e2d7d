/** The seed article and its gold entities as model-ready sentences (ANERcorp-style tokens + BIO tags). */
import { readFileSync } from 'node:fs';
import { mapRange } from '../../src/normalize/index.js';
import { prepare } from '../../src/ner/prepare.js';
import { toBIO } from '../../src/ner/bio.js';
import type { Sentence } from './conll.js';

export interface GoldEntity {
  type: string;
  text: string;
  start: number;
  end: number;
}

export function readArticle(root: string): { text: string; gold: GoldEntity[] } {
  const text = readFileSync(`${root}/corpus/article.txt`, 'utf8');
  const gold = (JSON.parse(readFileSync(`${root}/corpus/article.entities.json`, 'utf8')) as { entities: GoldEntity[] }).entities;
  for (const e of gold) {
    if (text.slice(e.start, e.end) !== e.text) throw new Error(`article gold: ${JSON.stringify(e)} does not match the text`);
  }
  return { text, gold };
}

/** Sentences of `text` with tags from `gold` (a token overlapping an entity is tagged, clitics and all). */
export function goldSentences(text: string, gold: readonly GoldEntity[]): Sentence[] {
  const p = prepare(text);
  const tokens = p.starts.map((s, i) => {
    const [start, end] = mapRange(p.offsets, s, p.ends[i]);
    return { start, end };
  });
  const tags = toBIO(tokens, gold);
  const sentences: Sentence[] = [];
  for (let k = 0; k + 1 < p.sentenceStarts.length; k++) {
    const from = p.sentenceStarts[k];
    const to = p.sentenceStarts[k + 1];
    sentences.push({ words: p.words.slice(from, to), tags: tags.slice(from, to) });
  }
  return sentences;
}
