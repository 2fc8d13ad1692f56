/**
 * The small pieces every XML document Loa writes needs (feeds, sitemaps): text and attribute
 * escaping that also drops the characters XML 1.0 forbids, and RFC 822 dates in Vietnam time.
 */
import { escapeHtml } from '../../platform/html/escape.js';
import { VN_OFFSET_MS } from '../../platform/vietnamese/index.js';

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

/**
 * What XML 1.0 does not allow (or discourages) in a document: control characters other than tab,
 * line feed and carriage return, U+FFFE/U+FFFF, and lone surrogates (with the `u` flag a surrogate
 * range only matches halves that are not part of a pair).
 */
const NOT_XML = /[^\P{Cc}\t\n\r]|[\uFFFE\uFFFF\uD800-\uDFFF]/gu;

/** Escapes text for an XML element or a double- or single-quoted attribute. */
export function escapeXml(value: string): string {
  return escapeHtml(value.replace(NOT_XML, ''));
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** RFC 822 (as RSS 2.0 wants it, four-digit year) in Vietnam time: `Sat, 16 Jan 2021 08:05:00 +0700`. */
export function rfc822Vn(d: Date): string {
  const v = new Date(d.getTime() + VN_OFFSET_MS);
  return (
    `${DAYS[v.getUTCDay()]}, ${pad2(v.getUTCDate())} ${MONTHS[v.getUTCMonth()]} ${v.getUTCFullYear()} ` +
    `${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())} +0700`
  );
}
