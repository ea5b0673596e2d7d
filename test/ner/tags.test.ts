// The decoder and the posteriors behind `entity.score`, checked against brute force: every tag sequence of
// a short sentence is enumerated, scored, and the best one and the marginals compared with what
// viterbi() and posteriors() compute in linear time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allowedTransition, posteriors, TAG_COUNT, viterbi } from '../../src/ner/tags.js';

const T = TAG_COUNT;

/** Every allowed tag sequence of length n (an I- tag never starts a sentence). */
function allPaths(n: number): number[][] {
  let paths: number[][] = [[]];
  for (let i = 0; i < n; i++) {
    const next: number[][] = [];
    for (const path of paths)
      for (let t = 0; t < T; t++) {
        const allowed = i === 0 ? t === 0 || t % 2 === 1 : allowedTransition(path[i - 1], t);
        if (allowed) next.push([...path, t]);
      }
    paths = next;
  }
  return paths;
}

function pathScore(path: number[], emissions: number[], transitions: number[], start: number[]): number {
  let score = start[path[0]] + emissions[path[0]];
  for (let i = 1; i < path.length; i++) score += transitions[path[i - 1] * T + path[i]] + emissions[i * T + path[i]];
  return score;
}

const model = (n: number) =>
  fc.record({
    emissions: fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: n * T, maxLength: n * T }),
    transitions: fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: T * T, maxLength: T * T }),
    start: fc.array(fc.double({ min: -20, max: 20, noNaN: true }), { minLength: T, maxLength: T }),
    scale: fc.double({ min: 0.01, max: 0.5, noNaN: true }),
  });

describe('viterbi and posteriors against brute force', () => {
  for (const n of [1, 2, 3]) {
    it(`${n} token(s): viterbi finds the best allowed path`, () => {
      const paths = allPaths(n);
      fc.assert(
        fc.property(model(n), ({ emissions, transitions, start }) => {
          const best = Math.max(...paths.map((p) => pathScore(p, emissions, transitions, start)));
          const found = [...viterbi(emissions, n, transitions, start)];
          expect(pathScore(found, emissions, transitions, start)).toBeCloseTo(best, 9);
        }),
        { numRuns: 60 },
      );
    });

    it(`${n} token(s): posteriors are the marginals of the path's tags`, () => {
      const paths = allPaths(n);
      fc.assert(
        fc.property(model(n), ({ emissions, transitions, start, scale }) => {
          const path = viterbi(emissions, n, transitions, start);
          const weights = paths.map((p) => Math.exp(scale * pathScore(p, emissions, transitions, start)));
          const total = weights.reduce((a, b) => a + b, 0);
          const got = posteriors(emissions, n, transitions, start, scale, path);
          for (let i = 0; i < n; i++) {
            let mass = 0;
            paths.forEach((p, k) => {
              if (p[i] === path[i]) mass += weights[k];
            });
            expect(got[i]).toBeCloseTo(mass / total, 9);
          }
        }),
        { numRuns: 60 },
      );
    });
  }

  it('an empty sentence has no tags and no posteriors', () => {
    const none = new Float64Array(0);
    const zeros = new Array<number>(T * T).fill(0);
    expect(viterbi(none, 0, zeros, zeros.slice(0, T))).toEqual(new Uint8Array(0));
    expect(posteriors(none, 0, zeros, zeros.slice(0, T), 0.1, new Uint8Array(0))).toEqual(new Float64Array(0));
  });

  it('a long sentence keeps posteriors finite and in (0, 1] (scaled forward-backward does not underflow)', () => {
    const n = 5000;
    const emissions = Array.from({ length: n * T }, (_, k) => ((k * 7919) % 97) - 48);
    const transitions = Array.from({ length: T * T }, (_, k) => ((k * 31) % 23) - 11);
    const start = Array.from({ length: T }, (_, k) => k - 4);
    const got = posteriors(emissions, n, transitions, start, 0.3, viterbi(emissions, n, transitions, start));
    for (const p of got) {
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThanOrEqual(1 + 1e-12);
    }
  });
});
