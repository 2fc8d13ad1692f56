/**
 * What a reader may send as a comment, and the limits: a name up to 100 characters, an email
 * address (checked, never shown publicly) and up to 3,000 characters of plain text. Text is stored
 * as typed (NFC, line breaks kept, control characters dropped) and escaped when shown; nothing in
 * it is ever interpreted as markup or turned into a link.
 */
import { invalid } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';
import { cleanText, formatNumber } from '../../platform/vietnamese/index.js';

export const NAME_MAX = 100;
export const TEXT_MAX = 3000;
export const EMAIL_MAX = 254;
/** What is read of each raw field at most: enough to echo an overlong text back for trimming. */
export const RAW_MAX = { name: 1000, email: 1000, text: 12_000, code: 100 } as const;

/** Counts characters as readers see them (code points), not UTF-16 units. */
const length = (s: string) => [...s].length;

/** `3.000` in Vietnamese, `3,000` in English. */
export function formatCount(lang: Lang, n: number): string {
  return lang === 'en' ? n.toLocaleString('en-US') : formatNumber(n);
}

export function cleanName(raw: string, lang: Lang): string {
  const name = cleanText(raw).replace(/\s+/g, ' ');
  if (!name) throw invalid('name', 'comments.nameRequired');
  if (length(name) > NAME_MAX)
    throw invalid('name', 'comments.nameTooLong', { max: formatCount(lang, NAME_MAX) });
  return name;
}

// One @, no spaces or markup characters, a dot in the domain: enough to catch typing mistakes;
// whether the address exists is not the portal's business.
const EMAIL = /^[^\s@<>()[\]\\,;:"']+@[^\s@<>()[\]\\,;:"'.]+(\.[^\s@<>()[\]\\,;:"'.]+)+$/u;

export function cleanEmail(raw: string): string {
  const email = cleanText(raw);
  if (!email) throw invalid('email', 'comments.emailRequired');
  if (email.length > EMAIL_MAX || !EMAIL.test(email)) throw invalid('email', 'comments.emailInvalid');
  return email;
}

/** Plain text with its line breaks: CR LF → LF, at most one blank line in a row, trimmed. */
export function cleanBody(raw: string, lang: Lang, field = 'text'): string {
  const text = cleanText(raw.replace(/\r\n?/g, '\n'))
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n');
  if (!text) throw invalid(field, 'comments.textRequired');
  const n = length(text);
  if (n > TEXT_MAX) {
    throw invalid(field, 'comments.textTooLong', {
      max: formatCount(lang, TEXT_MAX),
      length: formatCount(lang, n),
    });
  }
  return text;
}
