/**
 * The staff of a site and their roles. Site admins (and platform admins) add an existing account
 * by its email or create a new one (a one-time password, shown once, to be changed at the first
 * login), change roles and remove people from the site. The rules:
 * - only the four site roles can be given (never platform admin, which only `loa`/platform admins grant);
 * - nobody changes their own role or removes themselves (no one locks themselves out);
 * - a site never loses its last site admin;
 * - everything is scoped to the one site: staff of other sites are not found here.
 * Removing someone also revokes the API tokens they hold for this site.
 */
import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Schema } from '../../platform/db/schema.js';
import { conflict, forbidden, invalid, notFound } from '../../platform/http/errors.js';
import { authorize } from '../access/actor.js';
import { audit } from '../access/audit.js';
import { isRole, ROLES, type Role } from '../access/roles.js';
import { createUser, normaliseEmail } from '../accounts/users.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { cleanField } from '../sites/admin-input.js';

export interface StaffMember {
  userId: number;
  email: string;
  displayName: string;
  role: Role;
  isPlatformAdmin: boolean;
  totpEnabled: boolean;
  disabled: boolean;
  mustChangePassword: boolean;
}

export async function listStaff(ctx: OpContext, site: AdminSite): Promise<StaffMember[]> {
  authorize(ctx.actor, site.id, 'site.staff');
  const rows = await ctx.services.database.db
    .selectFrom('site_roles')
    .innerJoin('users', 'users.id', 'site_roles.user_id')
    .select([
      'users.id',
      'users.email',
      'users.display_name',
      'users.is_platform_admin',
      'users.totp_enabled',
      'users.disabled',
      'users.must_change_password',
      'site_roles.role',
    ])
    .where('site_roles.site_id', '=', site.id)
    .orderBy('users.email')
    .execute();
  const rank = (role: Role) => ROLES.length - ROLES.indexOf(role);
  return rows
    .map((r) => ({
      userId: r.id,
      email: r.email,
      displayName: r.display_name,
      role: r.role,
      isPlatformAdmin: r.is_platform_admin === 1,
      totpEnabled: r.totp_enabled === 1,
      disabled: r.disabled === 1,
      mustChangePassword: r.must_change_password === 1,
    }))
    .sort((a, b) => rank(a.role) - rank(b.role) || a.email.localeCompare(b.email));
}

async function member(ctx: OpContext, site: AdminSite, userId: number): Promise<StaffMember> {
  const found = (await listStaff(ctx, site)).find((m) => m.userId === userId);
  if (!found) throw notFound();
  return found;
}

function checkRole(role: unknown): Role {
  if (!isRole(role)) throw invalid('role', 'validation.roleInvalid', { roles: ROLES.join(', ') });
  return role;
}

/** Gives an existing account a role on the site. */
export async function addStaff(
  ctx: OpContext,
  site: AdminSite,
  input: { email: string; role: string },
): Promise<StaffMember> {
  authorize(ctx.actor, site.id, 'site.staff');
  const email = normaliseEmail(
    cleanField(input.email, 'email', { label: 'field.email', max: 254, required: true }),
  );
  const role = checkRole(input.role);
  const db = ctx.services.database.db;
  const user = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (!user) throw invalid('email', 'siteadmin.staff.noAccount', { email });
  const existing = await db
    .selectFrom('site_roles')
    .select('role')
    .where('site_id', '=', site.id)
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  if (existing) throw conflict('email', 'siteadmin.staff.already', { email });
  await db.insertInto('site_roles').values({ site_id: site.id, user_id: user.id, role }).execute();
  await audit(ctx.services.database, ctx.actor, {
    action: 'staff.add',
    siteId: site.id,
    target: `user:${user.id}`,
    details: { email, role },
  });
  return member(ctx, site, user.id);
}

/** Creates an account with a one-time password (returned once, stored only hashed) and a role on the site. */
export async function createStaffAccount(
  ctx: OpContext,
  site: AdminSite,
  input: { email: string; displayName: string; role: string },
): Promise<{ member: StaffMember; oneTimePassword: string }> {
  authorize(ctx.actor, site.id, 'site.staff');
  const email = normaliseEmail(
    cleanField(input.email, 'email', { label: 'field.email', max: 254, required: true }),
  );
  const displayName = cleanField(input.displayName, 'displayName', {
    label: 'siteadmin.f.displayName',
    max: 120,
    required: true,
  });
  const role = checkRole(input.role);
  const oneTimePassword = randomBytes(12).toString('base64url');
  const { database } = ctx.services;
  const userId = await createUser(database, {
    email,
    displayName,
    password: oneTimePassword,
    mustChangePassword: true,
  });
  await database.db.insertInto('site_roles').values({ site_id: site.id, user_id: userId, role }).execute();
  await audit(database, ctx.actor, {
    action: 'staff.create',
    siteId: site.id,
    target: `user:${userId}`,
    details: { email, role },
  });
  return { member: await member(ctx, site, userId), oneTimePassword };
}

/**
 * Refuses (inside the caller's transaction) taking the site's last site admin away. On PostgreSQL
 * the admins' rows are locked first, so two admins demoting each other at once cannot both succeed.
 */
async function keepOneAdmin(ctx: OpContext, site: AdminSite, trx: Transaction<Schema>): Promise<void> {
  const admins = await trx
    .selectFrom('site_roles')
    .select('user_id')
    .where('site_id', '=', site.id)
    .where('role', '=', 'site_admin')
    .$if(ctx.services.database.dialect === 'postgres', (q) => q.forUpdate())
    .execute();
  if (admins.length <= 1) throw conflict('role', 'siteadmin.staff.lastAdmin');
}

export async function changeStaffRole(
  ctx: OpContext,
  site: AdminSite,
  userId: number,
  role: string,
): Promise<StaffMember> {
  authorize(ctx.actor, site.id, 'site.staff');
  const target = await member(ctx, site, userId);
  const next = checkRole(role);
  if (target.userId === ctx.actor.userId) throw forbidden('siteadmin.staff.self');
  if (next === target.role) return target;
  await ctx.services.database.db.transaction().execute(async (trx) => {
    if (target.role === 'site_admin') await keepOneAdmin(ctx, site, trx);
    await trx
      .updateTable('site_roles')
      .set({ role: next })
      .where('site_id', '=', site.id)
      .where('user_id', '=', userId)
      .execute();
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'staff.role',
    siteId: site.id,
    target: `user:${userId}`,
    details: { email: target.email, from: target.role, to: next },
  });
  return member(ctx, site, userId);
}

export async function removeStaff(ctx: OpContext, site: AdminSite, userId: number): Promise<void> {
  authorize(ctx.actor, site.id, 'site.staff');
  const target = await member(ctx, site, userId);
  if (target.userId === ctx.actor.userId) throw forbidden('siteadmin.staff.self');
  await ctx.services.database.db.transaction().execute(async (trx) => {
    if (target.role === 'site_admin') await keepOneAdmin(ctx, site, trx);
    await trx.deleteFrom('site_roles').where('site_id', '=', site.id).where('user_id', '=', userId).execute();
    await trx
      .updateTable('api_tokens')
      .set({ revoked_at: Date.now() })
      .where('site_id', '=', site.id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
  });
  await audit(ctx.services.database, ctx.actor, {
    action: 'staff.remove',
    siteId: site.id,
    target: `user:${userId}`,
    details: { email: target.email, role: target.role },
  });
}
