/**
 * The text inside stored article HTML (bodies are safe, predictable markup: the sanitiser's output
 * or escaped blocks): entities decoded, one line per block. Document references, word counts and
 * revision comparisons read bodies through this.
 */
const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp|#39));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities found in stored or sanitised HTML text. */
export function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, dec: string, hex: string, name: string) => {
    if (name) return name === '#39' ? "'" : (NAMED[name.toLowerCase()] ?? whole);
    const code = dec ? Number(dec) : Number.parseInt(hex, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** The text of stored body HTML, one line per block: for document references, counts and diffs. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<\/?(p|br|h[1-6]|li|blockquote|tr|td|th|table|ul|ol|figure|figcaption|div)\b[^>]*>/gi, '\n')
      .replace(/<[^>]*>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
