// Vietnamese date and time formatting. Vietnam is fixed UTC+7 with no daylight
// saving since 1975, so parts come from UTC getters on a shifted epoch (TZ-independent).

export const VN_OFFSET_MS = 7 * 60 * 60 * 1000;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface VnParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday .. 6 = Saturday */
  weekday: number;
}

export type Lang = 'vi' | 'en';

const WEEKDAYS: Record<Lang, readonly string[]> = {
  vi: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'].map((w) =>
    w.normalize('NFC'),
  ),
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const TODAY_VI = 'Hôm nay'.normalize('NFC');
const DAY_VI = 'ngày'.normalize('NFC');

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function pad4(n: number): string {
  if (n < 0) return `-${String(-n).padStart(4, '0')}`;
  return String(n).padStart(4, '0');
}

/** Calendar and clock parts of `d` as seen in Vietnam (UTC+7). */
export function vnParts(d: Date): VnParts {
  const v = new Date(d.getTime() + VN_OFFSET_MS);
  return {
    year: v.getUTCFullYear(),
    month: v.getUTCMonth() + 1,
    day: v.getUTCDate(),
    hour: v.getUTCHours(),
    minute: v.getUTCMinutes(),
    weekday: v.getUTCDay(),
  };
}

/** `16/01/2021` */
export function formatDate(d: Date): string {
  const p = vnParts(d);
  return `${pad2(p.day)}/${pad2(p.month)}/${pad4(p.year)}`;
}

/** `08:05` */
export function formatTime(d: Date): string {
  const p = vnParts(d);
  return `${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** `16/01/2021 08:05` */
export function formatDateTime(d: Date): string {
  return `${formatDate(d)} ${formatTime(d)}`;
}

/** Weekday name of the Vietnamese calendar day: `Thứ bảy` / `Saturday`. */
export function weekdayName(d: Date, lang: Lang): string {
  return WEEKDAYS[lang][vnParts(d).weekday] as string;
}

/** `Hôm nay, Thứ bảy ngày 16/01/2021` / `Today, Saturday, 16/01/2021` */
export function todayLine(d: Date, lang: Lang): string {
  const name = weekdayName(d, lang);
  const date = formatDate(d);
  return lang === 'vi' ? `${TODAY_VI}, ${name} ${DAY_VI} ${date}` : `Today, ${name}, ${date}`;
}

/** ISO 8601 in Vietnam time with the offset, e.g. `2021-01-16T08:05:00+07:00`. */
export function isoDateTimeVn(d: Date): string {
  const v = new Date(d.getTime() + VN_OFFSET_MS);
  return (
    `${pad4(v.getUTCFullYear())}-${pad2(v.getUTCMonth() + 1)}-${pad2(v.getUTCDate())}` +
    `T${pad2(v.getUTCHours())}:${pad2(v.getUTCMinutes())}:${pad2(v.getUTCSeconds())}+07:00`
  );
}

/** The first 00:00 Vietnam time strictly after `d`. */
export function nextVnMidnight(d: Date): Date {
  const shifted = d.getTime() + VN_OFFSET_MS;
  const dayStart = Math.floor(shifted / DAY_MS) * DAY_MS;
  return new Date(dayStart + DAY_MS - VN_OFFSET_MS);
}

/** The Vietnamese calendar day as `2021-01-16`. */
export function vnDayKey(d: Date): string {
  const p = vnParts(d);
  return `${pad4(p.year)}-${pad2(p.month)}-${pad2(p.day)}`;
}
