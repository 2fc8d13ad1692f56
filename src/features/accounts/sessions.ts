/**
 * Staff sessions. The browser holds a random token in an httpOnly, SameSite=Lax cookie; the
 * database holds only its SHA-256, the user and a CSRF secret. Logging in always creates a new
 * token (no fixation); logging out deletes it; "log out everywhere" deletes all of a user's.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';

export const SESSION_COOKIE = 'loa_session';
export const SESSION_TTL_MS = 12 * 3_600_000;

export interface Session {
  userId: number;
  csrf: string;
  email: string;
  displayName: string;
  isPlatformAdmin: boolean;
  mustChangePassword: boolean;
  /** The password was right but the TOTP code is still owed. */
  pendingTotp: boolean;
  totpEnabled: boolean;
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  database: Database,
  userId: number,
  now = Date.now(),
  options: { pendingTotp?: boolean } = {},
): Promise<string> {
  const token = newToken();
  await database.db
    .insertInto('sessions')
    .values({
      token_hash: hashToken(token),
      user_id: userId,
      csrf: newToken(),
      created_at: now,
      expires_at: now + SESSION_TTL_MS,
      pending_totp: options.pendingTotp ? 1 : 0,
    })
    .execute();
  // Expired sessions of this user go at the same time, so the table does not grow without bound.
  await database.db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('expires_at', '<=', now)
    .execute();
  return token;
}

export async function findSession(
  database: Database,
  token: string | undefined,
  now = Date.now(),
): Promise<Session | undefined> {
  if (!token) return undefined;
  const row = await database.db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.user_id',
      'sessions.csrf',
      'sessions.expires_at',
      'users.email',
      'users.display_name',
      'users.is_platform_admin',
      'users.must_change_password',
      'users.totp_enabled',
      'users.disabled',
      'sessions.pending_totp',
    ])
    .where('sessions.token_hash', '=', hashToken(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now || row.disabled === 1) return undefined;
  return {
    userId: row.user_id,
    csrf: row.csrf,
    email: row.email,
    displayName: row.display_name,
    isPlatformAdmin: row.is_platform_admin === 1,
    mustChangePassword: row.must_change_password === 1,
    pendingTotp: row.pending_totp === 1,
    totpEnabled: row.totp_enabled === 1,
  };
}

/** Marks the session's second factor as given (after a correct TOTP code). */
export async function completeTotp(database: Database, token: string): Promise<void> {
  await database.db
    .updateTable('sessions')
    .set({ pending_totp: 0 })
    .where('token_hash', '=', hashToken(token))
    .execute();
}

export async function destroySession(database: Database, token: string | undefined): Promise<void> {
  if (!token) return;
  await database.db.deleteFrom('sessions').where('token_hash', '=', hashToken(token)).execute();
}

export async function destroyAllSessions(database: Database, userId: number): Promise<void> {
  await database.db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Constant-time comparison of a submitted CSRF token with the expected one. */
export function csrfMatches(expected: string, submitted: unknown): boolean {
  if (typeof submitted !== 'string' || submitted.length !== expected.length) return false;
  return timingSafeEqual(Buffer.from(expected), Buffer.from(submitted));
}
