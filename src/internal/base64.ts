/**
 * Base64 for the generated data modules (models and word tables are shipped as base64 strings: text that every
 * JavaScript runtime and bundler loads, smaller than JSON arrays of numbers). No Buffer and no atob, so the same
 * code runs in Node, browsers and workers.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

let table: Uint8Array | undefined;

export function decodeBase64(s: string): Uint8Array {
  if (table === undefined) {
    table = new Uint8Array(128);
    for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  }
  const t = table;
  let len = s.length;
  while (len > 0 && s.charCodeAt(len - 1) === 0x3d) len--; // EQUALS SIGN padding
  const out = new Uint8Array(Math.floor((len * 3) / 4));
  let o = 0;
  for (let i = 0; i < len; i += 4) {
    const a = t[s.charCodeAt(i)];
    const b = t[s.charCodeAt(i + 1)];
    const c = i + 2 < len ? t[s.charCodeAt(i + 2)] : 0;
    const d = i + 3 < len ? t[s.charCodeAt(i + 3)] : 0;
    const bits = (a << 18) | (b << 12) | (c << 6) | d;
    if (o < out.length) out[o++] = (bits >> 16) & 0xff;
    if (o < out.length) out[o++] = (bits >> 8) & 0xff;
    if (o < out.length) out[o++] = bits & 0xff;
  }
  return out;
}

/** The inverse of decodeBase64 (used by the build scripts that write data modules). */
export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i];
    const b = i + 1 < bytes.length ? bytes[i + 1] : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2] : 0;
    const bits = (a << 16) | (b << 8) | c;
    out += ALPHABET[(bits >> 18) & 63] + ALPHABET[(bits >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(bits >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[bits & 63] : '=';
  }
  return out;
}
