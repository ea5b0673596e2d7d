import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { entities, fromBIO, toBIO } from 'dhad';

const spaceTokens = (text: string) => [...text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

describe('toBIO / fromBIO', () => {
  it('tags whole tokens, clitics included, as ANERcorp does', () => {
    const text = 'ونقل رئيسي لبوتين تحيات';
    const tokens = spaceTokens(text);
    const tags = toBIO(tokens, [
      { type: 'PERS', start: 5, end: 10 },
      { type: 'PERS', start: 12, end: 17 },
    ]);
    expect(tags).toEqual(['O', 'B-PERS', 'B-PERS', 'O']);
    expect(fromBIO(tokens, tags, text)).toEqual([
      { type: 'PERS', start: 5, end: 10, text: 'رئيسي' },
      { type: 'PERS', start: 11, end: 17, text: 'لبوتين' },
    ]);
  });

  it('reads I- without an open entity the conlleval way', () => {
    const tokens = [0, 1, 2, 3].map((i) => ({ start: i * 2, end: i * 2 + 1 }));
    expect(fromBIO(tokens, ['I-LOC', 'I-LOC', 'B-PERS', 'I-ORG'])).toEqual([
      { type: 'LOC', start: 0, end: 3 },
      { type: 'PERS', start: 4, end: 5 },
      { type: 'ORG', start: 6, end: 7 },
    ]);
  });

  it('round-trips the entities of the seed article line by line', () => {
    const text = 'استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو';
    const tokens = spaceTokens(text);
    const found = entities(text, { types: ['PERS', 'LOC'] });
    const back = fromBIO(tokens, toBIO(tokens, found), text);
    expect(back.map((e) => [e.type, e.text])).toEqual(found.map((e) => [e.type, e.text]));
  });

  it('round-trips any token-aligned entities (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC'), { maxLength: 30 }), (raw) => {
        // make the sequence IOB2-valid: an I- continues the same type
        const tags = raw.map((t, i) => (t.startsWith('I-') && raw[i - 1]?.slice(2) !== t.slice(2) ? 'O' : t));
        for (let i = 0; i < tags.length; i++) if (tags[i].startsWith('I-') && tags[i - 1] === 'O') tags[i] = 'O';
        const tokens = tags.map((_, i) => ({ start: i * 3, end: i * 3 + 2 }));
        expect(toBIO(tokens, fromBIO(tokens, tags) as never)).toEqual(tags);
      }),
    );
  });

  it('rejects bad input', () => {
    expect(() => toBIO('x' as never, [])).toThrow(TypeError);
    expect(() => fromBIO([{ start: 0, end: 1 }], [])).toThrow(RangeError);
    expect(() => fromBIO([{ start: 0, end: 1 }], ['X-PERS'])).toThrow(RangeError);
    expect(toBIO([], [])).toEqual([]);
    expect(fromBIO([], [])).toEqual([]);
  });
});
