/**
 * Small view pieces the security pages share: times in Vietnam time, a one-time secret to copy,
 * a one-button form, yes/no badges, a reset link to copy, new-password fields.
 */
import type { FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDateTime } from '../../platform/vietnamese/dates.js';
import { PASSWORD_MIN } from '../accounts/users.js';
import { Csrf, type FieldErrors, TextField } from '../admin/forms.js';
import { adminUrls } from '../admin/urls.js';
import type { ResetLink } from './passwords.js';

export function Time({ at }: { at: number | null | undefined }) {
  if (!at) return <span>–</span>;
  const date = new Date(at);
  return <time dateTime={date.toISOString()}>{formatDateTime(date)}</time>;
}

/** A value shown once (a token, a one-time password, a reset link), selectable for copying. */
export function OneTimeSecret({
  lang,
  id,
  label,
  value,
}: {
  lang: Lang;
  id: string;
  label: string;
  value: string;
}) {
  return (
    <div class="security-secret" role="status">
      <label for={id}>{label}</label>
      <input id={id} type="text" readOnly value={value} class="security-secret-value" spellcheck={false} />
      <p class="field-hint">{t(lang, 'security.shownOnce')}</p>
    </div>
  );
}

/** A form with one button (revoke, unlock, disable…), CSRF-protected, usable without script. */
export function ActionButton({
  action,
  csrf,
  label,
  fields = {},
  danger,
  describedBy,
}: {
  action: string;
  csrf: string;
  label: ComponentChildren;
  fields?: Record<string, string>;
  danger?: boolean;
  describedBy?: string;
}) {
  return (
    <form method="post" action={action} class="security-inline-form">
      <Csrf token={csrf} />
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" class={danger ? 'button-danger' : undefined} aria-describedby={describedBy}>
        {label}
      </button>
    </form>
  );
}

export function YesNo({ lang, value }: { lang: Lang; value: boolean }) {
  return (
    <span class={value ? 'security-badge security-badge-yes' : 'security-badge security-badge-no'}>
      {t(lang, value ? 'security.yes' : 'security.no')}
    </span>
  );
}

/** Seconds or minutes to wait, in words: `45 giây`, `15 phút`. */
export function waitText(lang: Lang, ms: number): string {
  const seconds = Math.max(1, Math.ceil(ms / 1000));
  if (seconds < 120) return t(lang, 'security.wait.seconds', { seconds });
  return t(lang, 'security.wait.minutes', { minutes: Math.ceil(seconds / 60) });
}

/** The absolute reset link to copy, on the host the admin is using. */
export function resetUrl(request: FastifyRequest, lang: Lang, token: string): string {
  return `${request.protocol}://${request.host}${adminUrls.reset(lang, token)}`;
}

export function ResetShown({ lang, link, url }: { lang: Lang; link: ResetLink; url: string }) {
  return (
    <>
      <OneTimeSecret
        lang={lang}
        id="reset-link"
        label={t(lang, 'security.reset.linkFor', { email: link.email })}
        value={url}
      />
      <p>
        {t(lang, 'security.reset.validUntil')} <Time at={link.expiresAt} />
      </p>
    </>
  );
}

/** The new password and its confirmation (password change and reset-link pages). */
export function NewPasswordFields({ lang, errors }: { lang: Lang; errors: FieldErrors }) {
  return (
    <>
      <TextField
        name="next"
        type="password"
        label={t(lang, 'admin.password.new', { min: PASSWORD_MIN })}
        autocomplete="new-password"
        required
        errors={errors}
      />
      <TextField
        name="confirm"
        type="password"
        label={t(lang, 'admin.password.confirm')}
        autocomplete="new-password"
        required
        errors={errors}
      />
    </>
  );
}
