// The running-text gold sets of clitic segmentation (issue 15): corpus/segment-gold-wiki-news.tsv (evaluation)
// and corpus/segment-tune.tsv (tuning), sampled by scripts/sample-segment-gold.ts and annotated by hand.
// This checks their form, not the segmenter: every word of every sampled sentence is there and annotated, the
// pieces join back to the word and read as proclitics + stem + pronoun, the counts in the headers are true.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalize, tokenize } from 'dhad';
import { describe, expect, it } from 'vitest';
import { annotationProblem, countLines, countSegmentGold, parseSegmentGold } from '../../scripts/lib/segment-gold.js';
import { isHeldOutArticle } from '../../scripts/lib/unlabeled.js';
import { isArabicLetters } from '../../src/tokenize/lexicon-form.js';

const read = (path: string): string => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

describe('annotationProblem', () => {
  it('accepts surface segmentations of the conventions', () => {
    for (const [word, annotation] of [
      ['وزير', 'وزير'],
      ['للبحث', 'ل+ل+بحث'],
      ['وبالتعاون', 'و+ب+ال+تعاون'],
      ['وستتقاضى', 'و+س+تتقاضى'],
      ['فسيكتبونها', 'ف+س+يكتبون+ها'],
      ['علاقتنا', 'علاقت+نا'],
      ['لأنه', 'ل+أن+ه'],
      ['له', 'ل+ه'],
      ['وهم', 'و+هم'],
      ['لديهما', 'لدي+هما'],
      ['لالكويت', 'ل+ال+كويت'],
      ['ال', 'ال'],
    ]) {
      expect(annotationProblem(word!, annotation!), `${word} ${annotation}`).toBeUndefined();
    }
  });

  it('rejects what is not one', () => {
    expect(annotationProblem('كتاب', '')).toBe('not annotated');
    expect(annotationProblem('وبلاده', 'و+بلد+ه')).toMatch(/do not join back/u);
    expect(annotationProblem('وبلاده', 'و++بلاده')).toMatch(/empty piece/u);
    expect(annotationProblem('تكتب', 'ت+كتب')).toMatch(/not proclitics/u); // ت is no proclitic
    expect(annotationProblem('كتبوا', 'كتب+وا')).toMatch(/not proclitics/u); // وا is inflection
    expect(annotationProblem('كتابهم', 'كتاب+ه+م')).toMatch(/not proclitics/u); // one pronoun, هم
    expect(annotationProblem('بوالكتاب', 'ب+و+ال+كتاب')).toMatch(/not proclitics/u); // و comes first
    expect(annotationProblem('سالكتاب', 'س+ال+كتاب')).toMatch(/not proclitics/u); // no article after س
    expect(annotationProblem('بلبحث', 'ب+ل+بحث')).toMatch(/not proclitics/u); // the article is ل only after ل
  });
});

describe('parseSegmentGold', () => {
  const good = ['# a header', '', '# arwiki 7/0 | وقال إنه لن يعود.', 'وقال\tو+قال', 'إنه\tإن+ه', 'لن\tلن', 'يعود\tيعود', ''].join('\n');

  it('reads a well-formed file', () => {
    const parsed = parseSegmentGold(good);
    expect(parsed.problems).toEqual([]);
    expect(parsed.header).toEqual(['a header']);
    expect(parsed.sentences).toHaveLength(1);
    expect(parsed.sentences[0]).toMatchObject({ source: 'arwiki', id: '7/0', text: 'وقال إنه لن يعود.' });
    expect(parsed.sentences[0]!.rows.map((row) => row.annotation)).toEqual(['و+قال', 'إن+ه', 'لن', 'يعود']);
    expect(countSegmentGold(parsed.sentences).total).toEqual({ sentences: 1, words: 4, withClitics: 2, annotated: 4 });
  });

  it.each([
    ['a word left unannotated', good.replace('يعود\tيعود', 'يعود\t'), /line 7: not annotated/u],
    ['pieces that do not join back', good.replace('إنه\tإن+ه', 'إنه\tإن+هم'), /line 5: pieces/u],
    ['a third column', good.replace('لن\tلن', 'لن\tلن\tx'), /line 6: 3 columns/u],
    ['no tab', good.replace('لن\tلن', 'لن لن'), /line 6: 1 columns/u],
    ['a word that is not Arabic letters', good.replace('لن\tلن', 'لَن\tلَن'), /line 6: .* not Arabic letters/u],
    ['a word outside a sentence', good.replace('# arwiki 7/0 | وقال إنه لن يعود.\n', ''), /word outside a sentence/u],
    ['a stray comment', good.replace('لن\tلن', '# لن'), /not a sentence line/u],
    ['a sentence twice', `${good}\n${good.slice(good.indexOf('# arwiki'))}`, /occurs twice/u],
  ])('reports %s', (_, text, problem) => {
    expect(parseSegmentGold(text).problems.join('\n')).toMatch(problem);
  });
});

/** Arabic words of a sentence as the sampler takes them: tokens of kind word, standard-normalized, letters only. */
function arabicWords(text: string): string[] {
  return tokenize(text)
    .filter((token) => token.kind === 'word')
    .map((token) => normalize(token.text))
    .filter(isArabicLetters);
}

const FILES = [
  { path: '../../corpus/segment-gold-wiki-news.tsv', minimum: 1100, sources: ['arwiki-heldout', 'anercorp-test'] },
  { path: '../../corpus/segment-tune.tsv', minimum: 2400, sources: ['arwiki', 'anercorp-train', 'easc'] },
];

describe.each(FILES)('$path', ({ path, minimum, sources }) => {
  const parsed = parseSegmentGold(read(path));
  const { perSource, total } = countSegmentGold(parsed.sentences);

  it('is well formed: every line a word of a sampled sentence, annotated, its pieces joining back', () => {
    expect(parsed.problems).toEqual([]);
  });

  it('has every Arabic word of each sentence, in order, and sentences of 5–40 words', () => {
    for (const sentence of parsed.sentences) {
      const words = sentence.rows.map((row) => row.word);
      expect(words, `${sentence.source} ${sentence.id}`).toEqual(arabicWords(sentence.text));
      expect(words.length).toBeGreaterThanOrEqual(5);
      expect(words.length).toBeLessThanOrEqual(40);
    }
  });

  it(`has at least ${minimum} words from the expected sources, at most 2 sentences per document`, () => {
    expect(total.words).toBeGreaterThanOrEqual(minimum);
    expect([...perSource.keys()]).toEqual(sources);
    const perDocument = new Map<string, number>();
    for (const sentence of parsed.sentences) {
      const document = `${sentence.source} ${sentence.id.split('/')[0]}`;
      perDocument.set(document, (perDocument.get(document) ?? 0) + 1);
    }
    expect(Math.max(...perDocument.values())).toBeLessThanOrEqual(2);
  });

  it('states its true counts in the header', () => {
    for (const line of countLines(parsed.sentences)) expect(parsed.header).toContain(line);
  });

  it('has a share of words with clitics like running text (reported)', () => {
    const share = total.withClitics / total.words;
    const bySource = [...perSource].map(([source, counts]) => `${source} ${counts.withClitics}/${counts.words}`).join(', ');
    console.log(`${path}: ${total.withClitics} of ${total.words} words carry clitics (${(100 * share).toFixed(1)}%; ${bySource})`);
    expect(share).toBeGreaterThan(0.3);
    expect(share).toBeLessThan(0.7);
  });
});

describe('the evaluation set and the tuning set', () => {
  const evaluation = parseSegmentGold(read(FILES[0]!.path)).sentences;
  const tuning = parseSegmentGold(read(FILES[1]!.path)).sentences;

  it('take Wikipedia from the held-out articles and from the others, respectively', () => {
    const wikipediaIds = (sentences: typeof evaluation, source: string): string[] =>
      sentences.filter((sentence) => sentence.source === source).map((sentence) => sentence.id.split('/')[0]!);
    expect(wikipediaIds(evaluation, 'arwiki-heldout').every((id) => isHeldOutArticle(id))).toBe(true);
    expect(wikipediaIds(tuning, 'arwiki').some((id) => isHeldOutArticle(id))).toBe(false);
  });

  it('share no sentence', () => {
    const evaluationTexts = new Set(evaluation.map((sentence) => sentence.text));
    expect(tuning.filter((sentence) => evaluationTexts.has(sentence.text))).toEqual([]);
  });

  it('are about half Wikipedia and half news (the evaluation set)', () => {
    const { perSource, total } = countSegmentGold(evaluation);
    for (const counts of perSource.values()) expect(counts.words / total.words).toBeGreaterThan(0.4);
  });
});
