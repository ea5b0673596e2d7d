import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalize, sentences } from 'dhad';
import abbreviationData from '../../src/tokenize/abbreviations.json';

const texts = (text: string): string[] => sentences(text).map((sentence) => sentence.text);

describe('sentences: the seed article', () => {
  const articlePath = fileURLToPath(new URL('../../corpus/article.txt', import.meta.url));
  const article = readFileSync(articlePath, 'utf8');
  const result = sentences(article);

  it('has exactly 20 sentences', () => {
    expect(result).toHaveLength(20);
  });
  it('starts and ends where the article does', () => {
    expect(result[0].text).toBe(
      'الوقت-انعقدت القمة الروسية الإيرانية في موسكو، اليوم الأربعاء، حيث استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي.',
    );
    expect(result[19].text).toBe(
      'وأضاف أنّ إيران وروسيا "تعتبران دولتين مهمتين وقويتين، ولهما ثقلهما في المنطقة، والمحادثات بين البلدين ستترك تأثيراً في ضمان أمن المنطقة وتعزيز العلاقات الاقتصادية والتجارية الإقلیمیة".',
    );
  });
  it('splits the two lines that hold two sentences each', () => {
    expect(result[9].text.endsWith('في العلاقات الدولية.')).toBe(true);
    expect(result[10].text).toBe('وطلب بوتين من رئيسي نقل أطيب تحية للقائد علي الخامنئي.');
    expect(result[15].text.endsWith('الشاملة المشتركة".')).toBe(true);
    expect(result[16].text.startsWith('وأوضح أنَّ "التجارة')).toBe(true);
  });
  it('keeps the line with the unbalanced quotation mark whole', () => {
    expect(result[18].text.startsWith('وقال الرئيس الإيراني قبیل')).toBe(true);
    expect(result[18].text.endsWith('في مختلف المجالات".')).toBe(true);
  });
  it('slices back', () => {
    for (const sentence of result) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('sentences: rules', () => {
  it.each([
    ['full stop', 'وصل الرئيس. وبدأت القمة.', ['وصل الرئيس.', 'وبدأت القمة.']],
    ['Arabic question mark', 'هل وصل الوفد؟ نعم وصل.', ['هل وصل الوفد؟', 'نعم وصل.']],
    ['exclamation and mixed runs', 'يا له من يوم!! هل رأيت؟! نعم', ['يا له من يوم!!', 'هل رأيت؟!', 'نعم']],
    ['line breaks end a sentence', 'العنوان الرئيسي\nنص الخبر هنا', ['العنوان الرئيسي', 'نص الخبر هنا']],
    ['closing quote stays with its sentence', 'قال: "انتهى الاجتماع." ثم غادر.', ['قال: "انتهى الاجتماع."', 'ثم غادر.']],
    ['closing angle quote and bracket', 'قال «انتهى.» ثم (غادر.) وعاد', ['قال «انتهى.»', 'ثم (غادر.)', 'وعاد']],
    ['not inside a number', 'ارتفع المؤشر 12.5 نقطة اليوم. ثم هبط', ['ارتفع المؤشر 12.5 نقطة اليوم.', 'ثم هبط']],
    // Ellipses: EASC's Topic151, Topic59 and Topic122, Topic7.
    ['at an ellipsis between words', 'جانبا من الصحة ... فالهرم الأكبر جبل صناعي.', ['جانبا من الصحة ...', 'فالهرم الأكبر جبل صناعي.']],
    ['at an ellipsis glued to the next word', 'خلال الفترة الحالية..وأكدت في بيان صحفي.', ['خلال الفترة الحالية..', 'وأكدت في بيان صحفي.']],
    ['at … after a number', 'بلغ عدد الزوار 2020… ثم تراجع.', ['بلغ عدد الزوار 2020…', 'ثم تراجع.']],
    ['not at an ellipsis before etc.', 'ثم بورتريهات من الشمع ... الخ حتى توصل العالم.', ['ثم بورتريهات من الشمع ... الخ حتى توصل العالم.']],
    ['not at an ellipsis before punctuation', 'او معاجين لطيفة، الخ..، على ان تكون بحجم الورقة.', ['او معاجين لطيفة، الخ..، على ان تكون بحجم الورقة.']],
    ['not at an ellipsis after an opening quote', 'قال: "...نحن هنا" ثم سكت.', ['قال: "...نحن هنا" ثم سكت.']],
    ['not at an elision in brackets', 'بكل صوره وأشكاله ( .. ) على أساس الاحترام.', ['بكل صوره وأشكاله ( .. ) على أساس الاحترام.']],
    ['an unbalanced quote does not swallow the text', 'قال "نعم. ثم سكت. وانصرف', ['قال "نعم.', 'ثم سكت.', 'وانصرف']],
  ])('%s', (_rule, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('gives [] for empty or blank text and throws TypeError for a non-string', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n ')).toEqual([]);
    expect(() => sentences(undefined as unknown as string)).toThrow(TypeError);
  });

  it('finishes on 1 MB of full stops, quotes and abbreviation letters', () => {
    expect(sentences('.'.repeat(1 << 20))).toHaveLength(1);
    expect(sentences('"'.repeat(1 << 20))).toHaveLength(1);
    expect(sentences('د. '.repeat(1 << 18)).length).toBeGreaterThan(0);
    expect(sentences('. '.repeat(1 << 19))).toHaveLength(1 << 19);
  });
});

describe('sentences: hard-wrapped text', () => {
  const wrapped = [
    'القمة الروسية الإيرانية',
    'استقبل الرئيس الروسي فلاديمير بوتين نظيره الإيراني إبراهيم رئيسي في موسكو',
    'اليوم الأربعاء، وبحث الرئيسان العلاقات الثنائية والتعاون الاقتصادي بين',
    'البلدين. وقال بوتين إن التجارة بين روسيا وإيران زادت بأكثر من 38 في المئة',
    'العام الماضي على الرغم من انتشار فيروس كورونا في البلدين وفي العالم كله.',
    'وأضاف أن البلدين يعملان معا في سوريا لمكافحة الإرهاب منذ سنوات طويلة',
    'ويبحثان اليوم الوضع في أفغانستان ومفاوضات الاتفاق النووي في فيينا.',
  ].join('\n');

  it('joins lines broken in mid-sentence, keeps the short title apart', () => {
    const result = sentences(wrapped);
    expect(result.map((sentence) => sentence.text.slice(0, 12))).toEqual(['القمة الروسي', 'استقبل الرئي', 'وقال بوتين إ', 'وأضاف أن الب']);
    expect(result[1].text.endsWith('بين\nالبلدين.')).toBe(true);
    for (const sentence of result) expect(wrapped.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('reads Windows line ends (CRLF) the same way', () => {
    const crlf = wrapped.replace(/\n/gu, '\r\n');
    expect(sentences(crlf).map((sentence) => sentence.text.replace(/\r/gu, ''))).toEqual(sentences(wrapped).map((sentence) => sentence.text));
  });

  it('leaves texts with one line per sentence or paragraph alone', () => {
    const lines = ['عنوان الخبر', 'السطر الأول بلا نقطة', 'السطر الثاني بلا نقطة أيضا', 'والأخير.'];
    expect(texts(lines.join('\n'))).toEqual(lines);
    expect(texts(lines.join('\n\n'))).toEqual(lines);
  });

  /** Greedy wrapping at `width` characters, as a newspaper archive or a mail client does. */
  function wrap(paragraph: string, width: number): string {
    const lines: string[] = [];
    let line = '';
    for (const word of paragraph.split(' ')) {
      if (line !== '' && line.length + 1 + word.length > width) {
        lines.push(line);
        line = word;
      } else {
        line = line === '' ? word : `${line} ${word}`;
      }
    }
    return [...lines, line].join('\n');
  }
  const body = [
    'افتتح عميد كلية العلوم الاجتماعية معرض الخط العربي الذي ضم ثلاثين لوحة لكلمة واحدة صممها الفنان بخمسمائة تشكيل مختلف.',
    'وفي اليوم الثاني أقام الفنان ورشة لطلبة الكلية قدم فيها حلولا للمشاكل التي تواجههم في تحسين الخط وفي الكتابة السريعة.',
    'وزار المعرض عدد كبير من أعضاء هيئة التدريس والطلبة الذين شد انتباههم تصميم الاسم والحرف العربي.',
  ];

  it('finds the wrap width when a title line is longer than the wrapped lines', () => {
    const title = 'الخطاط الكويتي فريد العلي يعرض مجموعة محمديات بدعوة من جمعية العلوم الاجتماعية وتحت رعاية عميد الكلية';
    const text = `${title}\n${wrap(body.join(' '), 60)}`;
    expect(title.length).toBeGreaterThan(60);
    const result = sentences(text);
    expect(result.map((sentence) => sentence.text.replace(/\n/gu, ' '))).toEqual([title, ...body]);
    for (const sentence of result) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('leaves a list of headlines alone, whatever their lengths', () => {
    const headlines = [
      'ارتفاع أسعار النفط في الأسواق العالمية',
      'وزير الخارجية يلتقي نظيره الفرنسي في باريس',
      'المنتخب يتأهل إلى نهائي البطولة',
      'انطلاق معرض الكتاب الدولي بمشاركة ثلاثين دولة',
      'أمطار غزيرة على المناطق الشمالية',
      'البنك المركزي يبقي أسعار الفائدة دون تغيير',
      'افتتاح مستشفى جديد في العاصمة',
      'توقيع اتفاقية للتعاون التجاري بين البلدين',
    ];
    expect(texts(headlines.join('\n'))).toEqual(headlines);
  });
});

describe('sentences: abbreviations', () => {
  // One real sentence per entry of abbreviations.json: the full stop after the abbreviation does not end it.
  const examples: Record<string, string> = {
    'د': 'استقبل د. محمد البرادعي الوفد في مكتبه.',
    'أ': 'حاضر أ. أحمد شوقي في كلية الآداب.',
    'أ.د': 'ألقى أ.د. محمد عبد الله كلمة الافتتاح.',
    'م': 'افتتح م. خالد العلي المشروع الجديد.',
    'ق.م': 'بنيت الأهرامات نحو 2560 ق.م. في عهد الملك خوفو.',
    'ص.ب': 'يمكن مراسلة الجمعية على ص.ب 1234 في عمّان.',
    'ص': 'انظر ص. 45 من التقرير السنوي.',
    'ج': 'ورد ذلك في ج. 3 من تاريخ الطبري.',
    'ت': 'للاستفسار ت. 0123456 في ساعات الدوام.',
    'ش': 'يقع المكتب في ش. الجمهورية بوسط القاهرة.',
    'ج.م.ع': 'صنع هذا الجهاز في ج.م.ع. وصدّر إلى الخليج.',
    'ل.س': 'بلغ سعر الكيلو 500 ل.س. في أسواق دمشق.',
    'د.ك': 'بلغت قيمة الصفقة مليون د.ك. حسب البيان.',
    'ر.س': 'بيعت اللوحة بمبلغ 20 ألف ر.س. في المزاد.',
    'أ.ف.ب': 'ذكرت وكالة أ.ف.ب. أن الاجتماع انتهى مساء أمس.',
    'د.ب.أ': 'نقلت وكالة د.ب.أ. عن مصادر رسمية أن الوزير استقال.',
  };
  const keys = Object.keys(abbreviationData.abbreviations);

  it('has an example for every entry and every entry is in normalized form', () => {
    expect(Object.keys(examples).sort()).toEqual([...keys].sort());
    for (const key of keys) expect(normalize(key)).toBe(key);
  });
  it.each(Object.entries(examples))('%s', (_key, sentence) => {
    expect(texts(sentence)).toEqual([sentence]);
    // …and a sentence after it is still split off.
    expect(texts(`${sentence} وانتهى الخبر.`)).toEqual([sentence, 'وانتهى الخبر.']);
  });
});

describe('sentences: era and unit marks after a number', () => {
  // Mid-sentence these are written without a full stop (`ولد عام 1770 م في مدينة بون`), so after a number
  // their full stop is the sentence's own. The first four are EASC's (Topic1, Topic8, Topic146).
  it.each([
    ['عام 1783 م. اتسعت شهرته كعازف بيانو.', ['عام 1783 م.', 'اتسعت شهرته كعازف بيانو.']],
    ['حاز جائزة نوبل عام 1988م. ولد في القاهرة.', ['حاز جائزة نوبل عام 1988م.', 'ولد في القاهرة.']],
    ['يزرع الشاي حتى ارتفاع 1500 م. وعلى المنحدرات القمح.', ['يزرع الشاي حتى ارتفاع 1500 م.', 'وعلى المنحدرات القمح.']],
    ['بين 2000 و 5000 م.أما السلسلة الثالثة فأعلى.', ['بين 2000 و 5000 م.', 'أما السلسلة الثالثة فأعلى.']],
    ['ولد البخاري سنة ١٩٤ هـ. ورحل إلى مكة.', ['ولد البخاري سنة ١٩٤ هـ.', 'ورحل إلى مكة.']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('reads a multi-part abbreviation written with spaces as one (ق. م, أ. ف. ب)', () => {
    // EASC Topic151: `بنيت حوالي 2480-2550 ق. م، هي عبارة عن ثلاثة أهرامات`.
    expect(texts('بنيت حوالي 2480-2550 ق. م، هي عبارة عن ثلاثة أهرامات.')).toHaveLength(1);
    expect(texts('ذكرت وكالة أ. ف. ب. أن الاجتماع انتهى. ثم غادر الوفد.')).toEqual([
      'ذكرت وكالة أ. ف. ب. أن الاجتماع انتهى.',
      'ثم غادر الوفد.',
    ]);
    // …but not across a line break.
    expect(texts('رأيت ق.\nم في البيت.')).toEqual(['رأيت ق.', 'م في البيت.']);
  });

  it('keeps the abbreviation before a name and BC after a number', () => {
    expect(texts('افتتح م. خالد العلي المشروع.')).toHaveLength(1);
    expect(texts('بنيت الأهرامات نحو 2560 ق.م. في عهد خوفو.')).toHaveLength(1);
  });

  it('lists its marks in normalized form, each also an abbreviation', () => {
    for (const key of Object.keys(abbreviationData.endSentenceAfterNumber)) {
      expect(normalize(key)).toBe(key);
      expect(Object.keys(abbreviationData.abbreviations)).toContain(key);
    }
  });
});

describe('sentences: words an ellipsis runs on into', () => {
  it.each(Object.keys(abbreviationData.continueAfterEllipsis))('%s', (word) => {
    expect(normalize(word)).toBe(word);
    expect(texts(`التفاح والموز ... ${word} في السوق.`)).toHaveLength(1);
  });
});

describe('sentences: EASC sample (skipped without ../shared)', () => {
  const path = fileURLToPath(new URL('../../../shared/data/easc/dev.jsonl', import.meta.url));
  it.skipIf(!existsSync(path))('splits real articles into sentences that slice back', () => {
    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean).slice(0, 10);
    for (const line of lines) {
      const { article } = JSON.parse(line) as { article: string };
      const result = sentences(article);
      expect(result.length).toBeGreaterThan(1);
      for (const sentence of result) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
  });
});
