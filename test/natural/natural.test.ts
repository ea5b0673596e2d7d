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
    expect(arabicStemmer.tokenizeAndStem('وصل بوتين إلى موسكو لبحث العلاقات', true)).toEqual(['وصل', 'بوتين', 'الي', 'موسكو', 'بحث', 'علاق']);
  });

  it('tokenizeAndStem leaves out Arabic function words unless told to keep them, as natural’s stemmers do', () => {
    const text = 'وقال إنه وصل إلى موسكو فى الصباح';
    expect(arabicStemmer.tokenizeAndStem(text)).toEqual(['وصل', 'موسكو', 'صباح']);
    expect(arabicStemmer.tokenizeAndStem(text, true)).toEqual(['قال', 'ان', 'وصل', 'الي', 'موسكو', 'في', 'صباح']);
  });

  it('adds and removes stop words, in any spelling of alef, ى and ة', () => {
    const text = 'وصل الرئيس إلى موسكو';
    try {
      arabicStemmer.addStopWord('رئيس');
      arabicStemmer.addStopWords(['الرئيس', 'موسكو']);
      expect(arabicStemmer.tokenizeAndStem(text)).toEqual(['وصل']);
      arabicStemmer.removeStopWords(['الى']);
      expect(arabicStemmer.tokenizeAndStem(text)).toEqual(['وصل', 'الي']);
    } finally {
      arabicStemmer.removeStopWord('الرئيس');
      arabicStemmer.removeStopWords(['رئيس', 'موسكو']);
      arabicStemmer.addStopWord('إلى');
    }
    expect(arabicStemmer.tokenizeAndStem(text)).toEqual(['وصل', 'رئيس', 'موسكو']);
    expect(() => arabicStemmer.addStopWords('في' as unknown as string[])).toThrow(TypeError);
    expect(() => arabicStemmer.addStopWord(3 as unknown as string)).toThrow(TypeError);
  });

  it('trim drops empty strings at both ends, as natural’s Tokenizer.trim', () => {
    expect(arabicTokenizer.trim(['', '', 'بوتين', '', 'موسكو', ''])).toEqual(['بوتين', '', 'موسكو']);
    expect(arabicTokenizer.trim(['', ''])).toEqual([]);
  });

  it('has the Porter stemmer’s inner steps that natural’s Stemmer type lists, and says it has no use for them', () => {
    expect(() => arabicStemmer.step1('الرئيس')).toThrow(/inner step of natural's Porter stemmer/u);
    expect(() => arabicStemmer.regions('الرئيس')).toThrow(/arabicStemmer\.regions/u);
  });

  it('works in natural.TfIdf with terms given as arrays, natural’s tokenizer untouched', () => {
    const tfidf = new natural.TfIdf();
    tfidf.addDocument(arabicStemmer.tokenizeAndStem('زار بوتين طهران وبحث العلاقات مع إيران.'));
    tfidf.addDocument(arabicStemmer.tokenizeAndStem('قال الرئيس الإيراني إن العلاقة مع روسيا قوية.'));
    tfidf.addDocument(arabicStemmer.tokenizeAndStem('فاز الفريق بالمباراة في موسكو.'));
    expect(tfidf.listTerms(1).map((item: { term: string }) => item.term)).toEqual(['رئيس', 'روسيا', 'قوي', 'ايران', 'علاق']);
    // العلاقات and العلاقة share the stem علاق; the query is stemmed the same way.
    expect(tfidf.tfidfs(arabicStemmer.tokenizeAndStem('علاقات'))).toEqual([1, 1, 0]);
  });

  it('works in natural.TfIdf as its tokenizer, which natural then uses for every TfIdf', () => {
    const tfidf = new natural.TfIdf();
    // natural's default tokenizer drops Arabic: nothing is found.
    tfidf.addDocument('زار بوتين طهران وبحث العلاقات مع إيران.');
    expect(tfidf.tfidfs('طهران')).toEqual([0]);
    tfidf.setTokenizer(arabicTokenizer);
    // Documents are tokenized when added, so only those added from now on have Arabic terms.
    expect(tfidf.tfidfs('طهران')).toEqual([0]);
    const other = new natural.TfIdf();
    other.addDocument('انعقدت القمة في طهران');
    expect(other.tfidfs('طهران')[0]).toBeGreaterThan(0);
  });

  it('works in natural.TfIdf as its tokenizer', () => {
    const tfidf = new natural.TfIdf();
    tfidf.setTokenizer(arabicTokenizer);
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
    const classifier = new natural.BayesClassifier(arabicStemmer);
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
    expect(('وبالتعاون مع روسيا' as unknown as { tokenizeAndStem(): string[] }).tokenizeAndStem()).toEqual(['تعاون', 'روسيا']);
    delete (String.prototype as unknown as Record<string, unknown>).stem;
    delete (String.prototype as unknown as Record<string, unknown>).tokenizeAndStem;
  });

  it('rejects non-strings', () => {
    expect(() => arabicTokenizer.tokenize(1 as unknown as string)).toThrow(TypeError);
    expect(() => arabicStemmer.stem(undefined as unknown as string)).toThrow(TypeError);
  });
});
