/**
 * `--jsonl`: JSON Lines in and out, streamed, in input order with several worker threads; malformed lines,
 * --skip-errors, exit codes and the progress bar. Runs the built binary (see helpers.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectLanguage, entities, normalize, sentences, summarize, tokenize } from 'dhad';
import { article, cli, dhad, expectBuilt, expectOneLineError, parseLines } from './helpers.js';

let scratch: string;
/** Documents made of the article's sentences, one to four each, with ids. */
let documents: { id: number; text: string }[];
/** The same as a JSONL file of a few hundred KB: big enough for several batches and both workers. */
let corpusFile: string;

beforeAll(() => {
  expectBuilt();
  scratch = mkdtempSync(join(tmpdir(), 'dhad-jsonl-'));
  const pieces = sentences(article).map((sentence) => sentence.text);
  documents = Array.from({ length: 600 }, (_, id) => ({
    id,
    text: Array.from({ length: 1 + (id % 4) }, (__, k) => pieces[(id * 7 + k) % pieces.length]).join(' '),
  }));
  corpusFile = join(scratch, 'corpus.jsonl');
  writeFileSync(corpusFile, documents.map((document) => JSON.stringify(document) + '\n').join(''));
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe('dhad --jsonl', () => {
  it('adds the result under the command key; passes every other field through byte for byte', async () => {
    const input =
      '{"id":12345678901234567890,"text":"أكَّد الرئیس","score":1.0,"tags":["a"]}\n' +
      '"كِتَابٌ"\n' +
      '{"text":"x","normalized":"old"}\n';
    const run = await dhad(['normalize', '--jsonl'], input);
    expect(run).toEqual({
      status: 0,
      stderr: '',
      stdout:
        '{"id":12345678901234567890,"text":"أكَّد الرئیس","score":1.0,"tags":["a"],"normalized":"أكد الرئيس"}\n' +
        '{"text":"كِتَابٌ","normalized":"كتاب"}\n' +
        '{"text":"x","normalized":"x"}\n', // a field of the same name is replaced
    });
  });

  it('gives every command its key and the result of the library function', async () => {
    const text = documents[5].text;
    const line = JSON.stringify({ id: 5, text }) + '\n';
    const results = await Promise.all(
      ['detect', 'tokenize', 'ner', 'summarize', 'analyze'].map(async (command) => parseLines((await dhad([command, '--jsonl'], line)).stdout)[0]),
    );
    expect(results[0]).toEqual({ id: 5, text, language: detectLanguage(text) });
    expect(results[1]).toEqual({ id: 5, text, tokens: tokenize(text) });
    expect(results[2]).toEqual({ id: 5, text, entities: entities(text) });
    expect(results[3]).toEqual({ id: 5, text, summary: summarize(text) });
    expect(Object.keys(results[4])).toEqual(['id', 'text', 'analysis']);
    expect((results[4].analysis as { entities: unknown }).entities).toEqual(entities(text));
  });

  it('hands the command options to the worker threads', async () => {
    const run = await dhad(['summarize', '--jsonl', '--workers', '2', '--sentences', '1', corpusFile]);
    expect(run.status).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines).toHaveLength(documents.length);
    for (const index of [3, 7, 598]) expect(lines[index].summary).toEqual(summarize(documents[index].text, { sentences: 1 }));
  });

  it('keeps input order with two worker threads, from a file and from stdin', async () => {
    const [fromFile, fromStdin, oneWorker] = await Promise.all([
      dhad(['ner', '--jsonl', '--workers', '2', corpusFile]),
      dhad(['ner', '--jsonl', '--workers=2', '-'], readFileSync(corpusFile)),
      dhad(['ner', '--jsonl', '--workers', '1', corpusFile]),
    ]);
    expect(fromFile.status).toBe(0);
    expect(fromFile.stderr).toBe('');
    const lines = parseLines(fromFile.stdout);
    expect(lines.map((line) => line.id)).toEqual(documents.map((document) => document.id));
    for (const index of [0, 1, 2, 3, 299, 599]) {
      expect(lines[index]).toEqual({ ...documents[index], entities: entities(documents[index].text) });
    }
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect(oneWorker.stdout).toBe(fromFile.stdout);
  });

  it('loses nothing when a worker runs out of memory: its batches are done in the main thread', async () => {
    // Workers whose heap cannot even hold the library (4 MB) die of ERR_WORKER_OUT_OF_MEMORY on their
    // first batch; the main thread does their batches, and then all the others.
    const [starved, oneWorker] = await Promise.all([
      dhad(['ner', '--jsonl', '--workers', '2', corpusFile], '', { env: { DHAD_DEBUG_WORKER_HEAP_MB: '4' } }),
      dhad(['ner', '--jsonl', '--workers', '1', corpusFile]),
    ]);
    expect(starved.stderr).toBe('');
    expect(starved.status).toBe(0);
    expect(starved.stdout).toBe(oneWorker.stdout);
    expect(parseLines(starved.stdout)).toHaveLength(documents.length);
  });

  it('stops at a malformed line: every earlier result written, one line on stderr, exit code 2', async () => {
    const lines = readFileSync(corpusFile, 'utf8').split('\n');
    const bad = 450; // in a late batch, after earlier batches went to both workers
    lines[bad - 1] = '{"id": 449, "text": "unterminated}';
    const file = join(scratch, 'malformed.jsonl');
    writeFileSync(file, lines.join('\n'));
    const run = await dhad(['normalize', '--jsonl', '--workers', '2', file]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^dhad: line 450 of '.*malformed\.jsonl': not valid JSON \([^\n]*\)\n$/u);
    const written = parseLines(run.stdout);
    expect(written).toHaveLength(bad - 1);
    expect(written.map((line) => line.id)).toEqual(documents.slice(0, bad - 1).map((document) => document.id));
    expect(written[bad - 2].normalized).toBe(normalize(documents[bad - 2].text));
  });

  it('names what is wrong with a line', async () => {
    await Promise.all([
      expectOneLineError(dhad(['ner', '--jsonl'], '{"id":1}\n'), 2, /^dhad: line 1 of standard input: the object has no `text` field$/mu),
      expectOneLineError(dhad(['ner', '--jsonl'], '{"text":7}\n'), 2, /line 1 .*`text` is a number, expected a string/u),
      expectOneLineError(dhad(['ner', '--jsonl'], '[1,2]'), 2, /line 1 .*expected a JSON object with a `text` string, or a JSON string; found an array/u),
      expectOneLineError(dhad(['ner', '--jsonl'], '\n'), 2, /line 1 .*empty line/u),
      expectOneLineError(dhad(['ner', '--jsonl', join(scratch, 'missing.jsonl')]), 2, /cannot read '.*missing\.jsonl': no such file/u),
      expectOneLineError(dhad(['ner', '--jsonl', scratch]), 2, /it is a directory/u),
    ]);
    const run = await dhad(['normalize', '--jsonl'], Buffer.from('"a"\n{"text":"caf\xe9"}\n"b"\n', 'latin1'));
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('{"text":"a","normalized":"a"}\n');
    expect(run.stderr).toBe('dhad: line 2 of standard input: not valid UTF-8\n');
  });

  it('--skip-errors writes an error line in place of each bad line and goes on', async () => {
    const bytes = Buffer.concat([Buffer.from('"أولاً"\nnope\n{"id":3}\n\n', 'utf8'), Buffer.from('"caf\xe9"\n', 'latin1'), Buffer.from('{"id":6,"text":"ب"}')]);
    const skipped = await dhad(['normalize', '--jsonl', '--skip-errors'], bytes);
    expect(skipped.status).toBe(0);
    expect(skipped.stderr).toBe('');
    expect(parseLines(skipped.stdout)).toEqual([
      { text: 'أولاً', normalized: 'أولا' },
      { error: expect.stringMatching(/^not valid JSON \(/u), line: 2 },
      { error: 'the object has no `text` field', line: 3 },
      { error: 'empty line; expected a JSON object with a `text` string, or a JSON string', line: 4 },
      { error: 'not valid UTF-8', line: 5 },
      { id: 6, text: 'ب', normalized: 'ب' },
    ]);
  });

  it('reads CRLF lines, a last line without a newline, a byte order mark; writes nothing for no input', async () => {
    expect((await dhad(['normalize', '--jsonl'], '\uFEFF"أ"\r\n{"text":"بَ"}')).stdout).toBe(
      '{"text":"أ","normalized":"أ"}\n{"text":"بَ","normalized":"ب"}\n',
    );
    expect(await dhad(['ner', '--jsonl'], '')).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('rejects options that do not fit, as usage errors', async () => {
    await Promise.all([
      expectOneLineError(dhad(['ner', '--workers', '2']), 1, /option '--workers' needs --jsonl/u),
      expectOneLineError(dhad(['ner', '--skip-errors']), 1, /option '--skip-errors' needs --jsonl/u),
      expectOneLineError(dhad(['ner', '--jsonl', '--format', 'conll']), 1, /'--format' does not apply with --jsonl/u),
      expectOneLineError(dhad(['ner', '--jsonl', '--workers', '0']), 1, /invalid value '0' for '--workers'; expected an integer ≥ 1 and ≤ 256/u),
      expectOneLineError(dhad(['ner', '--jsonl', '--workers', 'many']), 1, /invalid value 'many'/u),
    ]);
  });

  it('stops quietly when the reader goes away (| head -1)', () => {
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" normalize --jsonl --workers 2 "${corpusFile}" | head -n 1`], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(0);
    expect(run.stderr).toBe('');
  });
});

/** `script` gives the command a terminal, as a user at a shell has. */
function hasScript(): boolean {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!hasScript())('the progress bar (skipped without util-linux `script` to give a terminal)', () => {
  it('draws documents, docs/s and ETA on a terminal, for a file; --quiet turns it off', () => {
    const output = join(scratch, 'progress.jsonl');
    const command = (extra: string) =>
      `"${process.execPath}" "${cli}" stem --jsonl --workers 1 ${extra} "${corpusFile}" > "${output}"`;
    // Only stderr goes to the terminal that `script` records; stdout goes to a file.
    const shown = spawnSync('script', ['-qec', command(''), '/dev/null'], { encoding: 'utf8' });
    expect(shown.status).toBe(0);
    expect(shown.stdout).toMatch(/\[#{24}\] 100% {2}600 docs {2}[\d,]+ docs\/s {2}ETA 0:00/u);
    expect(readFileSync(output, 'utf8').split('\n')).toHaveLength(601);
    const quiet = spawnSync('script', ['-qec', command('--quiet'), '/dev/null'], { encoding: 'utf8' });
    expect(quiet.status).toBe(0);
    expect(quiet.stdout).toBe('');
  });
});
