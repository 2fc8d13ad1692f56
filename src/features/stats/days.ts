/**
 * Days as the statistics count them: Vietnamese calendar days (UTC+7), stored as yyyymmdd integers
 * (`20210116`) in visits_daily and article_views_daily. A day index (days since 1970-01-01 in
 * Vietnam time) is what the hot path computes: one division, no Date object.
 */
import { VN_OFFSET_MS } from '../../platform/vietnamese/index.js';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01, Vietnam time. */
export const vnDayIndex = (ms: number): number => Math.floor((ms + VN_OFFSET_MS) / DAY_MS);

/** A day index as yyyymmdd. */
export function dayNumber(index: number): number {
  const d = new Date(index * DAY_MS);
  return d.getUTCFullYear() * 10_000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
}

/** A day index as `yyyy-mm-dd` (the salt of the day-salted address hash). */
export const dayString = (index: number): string => new Date(index * DAY_MS).toISOString().slice(0, 10);

/** The Vietnamese day of an instant as yyyymmdd. */
export const vnDay = (ms: number): number => dayNumber(vnDayIndex(ms));

/** Noon in Vietnam of a yyyymmdd day, to format it with the Vietnamese date helpers. */
export function dayDate(day: number): Date {
  const y = Math.floor(day / 10_000);
  const m = Math.floor(day / 100) % 100;
  return new Date(Date.UTC(y, m - 1, day % 100, 12) - VN_OFFSET_MS);
}

/** The `count` days ending with the day of `now` (oldest first), as yyyymmdd. */
export function lastDays(now: number, count: number): number[] {
  const today = vnDayIndex(now);
  return Array.from({ length: count }, (_, i) => dayNumber(today - count + 1 + i));
}
