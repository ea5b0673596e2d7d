/**
 * Naughty strings, Arabic-heavy: the Big List of Naughty Strings' idea (inputs known to break software),
 * aimed at what breaks Arabic text processing. Each must round-trip through every public function
 * (check.ts). Built with escapes where the characters are invisible.
 */

const repeat = (piece: string, times: number): string => piece.repeat(times);

export const naughtyStrings: readonly { name: string; text: string }[] = [
  { name: 'empty', text: '' },
  { name: 'one space', text: ' ' },
  { name: 'only whitespace of every kind', text: ' \t\n\r\n\u00a0\u2028\u2029\u202f\u3000\u000b\u000c\u0085' },
  // The 2018 iOS crash string (Telugu's cousin for Arabic): shadda/fatha/tatweel stacks plus combining
  // overlays (U+0337, U+0334, U+0310) on khah.
  { name: 'iOS crash string', text: 'سمَـَّوُوُحخ ̷̴̐خ ̷̴̐خ ̷̴̐خ امارتيخ ̷̴̐خ' },
  { name: 'RTL override around Latin', text: '\u202eabc\u202c مرحبا \u202dxyz\u202c' },
  { name: 'LTR/RTL isolates and marks', text: '\u2067السلام\u2069 \u2066hello\u2069 \u200fنعم\u200e.' },
  { name: 'bidi controls only', text: '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c' },
  { name: 'RLO hiding a file extension', text: 'صورة\u202egpj.exe' },
  { name: '10,000 combining marks on one letter', text: 'ب' + repeat('\u0651', 10_000) },
  // Mixed classes with a composing hamza: 2,000 marks, not 10,000, because NFC of one such run is quadratic
  // (known bug normalize-nfc-quadratic-on-long-mark-runs); npm run fuzz runs the long version.
  { name: '2,000 mixed Arabic marks (with hamza above) on one letter', text: 'ب' + repeat('\u064e\u0651\u0652\u0670\u0654', 400) + ' كتب' },
  { name: 'marks with no base letter', text: '\u064e\u064f\u0650\u0651 \u0654\u0655 \u0670' },
  { name: 'zalgo Arabic', text: 'م̴̡̛͇̲͑ر̶̢̩̈́ح̷͔̈́ب̸̰͐ا̵̛̠ ب̸̘̈́ا̵͍̆ل̷̗̆ع̴̛̜ا̵͉͐ل̴̠̈́م̵̖̈́' },
  { name: 'zalgo Latin', text: 'Z̸̧̛̝̰͈̙̪͑̋͋̓a̵̡͈̟̜̖͆̽l̵̡̨̰̤̓̈́̐g̷̢̛̤̫̈́͌o̸̧̰̎̾' },
  { name: 'BOM at start, middle and end', text: '\ufeffمرحبا\ufeff بالعالم\ufeff' },
  { name: 'only BOMs', text: '\ufeff\ufeff\ufeff' },
  { name: 'null bytes', text: 'مر\u0000حبا\u0000 \u0000' },
  { name: 'C0 and C1 controls', text: '\u0001\u0002\u001b[31mأحمر\u001b[0m\u007f\u0080\u009f' },
  { name: 'lone surrogates', text: '\ud800مرحبا\udc00 \udbff\ud800\udfff' },
  { name: 'surrogate pair split by a mark', text: '\ud83d\u064e\udc4d' },
  { name: 'astral Arabic mathematical letters', text: '𞸀𞸁𞸂 𞺻' },
  { name: 'a very long word (50,000 letters, no spaces)', text: repeat('بت', 25_000) },
  { name: 'a very long word with clitics', text: 'وبال' + repeat('كتاب', 5_000) + 'ها' },
  { name: 'tatweel only', text: repeat('\u0640', 500) },
  { name: 'ligatures ﷺ ﷽ ﷲ ﻻ', text: 'محمد ﷺ ﷽ ﷲ ﻻ ﻷ ﻹ ﻵ' },
  { name: 'presentation-form sentence', text: 'ﺑﺴﻢ ﺍﻟﻠﻪ ﺍﻟﺮﺣﻤﻦ ﺍﻟﺮﺣﻴﻢ. ﺍﻟﺤﻤﺪ ﻟﻠﻪ.' },
  { name: 'Quranic text with small high marks', text: 'ذَٰلِكَ ٱلْكِتَٰبُ لَا رَيْبَ ۛ فِيهِ ۛ هُدًى لِّلْمُتَّقِينَ ۝٢' },
  { name: 'three digit systems mixed', text: '١٢٣ ۴۵۶ 789 ٣٫١٤ ١٬٠٠٠ ٥٠٪ 1,2,3 ۱۴۰۲/۰۱/۰۱' },
  { name: 'digits with separators', text: repeat('1,1,', 200) + ' ' + repeat('٫١', 200) },
  { name: 'emoji with modifiers and ZWJ sequences', text: 'مرحبا 👋🏽👨‍👩‍👧‍👦🏳️‍🌈🇸🇦 1️⃣ ❤️‍🔥 🧕🏾' },
  { name: 'lone skin-tone modifiers and regional indicators', text: '🏽🏾 🇸 🇦🇸 \u20e3\ufe0f' },
  { name: 'URLs and e-mails in Arabic text', text: 'زوروا https://ar.wikipedia.org/wiki/روسيا?x=1#أ أو راسلوا info@مثال.com أو www.example.com.' },
  { name: 'URL fragments', text: repeat('http://a.', 50) + ' ' + repeat('www.', 50) + ' ' + repeat('@a.', 50) },
  { name: 'hashtags and mentions', text: '#روسيا_إيران @user_1 ## @@ #_ #١٢' },
  { name: 'unbalanced quotes', text: 'قال "إن المحادثات ستستمر. وأضاف: «لا تعليق. ثم \' انتهى' },
  { name: 'only quotes', text: repeat('"«»\'“”', 100) },
  { name: 'only dots', text: repeat('.', 1_000) },
  { name: 'ellipses and question marks', text: '؟؟؟!!!... …… ?!؟. .؟' },
  { name: 'abbreviations at the end', text: 'قابلت د. أحمد في ص.ب. 123 ج.م.ع.' },
  { name: 'ZWNJ inside Persian words', text: 'می\u200cخواهم کتاب\u200cها را بخوانم' },
  { name: 'ZWJ between Arabic letters', text: 'ب\u200dت\u200dث \u200d\u200d' },
  { name: 'HTML and script injection', text: '<script>alert("مرحبا")</script> &amp; &lt;b&gt; <b>نص</b>' },
  { name: 'SQL-ish', text: "'; DROP TABLE المستخدمين; --" },
  { name: 'JSON-ish', text: '{"نص": "مرحبا", "__proto__": {"x": 1}}' },
  { name: 'prototype property names', text: '__proto__ constructor toString hasOwnProperty valueOf' },
  { name: 'Arabic names of object keys', text: 'constructor الرئيس __proto__ بوتين' },
  { name: 'U+FFFD and noncharacters', text: '\ufffdمر\uffff\ufffeحبا\ufdd0' },
  { name: 'Arabic full stops and Urdu', text: 'یہ اردو ہے۔ یہ دوسرا جملہ ہے۔' },
  { name: 'mixed scripts', text: 'Moscow موسكو Москва מוסקבה 莫斯科 मॉस्को' },
  { name: 'the seed dateline glued with a hyphen', text: 'طهران-الوقت-انعقدت القمة الروسية الإيرانية في موسكو اليوم.' },
  { name: 'CRLF lines and a lone CR', text: 'سطر أول\r\nسطر ثان\rسطر ثالث\n\n\n' },
  { name: 'dates, times, money, percents', text: 'في 12 يناير 2024 الساعة 10:30 صباحا دفع 5 ملايين دولار أي 50 في المئة لمدة ثلاثة أيام.' },
];
