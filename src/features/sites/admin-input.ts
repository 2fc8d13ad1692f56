/**
 * Reading and checking what site administration receives, the same way from an HTML form
 * (strings, absent checkboxes) and from a JSON body (numbers, booleans, absent = unchanged):
 * text is NFC-cleaned and length-checked, ids are positive integers, and every refusal names the
 * field so the form can show it next to the input.
 */
import { invalid } from '../../platform/http/errors.js';
import type { MessageKey } from '../../platform/i18n/index.js';
import { cleanText } from '../../platform/vietnamese/index.js';

type Body = Record<string, unknown> | undefined | null;

const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A text field: the string sent (numbers become strings), undefined when absent. */
export function textIn(body: unknown, name: string, max = 5000): string | undefined {
  const value = first((body as Body)?.[name]);
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.slice(0, max);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw invalid(name, 'siteadmin.input.text');
}

/** A checkbox or JSON boolean: undefined when absent. */
export function boolIn(body: unknown, name: string): boolean | undefined {
  const value = first((body as Body)?.[name]);
  if (value === undefined || value === null) return undefined;
  if (value === true || value === 1 || value === '1' || value === 'on' || value === 'true') return true;
  if (value === false || value === 0 || value === '0' || value === '' || value === 'false') return false;
  throw invalid(name, 'siteadmin.input.bool');
}

/** An optional reference to a row: null for '' or null, a positive integer, undefined when absent. */
export function idIn(body: unknown, name: string): number | null | undefined {
  const value = first((body as Body)?.[name]);
  if (value === undefined) return undefined;
  if (value === null || value === '') return null;
  const n =
    typeof value === 'number'
      ? value
      : typeof value === 'string' && /^\s*\d{1,15}\s*$/.test(value)
        ? Number(value)
        : Number.NaN;
  if (!Number.isSafeInteger(n) || n <= 0) throw invalid(name, 'siteadmin.input.id');
  return n;
}

/** A route parameter that must be a row id; anything else is a 404. */
export function idParam(value: string | undefined): number | undefined {
  if (!value || !/^\d{1,12}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

export interface TextRule {
  /** The catalogue key of the field's name in running text, e.g. `siteadmin.f.nameVi`. */
  label: MessageKey;
  max: number;
  required?: boolean;
  /** Keep line breaks (addresses); otherwise runs of white space become one space. */
  multiline?: boolean;
}

/** NFC, control characters removed, trimmed, length checked; throws a field error. */
export function cleanField(value: string, field: string, rule: TextRule): string {
  let text = cleanText(value);
  text = rule.multiline ? text.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n') : text.replace(/\s+/g, ' ');
  if (rule.required && !text) throw invalid(field, 'validation.required', { field: `@${rule.label}` });
  if (text.length > rule.max)
    throw invalid(field, 'validation.tooLong', { field: `@${rule.label}`, max: rule.max });
  return text;
}

/**
 * A name in Vietnamese (required) and in English (empty: the Vietnamese one), from the fields
 * `<name>Vi` and `<name>En`, called `siteadmin.f.<name>Vi` / `…En` in messages.
 */
export function cleanNamePair(
  name: 'name' | 'title' | 'label',
  input: { vi: string; en: string },
  max: number,
): { vi: string; en: string } {
  const vi = cleanField(input.vi, `${name}Vi`, { label: `siteadmin.f.${name}Vi`, max, required: true });
  const en = cleanField(input.en, `${name}En`, { label: `siteadmin.f.${name}En`, max });
  return { vi, en: en || vi };
}

export type Direction = 'up' | 'down';

export function directionIn(body: unknown): Direction {
  const value = textIn(body, 'direction', 10);
  if (value !== 'up' && value !== 'down') throw invalid('direction', 'siteadmin.input.direction');
  return value;
}

/**
 * Moves one item a step within its ordered siblings and numbers them all again from 0, so old
 * duplicate positions stop mattering. Returns the new positions, or undefined when the item is
 * already first (up) or last (down).
 */
export function reorder(
  ordered: readonly { id: number }[],
  id: number,
  direction: Direction,
): { id: number; position: number }[] | undefined {
  const index = ordered.findIndex((row) => row.id === id);
  const target = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || target < 0 || target >= ordered.length) return undefined;
  const ids = ordered.map((row) => row.id);
  [ids[index], ids[target]] = [ids[target]!, ids[index]!];
  return ids.map((rowId, position) => ({ id: rowId, position }));
}

/**
 * A link target in a menu: a path inside the site (`/gioi-thieu`, `/chuyen-muc/tin-tuc?x=1`) or an
 * absolute http(s) address. Protocol-relative (`//host`), `javascript:`, `data:` and anything
 * with spaces or backslashes are refused.
 */
export function validateMenuUrl(value: string, field = 'url'): string {
  const url = cleanText(value);
  if (!url) throw invalid(field, 'validation.required', { field: '@field.url' });
  if (url.length > 500) throw invalid(field, 'validation.tooLong', { field: '@field.url', max: 500 });
  if (url.startsWith('/')) {
    if (url.startsWith('//') || /[\s\\]/.test(url)) throw invalid(field, 'siteadmin.menu.urlInvalid');
    return url;
  }
  return validateHttpUrl(url, field, 'siteadmin.menu.urlInvalid');
}

/** An absolute http:// or https:// address with a host, normalised by the URL parser. */
export function validateHttpUrl(
  value: string,
  field = 'url',
  key: MessageKey = 'validation.urlInvalid',
): string {
  const url = cleanText(value);
  if (!url) throw invalid(field, 'validation.required', { field: '@field.url' });
  if (url.length > 500) throw invalid(field, 'validation.tooLong', { field: '@field.url', max: 500 });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid(field, key);
  }
  if ((parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.hostname || /\s/.test(url))
    throw invalid(field, key);
  return parsed.toString();
}
