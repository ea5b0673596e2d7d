/**
 * EASC dev (../shared/data/easc/dev.jsonl) as the summary evaluations read it: the articles with their five
 * human extracts, the tuning/held-out halves (odd/even topic numbers), the budget rule and the annotator votes.
 * Scoring recipe: ../shared/README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AnalyzedDocument } from '../../src/summarize/document.js';
import { rougeWords } from './rouge.js';
import { SHARED_DATA } from './unlabeled.js';

export interface EascArticle {
  id: string;
  source: string;
  article: string;
  summaries: string[];
}

export const EASC_DEV = resolve(SHARED_DATA, 'easc/dev.jsonl');

/** The 102 dev articles, or exits with a message (status 0) where ../shared/data is absent. */
export function readEascDev(script: string): EascArticle[] {
  if (!existsSync(EASC_DEV)) {
    console.log(`${script}: skipped, ${EASC_DEV} not found (EASC dev lives in ../shared/data/easc/, beside the repo)`);
    process.exit(0);
  }
  return readFileSync(EASC_DEV, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EascArticle);
}

const topicNumber = (article: EascArticle): number => Number(article.id.replace(/\D/gu, ''));

/** Odd topic numbers are the tuning half; even ones are held out. */
export const isTuningArticle = (article: EascArticle): boolean => topicNumber(article) % 2 === 1;

/** The budget: the mean length of the article's human summaries, in words. */
export function budgetOf(article: EascArticle): number {
  const total = article.summaries.reduce((sum, summary) => sum + rougeWords(summary).length, 0);
  return Math.max(1, Math.round(total / article.summaries.length));
}

/**
 * How many of the five references contain each of the article's sentences (dhad's sentence split), matched on
 * the folded words of the sentence's first 10 words (EASC's references cut long sentences at 255 characters, so
 * a whole-sentence match would miss them).
 */
export function annotatorVotes(article: EascArticle, doc: AnalyzedDocument): number[] {
  const references = article.summaries.map((summary) => ` ${rougeWords(summary).join(' ')} `);
  return doc.sentences.map((sentence) => {
    const opening = rougeWords(sentence.text).slice(0, 10).join(' ');
    return opening === '' ? 0 : references.filter((reference) => reference.includes(` ${opening} `)).length;
  });
}
