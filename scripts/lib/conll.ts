/** Reading CoNLL `token TAG` files and scoring entities the way conlleval does. */
import { readFileSync } from 'node:fs';

export interface Sentence {
  words: string[];
  tags: string[];
}

/** One `token TAG` per line, a blank line between sentences. */
export function readConll(path: string): Sentence[] {
  const sentences: Sentence[] = [];
  let words: string[] = [];
  let tags: string[] = [];
  for (const line of readFileSync(path, 'utf8').split(/\r?\n/u)) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (words.length > 0) sentences.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const space = trimmed.lastIndexOf(' ');
    words.push(trimmed.slice(0, space));
    tags.push(trimmed.slice(space + 1));
  }
  if (words.length > 0) sentences.push({ words, tags });
  return sentences;
}

export interface Chunk {
  type: string;
  start: number;
  end: number;
}

/**
 * Entities of a tag sequence, conlleval reading: B-X opens an X; I-X continues an X that is open,
 * and otherwise opens a new one; O or another type closes.
 */
export function chunks(tags: readonly string[]): Chunk[] {
  const out: Chunk[] = [];
  let open: Chunk | undefined;
  tags.forEach((tag, i) => {
    const prefix = tag.slice(0, 2);
    const type = tag.slice(2);
    if (tag === 'O' || (prefix !== 'B-' && prefix !== 'I-')) {
      open = undefined;
      return;
    }
    if (prefix === 'I-' && open !== undefined && open.type === type && open.end === i) {
      open.end = i + 1;
      return;
    }
    open = { type, start: i, end: i + 1 };
    out.push(open);
  });
  return out;
}

export interface Counts {
  gold: number;
  predicted: number;
  correct: number;
}

export type Score = Map<string, Counts>;

export function newScore(): Score {
  return new Map();
}

function countsFor(score: Score, type: string): Counts {
  let c = score.get(type);
  if (c === undefined) score.set(type, (c = { gold: 0, predicted: 0, correct: 0 }));
  return c;
}

/** Adds one sentence (or document) to the running counts; exact span and type must match. */
export function addToScore(score: Score, gold: readonly Chunk[], predicted: readonly Chunk[]): void {
  const key = (c: Chunk) => `${c.type}:${c.start}:${c.end}`;
  const goldKeys = new Set(gold.map(key));
  for (const c of gold) countsFor(score, c.type).gold++;
  for (const c of predicted) {
    const counts = countsFor(score, c.type);
    counts.predicted++;
    if (goldKeys.has(key(c))) counts.correct++;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted === 0 ? 0 : c.correct / c.predicted;
  const r = c.gold === 0 ? 0 : c.correct / c.gold;
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f };
}

/** Micro-averaged counts over `types`. */
export function micro(score: Score, types: readonly string[]): Counts {
  const total = { gold: 0, predicted: 0, correct: 0 };
  for (const t of types) {
    const c = score.get(t);
    if (c === undefined) continue;
    total.gold += c.gold;
    total.predicted += c.predicted;
    total.correct += c.correct;
  }
  return total;
}

export function formatScore(title: string, score: Score, types: readonly string[]): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(6);
  const lines = [`${title}`, `  type      gold  pred  corr       P      R     F1`];
  const row = (name: string, c: Counts) => {
    const { p, r, f } = prf(c);
    lines.push(`  ${name.padEnd(8)} ${String(c.gold).padStart(5)} ${String(c.predicted).padStart(5)} ${String(c.correct).padStart(5)}  ${pct(p)} ${pct(r)} ${pct(f)}`);
  };
  for (const t of types) row(t, score.get(t) ?? { gold: 0, predicted: 0, correct: 0 });
  row('micro', micro(score, types));
  return lines.join('\n');
}
