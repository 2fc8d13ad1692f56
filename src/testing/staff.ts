/**
 * Staff for tests: an account with a role on a site (or a platform admin), logged in by a session
 * made directly in the database, and helpers to call admin pages and the API as them.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '../features/access/roles.js';
import { createSession, findSession, SESSION_COOKIE } from '../features/accounts/sessions.js';
import { createUser, grantRole } from '../features/accounts/users.js';
import type { Services } from '../services.js';

export interface TestStaff {
  userId: number;
  email: string;
  password: string;
  /** `loa_session=<token>`, for the Cookie header. */
  cookie: string;
  csrf: string;
}

let counter = 0;

/**
 * Creates an account (two-factor marked as on, so the admin's two-factor gate lets it through)
 * with `role` on `siteId`, or a platform admin when role is 'platform'.
 */
export async function createStaff(
  services: Services,
  role: Role | 'platform',
  siteId?: number,
  name = `${role}${++counter}`,
): Promise<TestStaff> {
  const email = `${name}-${counter}@test.localhost`;
  const password = `pw-${name}-${counter}-long-enough`;
  const userId = await createUser(services.database, {
    email,
    password,
    displayName: name,
    platformAdmin: role === 'platform',
  });
  await services.database.db
    .updateTable('users')
    .set({ totp_enabled: 1, totp_secret: 'JBSWY3DPEHPK3PXP' })
    .where('id', '=', userId)
    .execute();
  if (role !== 'platform') {
    if (siteId === undefined) throw new Error('createStaff: a site role needs a site id');
    await grantRole(services.database, siteId, userId, role);
  }
  const token = await createSession(services.database, userId);
  const session = await findSession(services.database, token);
  return { userId, email, password, cookie: `${SESSION_COOKIE}=${token}`, csrf: session!.csrf };
}

/** The id of a demo site by its code (hoa-lam, tan-loc-dong, ben-sen). */
export async function siteIdOf(services: Services, code: string): Promise<number> {
  const row = await services.database.db
    .selectFrom('sites')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** GET an admin page as the staff member. */
export function adminGet(
  app: FastifyInstance,
  staff: TestStaff,
  url: string,
): Promise<LightMyRequestResponse> {
  return app.inject({ method: 'GET', url, headers: { cookie: staff.cookie } });
}

/** POST a form (urlencoded) as the staff member, with their CSRF token unless `csrf: false`. */
export function adminPost(
  app: FastifyInstance,
  staff: TestStaff,
  url: string,
  fields: Record<string, string | string[]>,
  options: { csrf?: boolean } = {},
): Promise<LightMyRequestResponse> {
  const body = new URLSearchParams();
  if (options.csrf !== false) body.append('_csrf', staff.csrf);
  for (const [k, v] of Object.entries(fields)) {
    for (const value of Array.isArray(v) ? v : [v]) body.append(k, value);
  }
  return app.inject({
    method: 'POST',
    url,
    headers: { cookie: staff.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    payload: body.toString(),
  });
}

/** Calls the JSON API with a session cookie (and CSRF header) as the staff member. */
export function apiAs(
  app: FastifyInstance,
  staff: TestStaff,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
): Promise<LightMyRequestResponse> {
  return app.inject({
    method,
    url,
    headers: {
      cookie: staff.cookie,
      'x-csrf-token': staff.csrf,
      ...(payload ? { 'content-type': 'application/json' } : {}),
    },
    ...(payload ? { payload: JSON.stringify(payload) } : {}),
  });
}
