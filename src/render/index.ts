/**
 * An entity view: the text as a self-contained right-to-left HTML page with each entity highlighted by
 * type, and a legend — what spaCy's displaCy does for English. Pure string building, no DOM, no Node:
 * it runs in browsers too. Every piece of the caller's text is HTML-escaped.
 */
import { expectOneOf, expectOptionsObject, expectString } from '../internal/validate.js';
import labelData from './labels.json';

/** What `renderEntities` needs of an entity; `entities(text)` results fit. */
export interface EntitySpan {
  type: string;
  /** UTF-16 offsets into the text, half-open. */
  start: number;
  end: number;
}

export interface RenderEntitiesOptions {
  /** The page title (default `'dhad: entities'`). */
  title?: string;
  /** The `lang` of the page (default `'ar'`; `'fa'`, `'ur'` for Persian, Urdu). */
  lang?: string;
  /** The direction of the page (default `'rtl'`). */
  dir?: 'rtl' | 'ltr' | 'auto';
}

interface TypeLabel {
  ar: string;
  en: string;
}

let labels: Readonly<Record<string, TypeLabel>> | undefined;

/**
 * The labels of dhad's types, read from labels.json on first use: a top-level read would keep the table in
 * app bundles that never render (the published build is one file, so bundlers drop unused code statement by
 * statement).
 */
function typeLabels(): Readonly<Record<string, TypeLabel>> {
  labels ??= Object.fromEntries(Object.entries(labelData).filter(([key]) => !key.startsWith('_'))) as Record<string, TypeLabel>;
  return labels;
}

/** Background colours of dhad's entity types, chosen to stay readable under black text. */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  PERS: '#cfc4ff',
  LOC: '#ffc9a8',
  ORG: '#a9eeee',
  MISC: '#e9eca9',
  DATE: '#bfe5d6',
  TIME: '#bcd8f6',
  DURATION: '#dccbea',
  PERCENT: '#f6cfe1',
  MONEY: '#d3eebb',
};
/** For types dhad does not know (a caller's own tagger), in order of first appearance. */
const OTHER_COLOURS = ['#f3d9a4', '#c9e3b5', '#e3c9c9', '#c6d3e8', '#e0d4c0', '#d0d0d0'];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/gu, (char) => ESCAPES[char]);
}

/** A CSS class name for a type: letters, digits, `-` and `_` kept, anything else becomes `_`. */
function typeClass(type: string): string {
  return 'entity-' + type.replace(/[^A-Za-z0-9_-]/gu, '_');
}

function checkEntities(text: string, entities: unknown): EntitySpan[] {
  if (!Array.isArray(entities)) {
    throw new TypeError(`dhad.renderEntities: expected \`entities\` to be an array, found ${entities === null ? 'null' : typeof entities}`);
  }
  const spans = entities.map((entity: unknown, index) => {
    const span = entity as EntitySpan;
    if (span === null || typeof span !== 'object') {
      throw new TypeError(`dhad.renderEntities: expected \`entities[${index}]\` to be an object with type, start, end`);
    }
    expectString(span.type, `entities[${index}].type`, 'renderEntities');
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
      throw new RangeError(
        `dhad.renderEntities: expected \`entities[${index}]\` to have integer 0 <= start < end <= text.length (${text.length}), ` +
          `found start ${String(start)}, end ${String(end)}`,
      );
    }
    return { type: span.type, start, end, index };
  });
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  for (let k = 1; k < spans.length; k++) {
    if (spans[k].start < spans[k - 1].end) {
      throw new RangeError(
        `dhad.renderEntities: entities must not overlap: \`entities[${spans[k - 1].index}]\` ` +
          `(${spans[k - 1].start}-${spans[k - 1].end}) and \`entities[${spans[k].index}]\` (${spans[k].start}-${spans[k].end})`,
      );
    }
  }
  return spans;
}

function stylesheet(types: readonly string[]): string {
  let others = 0;
  const typeRules = types.map((type) => {
    const colour = TYPE_COLOURS[type] ?? OTHER_COLOURS[others++ % OTHER_COLOURS.length];
    return `.${typeClass(type)} { background: ${colour}; }`;
  });
  return [
    ':root { color-scheme: light; }',
    'body { margin: 0; background: #fafafa; color: #1d1d1f;',
    '  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Arial", sans-serif; }',
    'main { max-width: 52rem; margin: 0 auto; padding: 1.5rem; }',
    'h1 { font-size: 1.1rem; font-weight: 600; margin: 0 0 .75rem; }',
    '.legend { list-style: none; display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin: 0 0 1.25rem; padding: 0; font-size: .9rem; }',
    '.legend li { display: inline-flex; align-items: center; gap: .35rem; }',
    '.swatch { display: inline-block; padding: .05em .45em; border-radius: .3em; font: 600 .75rem/1.6 ui-monospace, monospace; }',
    '.legend .count { color: #555; }',
    '.text { white-space: pre-wrap; font-size: 1.25rem; line-height: 2.4; background: #fff; padding: 1.25rem 1.5rem;',
    '  border: 1px solid #e2e2e2; border-radius: .5rem; }',
    // isolate: an entity made of digits or Latin letters keeps its place in the right-to-left line;
    // nowrap: the label stays with its entity at the end of a line.
    'mark.entity { unicode-bidi: isolate; white-space: nowrap; color: inherit; padding: .15em .35em; margin: 0 .1em;',
    '  border-radius: .35em;',
    '  box-decoration-break: clone; -webkit-box-decoration-break: clone; }',
    'mark.entity .label { unicode-bidi: isolate; direction: ltr; display: inline-block; margin-inline-start: .4em;',
    '  padding: 0 .3em; border-radius: .25em; background: rgba(255, 255, 255, .65);',
    '  font: 700 .6rem/1.5 ui-monospace, monospace; vertical-align: middle; letter-spacing: .03em; }',
    ...typeRules,
  ].join('\n');
}

/**
 * A self-contained HTML page (inline CSS, no scripts, no external assets) showing `text` with every entity
 * highlighted as `<mark class="entity entity-PERS" data-type="PERS">…<span class="label">PERS</span></mark>`
 * and a legend of the types found with their counts. Entities are `{ type, start, end }` with offsets into
 * `text` (as `entities(text)` returns them), in any order, not overlapping.
 *
 * @example writeFileSync('entities.html', renderEntities(text, entities(text)))
 */
export function renderEntities(text: string, entities: readonly EntitySpan[], options?: RenderEntitiesOptions): string {
  expectString(text, 'text', 'renderEntities');
  const opts = expectOptionsObject<RenderEntitiesOptions>(options, 'options', 'renderEntities', ['title', 'lang', 'dir']);
  const title = opts.title ?? 'dhad: entities';
  expectString(title, 'options.title', 'renderEntities');
  const lang = opts.lang ?? 'ar';
  expectString(lang, 'options.lang', 'renderEntities');
  const dir = expectOneOf(opts.dir ?? 'rtl', 'options.dir', 'renderEntities', ['rtl', 'ltr', 'auto'] as const);
  const spans = checkEntities(text, entities);

  // Legend order: dhad's types as the labels list them, then other types by first appearance.
  const counts = new Map<string, number>();
  for (const span of spans) counts.set(span.type, (counts.get(span.type) ?? 0) + 1);
  const LABELS = typeLabels();
  const known = Object.keys(LABELS).filter((type) => counts.has(type));
  const types = [...known, ...[...counts.keys()].filter((type) => !Object.hasOwn(LABELS, type))];

  const body: string[] = [];
  let position = 0;
  for (const span of spans) {
    body.push(escapeHtml(text.slice(position, span.start)));
    const type = escapeHtml(span.type);
    body.push(
      `<mark class="entity ${typeClass(span.type)}" data-type="${type}">${escapeHtml(text.slice(span.start, span.end))}` +
        `<span class="label">${type}</span></mark>`,
    );
    position = span.end;
  }
  body.push(escapeHtml(text.slice(position)));

  const legend = types.map((type) => {
    const label = Object.hasOwn(LABELS, type) ? LABELS[type] : undefined;
    const name = label ? ` ${escapeHtml(label.ar)}` : '';
    const hint = label ? ` title="${escapeHtml(label.en)}"` : '';
    return (
      `<li data-type="${escapeHtml(type)}"${hint}><span class="swatch ${typeClass(type)}">${escapeHtml(type)}</span>` +
      `${name} <span class="count">${counts.get(type)}</span></li>`
    );
  });

  return [
    '<!DOCTYPE html>',
    `<html dir="${dir}" lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="dhad">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${stylesheet(types)}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<ul class="legend" aria-label="entity types">${legend.join('')}</ul>`,
    `<div class="text">${body.join('')}</div>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
