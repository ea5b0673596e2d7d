/**
 * The commands of `dhad`, one entry each. A command turns the input text into output text using only
 * the public API; reading input, parsing options, help and errors are shared (see run.ts).
 *
 * To add a command, add one entry to `commands`: e.g.
 *
 *   tokenize: {
 *     summary: 'Split text into tokens with their offsets',
 *     usage: '[file|-] [--format text|json]',
 *     options: { format: formatOption },
 *     example: 'وقال الرئيس',
 *     run: (text, options) => …tokenize(text)… formatted per options.format,
 *   },
 */
import { detectLanguage, normalize, type LanguageDetection } from '../index.js';
import type { OptionSpec, OptionSpecs } from './args.js';

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
  /** Turns the whole input into the whole output. Receives every option (value or default). */
  run(text: string, options: Readonly<Record<string, string | boolean>>): string;
}

/** `--format text|json`, for commands whose output has structure. */
export const formatOption: OptionSpec = {
  kind: 'choice',
  values: ['text', 'json'],
  default: 'text',
  description: 'text (default): for reading; json: one JSON document',
};

function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

function formatDetection(result: LanguageDetection): string {
  const candidates = result.candidates.map(({ language, score }) => `${language} ${score}`).join(', ');
  return `language: ${result.language}\nconfidence: ${result.confidence}\ncandidates: ${candidates || '(none)'}\n`;
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
    run: (text, options) => normalize(text, options.preset === 'search' ? 'search' : 'standard'),
  },

  detect: {
    summary: 'Detect the language (ISO 639-3 code: arb, pes, urd, …, und when undetermined)',
    usage: '[file|-] [--format text|json]',
    details: [
      'Arabic-script text is compared with Standard Arabic, Persian, Urdu, Pashto and Uyghur; text in other',
      'scripts with all of franc\'s languages. Texts under 10 characters give und. Dialects are not told apart.',
    ],
    options: { format: formatOption },
    example: 'وزارت بهداشت امروز اعلام کرد که بیمارستان جدیدی افتتاح می‌شود.',
    run: (text, options) => {
      const result = detectLanguage(text);
      return options.format === 'json' ? toJson(result) : formatDetection(result);
    },
  },
};
