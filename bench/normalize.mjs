// Normalization throughput: dhad's presets against the same standard preset written naively
// (NFC, then one regex replace per step).
import { normalize, normalizeWithOffsets } from '../dist/index.js';
import { measure, megabytesPerSecond } from './corpus.mjs';

const presentationForms = /[\uFB50-\uFDFF\uFE70-\uFEFE]/gu;
const diacritics = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED\u08D3-\u08FF]/gu;
const invisible = /[\u00AD\u061C\u200B-\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const persian = { '\u06CC': '\u064A', '\u06A9': '\u0643', '\u06AA': '\u0643', '\u06BE': '\u0647', '\u06C1': '\u0647', '\u06D5': '\u0647', '\u06C3': '\u0629', '\u0671': '\u0627' };

/** The naive standard preset: what one writes first, one pass per step. */
export function naiveStandard(text) {
  return text
    .normalize('NFC')
    .replace(presentationForms, (c) => c.normalize('NFKC').trim())
    .replace(diacritics, '')
    .replace(/\u0640/gu, '')
    .replace(invisible, '')
    .replace(/[\u06CC\u06A9\u06AA\u06BE\u06C1\u06D5\u06C3\u0671]/gu, (c) => persian[c])
    .replace(/[\u0660-\u0669]/gu, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[\u06F0-\u06F9]/gu, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/\u066B/gu, '.')
    .replace(/\u066C/gu, ',')
    .replace(/\u066A/gu, '%');
}

export function run(text) {
  if (naiveStandard(text) !== normalize(text)) console.warn('note: naive baseline output differs from dhad on this text');
  const baseline = measure(() => naiveStandard(text));
  const rows = [
    ['naive NFC + regex (standard)', baseline],
    ['dhad normalize standard', measure(() => normalize(text))],
    ['dhad normalize search', measure(() => normalize(text, 'search'))],
    ['dhad normalizeWithOffsets standard', measure(() => normalizeWithOffsets(text))],
  ];
  return rows.map(([name, ms]) => ({ name, ms, mbps: megabytesPerSecond(text, ms), ratio: baseline / ms }));
}
