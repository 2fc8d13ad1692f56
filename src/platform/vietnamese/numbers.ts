// Vietnamese number formatting: dot thousands separator, comma decimal separator
// (305.912 and 4,3). Hand-written (no Intl) for speed; rounds half away from zero.

/** Insert `.` every three digits from the right of a string of digits. */
function groupThousands(digits: string): string {
  const len = digits.length;
  if (len <= 3) return digits;
  let head = len % 3;
  if (head === 0) head = 3;
  let out = digits.slice(0, head);
  for (let i = head; i < len; i += 3) out += `.${digits.slice(i, i + 3)}`;
  return out;
}

/** Decimal digits of a non-negative integer-valued number, without exponent notation. */
function integerDigits(n: number): string {
  return n < 1e21 ? String(n) : BigInt(n).toString();
}

/** Round a non-negative number to `digits` decimals, half away from zero, as an integer count of 10^-digits. */
function scaledRound(abs: number, digits: number): number {
  const str = String(abs);
  // Shift via the decimal representation so 4.35 -> 43.5 exactly (not 43.499...).
  if (!str.includes('e')) return Math.round(Number(`${str}e${digits}`));
  return Math.round(abs * 10 ** digits);
}

/** Integer with dot thousands separators: `305.912`, `-1.000`. Non-integers are rounded. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const rounded = Math.round(Math.abs(n));
  const body = groupThousands(integerDigits(rounded));
  return n < 0 && rounded !== 0 ? `-${body}` : body;
}

/** Fixed decimals with a comma separator and dot thousands: `4,3`, `1.234,5`. */
export function formatDecimal(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return String(n);
  const places = Math.max(0, Math.min(20, Math.trunc(digits)));
  if (places === 0) return formatNumber(n);
  const scaled = scaledRound(Math.abs(n), places);
  const all = integerDigits(scaled).padStart(places + 1, '0');
  const cut = all.length - places;
  const body = `${groupThousands(all.slice(0, cut))},${all.slice(cut)}`;
  return n < 0 && scaled !== 0 ? `-${body}` : body;
}
