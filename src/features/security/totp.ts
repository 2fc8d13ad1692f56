/**
 * Time-based one-time codes (RFC 6238 as phone authenticator apps use them: SHA-1, 6 digits, 30 s
 * steps, one step of clock drift either way). A code is accepted at most once: the account keeps
 * the last step it accepted, and only a later step passes (one atomic update, so two nodes
 * receiving the same code at once cannot both accept it).
 */
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Database } from '../../platform/db/database.js';

export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;
const ISSUER = 'Loa';

function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_S,
    secret: Secret.fromBase32(secret),
  });
}

/** A new random secret (160 bits), base32 as authenticator apps take it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The `otpauth://` URI an authenticator app reads from the QR code. */
export function totpUri(secret: string, email: string): string {
  return totpOf(secret, email).toString();
}

/** The QR code of a URI as an SVG string, rendered on the server (no script, no external image). */
export function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

/** The secret grouped by four for reading aloud or typing: `ABCD EFGH …`. */
export function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/** The code an app shows now (for tests and the CLI's checks). */
export function totpCode(secret: string, now = Date.now()): string {
  return totpOf(secret).generate({ timestamp: now });
}

/** A submitted code with spaces removed, or undefined when it cannot be a code. */
export function normaliseCode(input: string): string | undefined {
  const code = input.replace(/[\s-]/g, '');
  return /^\d{6}$/.test(code) ? code : undefined;
}

/** The time step a code is valid for (within the window), or undefined when it is wrong. */
export function matchingStep(secret: string, input: string, now = Date.now()): number | undefined {
  const code = normaliseCode(input);
  if (!code) return undefined;
  const delta = totpOf(secret).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return undefined;
  return Math.floor(now / 1000 / TOTP_PERIOD_S) + delta;
}

/**
 * Accepts a code for an account once: true when it is right for `secret` and its step is later
 * than any step the account used before (the step is then recorded).
 */
export async function acceptTotpCode(
  database: Database,
  userId: number,
  secret: string,
  input: string,
  now = Date.now(),
): Promise<boolean> {
  const step = matchingStep(secret, input, now);
  if (step === undefined) return false;
  const result = await database.db
    .updateTable('users')
    .set({ totp_last_step: step })
    .where('id', '=', userId)
    .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
