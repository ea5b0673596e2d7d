/**
 * tokenize, sentences, segment, stem, ner, summarize, keywords and analyze on whole inputs, in every
 * format, compared with the library functions they call; run on the built binary (see helpers.ts).
 * Tests run concurrently: each one starts Node.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  detectLanguage,
  entities,
  keywords,
  renderEntities,
  segment,
  sentences,
  stem,
  summarize,
  toBIO,
  tokenize,
} from 'dhad';
import { article, articlePath, dhad, expectBuilt, expectOneLineError } from './helpers.js';

beforeAll(() => {
  expectBuilt();
});

describe.concurrent('dhad tokenize, sentences, segment, stem', () => {
  const line = 'وقال الوزير، في موسكو-اليوم: ارتفع الإنتاج 12.5% و1,000 برميل';

  it('tokenize: tokens one space apart, line breaks kept; json and tsv with offsets', async () => {
    expect((await dhad(['tokenize'], line)).stdout).toBe('وقال الوزير ، في موسكو - اليوم : ارتفع الإنتاج 12.5 % و 1,000 برميل\n');
    expect((await dhad(['tokenize'], 'أ ب\n\nج')).stdout).toBe('أ ب\n\nج\n');
    const run = await dhad(['tokenize', articlePath]);
    const lines = article.trimEnd().split('\n');
    expect(run.stdout).toBe(lines.map((text) => tokenize(text).map((token) => token.text).join(' ')).join('\n') + '\n');
    expect(JSON.parse((await dhad(['tokenize', '--format', 'json', articlePath])).stdout)).toEqual(tokenize(article));
    const tsv = (await dhad(['tokenize', '--format=tsv'], line)).stdout.split('\n');
    expect(tsv[0]).toBe('start\tend\tkind\ttext\tnorm');
    expect(tsv).toContain('43\t47\tnumber\t12.5\t12.5');
    expect(tsv).toHaveLength(tokenize(line).length + 2); // header, rows, final newline
  });

  it('sentences: one per line; json and tsv with offsets', async () => {
    const run = await dhad(['sentences', articlePath]);
    expect(run.stdout).toBe(sentences(article).map((sentence) => sentence.text + '\n').join(''));
    expect(run.stdout.split('\n')).toHaveLength(21); // the article's 20 sentences
    expect(JSON.parse((await dhad(['sentences', '--format', 'json'], article)).stdout)).toEqual(sentences(article));
    const tsv = (await dhad(['sentences', '--format', 'tsv'], 'قال د. أحمد إن النمو بلغ 12.5 في المئة. ثم غادر')).stdout;
    expect(tsv).toBe('start\tend\ttext\n0\t39\tقال د. أحمد إن النمو بلغ 12.5 في المئة.\n40\t47\tثم غادر\n');
  });

  it('segment: clitics and stem of every word', async () => {
    const text = 'وبالتعاون مع علاقاتنا';
    expect((await dhad(['segment'], text)).stdout).toBe('و+ب+ال+تعاون مع علاقات+نا\n');
    const json = JSON.parse((await dhad(['segment', '--format', 'json'], text)).stdout) as { text: string }[];
    expect(json[0]).toMatchObject({ text: 'وبالتعاون', start: 0, end: 9, prefixes: ['و', 'ب', 'ال'], stem: 'تعاون', suffixes: [] });
    const words = tokenize(article).filter((token) => token.kind === 'word');
    expect(JSON.parse((await dhad(['segment', '--format', 'json', articlePath])).stdout)).toEqual(
      words.map(({ text: word, start, end }) => ({ text: word, start, end, ...segment(word) })),
    );
    expect((await dhad(['segment', '--format', 'tsv'], text)).stdout.split('\n').slice(0, 2)).toEqual([
      'start\tend\ttext\tprefixes\tstem\tsuffixes',
      '0\t9\tوبالتعاون\tو+ب+ال\tتعاون\t',
    ]);
  });

  it('stem: every word light-stemmed, names left whole', async () => {
    const text = 'والمعلمون في مدارسهم وبوتين في موسكو';
    const words = tokenize(text).filter((token) => token.kind === 'word');
    const run = await dhad(['stem'], text);
    expect(run.stdout).toBe(words.map((word) => stem(word.text)).join(' ') + '\n');
    expect(run.stdout).toContain('بوتين في موسكو\n');
    expect(JSON.parse((await dhad(['stem', '--format', 'json'], text)).stdout)).toEqual(
      words.map((word) => ({ text: word.text, start: word.start, end: word.end, stem: stem(word.text) })),
    );
    expect((await dhad(['stem', '--format', 'tsv'], text)).stdout.split('\n')[0]).toBe('start\tend\ttext\tstem');
  });
});

describe.concurrent('dhad ner', () => {
  const found = entities(article);

  it('lists entities with type, offsets, score and surface', async () => {
    const run = await dhad(['ner', articlePath]);
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(found.length);
    lines.forEach((line, index) => {
      const { type, start, end, score, text } = found[index];
      expect(line).toMatch(new RegExp(`^${type} +${start}-${end} +${score.toFixed(3)}  ${text}$`, 'u'));
    });
  });

  it('writes json, jsonl and CoNLL', async () => {
    expect(JSON.parse((await dhad(['ner', '--format', 'json', articlePath])).stdout)).toEqual(found);
    const jsonl = (await dhad(['ner', '--format', 'jsonl', articlePath])).stdout;
    expect(jsonl.trimEnd().split('\n').map((line) => JSON.parse(line))).toEqual(found);

    const conll = (await dhad(['ner', '--format', 'conll', articlePath])).stdout;
    const tokens = tokenize(article);
    const rows = conll.split('\n').filter((row) => row.length > 0);
    expect(rows).toEqual(tokens.map((token, index) => `${token.text}\t${toBIO(tokens, found)[index]}`));
    expect(conll.split('\n\n')).toHaveLength(sentences(article).length); // a blank line between sentences
    expect(conll.endsWith('\n')).toBe(true);
  });

  it('writes the entity view as HTML (checked in Chromium by test/render/browser.test.ts)', async () => {
    const run = await dhad(['ner', '--format', 'html', articlePath]);
    expect(run.stdout).toBe(renderEntities(article, found));
    expect(run.stdout).toContain('<html dir="rtl" lang="ar">');
  });
});

describe.concurrent('dhad summarize, keywords, analyze', () => {
  it('summarize: the chosen sentences under each budget', async () => {
    const run = await dhad(['summarize', articlePath]);
    expect(run.stdout).toBe(summarize(article).sentences.map((sentence) => sentence.text + '\n').join(''));
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect((await dhad(['summarize', '--sentences', '2', articlePath])).stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(JSON.parse((await dhad(['summarize', '--words=40', '--format', 'json', articlePath])).stdout)).toEqual(
      summarize(article, { maxWords: 40 }),
    );
    expect(JSON.parse((await dhad(['summarize', '--ratio', '0.25', '--format', 'json'], article)).stdout).sentences).toHaveLength(5);
  });

  it('keywords: score, term and forms', async () => {
    const expected = keywords(article, { n: 5 });
    expect(JSON.parse((await dhad(['keywords', '--count', '5', '--format', 'json', articlePath])).stdout)).toEqual(expected);
    const text = (await dhad(['keywords', '--count', '5', articlePath])).stdout;
    expect(text).toBe(expected.map((k) => `${k.score.toFixed(3)}  ${k.term}  (${k.forms.join('، ')})\n`).join(''));
    expect((await dhad(['keywords', articlePath])).stdout.trimEnd().split('\n')).toHaveLength(keywords(article).length);
  });

  it('analyze: a readable report of the article', async () => {
    const run = await dhad(['analyze', articlePath]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    const found = entities(article);
    const tokens = tokenize(article);
    const summary = summarize(article);
    expect(run.stdout).toContain(`language    arb (confidence ${detectLanguage(article).confidence})\n`);
    expect(run.stdout).toContain('sentences   20\n');
    expect(run.stdout).toContain(`tokens      ${tokens.length} (${tokens.filter((t) => t.kind === 'word').length} words)\n`);
    expect(run.stdout).toContain(`entities    ${found.length}\n`);
    for (const type of new Set(found.map((entity) => entity.type))) {
      const count = found.filter((entity) => entity.type === type).length;
      expect(run.stdout).toMatch(new RegExp(`^  ${type} ${count} +\\S`, 'mu'));
    }
    expect(run.stdout).toMatch(/^ {2}PERS \d+ +.*بوتين/mu);
    expect(run.stdout).toContain(`summary     3 of 20 sentences\n`);
    for (const sentence of summary.sentences) expect(run.stdout).toContain(`  [${sentence.index + 1}] ${sentence.text}\n`);
    expect(run.stdout).toContain(`keywords    ${summary.keywords.map((k) => k.forms[0]).join('، ')}\n`);
  });

  it('analyze --format json: one document with offsets', async () => {
    const analysis = JSON.parse((await dhad(['analyze', '--format', 'json', '--sentences', '2', articlePath])).stdout);
    const found = entities(article);
    const summary = summarize(article, { sentences: 2 });
    expect(analysis.language).toEqual(detectLanguage(article));
    expect(analysis.counts).toEqual({
      characters: article.length,
      sentences: 20,
      tokens: tokenize(article).length,
      words: tokenize(article).filter((t) => t.kind === 'word').length,
      entities: found.length,
    });
    expect(analysis.entities).toEqual(found);
    expect(Object.values(analysis.entityTypes).reduce((a: number, b) => a + (b as number), 0)).toBe(found.length);
    expect(analysis.summary).toEqual({ text: summary.text, sentences: summary.sentences });
    expect(analysis.keywords).toEqual(summary.keywords);
    for (const sentence of analysis.summary.sentences) expect(article.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it('rejects bad budgets and counts as usage errors', async () => {
    await Promise.all([
      expectOneLineError(dhad(['summarize', '--sentences', '2', '--words', '30']), 1, /choose one of --sentences, --ratio, --words/u),
      expectOneLineError(dhad(['analyze', '--ratio', '0']), 1, /invalid value '0' for '--ratio'; expected a number > 0 and ≤ 1/u),
      expectOneLineError(dhad(['summarize', '--ratio', '1.5']), 1, /'--ratio'/u),
      expectOneLineError(dhad(['summarize', '--sentences', '2.5']), 1, /expected an integer ≥ 1/u),
      expectOneLineError(dhad(['summarize', '--words']), 1, /'--words' needs a value: W/u),
      expectOneLineError(dhad(['keywords', '--count', '0']), 1, /invalid value '0' for '--count'/u),
      expectOneLineError(dhad(['keywords', '--count', '0x10']), 1, /invalid value '0x10'/u),
      expectOneLineError(dhad(['keywords', '--count', '3', '--count', '4']), 1, /'--count' is given twice/u),
      expectOneLineError(dhad(['ner', '--format', 'xml']), 1, /expected one of: text, json, jsonl, conll, html/u),
      expectOneLineError(dhad(['tokenize', '--format', 'conll']), 1, /expected one of: text, json, tsv/u),
    ]);
  });

  it('writes nothing for empty input', async () => {
    const runs = await Promise.all(['tokenize', 'ner', 'summarize', 'analyze'].map((command) => dhad([command], '')));
    for (const run of runs) expect(run).toEqual({ status: 0, stdout: '', stderr: '' });
  });
});

describe.concurrent('dhad help for every command', () => {
  it('lists every command, the JSONL options and their exit codes', async () => {
    const run = await dhad(['--help']);
    for (const command of ['normalize', 'detect', 'tokenize', 'sentences', 'segment', 'stem', 'ner', 'summarize', 'keywords', 'analyze']) {
      expect(run.stdout).toMatch(new RegExp(`^ {2}${command} +[A-Z]`, 'mu'));
    }
    expect(run.stdout).toContain('--jsonl');
    expect(run.stdout).toContain('dhad analyze corpus/article.txt');
  });

  it('shows each command with its options and a real example', async () => {
    const run = await dhad(['analyze', '--help']);
    expect(run.stdout).toContain('Usage: dhad analyze [file|-] [--sentences N | --ratio R | --words W] [--format text|json]');
    expect(run.stdout).toContain('       dhad analyze --jsonl [file|-] [--workers N] [--skip-errors] [--quiet]');
    expect(run.stdout).toContain('With --jsonl, each output line is the input object plus "analysis"');
    expect(run.stdout).toMatch(/^ {2}--workers N +with --jsonl: worker threads/mu);
    expect(run.stdout).toMatch(/^ +PERS \d+ +.*بوتين/mu);
    expect((await dhad(['segment', '--help'])).stdout).toContain('  و+ب+ال+تعاون مع علاقات+نا ');
  });
});
