/**
 * Every data table is in the built package once (see "Data modules" in tsup.config.ts): the ESM and the
 * CommonJS builds load the same files under dist/data/ instead of each carrying its own copy.
 *
 * The check reads every JavaScript file of dist/ with TypeScript's parser and collects its data: string
 * literals of 1 KB or more (a JSON table as `JSON.parse('…')`, a base64 weight table) and literals of 1 KB
 * or more made of data only (arrays and objects of strings, numbers, booleans and null). No such piece may
 * occur twice, in one file or in two.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(root, 'dist');

/** The smallest piece of data counted. */
const LARGE = 1024;

interface Piece {
  file: string;
  line: number;
  length: number;
  preview: string;
}

function javaScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return javaScriptFiles(path);
    return /\.[cm]?js$/u.test(entry.name) ? [path] : [];
  });
}

/** True for a literal made of data only: strings, numbers, booleans, null, and arrays and objects of those. */
function isData(node: ts.Node): boolean {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isNumericLiteral(node)) return true;
  if (node.kind === ts.SyntaxKind.TrueKeyword || node.kind === ts.SyntaxKind.FalseKeyword || node.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isPrefixUnaryExpression(node)) return node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand);
  if (ts.isArrayLiteralExpression(node)) return node.elements.every(isData);
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.every((property) => ts.isPropertyAssignment(property) && !ts.isComputedPropertyName(property.name) && isData(property.initializer));
  }
  return false;
}

/** The large data pieces of JavaScript `source`, each with a key that is its content. */
export function largeDataPieces(file: string, source: string): { key: string; piece: Piece }[] {
  const pieces: { key: string; piece: Piece }[] = [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.JS);
  const visit = (node: ts.Node): void => {
    let key: string | undefined;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (node.text.length >= LARGE) key = `string ${node.text}`;
    } else if ((ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) && node.getWidth() >= LARGE && isData(node)) {
      key = `literal ${node.getText().replace(/\s+/gu, ' ')}`;
    }
    if (key === undefined) {
      ts.forEachChild(node, visit);
      return;
    }
    const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    pieces.push({ key, piece: { file, line, length: node.getWidth(), preview: node.getText().slice(0, 60).replace(/\s+/gu, ' ') } });
  };
  visit(sourceFile);
  return pieces;
}

/** Pieces that occur more than once across `files` (path → source), in one file or in several: every place of each. */
export function duplicatedData(files: ReadonlyMap<string, string>): Piece[][] {
  const places = new Map<string, Piece[]>();
  for (const [file, source] of files) {
    for (const { key, piece } of largeDataPieces(file, source)) places.set(key, [...(places.get(key) ?? []), piece]);
  }
  return [...places.values()].filter((list) => list.length > 1);
}

describe('the check itself', () => {
  const table = JSON.stringify(Array.from({ length: 200 }, (_, i) => `entry-${i}`));
  it('finds a table that two builds both carry, as a JSON string or as a literal', () => {
    const esm = `var people = JSON.parse(${JSON.stringify(table)});\nexport { people };`;
    const cjs = `"use strict";\nvar people = JSON.parse(${JSON.stringify(table)});\nmodule.exports = { people };`;
    expect(duplicatedData(new Map([['index.js', esm], ['index.cjs', cjs]])).map((places) => places.map((p) => p.file))).toEqual([['index.js', 'index.cjs']]);
    const literal = `var MODEL = { tags: ${table}, scale: 0.5 };`;
    expect(duplicatedData(new Map([['a.js', literal], ['b.cjs', `exports.x = 1;\n${literal}`]]))).toHaveLength(1);
    expect(duplicatedData(new Map([['one.js', `${literal}\n${literal.replace('MODEL', 'COPY')}`]]))).toHaveLength(1);
  });

  it('passes a table that is in one file, small strings, and code that two builds share', () => {
    const code = `function f(x) { return [x, x + 1, "${'a'.repeat(100)}"]; }`;
    const files = new Map([
      ['data/people.cjs', `module.exports = JSON.parse(${JSON.stringify(table)});`],
      ['index.js', `import people from './data/people.cjs';\n${code}`],
      ['index.cjs', `const people = require('./data/people.cjs');\n${code}`],
    ]);
    expect(duplicatedData(files)).toEqual([]);
  });
});

describe('the built package (dist/)', () => {
  it('holds every data table once, in dist/data/, shared by the ESM and the CommonJS builds', () => {
    if (!existsSync(join(dist, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
    const files = new Map(javaScriptFiles(dist).map((file) => [relative(dist, file), readFileSync(file, 'utf8')]));
    const duplicates = duplicatedData(files).map((places) =>
      `${places[0].length} characters (${places[0].preview}…) in ${places.map((p) => `${p.file}:${p.line}`).join(', ')}`,
    );
    expect(duplicates).toEqual([]);
    // The tables are there, each in a data module: the NER model, gazetteers and the stem lexicon.
    const dataFiles = [...files.keys()].filter((file) => file.startsWith('data/'));
    expect(dataFiles).toEqual(expect.arrayContaining(['data/ner/model.generated.cjs', 'data/ner/gazetteers/people.cjs', 'data/tokenize/stem-lexicon.cjs']));
    for (const file of ['index.js', 'index.cjs']) expect(files.get(file)!.length).toBeLessThan(600_000);
  });
});
