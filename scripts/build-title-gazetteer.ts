/**
 * Names from Wikipedia's own titles (npm run build:titles): most of the 10,275 article titles of the unlabeled
 * corpus are names of people, places, organizations and works, and an article's first sentence says which
 * ("X (1912 – 1972) ممثل مصري", "X قرية مصرية", "X حزب سياسي"). Each title (without its disambiguation in
 * brackets) is typed by the first classifying noun after it in the opening sentence, or as a person by a
 * birth/death bracket; titles that are not names (dates, numbers, lists, languages, concepts) get no type and
 * are left out. The result, src/ner/gazetteers/wikipedia-titles.generated.json, is then curated like the
 * hand-written gazetteers (npm run curate:gazetteers: search form, NER tokens, names that ANERcorp's training
 * part shows mostly outside entities dropped).
 *
 * Held-out articles (scripts/lib/unlabeled.ts) are not read. Deterministic. CC BY-SA 4.0 (Wikipedia titles).
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { normalize } from '../src/normalize/index.js';
import { readWikipedia, ROOT, skipWithoutData } from './lib/unlabeled.js';

skipWithoutData('build-title-gazetteer');

type NameType = 'PERS' | 'LOC' | 'ORG' | 'MISC';

/**
 * Classifying nouns of an opening sentence, in 'search' form, by the type of name they announce. A
 * language (لغه), a field (علم), a list (قائمه) or a concept announce no name and are not here.
 */
const CLASS_NOUNS: Record<NameType, string> = {
  PERS:
    'ممثل ممثله لاعب لاعبه كاتب كاتبه مغني مغنيه شاعر شاعره مخرج مخرجه ملك ملكه سلطان امير اميره سياسي سياسيه ' +
    'فيلسوف روائي روائيه ملحن موسيقي رسام رسامه فنان فنانه صحفي صحفيه مدرب طبيب طبيبه مهندس فيزيائي كيميائي ' +
    'مؤرخ باحث باحثه مفكر فقيه قديس نبي خليفه ناشط ناشطه عارضه مصارع ملاكم رياضي رياضيه مطرب مطربه راقصه ' +
    'منتج منتجه اعلامي اعلاميه مذيع مذيعه لغوي مترجم قاضي جنرال فرعون امبراطور امبراطوره قائد رائد ' +
    'عالمه محامي اقتصادي رجل امراه شيخ داعيه مقرئ قارئ مستشرق بطريرك اسقف قس راهب والي حاكم',
  LOC:
    'مدينه قريه عاصمه دوله جمهوريه مملكه نهر جزيره جزر بحيره جبل جبال محافظه مقاطعه منطقه اقليم ولايه بلده ' +
    'صحراء بحر خليج قاره واحه بلديه ضاحيه هضبه وادي مضيق قضاء ناحيه محيط بركان كومونه اماره اقليمي ' +
    'مستوطنه بلدات مدن حي ميدان شارع',
  ORG:
    'حزب شركه نادي منظمه جامعه مؤسسه جمعيه صحيفه جريده قناه وكاله بنك مصرف فرقه حركه هيئه معهد كليه ' +
    'اكاديميه جماعه تنظيم تحالف شبكه مجله اتحاد منتخب',
  MISC:
    'فيلم مسلسل روايه كتاب اغنيه البوم معركه حرب بطوله كاس جائزه مهرجان ديانه دين عمله مسرحيه معاهده ' +
    'اتفاقيه ثوره مجزره اوبرا قصيده ملحمه',
};
const TYPE_OF_NOUN = new Map<string, NameType>();
for (const [type, nouns] of Object.entries(CLASS_NOUNS) as [NameType, string][]) {
  for (const noun of nouns.split(' ')) TYPE_OF_NOUN.set(noun, type);
}

/** Words that may stand between a title and its classifying noun: "X هو/هي/كان أحد …", "X (…)، …". */
const LINKING = new Set('هو هي هم هما كان كانت كانوا يعد يعتبر تعد تعتبر احد احدي اشهر اكبر اقدم اول ثاني عباره عن'.split(' '));
/** A bracket with a year range or a birth: a person's dates. */
const LIFE_DATES = /\(\s*[^()]*\d{3,4}\s*[-–—]\s*\d{0,4}[^()]*\)|\(\s*(?:ولد|ولدت|مواليد)/u;
const ARABIC_WORD = /[\u0621-\u064a]+/gu; // ARABIC LETTER HAMZA .. YEH
/** Proclitics and the article before a classifying noun (والمدينه, بمدينه). */
const CLITICS = /^(?:\u0648|\u0641)?(?:\u0628|\u0644|\u0643)?(?:\u0627\u0644)?/u; // WAW FEH? BEH LAM KAF? ALEF LAM?

function classNoun(word: string): NameType | undefined {
  return TYPE_OF_NOUN.get(word) ?? TYPE_OF_NOUN.get(word.replace(CLITICS, ''));
}

/**
 * Titles that start with one of these are buildings, teams, lists or topics, which ANERcorp tags in no
 * consistent way (a national team is its country; a palace MISC or LOC): left out.
 */
const UNTYPED_HEADS = new Set('منتخب قائمه قصر متحف برج مسجد كنيسه دير ستاد استاد ملعب مستشفي مطار محطه تاريخ علم لغه لهجه ادب'.split(' '));

/** The type of name the article's opening sentence gives its title, or undefined. */
export function typeOfTitle(title: string, text: string): NameType | undefined {
  const titleWords: string[] = normalize(title, 'search').match(ARABIC_WORD) ?? [];
  if (titleWords.length === 0 || UNTYPED_HEADS.has(titleWords[0])) return undefined;
  // A title that starts with a classifying noun says what it is (حزب الوفد, جامعه القاهره, معركه حطين).
  if (titleWords.length > 1) {
    const own = TYPE_OF_NOUN.get(titleWords[0]);
    if (own !== undefined && own !== 'PERS') return own;
  }
  const firstLine = text.split('\n', 1)[0].slice(0, 400);
  if (LIFE_DATES.test(firstLine.slice(0, 200))) return 'PERS';
  const words: string[] = normalize(firstLine.replace(/\([^()]*\)/gu, ' '), 'search').match(ARABIC_WORD) ?? [];
  // Skip the title as the sentence repeats it (or as many words), then linking words; the next word decides.
  let k = 0;
  while (k < words.length && k < titleWords.length + 3 && titleWords.includes(words[k])) k++;
  if (k === 0) k = Math.min(titleWords.length, words.length);
  while (k < words.length && LINKING.has(words[k])) k++;
  for (let seen = 0; k < words.length && seen < 2; k++, seen++) {
    const type = classNoun(words[k]);
    if (type !== undefined) return type;
    if (words[k] === '\u0648\u0644\u062f' || words[k] === '\u0648\u0644\u062f\u062a') return 'PERS'; // ولد ولدت
  }
  return undefined;
}

/** A title that can be a name: Arabic letters, no digits, at most six words, not a classifying noun itself. */
function nameOfTitle(title: string): string | undefined {
  const name = title.replace(/\s*\([^()]*\)\s*$/u, '').trim();
  if (!/^[\u0621-\u064a -]+$/u.test(normalize(name))) return undefined; // ARABIC LETTER HAMZA .. YEH
  const words = name.split(/\s+/u);
  if (words.length > 6 || (words.length === 1 && classNoun(normalize(name, 'search')) !== undefined)) return undefined;
  return name;
}

async function main(): Promise<void> {
  const byType: Record<NameType, string[]> = { PERS: [], LOC: [], ORG: [], MISC: [] };
  let titles = 0;
  for await (const article of readWikipedia('exclude')) {
    titles++;
    const name = nameOfTitle(article.title ?? '');
    if (name === undefined) continue;
    const type = typeOfTitle(name, article.text);
    if (type !== undefined) byType[type].push(name);
  }
  const doc = {
    _generated:
      'by scripts/build-title-gazetteer.ts (npm run build:titles) from the titles of Arabic Wikipedia articles (dump of 20 January 2017, collected by Saad & Alijla, PICICT 2017; text by Wikipedia contributors), typed by their opening sentence, then curated by scripts/curate-gazetteers.ts. Licensed CC BY-SA 4.0. Do not edit by hand.',
    people: [...new Set(byType.PERS)].sort(),
    locations: [...new Set(byType.LOC)].sort(),
    organizations: [...new Set(byType.ORG)].sort(),
    misc: [...new Set(byType.MISC)].sort(),
  };
  writeFileSync(resolve(ROOT, 'src/ner/gazetteers/wikipedia-titles.generated.json'), JSON.stringify(doc, null, 1) + '\n');
  console.log(
    `typed ${titles} titles: PERS ${doc.people.length}, LOC ${doc.locations.length}, ORG ${doc.organizations.length}, MISC ${doc.misc.length}; run npm run curate:gazetteers next`,
  );
}

await main();
