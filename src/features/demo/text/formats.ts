// Text formatting for the demo generator: capitalisation, Vietnamese names
// without diacritics, and numbers, money and dates written the vi/en news way.

import type { Rng } from '../random.js';
import type { DemoLang } from './types.js';

export function capFirst(s: string): string {
  if (s.length === 0) return s;
  const first = s.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? s : upper + s.slice(1);
}

/** Vietnamese text without diacritics, case kept: `Lê Quang Huy` -> `Le Quang Huy` (đ/Đ -> d/D). */
export function stripDiacritics(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

export function lowerFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  const len = digits.length;
  for (let i = 0; i < len; i++) {
    if (i > 0 && (len - i) % 3 === 0) out += sep;
    out += digits.charAt(i);
  }
  return out;
}

/** Integer with thousands separators: `1.250` (vi) or `1,250` (en). */
export function fmtInt(n: number, lang: DemoLang): string {
  const r = Math.round(n);
  const body = groupDigits(String(Math.abs(r)), lang === 'vi' ? '.' : ',');
  return r < 0 ? `-${body}` : body;
}

/** One decimal place unless it is zero: `12,5` / `12.5`, `12`. */
export function fmtDec(x: number, lang: DemoLang): string {
  const tenths = Math.round(x * 10);
  const int = Math.trunc(tenths / 10);
  const frac = Math.abs(tenths % 10);
  const head = fmtInt(int, lang);
  return frac === 0 ? head : `${head}${lang === 'vi' ? ',' : '.'}${frac}`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const DAY_MS = 86_400_000;

/** `dd/mm/yyyy` (vi) or `5 March 2024` (en) for a UTC timestamp. */
export function fmtDate(ms: number, lang: DemoLang): string {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  if (lang === 'vi') return `${pad2(day)}/${pad2(month + 1)}/${year}`;
  return `${day} ${MONTHS_EN[month]} ${year}`;
}

export function randomDateMs(rng: Rng, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return fromMs;
  const days = Math.floor((toMs - fromMs) / DAY_MS);
  return fromMs + rng.int(0, days) * DAY_MS;
}

export function niceRound(v: number): number {
  if (v >= 100_000) return Math.round(v / 100) * 100;
  if (v >= 10_000) return Math.round(v / 10) * 10;
  return Math.round(v);
}

/** An amount given in billions of đồng, written the way Vietnamese news does. */
export function fmtMoneyBillion(v: number, lang: DemoLang): string {
  if (v >= 1) {
    const s = v >= 100 ? fmtInt(Math.round(v), lang) : fmtDec(v, lang);
    return lang === 'vi' ? `${s} tỷ đồng` : `VND ${s} billion`;
  }
  const millions = Math.max(10, Math.round((v * 1000) / 10) * 10);
  return lang === 'vi' ? `${fmtInt(millions, lang)} triệu đồng` : `VND ${fmtInt(millions, lang)} million`;
}

export function fmtMoneyMillion(v: number, lang: DemoLang): string {
  const m = v >= 100 ? Math.round(v / 10) * 10 : Math.round(v);
  if (lang === 'vi') return `${fmtInt(m, lang)} triệu đồng`;
  return m >= 1000 ? `VND ${fmtDec(m / 1000, lang)} billion` : `VND ${fmtInt(m, lang)} million`;
}
