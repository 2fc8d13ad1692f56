/**
 * Pieces the site-administration pages share: route paths with the `:site` parameter, the page
 * shell, the "saved" notice after a redirect, the table frame, the Vietnamese/English name pair,
 * the move-up/move-down and delete buttons (plain forms: they work without JavaScript and with the
 * keyboard), and the form-error round trip (an operation refuses → the same form again with the
 * message next to the field and what was typed kept).
 */
import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import { LoaError, notFound } from '../../platform/http/errors.js';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import { type AdminSection, renderAdminPage } from '../admin/admin-layout.js';
import { type AdminContext, sendAdminHtml, siteName } from '../admin/context.js';
import { Csrf, type FieldErrors, TextField } from '../admin/forms.js';
import { adminUrls, otherLangPath } from '../admin/urls.js';
import { idParam } from './admin-input.js';

/** The route pattern of a site section, e.g. `sitePath('vi', '/links/:id')` → `/admin/sites/:site/links/:id`. */
export const sitePath = (lang: Lang, rest = '') => `${adminUrls.base(lang)}/sites/:site${rest}`;

/** Outcomes shown after a redirect (`?done=saved`), each a catalogue key. */
const DONE: Record<string, MessageKey> = {
  saved: 'admin.form.saved',
  added: 'siteadmin.done.added',
  deleted: 'siteadmin.done.deleted',
  moved: 'siteadmin.done.moved',
};

export function doneUrl(url: string, done: keyof typeof DONE, anchor?: string): string {
  return `${url}?done=${done}${anchor ? `#${anchor}` : ''}`;
}

export function Notice({ ctx }: { ctx: AdminContext }) {
  const done = (ctx.request.query as { done?: unknown } | undefined)?.done;
  const key = typeof done === 'string' ? DONE[done] : undefined;
  return key ? (
    <p class="notice" role="status">
      {t(ctx.lang, key)}
    </p>
  ) : null;
}

/**
 * Sends an admin page. On a site's routes it carries the site's section navigation; platform pages
 * (no `:site`) have none.
 */
export function sendSitePage(
  ctx: AdminContext,
  page: { title: string; section?: AdminSection; children: ComponentChildren; status?: number },
): FastifyReply {
  const html = renderAdminPage({
    lang: ctx.lang,
    title: page.title,
    otherLang: otherLangPath(ctx.lang, ctx.request.url),
    session: ctx.session,
    actor: ctx.actor,
    site: ctx.site,
    section: page.section,
    children: <div class="siteadmin">{page.children}</div>,
  });
  return sendAdminHtml(ctx.reply, html, page.status);
}

/** The page title of a site section: `Chuyên mục – Tỉnh Hòa Lâm`. */
export const sectionTitle = (ctx: AdminContext, key: MessageKey) =>
  `${t(ctx.lang, key)} – ${siteName(ctx.site, ctx.lang)}`;

/**
 * A refusal an operation threw, as messages for the form (the field's own message, and the
 * "please correct the marked fields" line on top), or undefined when it is not a form matter
 * (not found, forbidden, a server error: those go on to the admin's error page).
 */
export function refusalOf(
  ctx: AdminContext,
  err: unknown,
): { errors: FieldErrors; status: number } | undefined {
  if (!(err instanceof LoaError) || ![400, 409, 422].includes(err.status)) return undefined;
  const errors: FieldErrors = { [err.field ?? 'form']: err.localized(ctx.lang) };
  if (err.field) errors.form = t(ctx.lang, 'admin.form.errorsAbove');
  return { errors, status: err.status };
}

/**
 * Runs a form's operation. On success redirects (303) to what `run` returns; a refusal re-renders
 * the form (`render`) with the message next to the field, what was typed, and the refusal's status.
 */
export async function submitForm(
  ctx: AdminContext,
  run: () => Promise<string>,
  render: (errors: FieldErrors, status: number) => FastifyReply | Promise<FastifyReply>,
): Promise<FastifyReply> {
  try {
    return ctx.reply.redirect(await run(), 303);
  } catch (err) {
    const refusal = refusalOf(ctx, err);
    if (!refusal) throw err;
    return render(refusal.errors, refusal.status);
  }
}

/** The row id in the route's `:id` (or another) parameter; anything but a positive integer is a 404. */
export function routeId(ctx: { request: { params: unknown } }, name = 'id'): number {
  const id = idParam((ctx.request.params as Record<string, string | undefined>)[name]);
  if (id === undefined) throw notFound();
  return id;
}

/** The message of a refusal that has no form of its own to sit in (move, delete, hide buttons). */
export function mainError(errors: FieldErrors): string {
  const field = Object.keys(errors).find((k) => k !== 'form');
  return errors[field ?? 'form'] ?? '';
}

/** The link back to a section's list, at the top of one of its sub-pages. */
export function BackTo({ lang, href, section }: { lang: Lang; href: string; section: string }) {
  return (
    <p>
      <a href={href}>{t(lang, 'siteadmin.backTo', { section })}</a>
    </p>
  );
}

/** An admin table: its caption for screen readers, the column heads, and the rows. */
export function AdminTable({
  caption,
  columns,
  children,
}: {
  caption: string;
  columns: string[];
  children: ComponentChildren;
}) {
  return (
    <table class="admin-table">
      <caption class="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/**
 * The Vietnamese name (required) and the English one side by side: fields `<name>Vi` and
 * `<name>En`. `enHint` says under the English one that an empty name falls back to Vietnamese.
 */
export function NamePair({
  lang,
  name,
  labels,
  max,
  values,
  errors,
  enHint = true,
}: {
  lang: Lang;
  name: string;
  labels: [vi: MessageKey, en: MessageKey];
  max: number;
  values: Record<string, string | undefined>;
  errors: FieldErrors;
  enHint?: boolean;
}) {
  return (
    <div class="field-pair">
      <TextField
        name={`${name}Vi`}
        label={t(lang, labels[0])}
        value={values[`${name}Vi`]}
        errors={errors}
        maxLength={max}
        required
      />
      <TextField
        name={`${name}En`}
        label={t(lang, labels[1])}
        value={values[`${name}En`]}
        errors={errors}
        maxLength={max}
        hint={enHint ? t(lang, 'siteadmin.hint.enFallback') : undefined}
      />
    </div>
  );
}

/** One form, two buttons: move an item a step up or down among its siblings. */
export function MoveButtons({
  lang,
  action,
  csrf,
  name,
  first,
  last,
}: {
  lang: Lang;
  action: string;
  csrf: string;
  /** The item's name, read after the button's own label by screen readers. */
  name: string;
  first: boolean;
  last: boolean;
}) {
  return (
    <form method="post" action={action} class="inline-form move-form">
      <Csrf token={csrf} />
      <button type="submit" name="direction" value="up" disabled={first}>
        <span aria-hidden="true">↑</span> {t(lang, 'siteadmin.move.up')}
        <span class="visually-hidden">: {name}</span>
      </button>
      <button type="submit" name="direction" value="down" disabled={last}>
        <span aria-hidden="true">↓</span> {t(lang, 'siteadmin.move.down')}
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

export function DeleteButton({
  lang,
  action,
  csrf,
  name,
}: {
  lang: Lang;
  action: string;
  csrf: string;
  name: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={csrf} />
      <button type="submit" class="danger">
        {t(lang, 'admin.form.delete')}
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

/** A small form with one button that sets a flag (hide / show). */
export function FlagButton({
  action,
  csrf,
  field,
  value,
  label,
  name,
}: {
  action: string;
  csrf: string;
  field: string;
  value: '0' | '1';
  label: string;
  name: string;
}) {
  return (
    <form method="post" action={action} class="inline-form">
      <Csrf token={csrf} />
      <input type="hidden" name={field} value={value} />
      <button type="submit">
        {label}
        <span class="visually-hidden">: {name}</span>
      </button>
    </form>
  );
}

/** The form body as a record, for re-rendering what was typed. */
export function typed(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && k !== '_csrf') out[k] = value;
  }
  return out;
}
