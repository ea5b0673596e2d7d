// The code-unit hash table behind the word tables' look-ups (internal module).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodeKeyTable } from '../../src/words/code-table.js';

const units = (text: string): Uint16Array => Uint16Array.from(text, (char) => char.charCodeAt(0));

describe('CodeKeyTable', () => {
  const entries: [string, number][] = [
    ['وزير', 1],
    ['وزيرة', 2],
    ['ب', 3],
    ['علاقات', 0],
    ['استراتيجيات', 65535], // 11 letters: the long slots; the largest value
    ['والاستراتيجيات', 7], // 14 letters
    ['الاستراتيجياتهما', 9], // 16 letters: beyond packing
    ['Moscow', 5], // not Arabic letters
  ];
  const table = new CodeKeyTable(entries);

  it.each(entries)('finds %s', (key, value) => {
    expect(table.get(units(key), 0, key.length, -1)).toBe(value);
  });

  it('rejects values outside 0..65535', () => {
    expect(() => new CodeKeyTable([['وزير', 65536]])).toThrow(RangeError);
    expect(() => new CodeKeyTable([['وزير', -1]])).toThrow(RangeError);
  });

  it('finds a range of a buffer, with an extra unit appended', () => {
    const word = units('للوزير');
    expect(table.get(word, 2, 6, -1)).toBe(1);
    expect(table.get(word, 2, 6, 0x0629)).toBe(2); // + TEH MARBUTA
    expect(table.get(word, 0, 0, 0x0628)).toBe(3); // BEH alone
    expect(table.get(word, 1, 6, -1)).toBe(-1);
    expect(table.get(word, 3, 3, -1)).toBe(-1);
  });

  it('answers like a Map for any keys and queries', () => {
    const letter = fc.constantFrom(...'ءاأبتةثجحخدذرزسشصضطظعغفقكلمنهوىي');
    const word = fc.array(letter, { minLength: 1, maxLength: 18 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 60 }), fc.array(word, { maxLength: 30 }), (keys, queries) => {
        const map = new Map(keys.map((key, index) => [key, (index * 7919) % 65536]));
        const built = new CodeKeyTable([...map]);
        for (const query of [...keys, ...queries]) {
          expect(built.get(units(query), 0, query.length, -1)).toBe(map.get(query) ?? -1);
          const head = query.slice(0, -1);
          expect(built.get(units(head), 0, head.length, query.charCodeAt(query.length - 1))).toBe(map.get(query) ?? -1);
          expect(built.getString(query)).toBe(map.get(query) ?? -1);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('sets bits on keys it has and adds the keys it lacks (within the room announced)', () => {
    const built = new CodeKeyTable(undefined, 3, 1);
    built.insert(units('وزير'), 4, 0x0012);
    built.insert(units('استراتيجيات'), 11, 0x0003);
    built.addBits(units('وزير'), 4, 0x1000);
    built.addBits(units('استراتيجيات'), 11, 0x1000);
    built.addBits(units('الذي'), 4, 0x1000);
    built.addBits(units('Moscow'), 6, 0x1000);
    built.addBits(units('Moscow'), 6, 0x0001);
    expect(built.getString('وزير')).toBe(0x1012);
    expect(built.getString('استراتيجيات')).toBe(0x1003);
    expect(built.getString('الذي')).toBe(0x1000);
    expect(built.getString('Moscow')).toBe(0x1001);
    expect(built.size).toBe(4);
  });
});
