// Word counting as a reader does it (used for article length limits), and
// cutting a sentence to a given number of words.

/**
 * Words in a text: whitespace-separated tokens containing at least one letter
 * or digit (a lone "–" or "-" is not a word). Fast, no regular expressions.
 */
export function countWords(s: string): number {
  let words = 0;
  let inToken = false;
  let hasAlnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      if (inToken && hasAlnum) words++;
      inToken = false;
      hasAlnum = false;
      continue;
    }
    inToken = true;
    if (
      !hasAlnum &&
      ((c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f)))
    ) {
      hasAlnum = true;
    }
  }
  if (inToken && hasAlnum) words++;
  return words;
}

/** Cut a sentence to exactly `n` words (n >= 1) and end it with a full stop. */
export function cutToWords(s: string, n: number): string {
  const tokens = s.split(' ');
  const out: string[] = [];
  let words = 0;
  for (const tok of tokens) {
    if (words >= n) break;
    out.push(tok);
    if (countWords(tok) > 0) words++;
  }
  return `${out.join(' ').replace(/[\s,;:.–“”"(]+$/u, '')}.`;
}
