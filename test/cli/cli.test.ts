/**
 * normalize and detect, help, version and errors, run on the built binary (see helpers.ts) on files and
 * standard input. The other commands are in commands.test.ts, JSONL streaming in jsonl.test.ts, scale in
 * scale.test.ts. Tests run concurrently: each one starts Node.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, normalize } from 'dhad';
import { article, articlePath, dhad, expectBuilt, expectOneLineError, root } from './helpers.js';

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };

let scratch: string;

beforeAll(() => {
  expectBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'dhad-cli-'));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe.concurrent('dhad normalize', () => {
  it('normalizes the article from a file', async () => {
    const run = await dhad(['normalize', articlePath]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(article).toContain('قبیل'); // Persian yeh in the input…
    expect(run.stdout).toContain('قبيل'); // …Arabic yeh in the output
    expect(run.stdout).not.toContain('قبیل');
    expect(article).toMatch(/[\u064B-\u0652]/u);
    expect(run.stdout).not.toMatch(/[\u064B-\u065F\u0670\u0640]/u); // no harakat, tanween, shadda, tatweel
    expect(run.stdout).toBe(normalize(article));
    expect(run.stdout.split('\n')).toHaveLength(article.split('\n').length); // lines are kept
  });

  it('reads standard input when no file or - is given', async () => {
    expect((await dhad(['normalize'], article)).stdout).toBe(normalize(article));
    expect((await dhad(['normalize', '-'], article)).stdout).toBe(normalize(article));
  });

  it('applies the search preset', async () => {
    expect((await dhad(['normalize', '--preset', 'search'], 'إنَّ المدرسةَ الكبرى\n')).stdout).toBe('ان المدرسه الكبري\n');
    expect((await dhad(['normalize', '--preset=search', articlePath])).stdout).toBe(normalize(article, 'search'));
    expect((await dhad(['normalize', '--preset', 'standard'], 'أَهْلاً')).stdout).toBe('أهلا');
  });

  it('writes nothing for empty input, and keeps white space', async () => {
    expect(await dhad(['normalize'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
    expect(await dhad(['normalize'], ' \n\n')).toEqual({ status: 0, stdout: ' \n\n', stderr: '' });
  });

  it('drops a leading byte order mark', async () => {
    expect((await dhad(['normalize'], '\uFEFFكتاب')).stdout).toBe('كتاب');
  });
});

describe.concurrent('dhad detect', () => {
  it('detects the article', async () => {
    const run = await dhad(['detect', articlePath]);
    expect(run.status).toBe(0);
    const expected = detectLanguage(article);
    expect(run.stdout).toBe(
      `language: arb\nconfidence: ${expected.confidence}\n` +
        `candidates: ${expected.candidates.map((c) => `${c.language} ${c.score}`).join(', ')}\n`,
    );
  });

  it('prints JSON with --format json', async () => {
    const persian = 'سخنگوی دولت گفت که مذاکرات با شرکای اروپایی هفته آینده از سر گرفته خواهد شد.';
    const run = await dhad(['detect', '--format', 'json'], persian);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(detectLanguage(persian));
    expect(JSON.parse(run.stdout).language).toBe('pes');
    expect(JSON.parse((await dhad(['detect', '--format=json', '-'], 'مرحبا')).stdout)).toEqual({
      language: 'und',
      confidence: 0,
      candidates: [],
    });
  });

  it('reports und for short text and nothing for empty input', async () => {
    expect((await dhad(['detect'], 'مرحبا\n')).stdout).toBe('language: und\nconfidence: 0\ncandidates: (none)\n');
    expect(await dhad(['detect'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('dhad --help and --version', () => {
  it('prints the version from package.json', async () => {
    expect(await dhad(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
    expect(await dhad(['-v'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('prints help listing the commands and exit codes', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const run = await dhad(args);
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('Usage: dhad <command>');
      expect(run.stdout).toMatch(/^ {2}normalize +Normalize/mu);
      expect(run.stdout).toMatch(/^ {2}detect +Detect/mu);
      expect(run.stdout).toMatch(/^ {2}1 +usage error/mu);
      expect(run.stdout).toMatch(/^ {2}2 +input error/mu);
    }
  });

  it('prints command help with an example produced by the library', async () => {
    const run = await dhad(['normalize', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: dhad normalize [file|-] [--preset standard|search]');
    expect(run.stdout).toContain('قبيل الاجتماع، أكد الوزير: لا جديد في 1445 ه');
    expect((await dhad(['help', 'detect'])).stdout).toContain('Usage: dhad detect [file|-] [--format text|json]');
    expect((await dhad(['detect', '-h'])).stdout).toMatch(/language: pes/u);
  });
});

describe.concurrent('dhad errors', () => {
  it('rejects usage mistakes with one line and exit code 1', async () => {
    await Promise.all([
      expectOneLineError(dhad([]), 1, /missing command/u),
      expectOneLineError(
        dhad(['tokenise']),
        1,
        /unknown command 'tokenise'; commands: normalize, detect, tokenize, sentences, segment, stem, ner, summarize, keywords, analyze$/mu,
      ),
      expectOneLineError(dhad(['--frobnicate']), 1, /unknown option '--frobnicate'/u),
      expectOneLineError(dhad(['normalize', '--format', 'json']), 1, /unknown option '--format' for 'normalize'/u),
      expectOneLineError(dhad(['normalize', '-x']), 1, /unknown option '-x'/u),
      expectOneLineError(
        dhad(['normalize', '--preset', 'loose']),
        1,
        /invalid value 'loose' for '--preset'; expected one of: standard, search/u,
      ),
      expectOneLineError(dhad(['normalize', '--preset']), 1, /'--preset' needs a value/u),
      expectOneLineError(dhad(['detect', '--format', 'xml']), 1, /expected one of: text, json/u),
      expectOneLineError(dhad(['detect', 'a.txt', 'b.txt']), 1, /reads one file, found 2/u),
    ]);
  });

  it('rejects unreadable input with one line and exit code 2', async () => {
    const latin1 = join(scratch, 'latin1.txt');
    writeFileSync(latin1, Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a])); // "café" in Latin-1
    await Promise.all([
      expectOneLineError(dhad(['normalize', join(scratch, 'missing.txt')]), 2, /cannot read '.*missing\.txt': no such file/u),
      expectOneLineError(dhad(['detect', scratch]), 2, /it is a directory/u),
      expectOneLineError(dhad(['normalize', latin1]), 2, /'.*latin1\.txt' is not valid UTF-8/u),
      // م followed by the first byte of another letter: cut in the middle of a character
      expectOneLineError(dhad(['detect'], Uint8Array.from([0xd9, 0x85, 0xd9])), 2, /standard input is not valid UTF-8/u),
    ]);
  });

  it('takes file names that look like options after --', async () => {
    writeFileSync(join(scratch, '--preset'), 'كِتَاب');
    expect(await dhad(['normalize', '--', '--preset'], '', { cwd: scratch })).toEqual({ status: 0, stdout: 'كتاب', stderr: '' });
  });
});
