/**
 * Opening and closing times as the poll forms and the API give them: a form's `datetime-local`
 * value is Vietnam time (UTC+7, no daylight saving), the API also takes ISO 8601 with an offset
 * and epoch milliseconds.
 */
import { invalid } from '../../platform/http/errors.js';
import { VN_OFFSET_MS } from '../../platform/vietnamese/dates.js';

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;
const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Years a poll may sensibly open or close in. */
const EARLIEST = Date.UTC(2000, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

/** `2025-07-01T08:00` (Vietnam time) → epoch ms, or undefined when it is no such moment. */
export function fromLocalInput(value: string): number | undefined {
  const m = LOCAL.exec(value.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as number[];
  const utc = Date.UTC(y!, mo! - 1, d!, h!, mi!, s!);
  const back = new Date(utc);
  // Reject 31/02 and 25:00 instead of letting Date roll them over.
  if (back.getUTCMonth() !== mo! - 1 || back.getUTCDate() !== d! || h! > 23 || mi! > 59 || s! > 59)
    return undefined;
  return utc - VN_OFFSET_MS;
}

/** Epoch ms → `2025-07-01T08:00` in Vietnam time, for a `datetime-local` field. */
export function toLocalInput(ms: number): string {
  return new Date(ms + VN_OFFSET_MS).toISOString().slice(0, 16);
}

/**
 * A time from a form or JSON: '' or null is "none" (null), otherwise epoch ms, a Vietnam-time
 * `yyyy-mm-ddThh:mm`, or ISO 8601 with Z or an offset. Anything else is refused for the field.
 */
export function parseWhen(value: unknown, field: string): number | null {
  if (value === undefined || value === null || value === '') return null;
  let ms: number | undefined;
  if (typeof value === 'number') ms = value;
  else if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') return null;
    ms = LOCAL.test(text) ? fromLocalInput(text) : WITH_OFFSET.test(text) ? Date.parse(text) : undefined;
  }
  if (ms === undefined || !Number.isSafeInteger(ms) || ms < EARLIEST || ms > LATEST)
    throw invalid(field, 'poll.dateInvalid');
  return ms;
}
