// ASCII detection used as a fast path by the text helpers: pure ASCII strings
// need no Unicode normalization or diacritic folding.

/** True when every UTF-16 code unit of `s` is in the 7-bit ASCII range. */
export function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) > 0x7f) return false;
  }
  return true;
}
