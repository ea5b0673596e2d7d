/**
 * The README's examples, read from README.md so that readme.test.ts can run them and compare what they
 * show with what the code returns.
 *
 * In a ```js block, an example is a statement with its result in a comment, the way the README writes them:
 *
 *     normalize('قبیل');                 // 'قبيل'
 *     stem('والعلاقات');                // 'علاق': prose may follow the value after `:` `,` `;` `—` or `(`
 *     tokenize(text).map((t) => t.text);
 *     // ['وأكَّد', 'الرئیس',           (the result on the comment lines that follow)
 *     //  …]
 *     const { text } = f(input);        // text: 'قال الرئيس'   (a declaration shows one of its names)
 *     f(x);                             // { a: 1, … }          (`…` in an object: other keys not shown)
 *     stem('وصل بوتين');                // RangeError: dhad.stem: expected …  (it throws; message up to `…`)
 *
 * A comment that starts with anything but a value (a quote, a bracket, a digit, true/false/null) is prose.
 * In the text, `` `call(…)` → `value` `` is an example too. Blocks of shell sessions (`$ command` lines, then
 * its output; a line `…` cuts it) and "`npx dhad …` prints:" followed by a block are CLI examples.
 */

export interface JsExample {
  /** 1-based line of README.md where the statement is. */
  line: number;
  /** The expression whose value is shown (for a declaration, the name shown). */
  expression: string;
  /** The shown result as written. */
  shown: string;
  /** The shown result as a value to compare (with PARTIAL where `…` stood in an object). */
  expected: unknown;
  /** Set when the example shows an error instead: its name, and its message or the start of it. */
  throws?: ShownError;
}

export interface ShownError {
  name: string;
  /** The message shown; with `prefix`, only its start was shown (it ended with `…`). */
  message: string | undefined;
  prefix: boolean;
}

/** `RangeError: dhad.stem: expected …` as a comment: the statement throws this. */
export function readShownError(shown: string): ShownError | undefined {
  const match = /^\s*(TypeError|RangeError|SyntaxError|Error)(?::\s*(.*?))?\s*$/u.exec(shown);
  if (!match) return undefined;
  const message = match[2];
  if (message === undefined || message === '') return { name: match[1], message: undefined, prefix: false };
  const prefix = message.endsWith('…');
  return { name: match[1], message: prefix ? message.slice(0, -1).trimEnd() : message, prefix };
}

export interface JsBlock {
  /** 1-based line of the block's first line of code. */
  line: number;
  /** The block's code with each example statement replaced by `__record(k, () => (expression));`. */
  program: string;
  examples: JsExample[];
}

export interface InlineExample {
  line: number;
  expression: string;
  shown: string;
  expected: unknown;
}

export interface CliExample {
  line: number;
  /** The command as written (`npx dhad …`, possibly in a pipeline). */
  command: string;
  /** The output lines shown; when `cut`, only the first ones. */
  output: string[];
  cut: boolean;
}

/** Marks an object literal of the README that had `…` among its keys: the keys shown are checked, no others. */
export const PARTIAL = Symbol('partial');

export class ReadmeSyntaxError extends Error {}

// ---------------------------------------------------------------------------------------------------------
// Values as the README writes them: JavaScript literals (single quotes, bare keys) and `…`.

class ValueReader {
  position = 0;
  constructor(readonly text: string, readonly line: number) {}

  fail(what: string): never {
    throw new ReadmeSyntaxError(`README.md:${this.line}: ${what} at ${JSON.stringify(this.text.slice(this.position, this.position + 30))} in the shown result ${JSON.stringify(this.text)}`);
  }

  spaces(): void {
    while (this.position < this.text.length && /\s/u.test(this.text[this.position])) this.position++;
  }

  value(): unknown {
    this.spaces();
    const char = this.text[this.position];
    if (char === "'" || char === '"') return this.string(char);
    if (char === '[') return this.array();
    if (char === '{') return this.object();
    const number = /^-?\d+(\.\d+)?(e[+-]?\d+)?/u.exec(this.text.slice(this.position));
    if (number) {
      this.position += number[0].length;
      return Number(number[0]);
    }
    for (const [word, value] of [['true', true], ['false', false], ['null', null], ['undefined', undefined]] as const) {
      if (this.text.startsWith(word, this.position) && !/[\w$]/u.test(this.text[this.position + word.length] ?? '')) {
        this.position += word.length;
        return value;
      }
    }
    return this.fail('expected a value');
  }

  string(quote: string): string {
    let out = '';
    this.position++;
    while (this.position < this.text.length) {
      const char = this.text[this.position++];
      if (char === quote) return out;
      if (char !== '\\') {
        out += char;
        continue;
      }
      const escaped = this.text[this.position++];
      if (escaped === 'n') out += '\n';
      else if (escaped === 't') out += '\t';
      else if (escaped === 'u') {
        out += String.fromCharCode(Number.parseInt(this.text.slice(this.position, this.position + 4), 16));
        this.position += 4;
      } else out += escaped;
    }
    return this.fail('unterminated string');
  }

  array(): unknown[] {
    const items: unknown[] = [];
    this.position++;
    for (;;) {
      this.spaces();
      if (this.text[this.position] === ']') {
        this.position++;
        return items;
      }
      if (this.text[this.position] === '…') this.fail('`…` in an array is not supported (show the whole array)');
      items.push(this.value());
      this.spaces();
      if (this.text[this.position] === ',') this.position++;
      else if (this.text[this.position] !== ']') this.fail('expected `,` or `]`');
    }
  }

  object(): Record<string | symbol, unknown> {
    const object: Record<string | symbol, unknown> = {};
    this.position++;
    for (;;) {
      this.spaces();
      const char = this.text[this.position];
      if (char === '}') {
        this.position++;
        return object;
      }
      if (char === '…') {
        this.position++;
        object[PARTIAL] = true;
      } else {
        let key: string;
        if (char === "'" || char === '"') key = this.string(char);
        else {
          const name = /^[A-Za-z_$][\w$]*/u.exec(this.text.slice(this.position));
          if (!name) this.fail('expected a key');
          key = name[0];
          this.position += key.length;
        }
        this.spaces();
        if (this.text[this.position] !== ':') this.fail('expected `:`');
        this.position++;
        object[key] = this.value();
      }
      this.spaces();
      if (this.text[this.position] === ',') this.position++;
      else if (this.text[this.position] !== '}') this.fail('expected `,` or `}`');
    }
  }
}

/** Where prose may follow a shown value. */
const AFTER_VALUE = /^\s*([,:;—(]|$)/u;

/**
 * The value at the start of `shown`, or `undefined` (as `{ isValue: false }`) when the comment is prose.
 * A comment that starts like a value must be one, followed by nothing or by prose after a separator.
 */
export function readShownValue(shown: string, line: number): { isValue: true; value: unknown } | { isValue: false } {
  const text = shown.trim();
  if (!/^(['"[{\d-]|(true|false|null|undefined)\b)/u.test(text)) return { isValue: false };
  const reader = new ValueReader(text, line);
  const value = reader.value();
  if (!AFTER_VALUE.test(text.slice(reader.position))) reader.fail('expected the end of the value, or prose after `:` `,` `;` `—` or `(`');
  return { isValue: true, value };
}

/** A value in the README's notation, to paste back: single-quoted strings, bare keys. */
export function formatValue(value: unknown): string {
  if (typeof value === 'string') return `'${value.replace(/\\/gu, '\\\\').replace(/'/gu, "\\'").replace(/\n/gu, '\\n')}'`;
  if (Array.isArray(value)) return `[${value.map(formatValue).join(', ')}]`;
  if (value instanceof Uint32Array) return `Uint32Array [${[...value].join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([key, item]) => `${/^[A-Za-z_$][\w$]*$/u.test(key) ? key : `'${key}'`}: ${formatValue(item)}`);
    return entries.length === 0 ? '{}' : `{ ${entries.join(', ')} }`;
  }
  return String(value);
}

// ---------------------------------------------------------------------------------------------------------
// Reading README.md.

/** Splits a line of JavaScript into its code and its `//` comment (not inside a string). */
function splitComment(line: string): { code: string; comment: string | undefined } {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i];
    if (quote) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '/' && line[i + 1] === '/') return { code: line.slice(0, i).trimEnd(), comment: line.slice(i + 2) };
  }
  return { code: line.trimEnd(), comment: undefined };
}

interface Fence {
  language: string;
  /** 1-based line of the fence's first content line. */
  line: number;
  lines: string[];
}

function fences(readme: string): { fences: Fence[]; prose: { line: number; text: string }[] } {
  const lines = readme.split('\n');
  const found: Fence[] = [];
  const prose: { line: number; text: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\S*)\s*$/u.exec(lines[i]);
    if (!open) {
      prose.push({ line: i + 1, text: lines[i] });
      continue;
    }
    const start = i + 1;
    let end = start;
    while (end < lines.length && !/^```\s*$/u.test(lines[end])) end++;
    found.push({ language: open[1], line: start + 1, lines: lines.slice(start, end) });
    i = end;
  }
  return { fences: found, prose };
}

function jsBlock(fence: Fence): JsBlock {
  const examples: JsExample[] = [];
  const out: string[] = [];
  let pending: { index: number; line: number; expression: string; declaration: boolean; shown: string[] } | undefined;

  const settle = (): void => {
    if (!pending) return;
    const shownText = pending.shown.join(' ').trim();
    let expression = pending.expression;
    let shown = shownText;
    if (pending.declaration) {
      // `const { text, offsets } = f();  // text: 'قال الرئيس'`: the name must be one the statement declares.
      const named = /^([A-Za-z_$][\w$]*)\s*:\s*(.*)$/u.exec(shownText);
      const declared = named !== null && new RegExp(`^(const|let|var)\\s*[^=]*\\b${named[1]}\\b`, 'u').test(pending.expression);
      if (!named || !declared) {
        pending = undefined;
        return;
      }
      expression = named[1];
      shown = named[2];
    }
    const error = pending.declaration ? undefined : readShownError(shown);
    const read = error ? ({ isValue: true, value: undefined } as const) : readShownValue(shown, pending.line);
    if (read.isValue) {
      const k = examples.length;
      examples.push({ line: pending.line, expression, shown, expected: read.value, ...(error ? { throws: error } : {}) });
      out[pending.index] = pending.declaration
        ? `${pending.expression}; __record(${k}, () => (${expression}));`
        : `__record(${k}, () => (${expression}));`;
    }
    pending = undefined;
  };

  fence.lines.forEach((text, offset) => {
    const line = fence.line + offset;
    const { code, comment } = splitComment(text);
    const statement = code.trim();
    if (statement === '') {
      if (comment !== undefined && pending) pending.shown.push(comment);
      else settle();
      out.push(text);
      return;
    }
    settle();
    out.push(text);
    if (/^(import|export)\b/u.test(statement) || (!statement.endsWith(';') && /[{(,[]$/u.test(statement))) return;
    pending = {
      index: out.length - 1,
      line,
      expression: statement.replace(/;$/u, ''),
      declaration: /^(const|let|var)\b/u.test(statement),
      shown: comment === undefined ? [] : [comment],
    };
  });
  settle();
  return { line: fence.line, program: out.join('\n'), examples };
}

function cliExamples(fence: Fence): CliExample[] {
  const examples: CliExample[] = [];
  let current: CliExample | undefined;
  fence.lines.forEach((text, offset) => {
    if (text.startsWith('$ ')) {
      current = { line: fence.line + offset, command: text.slice(2), output: [], cut: false };
      examples.push(current);
    } else if (current && !current.cut) {
      if (text.trim() === '…') current.cut = true;
      else current.output.push(text);
    }
  });
  return examples;
}

export interface Readme {
  blocks: JsBlock[];
  inline: InlineExample[];
  cli: CliExample[];
}

/** Every example of the README. */
export function readExamples(readme: string): Readme {
  const { fences: found, prose } = fences(readme);
  const blocks = found.filter((fence) => fence.language === 'js').map(jsBlock);

  const inline: InlineExample[] = [];
  for (const { line, text } of prose) {
    if (text.startsWith('#')) continue; // headings are signatures: `tokenize(text, options?)` → `Token[]`
    for (const match of text.matchAll(/`([A-Za-z_$][\w$.]*\([^`]*\))`\s*→\s*`([^`]+)`/gu)) {
      const read = readShownValue(match[2], line);
      if (read.isValue) inline.push({ line, expression: match[1], shown: match[2], expected: read.value });
    }
  }

  const cli: CliExample[] = [];
  const lines = readme.split('\n');
  for (const fence of found) {
    if (fence.lines.some((text) => text.startsWith('$ '))) cli.push(...cliExamples(fence));
    // "`npx dhad analyze corpus/article.txt` prints:" right before the block.
    const before = lines[fence.line - 3] ?? '';
    const prints = /`((?:npx )?dhad [^`]+)` prints:\s*$/u.exec(before);
    if (prints) cli.push({ line: fence.line - 2, command: prints[1], output: fence.lines, cut: false });
  }
  return { blocks, inline, cli };
}
