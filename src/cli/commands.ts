/**
 * The commands of `dhad`, one entry each. A command computes its result from the input text using only
 * the public API (`compute`) and formats it (`render`); reading input, options shared by every command
 * (`--jsonl` and friends), help and errors live in run.ts and jsonl.ts.
 *
 * The same `compute` serves three outputs: `render` for a whole input (`--format text`, `tsv`, …), the JSON
 * document of `--format json`, and the field `key` that `--jsonl` adds to every input line.
 *
 * To add a command, add one entry to `commands`.
 */
import {
  detectLanguage,
  entities,
  keywords,
  normalize,
  renderEntities,
  sentences,
  segment,
  stem,
  summarize,
  toBIO,
  tokenize,
  type Entity,
  type Keyword,
  type LanguageDetection,
  type Segmentation,
  type Sentence,
  type Summary,
  type SummarizeOptions,
  type Token,
} from 'dhad';
import type { OptionSpec, OptionSpecs, OptionValues } from './args.js';
import { UsageError } from './errors.js';

export interface Command {
  /** One line for `dhad --help`. */
  summary: string;
  /** What follows `dhad <name>` in the usage line. */
  usage: string;
  /** More about the command for `dhad <name> --help`, one string per line. */
  details?: readonly string[];
  options: OptionSpecs;
  /** An input shown with its real output in `dhad <name> --help`. */
  example: string;
  /** The field that `--jsonl` adds to each input object, holding what `compute` returns. */
  key: string;
  /** Checks combinations of options before any input is read; throws a UsageError. */
  check?(options: OptionValues): void;
  /** The result for one text, as JSON-serializable data (what `--format json` prints). */
  compute(text: string, options: OptionValues): unknown;
  /** The output for a whole input in the chosen format (`json` is handled by the caller). */
  render(result: unknown, text: string, options: OptionValues): string;
}

function formatOption(values: readonly string[], descriptions: string): OptionSpec {
  return { kind: 'choice', values, default: values[0], description: descriptions };
}

/** `--format text|json`, for commands whose output has structure. */
const textOrJson = formatOption(['text', 'json'], 'text (default): for reading; json: one JSON document');
/** `--format text|json|tsv`, for lists of spans. */
const textJsonOrTsv = formatOption(
  ['text', 'json', 'tsv'],
  'text (default): for reading; json: one JSON document; tsv: one row per item with a header row',
);

/** The budget of a summary: one of three options (the library's `sentences`, `ratio`, `maxWords`). */
const budgetOptions: OptionSpecs = {
  sentences: { kind: 'integer', min: 1, placeholder: 'N', description: 'at most N sentences (default: 3)' },
  ratio: { kind: 'number', min: 0, max: 1, minExclusive: true, placeholder: 'R', description: 'that share of the sentences, 0 < R ≤ 1' },
  words: { kind: 'integer', min: 1, placeholder: 'W', description: 'at most W words (the best sentence alone may be longer)' },
};

function checkBudget(options: OptionValues): void {
  const given = ['sentences', 'ratio', 'words'].filter((name) => options[name] !== undefined);
  if (given.length > 1) {
    throw new UsageError(`choose one of --sentences, --ratio, --words; found ${given.map((name) => `--${name}`).join(' and ')}`);
  }
}

function budgetOf(options: OptionValues): SummarizeOptions {
  if (options.sentences !== undefined) return { sentences: options.sentences as number };
  if (options.ratio !== undefined) return { ratio: options.ratio as number };
  if (options.words !== undefined) return { maxWords: options.words as number };
  return {};
}

/** `--format json`: the result as one indented JSON document. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** Offsets as `12-17`, padded so that the text column lines up. */
function span(start: number, end: number, width = 11): string {
  return `${start}-${end}`.padEnd(width);
}

function tsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return [header, ...rows].map((row) => row.join('\t') + '\n').join('');
}

/**
 * Pieces of the text shown in reading order, one space apart, with the line breaks of the text between
 * them kept (so a tokenized article keeps its paragraphs).
 */
function joinKeepingLines(text: string, items: readonly { start: number; end: number }[], show: (index: number) => string): string {
  let out = '';
  let previousEnd = 0;
  items.forEach((item, index) => {
    if (index > 0) {
      let breaks = 0;
      for (let k = previousEnd; k < item.start; k++) if (text.charCodeAt(k) === 0x0a) breaks++;
      out += breaks > 0 ? '\n'.repeat(breaks) : ' ';
    }
    out += show(index);
    previousEnd = item.end;
  });
  return out.length > 0 ? out + '\n' : '';
}

/** A word with its offsets and everything `segment(word)` says about it (prefixes, stem, suffixes, …). */
type WordSegmentation = { text: string; start: number; end: number } & Segmentation;

interface WordStem {
  text: string;
  start: number;
  end: number;
  stem: string;
}

/** What `dhad analyze` reports: everything dhad finds in a text, with offsets. */
interface Analysis {
  language: LanguageDetection;
  counts: { characters: number; sentences: number; tokens: number; words: number; entities: number };
  /** How many entities of each type, most frequent first. */
  entityTypes: Record<string, number>;
  entities: Entity[];
  summary: Pick<Summary, 'text' | 'sentences'>;
  keywords: Keyword[];
}

/** Entities of one type, grouped by their normalized surface: `بوتين ×3`, most frequent first. */
function entityGroups(list: readonly Entity[]): Map<string, Map<string, number>> {
  const groups = new Map<string, Map<string, number>>();
  for (const entity of list) {
    const forms = groups.get(entity.type) ?? new Map<string, number>();
    const form = normalize(entity.text);
    forms.set(form, (forms.get(form) ?? 0) + 1);
    groups.set(entity.type, forms);
  }
  return groups;
}

function renderAnalysis(analysis: Analysis): string {
  const { language, counts } = analysis;
  const lines = [
    `language    ${language.language} (confidence ${language.confidence})`,
    `characters  ${counts.characters}`,
    `sentences   ${counts.sentences}`,
    `tokens      ${counts.tokens} (${counts.words} words)`,
    '',
    `entities    ${counts.entities}`,
  ];
  const groups = entityGroups(analysis.entities);
  const typeWidth = Math.max(0, ...Object.entries(analysis.entityTypes).map(([type, n]) => `${type} ${n}`.length)) + 2;
  for (const [type, count] of Object.entries(analysis.entityTypes)) {
    const forms = [...(groups.get(type) ?? new Map<string, number>())]
      .sort((a, b) => b[1] - a[1])
      .map(([form, n]) => (n > 1 ? `${form} ×${n}` : form));
    lines.push(`  ${`${type} ${count}`.padEnd(typeWidth)}${forms.join('، ')}`);
  }
  const total = counts.sentences;
  lines.push('', `summary     ${analysis.summary.sentences.length} of ${total} sentences`);
  for (const sentence of analysis.summary.sentences) lines.push(`  [${sentence.index + 1}] ${sentence.text}`);
  lines.push('', `keywords    ${analysis.keywords.map((keyword) => keyword.forms[0] ?? keyword.term).join('، ')}`);
  return lines.join('\n') + '\n';
}

export const commands: Readonly<Record<string, Command>> = {
  normalize: {
    summary: 'Normalize Arabic text (diacritics, tatweel, Persian letters, presentation forms, digits)',
    usage: '[file|-] [--preset standard|search]',
    details: [
      'standard removes diacritics, tatweel and invisible marks, turns Persian/Urdu letters, presentation',
      'forms and Eastern digits into their Arabic letters and 0-9; search also folds أ إ آ to ا, ى to ي, ة to ه.',
      'White space, punctuation, Latin text and emoji are kept as they are.',
    ],
    options: {
      preset: {
        kind: 'choice',
        values: ['standard', 'search'],
        default: 'standard',
        description: 'standard (default): keeps meaning; search: also folds alef, alef maqsura, teh marbuta',
      },
    },
    example: 'قبیل الاجتماعِ، أكَّدَ الـــوزيرُ: ﻻ جديدَ في ١٤٤٥ هـ',
    key: 'normalized',
    compute: (text, options) => normalize(text, options.preset === 'search' ? 'search' : 'standard'),
    render: (result) => result as string,
  },

  detect: {
    summary: 'Detect the language (ISO 639-3 code: arb, pes, urd, …, und when undetermined)',
    usage: '[file|-] [--format text|json]',
    details: [
      'Arabic-script text is compared with Standard Arabic, Persian, Urdu, Pashto and Uyghur; text in other',
      'scripts with all of franc\'s languages. Texts under 10 characters give und. Dialects are not told apart.',
    ],
    options: { format: textOrJson },
    example: 'وزارت بهداشت امروز اعلام کرد که بیمارستان جدیدی افتتاح می‌شود.',
    key: 'language',
    compute: (text) => detectLanguage(text),
    render: (result) => {
      const { language, confidence, candidates } = result as LanguageDetection;
      const list = candidates.map((candidate) => `${candidate.language} ${candidate.score}`).join(', ');
      return `language: ${language}\nconfidence: ${confidence}\ncandidates: ${list || '(none)'}\n`;
    },
  },

  tokenize: {
    summary: 'Split text into tokens (words, numbers, punctuation, URLs, emoji, …) with offsets',
    usage: '[file|-] [--format text|json|tsv]',
    details: ['text: the tokens one space apart, line breaks kept; tsv and json: offsets, kind and normalized form.'],
    options: { format: textJsonOrTsv },
    example: 'وقال الوزير، في موسكو-اليوم: ارتفع الإنتاج 12.5% و1,000 برميل',
    key: 'tokens',
    compute: (text) => tokenize(text),
    render: (result, text, options) => {
      const tokens = result as Token[];
      if (options.format === 'tsv') {
        return tsv(['start', 'end', 'kind', 'text', 'norm'], tokens.map((t) => [t.start, t.end, t.kind, t.text, t.norm]));
      }
      return joinKeepingLines(text, tokens, (index) => tokens[index].text);
    },
  },

  sentences: {
    summary: 'Split text into sentences with offsets',
    usage: '[file|-] [--format text|json|tsv]',
    details: ['text: one sentence per line.'],
    options: { format: textJsonOrTsv },
    example: 'قال د. أحمد إن النمو بلغ 12.5 في المئة. وأضاف: "سنواصل العمل!" ثم غادر',
    key: 'sentences',
    compute: (text) => sentences(text),
    render: (result, _text, options) => {
      const list = result as Sentence[];
      if (options.format === 'tsv') return tsv(['start', 'end', 'text'], list.map((s) => [s.start, s.end, s.text]));
      return list.map((sentence) => sentence.text + '\n').join('');
    },
  },

  segment: {
    summary: 'Split words into clitics and stem (و+ب+ال+تعاون) with offsets',
    usage: '[file|-] [--format text|json|tsv]',
    details: [
      'Every word of the text is segmented; text: the words with + between their pieces, line breaks kept.',
      'json: each word with its offsets and what segment(word) returns; tsv: offsets, prefixes, stem, suffixes.',
    ],
    options: { format: textJsonOrTsv },
    example: 'وبالتعاون مع علاقاتنا للولايات المتحدة',
    key: 'words',
    compute: (text): WordSegmentation[] =>
      tokenize(text)
        .filter((token) => token.kind === 'word')
        .map((token) => ({ text: token.text, start: token.start, end: token.end, ...segment(token.text) })),
    render: (result, text, options) => {
      const words = result as WordSegmentation[];
      const pieces = (word: WordSegmentation) => [...word.prefixes, word.stem, ...word.suffixes].join('+');
      if (options.format === 'tsv') {
        return tsv(
          ['start', 'end', 'text', 'prefixes', 'stem', 'suffixes'],
          words.map((w) => [w.start, w.end, w.text, w.prefixes.join('+'), w.stem, w.suffixes.join('+')]),
        );
      }
      return joinKeepingLines(text, words, (index) => pieces(words[index]));
    },
  },

  stem: {
    summary: 'Light-stem every word (Light10 family; names are left whole)',
    usage: '[file|-] [--format text|json|tsv]',
    details: ['text: the stems one space apart, line breaks kept; json and tsv: each word with offsets and stem.'],
    options: { format: textJsonOrTsv },
    example: 'والمعلمون في مدارسهم وبوتين في موسكو',
    key: 'stems',
    compute: (text): WordStem[] =>
      tokenize(text)
        .filter((token) => token.kind === 'word')
        .map((token) => ({ text: token.text, start: token.start, end: token.end, stem: stem(token.text) })),
    render: (result, text, options) => {
      const words = result as WordStem[];
      if (options.format === 'tsv') return tsv(['start', 'end', 'text', 'stem'], words.map((w) => [w.start, w.end, w.text, w.stem]));
      return joinKeepingLines(text, words, (index) => words[index].stem);
    },
  },

  ner: {
    summary: 'Find named entities (PERS LOC ORG MISC) and dates, times, durations, percentages, money',
    usage: '[file|-] [--format text|json|jsonl|conll|html]',
    details: [
      'text: one entity per line: type, offsets, score, surface. jsonl: one JSON entity per line.',
      'conll: one token per line with its IOB2 tag, a blank line between sentences.',
      'html: a self-contained right-to-left page with the entities highlighted by type (renderEntities).',
    ],
    options: {
      format: formatOption(
        ['text', 'json', 'jsonl', 'conll', 'html'],
        'text (default), json, jsonl (one entity per line), conll (token TAG), html (entity view)',
      ),
    },
    example: 'التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو اليوم الأربعاء',
    key: 'entities',
    compute: (text) => entities(text),
    render: (result, text, options) => {
      const found = result as Entity[];
      switch (options.format) {
        case 'jsonl':
          return found.map((entity) => JSON.stringify(entity) + '\n').join('');
        case 'html':
          return renderEntities(text, found);
        case 'conll': {
          const tokens = tokenize(text);
          const tags = toBIO(tokens, found);
          const breaks = new Set(sentences(text).map((sentence) => sentence.start));
          let out = '';
          tokens.forEach((token, index) => {
            if (index > 0 && breaks.has(token.start)) out += '\n';
            out += `${token.text}\t${tags[index]}\n`;
          });
          return out;
        }
        default: {
          const width = Math.max(0, ...found.map((entity) => entity.type.length)) + 2;
          return found
            .map((entity) => `${entity.type.padEnd(width)}${span(entity.start, entity.end)}${entity.score.toFixed(3)}  ${entity.text}\n`)
            .join('');
        }
      }
    },
  },

  summarize: {
    summary: 'Extractive summary: the most relevant sentences, in document order, with offsets',
    usage: '[file|-] [--sentences N | --ratio R | --words W] [--format text|json]',
    details: ['text: the chosen sentences, one per line; json: the sentences with offsets and scores, and keywords.'],
    options: { format: textOrJson, ...budgetOptions },
    example:
      'انعقدت القمة في موسكو اليوم. وبحث الرئيسان التعاون الاقتصادي. وقال الرئيس إن التعاون الاقتصادي مهم. ' +
      'وكان الطقس باردا.',
    key: 'summary',
    check: checkBudget,
    compute: (text, options) => summarize(text, budgetOf(options)),
    render: (result) => (result as Summary).sentences.map((sentence) => sentence.text + '\n').join(''),
  },

  keywords: {
    summary: 'Top terms and two-word phrases of a text',
    usage: '[file|-] [--count N] [--format text|json]',
    details: ['text: score, term (a normalized light stem) and the forms seen in the text.'],
    options: {
      format: textOrJson,
      count: { kind: 'integer', min: 1, placeholder: 'N', description: 'number of keywords (default: 10)' },
    },
    example:
      'بحث الرئيس الروسي والرئيس الإيراني العلاقات بين روسيا وإيران. وقال الرئيس الروسي إن روسيا تريد علاقات أقوى.',
    key: 'keywords',
    compute: (text, options) => keywords(text, options.count === undefined ? undefined : { n: options.count as number }),
    render: (result) =>
      (result as Keyword[]).map((keyword) => `${keyword.score.toFixed(3)}  ${keyword.term}  (${keyword.forms.join('، ')})\n`).join(''),
  },

  analyze: {
    summary: 'Report on a text: language, counts, entities by type, summary, keywords',
    usage: '[file|-] [--sentences N | --ratio R | --words W] [--format text|json]',
    details: [
      'Runs detection, sentence splitting, tokenization, named entities and the summarizer on the text.',
      'json: one document with every entity and summary sentence and their offsets into the text.',
    ],
    options: { format: textOrJson, ...budgetOptions },
    example: 'التقى الرئيس الروسي فلاديمير بوتين نظيره الإيراني في موسكو اليوم الأربعاء. وبحث الجانبان التعاون الاقتصادي.',
    key: 'analysis',
    check: checkBudget,
    compute: (text, options): Analysis => {
      const found = entities(text);
      const typeCounts = new Map<string, number>();
      for (const entity of found) typeCounts.set(entity.type, (typeCounts.get(entity.type) ?? 0) + 1);
      const tokens = tokenize(text);
      const summary = summarize(text, budgetOf(options));
      return {
        language: detectLanguage(text),
        counts: {
          characters: text.length,
          sentences: sentences(text).length,
          tokens: tokens.length,
          words: tokens.filter((token) => token.kind === 'word').length,
          entities: found.length,
        },
        entityTypes: Object.fromEntries([...typeCounts].sort((a, b) => b[1] - a[1])),
        entities: found,
        summary: { text: summary.text, sentences: summary.sentences },
        keywords: summary.keywords,
      };
    },
    render: (result) => renderAnalysis(result as Analysis),
  },
};
