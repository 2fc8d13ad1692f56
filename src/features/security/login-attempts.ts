/**
 * What both login steps (password, then TOTP code) share: the throttling keys of an attempt, the
 * counting of a failure (account and source, audited, with the start of a lock audited too), and
 * the session cookie a successful step sets.
 */

import type { FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { serializeCookie } from '../../platform/http/cookies.js';
import { type AuditBy, audit } from '../access/audit.js';
import { isSecure } from '../accounts/login-csrf.js';
import {
  ACCOUNT_POLICY,
  accountKey,
  recordFailure,
  SOURCE_POLICY,
  sourceKey,
} from '../accounts/login-throttle.js';
import { SESSION_COOKIE, SESSION_TTL_MS } from '../accounts/sessions.js';

/** How long a password-only session may wait for its TOTP code. */
export const PENDING_TOTP_MS = 10 * 60_000;

export interface LoginKeys {
  account: string;
  source: string;
}

export type AttemptBy = AuditBy;

export function loginKeys(email: string, sourceHash: string): LoginKeys {
  return { account: accountKey(email), source: sourceKey(sourceHash) };
}

/** Audit rows for attempts on unknown accounts have no user but keep the hashed source. */
export const anonymousSource = (source: string): AttemptBy => ({ userId: null, source });

/** Counts a failed password or code for the account and the source; audits it (and a new lock). */
export async function countLoginFailure(
  database: Database,
  keys: LoginKeys,
  who: AttemptBy,
  details: Record<string, unknown>,
): Promise<void> {
  const account = await recordFailure(database, keys.account, ACCOUNT_POLICY);
  const source = await recordFailure(database, keys.source, SOURCE_POLICY);
  await audit(database, who, { action: 'user.login.failed', target: keys.account, details });
  for (const [key, result] of [
    [keys.account, account],
    [keys.source, source],
  ] as const) {
    if (result.locked)
      await audit(database, who, {
        action: 'security.lock',
        target: key,
        details: { failures: result.failures },
      });
  }
}

export function sessionCookie(request: FastifyRequest, token: string): string {
  return serializeCookie(SESSION_COOKIE, token, {
    secure: isSecure(request),
    maxAgeSeconds: SESSION_TTL_MS / 1000,
  });
}

export function endSessionCookie(request: FastifyRequest): string {
  return serializeCookie(SESSION_COOKIE, '', { secure: isSecure(request), maxAgeSeconds: 0 });
}
