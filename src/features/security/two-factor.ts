/**
 * Two-factor operations for one's own account: start enrolment (a fresh secret, kept until it is
 * confirmed), confirm it with a code, and turn it off with a code where the account's roles do not
 * require it (platform admins and site admins always need it).
 */
import { badRequest, forbidden, invalid } from '../../platform/http/errors.js';
import { loadRoles, requiresTwoFactor } from '../access/actor.js';
import { audit } from '../access/audit.js';
import type { OpContext } from '../admin/context.js';
import { acceptTotpCode, newTotpSecret, normaliseCode, qrSvg, totpUri } from './totp.js';

export interface TwoFactorState {
  enabled: boolean;
  /** True when the account's roles require two-factor (it cannot be turned off). */
  required: boolean;
  /** While enrolling: the secret, its URI and its QR code. */
  enrolment?: { secret: string; uri: string; svg: string };
}

async function userRow(ctx: OpContext) {
  return ctx.services.database.db
    .selectFrom('users')
    .select(['id', 'email', 'totp_secret', 'totp_enabled', 'is_platform_admin'])
    .where('id', '=', ctx.actor.userId)
    .executeTakeFirstOrThrow();
}

export async function twoFactorRequired(ctx: OpContext): Promise<boolean> {
  const roles = await loadRoles(ctx.services.database, ctx.actor.userId);
  return requiresTwoFactor(ctx.actor.isPlatformAdmin, roles.values());
}

/** The account's two-factor state; when it is off, makes (once) the secret to enrol with. */
export async function twoFactorState(ctx: OpContext): Promise<TwoFactorState> {
  const user = await userRow(ctx);
  const required = await twoFactorRequired(ctx);
  if (user.totp_enabled === 1) return { enabled: true, required };
  let secret = user.totp_secret;
  if (!secret) {
    secret = newTotpSecret();
    // Only the first of two concurrent page loads stores its secret; both show the stored one.
    await ctx.services.database.db
      .updateTable('users')
      .set({ totp_secret: secret })
      .where('id', '=', user.id)
      .where('totp_secret', 'is', null)
      .execute();
    secret = (await userRow(ctx)).totp_secret ?? secret;
  }
  const uri = totpUri(secret, user.email);
  return { enabled: false, required, enrolment: { secret, uri, svg: await qrSvg(uri) } };
}

function codeOrThrow(input: string): string {
  if (!input.trim()) throw invalid('code', 'security.totp.codeRequired');
  const code = normaliseCode(input);
  if (!code) throw invalid('code', 'security.totp.codeFormat');
  return code;
}

/** Turns two-factor on after the first code from the app proves it is set up. */
export async function confirmTwoFactor(ctx: OpContext, input: string): Promise<void> {
  const code = codeOrThrow(input);
  const user = await userRow(ctx);
  if (user.totp_enabled === 1) throw badRequest('security.totp.alreadyOn');
  if (!user.totp_secret) throw badRequest('security.totp.noEnrolment');
  if (!(await acceptTotpCode(ctx.services.database, user.id, user.totp_secret, code)))
    throw invalid('code', 'security.totp.codeWrong');
  await ctx.services.database.db
    .updateTable('users')
    .set({ totp_enabled: 1 })
    .where('id', '=', user.id)
    .execute();
  await audit(ctx.services.database, ctx.actor, { action: 'user.totp.enable', target: `user:${user.id}` });
}

/** Turns two-factor off (a code is needed); refused while a role requires it. */
export async function disableTwoFactor(ctx: OpContext, input: string): Promise<void> {
  if (await twoFactorRequired(ctx)) throw forbidden('security.totp.requiredByRole');
  const code = codeOrThrow(input);
  const user = await userRow(ctx);
  if (user.totp_enabled !== 1 || !user.totp_secret) throw badRequest('security.totp.alreadyOff');
  if (!(await acceptTotpCode(ctx.services.database, user.id, user.totp_secret, code)))
    throw invalid('code', 'security.totp.codeWrong');
  await ctx.services.database.db
    .updateTable('users')
    .set({ totp_enabled: 0, totp_secret: null })
    .where('id', '=', user.id)
    .execute();
  await audit(ctx.services.database, ctx.actor, { action: 'user.totp.disable', target: `user:${user.id}` });
}
