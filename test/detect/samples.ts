/**
 * News-like sentences written for these tests (not taken from any corpus), several per language.
 * Standard Arabic sentences use only letters of the Arabic alphabet; Persian ones use Persian yeh and
 * keheh (ی ک) and the zero-width non-joiner (می‌شود); Urdu ones use ے ہ ں ٹ ڈ ڑ ھ and the Urdu full stop ۔.
 */
export const arabicSentences = [
  'أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة الإسكندرية يضم مئتي سرير ويخدم أكثر من نصف مليون نسمة.',
  'قال المتحدث باسم الحكومة إن المفاوضات مع الشركاء الأوروبيين ستستأنف الأسبوع المقبل بعد توقف دام شهرين.',
  'ارتفعت أسعار النفط في الأسواق العالمية بنسبة ثلاثة في المئة بعد قرار منظمة أوبك خفض الإنتاج.',
  'تستضيف العاصمة الأردنية عمّان الأسبوع المقبل مؤتمراً دولياً حول الطاقة المتجددة بمشاركة خبراء من عشرين دولة.',
  'أكد وزير التعليم أن العام الدراسي الجديد سيبدأ في موعده رغم الصعوبات التي تواجهها المدارس في المناطق الريفية.',
];

export const persianSentences = [
  'وزارت بهداشت امروز اعلام کرد که بیمارستان جدیدی در شهر اصفهان با دویست تخت افتتاح می‌شود.',
  'سخنگوی دولت گفت که مذاکرات با شرکای اروپایی هفته آینده پس از دو ماه وقفه از سر گرفته خواهد شد.',
  'قیمت نفت در بازارهای جهانی پس از تصمیم اوپک برای کاهش تولید سه درصد افزایش یافت.',
  'دانشجویان دانشگاه تهران در نمایشگاه بین‌المللی کتاب آثار تازه‌ای از نویسندگان جوان را معرفی کردند.',
  'به گزارش خبرگزاری‌ها، بارش شدید باران در استان‌های شمالی کشور باعث بسته شدن چند جاده شد.',
];

export const urduSentences = [
  'وزارت صحت نے آج اعلان کیا ہے کہ لاہور میں ایک نیا ہسپتال کھولا جائے گا جس میں دو سو بستر ہوں گے۔',
  'حکومت کے ترجمان نے کہا کہ یورپی شراکت داروں کے ساتھ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔',
  'عالمی منڈی میں تیل کی قیمتوں میں تین فیصد اضافہ ہوا ہے کیونکہ اوپیک نے پیداوار کم کرنے کا فیصلہ کیا۔',
  'کراچی میں شدید بارش کے بعد کئی سڑکیں پانی میں ڈوب گئیں اور شہریوں کو مشکلات کا سامنا کرنا پڑا۔',
  'پاکستان کی کرکٹ ٹیم نے کل رات کھیلے گئے میچ میں شاندار کامیابی حاصل کی۔',
];

/** Colloquial Arabic (Egyptian, Levantine, Gulf): franc alone calls some of these Persian or Pashto. */
export const colloquialArabicSentences = [
  'ازيك يا صاحبي عامل ايه النهارده، انا مش فاهم حاجة خالص من اللي بيحصل ده',
  'انا رايح الشغل دلوقتي وهرجع بالليل، لو عايز حاجة كلمني على التليفون',
  'كيفك يا خيي، صرلي زمان ما شفتك، وين كنت مختفي؟',
  'شو عم تعمل هلق؟ بدي روح عالسوق بس ما في مصاري',
  'شلونك اليوم؟ ودي أروح البحر بس الجو وايد حار',
];

export const pashtoSentence = 'د افغانستان د روغتیا وزارت ویلي چې په کابل ښار کې به یو نوی روغتون جوړ شي.';
export const uyghurSentence = 'ئۇيغۇر تىلى تۈركىي تىللار ئائىلىسىگە تەۋە بولۇپ، ئەرەب يېزىقىدا يېزىلىدۇ.';

/**
 * The same letters in presentation forms (isolated forms, U+FB50–U+FDFF and U+FE70–U+FEFF), as text
 * extracted from old PDFs often is. Built from Unicode's own decompositions.
 */
export function toPresentationForms(text: string): string {
  const isolatedForm = new Map<string, string>();
  for (const [first, last] of [
    [0xfe70, 0xfefc],
    [0xfb50, 0xfbff],
  ]) {
    for (let code = first; code <= last; code++) {
      const form = String.fromCharCode(code);
      const letter = form.normalize('NFKC');
      if (letter.length === 1 && letter !== form && !isolatedForm.has(letter)) isolatedForm.set(letter, form);
    }
  }
  return Array.from(text, (character) => isolatedForm.get(character) ?? character).join('');
}
