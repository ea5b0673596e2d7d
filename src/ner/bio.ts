/** Converting between entity spans and BIO (IOB2) tags over tokens, for CoNLL training and scoring. */
import { expectString } from '../internal/validate.js';

export interface Span {
  start: number;
  end: number;
}

export interface TypedSpan extends Span {
  type: string;
}

function expectArray(value: unknown, name: string, fn: string): asserts value is unknown[] {
  if (!Array.isArray(value)) {
    throw new TypeError(`dhad.${fn}: expected \`${name}\` to be an array, found ${value === null ? 'null' : typeof value}`);
  }
}

function expectSpan(value: unknown, name: string, fn: string): asserts value is Span {
  const v = value as Span;
  if (
    v === null ||
    typeof v !== 'object' ||
    !Number.isInteger(v.start) ||
    !Number.isInteger(v.end) ||
    v.start < 0 ||
    v.end < v.start
  ) {
    throw new TypeError(`dhad.${fn}: expected \`${name}\` to have integer \`start\` <= \`end\``);
  }
}

/**
 * IOB2 tags for `tokens` (any objects with `start`/`end`, e.g. from `tokenize`): a token that overlaps an
 * entity gets `B-type` if it is the first such token of that entity, else `I-type`; other tokens get `O`.
 * A token overlapping a clitic-trimmed entity (`لبوتين` over `بوتين`) is tagged whole, as in ANERcorp.
 */
export function toBIO(tokens: readonly Span[], entities: readonly TypedSpan[]): string[] {
  expectArray(tokens, 'tokens', 'toBIO');
  expectArray(entities, 'entities', 'toBIO');
  tokens.forEach((t, i) => expectSpan(t, `tokens[${i}]`, 'toBIO'));
  entities.forEach((e, i) => {
    expectSpan(e, `entities[${i}]`, 'toBIO');
    expectString(e.type, `entities[${i}].type`, 'toBIO');
  });
  const tags: string[] = new Array(tokens.length).fill('O');
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let first = 0;
  for (const entity of sorted) {
    while (first < tokens.length && tokens[first].end <= entity.start) first++;
    let inside = false;
    for (let i = first; i < tokens.length && tokens[i].start < entity.end; i++) {
      if (tokens[i].end <= entity.start || tokens[i].start === tokens[i].end) continue;
      if (tags[i] !== 'O') continue; // the token already belongs to an earlier entity
      tags[i] = `${inside ? 'I' : 'B'}-${entity.type}`;
      inside = true;
    }
  }
  return tags;
}

/**
 * Entities from IOB tags, read the way conlleval reads them: `B-X` opens an X, `I-X` continues an open X
 * and otherwise opens a new one. Each entity runs from its first token's `start` to its last token's
 * `end`; pass the source `text` to also get each entity's `text`.
 */
export function fromBIO(
  tokens: readonly Span[],
  tags: readonly string[],
  text?: string,
): { type: string; start: number; end: number; text?: string }[] {
  expectArray(tokens, 'tokens', 'fromBIO');
  expectArray(tags, 'tags', 'fromBIO');
  if (tags.length !== tokens.length) {
    throw new RangeError(`dhad.fromBIO: expected as many \`tags\` as \`tokens\` (${tokens.length}), found ${tags.length}`);
  }
  if (text !== undefined) expectString(text, 'text', 'fromBIO');
  const out: { type: string; start: number; end: number; text?: string }[] = [];
  let open: { type: string; start: number; end: number } | undefined;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    expectString(tag, `tags[${i}]`, 'fromBIO');
    expectSpan(tokens[i], `tokens[${i}]`, 'fromBIO');
    const prefix = tag.slice(0, 2);
    if (tag === 'O' || (prefix !== 'B-' && prefix !== 'I-') || tag.length < 3) {
      if (tag !== 'O') throw new RangeError(`dhad.fromBIO: expected \`tags[${i}]\` to be 'O', 'B-type' or 'I-type', found ${JSON.stringify(tag)}`);
      open = undefined;
      continue;
    }
    const type = tag.slice(2);
    if (prefix === 'I-' && open !== undefined && open.type === type) {
      open.end = tokens[i].end;
      continue;
    }
    open = { type, start: tokens[i].start, end: tokens[i].end };
    out.push(open);
  }
  if (text !== undefined) for (const e of out) e.text = text.slice(e.start, e.end);
  return out;
}
