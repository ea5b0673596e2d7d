// natural is an optional peer dependency; it is a dev dependency here so the adapter is tested with it.
// (The vitest alias maps `dhad` only, so the subpath is imported from source; the lead may alias
// `dhad/natural` to src/natural/index.ts.)
import natural from 'natural';
import { describe, expect, it } from 'vitest';
import { arabicStemmer, arabicTokenizer } from '../../src/natural/index.js';

describe('dhad/natural', () => {
  it('tokenizes Arabic where natural’s own tokenizer drops it', () => {
    const text = 'انعقدت القمة في موسكو، اليوم الأربعاء.';
    expect(arabicTokenizer.tokenize(text)).toEqual(['انعقدت', 'القمة', 'في', 'موسكو', 'اليوم', 'الأربعاء']);
    expect(new natural.WordTokenizer().tokenize(text)).not.toContain('موسكو');
  });

  it('stems with dhad and keeps names whole', () => {
    expect(arabicStemmer.stem('والعلاقات')).toBe('علاق');
    expect(arabicStemmer.tokenizeAndStem('وصل بوتين إلى موسكو لبحث العلاقات')).toEqual(['وصل', 'بوتين', 'الي', 'موسكو', 'بحث', 'علاق']);
  });

  it('works in natural.TfIdf as its tokenizer', () => {
    const tfidf = new natural.TfIdf();
    tfidf.setTokenizer(arabicTokenizer as never);
    tfidf.addDocument('زار بوتين طهران وبحث العلاقات مع إيران.');
    tfidf.addDocument('قال رئيسي إن العلاقات مع روسيا قوية.');
    tfidf.addDocument('فاز الفريق بالمباراة في موسكو.');
    const terms = tfidf.listTerms(0).map((item: { term: string }) => item.term);
    expect(terms).toContain('بوتين');
    expect(terms).toContain('طهران');
    expect(tfidf.tfidf('موسكو', 2)).toBeGreaterThan(0);
    expect(tfidf.tfidf('موسكو', 0)).toBe(0);
  });

  it('works in natural.BayesClassifier as its stemmer', () => {
    const classifier = new natural.BayesClassifier(arabicStemmer as never);
    classifier.addDocument('فاز المنتخب بالمباراة وسجل اللاعب هدفين', 'رياضة');
    classifier.addDocument('تأهل الفريق إلى نهائي البطولة بعد فوزه', 'رياضة');
    classifier.addDocument('سجل المهاجم هدف الفوز في الدوري', 'رياضة');
    classifier.addDocument('التقى الرئيس بوزير الخارجية لبحث العلاقات', 'سياسة');
    classifier.addDocument('صوت البرلمان على قانون الانتخابات الجديد', 'سياسة');
    classifier.addDocument('أجرى الرئيس محادثات مع نظيره حول الاتفاق', 'سياسة');
    classifier.train();
    expect(classifier.classify('سجل الفريق ثلاثة أهداف في المباراة')).toBe('رياضة');
    expect(classifier.classify('بحث الرئيس العلاقات مع الوزير')).toBe('سياسة');
  });

  it('attach() adds stem and tokenizeAndStem to strings', () => {
    arabicStemmer.attach();
    const word = 'بلاده' as unknown as { stem(): string; tokenizeAndStem(): string[] };
    expect(word.stem()).toBe('بلاد');
    expect(('وبالتعاون مع روسيا' as unknown as { tokenizeAndStem(): string[] }).tokenizeAndStem()).toEqual(['تعاون', 'مع', 'روسيا']);
    delete (String.prototype as unknown as Record<string, unknown>).stem;
    delete (String.prototype as unknown as Record<string, unknown>).tokenizeAndStem;
  });

  it('rejects non-strings', () => {
    expect(() => arabicTokenizer.tokenize(1 as unknown as string)).toThrow(TypeError);
    expect(() => arabicStemmer.stem(undefined as unknown as string)).toThrow(TypeError);
  });
});
