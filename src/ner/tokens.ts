/**
 * The NER model's own word splitter. It cuts text the way ANERcorp was cut, so that the model sees at
 * prediction time what it saw in training: runs of letters stay whole WITH their clitics (`وطهران`,
 * `لبوتين`), numbers keep their decimal point and a glued percent sign (`38%`, `1.3`), and every other
 * non-space character (`،` `.` `"` `-` `(`) is a token of its own.
 *
 * It runs on text that is already normalized (diacritics and tatweel removed, digits ASCII), returns
 * token boundaries as parallel arrays and never builds per-character objects.
 */

export interface TokenSpans {
  starts: number[];
  ends: number[];
}

const enum CharClass {
  Space = 0,
  Letter = 1,
  Digit = 2,
  Other = 3,
}

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const WHITE_SPACE = /\s/u;

function classify(code: number, char: string): CharClass {
  if (code <= 0x20) return CharClass.Space;
  if (code >= 0x30 && code <= 0x39) return CharClass.Digit;
  if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) return CharClass.Letter;
  if (code < 0x80) return CharClass.Other;
  if (code >= 0x0621 && code <= 0x064a) return CharClass.Letter; // HAMZA .. YEH: the Arabic letters
  if (code >= 0x0660 && code <= 0x0669) return CharClass.Digit; // ARABIC-INDIC DIGIT ZERO..NINE (if not normalized)
  if (code >= 0x06f0 && code <= 0x06f9) return CharClass.Digit; // EXTENDED ARABIC-INDIC DIGITS
  if (WHITE_SPACE.test(char)) return CharClass.Space;
  if (LETTER_OR_MARK.test(char)) return CharClass.Letter;
  return CharClass.Other;
}

/** Splits `text` into ANERcorp-style tokens. Linear time: each character is looked at once or twice. */
export function splitTokens(text: string): TokenSpans {
  const starts: number[] = [];
  const ends: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const cls = classify(code, text[i]);
    if (cls === CharClass.Space) {
      i++;
      continue;
    }
    const start = i;
    if (cls === CharClass.Letter) {
      // A word: letters, marks and digits glued to letters (`G20`, `F16`).
      i++;
      while (i < n) {
        const c = classify(text.charCodeAt(i), text[i]);
        if (c !== CharClass.Letter && c !== CharClass.Digit) break;
        i++;
      }
    } else if (cls === CharClass.Digit) {
      // A number: digits, single inner separators (`1.3`, `6,000`), then an optional percent sign.
      i++;
      while (i < n) {
        const c = text.charCodeAt(i);
        if (classify(c, text[i]) === CharClass.Digit) {
          i++;
        } else if ((c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c) && i + 1 < n) {
          // FULL STOP, COMMA, ARABIC DECIMAL / THOUSANDS SEPARATOR between two digits
          if (classify(text.charCodeAt(i + 1), text[i + 1]) !== CharClass.Digit) break;
          i += 2;
        } else {
          break;
        }
      }
      if (i < n && (text.charCodeAt(i) === 0x25 || text.charCodeAt(i) === 0x066a)) i++; // PERCENT SIGN, ARABIC PERCENT SIGN
    } else {
      // Punctuation or a symbol: one character (a surrogate pair stays whole).
      i += code >= 0xd800 && code <= 0xdbff && i + 1 < n ? 2 : 1;
    }
    starts.push(start);
    ends.push(i);
  }
  return { starts, ends };
}
