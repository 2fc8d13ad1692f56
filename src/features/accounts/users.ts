/**
 * User accounts: creation with an argon2id password hash, per-site roles, and the first platform
 * admin created on first start (from LOA_ADMIN_EMAIL / LOA_ADMIN_PASSWORD, or with a one-time
 * password printed once).
 */
import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import type { Database } from '../../platform/db/database.js';
import type { SiteRolesTable } from '../../platform/db/schema.js';
import { conflict, invalid } from '../../platform/http/errors.js';
import { cleanText } from '../../platform/vietnamese/index.js';

export const PASSWORD_MIN = 10;
export const ROLES = ['contributor', 'editor', 'approver', 'site_admin'] as const;
export type Role = SiteRolesTable['role'];

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes).
const ARGON2 = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export function verifyPassword(hashed: string, password: string): Promise<boolean> {
  return verify(hashed, password).catch(() => false);
}

export function normaliseEmail(email: string): string {
  const value = email.trim().toLowerCase();
  if (value.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$|^[^\s@]+@localhost$/.test(value)) {
    throw invalid('email', 'validation.emailInvalid');
  }
  return value;
}

export interface NewUserInput {
  email: string;
  displayName?: string;
  password: string;
  platformAdmin?: boolean;
  mustChangePassword?: boolean;
}

export async function createUser(database: Database, input: NewUserInput): Promise<number> {
  const email = normaliseEmail(input.email);
  if (input.password.length < PASSWORD_MIN)
    throw invalid('password', 'validation.passwordShort', { min: PASSWORD_MIN });
  const existing = await database.db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirst();
  if (existing) throw conflict('email', 'validation.emailTaken', { email });
  const row = await database.db
    .insertInto('users')
    .values({
      email,
      display_name: cleanText(input.displayName ?? '') || email.split('@')[0]!,
      password_hash: await hashPassword(input.password),
      is_platform_admin: input.platformAdmin ? 1 : 0,
      must_change_password: input.mustChangePassword ? 1 : 0,
      created_at: Date.now(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function grantRole(
  database: Database,
  siteId: number,
  userId: number,
  role: string,
): Promise<void> {
  if (!(ROLES as readonly string[]).includes(role))
    throw invalid('role', 'validation.roleInvalid', { roles: ROLES.join(', ') });
  await database.db
    .deleteFrom('site_roles')
    .where('site_id', '=', siteId)
    .where('user_id', '=', userId)
    .execute();
  await database.db
    .insertInto('site_roles')
    .values({ site_id: siteId, user_id: userId, role: role as Role })
    .execute();
}

export const DEFAULT_ADMIN_EMAIL = 'admin@loa.localhost';

export interface BootstrapResult {
  email: string;
  /** Set only when Loa generated the password; shown once, never stored in clear. */
  oneTimePassword?: string;
}

/** Creates the first platform admin when there is no user at all; does nothing otherwise. */
export async function bootstrapAdmin(
  database: Database,
  options: { email?: string; password?: string },
): Promise<BootstrapResult | undefined> {
  const any = await database.db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const email = options.email ?? DEFAULT_ADMIN_EMAIL;
  if (options.password) {
    await createUser(database, {
      email,
      password: options.password,
      platformAdmin: true,
      displayName: 'Quản trị',
    });
    return { email };
  }
  const oneTimePassword = randomBytes(12).toString('base64url');
  await createUser(database, {
    email,
    password: oneTimePassword,
    platformAdmin: true,
    mustChangePassword: true,
    displayName: 'Quản trị',
  });
  return { email, oneTimePassword };
}
