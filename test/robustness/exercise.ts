/**
 * Every public function called once on `text`, with cheap checks (spans slice back, in order, within the
 * text): the linear-time tests and `npm run fuzz`, where the full checkers (check.ts) would cost more than
 * the functions they check. `onTime` receives the milliseconds of each call.
 */
import type { Api } from './check.js';

interface Span {
  start: number;
  end: number;
  text?: string;
}

function spans(fn: string, text: string, list: ArrayLike<Span>): void {
  let previousEnd = 0;
  for (let i = 0; i < list.length; i++) {
    const { start, end } = list[i];
    if (!(start >= previousEnd && end >= start && end <= text.length)) throw new Error(`${fn}: span #${i} [${start}, ${end}) out of order or outside the text`);
    if (list[i].text !== undefined && list[i].text !== text.slice(start, end)) throw new Error(`${fn}: span #${i} does not slice back`);
    previousEnd = end;
  }
}

/** Calls every exported function on `text`; returns the names called, in order. */
export function exerciseOnce(api: Api, text: string, onTime: (fn: string, ms: number) => void = () => {}): string[] {
  const called: string[] = [];
  const time = <T>(fn: string, call: () => T): T => {
    const started = performance.now();
    const result = call();
    onTime(fn, performance.now() - started);
    called.push(fn);
    return result;
  };
  time('normalize standard', () => api.normalize(text));
  time('normalize search', () => api.normalize(text, 'search'));
  for (const step of ['removeDiacritics', 'removeTatweel', 'removeInvisible', 'foldPersianLetters', 'decomposePresentationForms', 'normalizeDigits', 'foldAlef', 'foldAlefMaqsura', 'foldTehMarbuta'] as const) {
    time(step, () => api[step](text));
  }
  const { text: normalized, offsets } = time('normalizeWithOffsets', () => api.normalizeWithOffsets(text));
  const [start, end] = time('mapRange', () => api.mapRange(offsets, 0, normalized.length));
  if (end !== text.length || start > end) throw new Error(`mapRange: whole output maps to [${start}, ${end})`);
  const tokens = time('tokenize', () => api.tokenize(text));
  spans('tokenize', text, tokens);
  spans('tokenize clitics', text, time('tokenize clitics', () => api.tokenize(text, { clitics: true })));
  const compact = time('tokenizeCompact', () => api.tokenizeCompact(text));
  if (compact.count !== tokens.length) throw new Error('tokenizeCompact: count differs from tokenize');
  spans('sentences', text, time('sentences', () => api.sentences(text)));
  const pieces = time('segment (whole text as one word)', () => api.segment(text)) as unknown as { surface?: { stem: string }; stem: string };
  if (typeof (pieces.surface ?? pieces).stem !== 'string') throw new Error('segment: no stem');
  time('stem (whole text as one word)', () => {
    try {
      return api.stem(text);
    } catch (error) {
      // Several tokens are refused, after tokenizing the whole text (which is what is timed then).
      if (error instanceof RangeError) return error.message;
      throw error;
    }
  });
  const found = time('entities', () => api.entities(text));
  spans('entities', text, found);
  const tags = time('toBIO', () => api.toBIO(tokens, found));
  spans('fromBIO', text, time('fromBIO', () => api.fromBIO(tokens, tags, text)));
  time('renderEntities', () => api.renderEntities(text, found));
  spans('summarize', text, time('summarize', () => api.summarize(text).sentences));
  time('keywords', () => api.keywords(text));
  time('detectLanguage', () => api.detectLanguage(text));
  time('isArabic', () => api.isArabic(text));
  time('arabicLetterShare', () => api.arabicLetterShare(text));
  return called;
}
