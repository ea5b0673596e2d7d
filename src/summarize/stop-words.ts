import { normalize } from '../normalize/index.js';
import stopWordData from './stop-words.json';
import { FEH, WAW } from '../internal/letters.js';

// The lookup set holds the 'search' folding of each function word as shipped (each in 'standard' normalized
// form; أ إ آ → ا, ى → ي, ة → ه), so that a word typed without hamza (`الى`, `ان`) or with ى for ي (`التى`)
// still matches. Built lazily, once per process: reading the table at the top level would keep it in app
// bundles that never summarize.
let searchFolded: Set<string> | undefined;

function stopWordSet(): Set<string> {
  if (searchFolded === undefined) {
    const words: readonly string[] = stopWordData.words;
    searchFolded = new Set(words.map((word) => normalize(word, 'search')));
  }
  return searchFolded;
}

// WAW ("and") and FEH ("so, then") are the conjunctions glued to the next word.

/**
 * True when `searchForm` (a word already folded with the 'search' preset) is a function word, also with a
 * conjunction و/ف glued in front (`وفي`, `فهو`, `وقد`).
 */
export function isStopWord(searchForm: string): boolean {
  const set = stopWordSet();
  if (set.has(searchForm)) return true;
  const first = searchForm.charCodeAt(0);
  return searchForm.length > 2 && (first === WAW || first === FEH) && set.has(searchForm.slice(1));
}
