/**
 * The admin's entry: log in (CSRF-protected form, throttled), the dashboard with the user's sites
 * and roles, password change (required after a one-time password), and log out. Every response
 * is private and never cached.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Fragment } from 'preact';
import { readCookie, serializeCookie } from '../../platform/http/cookies.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { LoginThrottle, sourceKey } from '../accounts/login-throttle.js';
import {
  createSession,
  csrfMatches,
  destroyAllSessions,
  destroySession,
  findSession,
  newToken,
  SESSION_COOKIE,
  SESSION_TTL_MS,
  type Session,
} from '../accounts/sessions.js';
import { hashPassword, normaliseEmail, PASSWORD_MIN, verifyPassword } from '../accounts/users.js';
import { originOf, primaryHost } from '../sites/site-registry.js';
import { renderAdminPage } from './admin-layout.js';
import { adminUrls } from './urls.js';

const LOGIN_CSRF_COOKIE = 'loa_login_csrf';
const FIELD_MAX = 500;
type Form = Record<string, string | string[] | undefined>;

const field = (body: unknown, name: string): string => {
  const value = (body as Form | undefined)?.[name];
  return typeof value === 'string' ? value.slice(0, FIELD_MAX) : '';
};

function other(lang: Lang, path: (l: Lang) => string): string {
  return path(lang === 'vi' ? 'en' : 'vi');
}

function send(reply: FastifyReply, html: string, status = 200): FastifyReply {
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', NO_STORE)
    .header('x-robots-tag', 'noindex, nofollow')
    .send(html);
}

function FieldError({ id, message }: { id: string; message?: string }) {
  return message ? (
    <p class="field-error" id={id}>
      {message}
    </p>
  ) : null;
}

export function adminRoutes(app: FastifyInstance, services: Services): void {
  const throttle = new LoginThrottle();
  // A per-process salt: source keys cannot be turned back into addresses, nor compared across restarts.
  const salt = newToken();
  const secure = (request: FastifyRequest) => request.protocol === 'https';
  const session = (request: FastifyRequest) =>
    findSession(services.database, readCookie(request.headers.cookie, SESSION_COOKIE));

  function loginPage(
    lang: Lang,
    csrf: string,
    values: { email?: string },
    errors: { form?: string; email?: string } = {},
  ): string {
    return renderAdminPage({
      lang,
      title: t(lang, 'admin.login.title'),
      otherLang: other(lang, adminUrls.login),
      children: (
        <form method="post" action={adminUrls.login(lang)} class="admin-form" noValidate>
          {errors.form && (
            <p class="form-error" role="alert">
              {errors.form}
            </p>
          )}
          <input type="hidden" name="_csrf" value={csrf} />
          <label for="email">{t(lang, 'admin.login.email')}</label>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            required
            value={values.email ?? ''}
            aria-invalid={errors.email ? 'true' : undefined}
            aria-describedby={errors.email ? 'email-error' : undefined}
          />
          <FieldError id="email-error" message={errors.email} />
          <label for="password">{t(lang, 'admin.login.password')}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required />
          <button type="submit">{t(lang, 'admin.login.submit')}</button>
        </form>
      ),
    });
  }

  for (const lang of LANGS) {
    app.get(adminUrls.login(lang), async (request, reply) => {
      if (await session(request)) return reply.redirect(adminUrls.home(lang), 303);
      const csrf = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE) ?? newToken();
      reply.header(
        'set-cookie',
        serializeCookie(LOGIN_CSRF_COOKIE, csrf, { secure: secure(request), path: '/' }),
      );
      return send(reply, loginPage(lang, csrf, {}));
    });

    app.post(adminUrls.login(lang), async (request, reply) => {
      const expected = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
      const email = field(request.body, 'email').trim();
      const csrf = expected ?? newToken();
      if (!expected || !csrfMatches(expected, field(request.body, '_csrf'))) {
        reply.header(
          'set-cookie',
          serializeCookie(LOGIN_CSRF_COOKIE, csrf, { secure: secure(request), path: '/' }),
        );
        return send(reply, loginPage(lang, csrf, { email }, { form: t(lang, 'admin.csrf') }), 403);
      }
      let normalised: string;
      try {
        normalised = normaliseEmail(email);
      } catch {
        return send(
          reply,
          loginPage(lang, csrf, { email }, { email: t(lang, 'validation.emailInvalid') }),
          422,
        );
      }
      const keys = [`account:${normalised}`, `source:${sourceKey(request.ip, salt)}`];
      const wait = throttle.lockedFor(keys);
      if (wait > 0) {
        const minutes = Math.ceil(wait / 60_000);
        return send(
          reply,
          loginPage(lang, csrf, { email }, { form: t(lang, 'admin.login.locked', { minutes }) }),
          429,
        );
      }
      const user = await services.database.db
        .selectFrom('users')
        .select(['id', 'password_hash', 'must_change_password'])
        .where('email', '=', normalised)
        .executeTakeFirst();
      // Unknown accounts cost the same argon2 work as known ones, so timing does not tell them apart.
      const ok = await verifyPassword(
        user?.password_hash ?? (await DUMMY_HASH()),
        field(request.body, 'password'),
      );
      if (!user || !ok) {
        throttle.fail(keys);
        services.log.warn({ source: keys[1] }, 'admin login failed');
        return send(reply, loginPage(lang, csrf, { email }, { form: t(lang, 'admin.login.failed') }), 401);
      }
      throttle.succeed(keys);
      const token = await createSession(services.database, user.id);
      reply.header('set-cookie', [
        serializeCookie(SESSION_COOKIE, token, {
          secure: secure(request),
          maxAgeSeconds: SESSION_TTL_MS / 1000,
        }),
        serializeCookie(LOGIN_CSRF_COOKIE, '', { secure: secure(request), maxAgeSeconds: 0 }),
      ]);
      return reply.redirect(user.must_change_password ? adminUrls.password(lang) : adminUrls.home(lang), 303);
    });

    app.post(adminUrls.logout(lang), async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const current = await findSession(services.database, token);
      if (current && !csrfMatches(current.csrf, field(request.body, '_csrf'))) {
        return send(
          reply,
          renderAdminPage({
            lang,
            title: t(lang, 'admin.title'),
            otherLang: other(lang, adminUrls.home),
            session: current,
            children: <p role="alert">{t(lang, 'admin.csrf')}</p>,
          }),
          403,
        );
      }
      await destroySession(services.database, token);
      reply.header(
        'set-cookie',
        serializeCookie(SESSION_COOKIE, '', { secure: secure(request), maxAgeSeconds: 0 }),
      );
      return reply.redirect(adminUrls.login(lang), 303);
    });

    app.get(adminUrls.home(lang), async (request, reply) => {
      const current = await session(request);
      if (!current) return reply.redirect(adminUrls.login(lang), 303);
      if (current.mustChangePassword) return reply.redirect(adminUrls.password(lang), 303);
      const sites = await sitesOf(current);
      return send(
        reply,
        renderAdminPage({
          lang,
          title: t(lang, 'admin.hello', { name: current.displayName }),
          otherLang: other(lang, adminUrls.home),
          session: current,
          children: (
            <>
              {current.isPlatformAdmin && <p>{t(lang, 'admin.platformAdmin')}</p>}
              <h2>{t(lang, 'admin.sites')}</h2>
              {sites.length === 0 ? (
                <p>{t(lang, 'admin.noSites')}</p>
              ) : (
                <ul class="admin-sites">
                  {sites.map((s) => (
                    <li key={s.id}>
                      <strong>{lang === 'en' ? s.name_en : s.name_vi}</strong> –{' '}
                      {t(lang, `admin.role.${s.role}`)}{' '}
                      {s.host && (
                        <a href={`${originOf(s.host)}/`}>
                          {t(lang, 'admin.viewSite')}
                          <span class="visually-hidden"> {lang === 'en' ? s.name_en : s.name_vi}</span>
                        </a>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <p>{t(lang, 'admin.comingSoon')}</p>
              <p>
                <a href={adminUrls.password(lang)}>{t(lang, 'admin.password.title')}</a>
              </p>
            </>
          ),
        }),
      );
    });

    const passwordPage = (
      current: Session,
      errors: Record<string, string> = {},
      status = 200,
      reply?: FastifyReply,
    ) => {
      const html = renderAdminPage({
        lang,
        title: t(lang, 'admin.password.title'),
        otherLang: other(lang, adminUrls.password),
        session: current,
        children: (
          <form method="post" action={adminUrls.password(lang)} class="admin-form" noValidate>
            {current.mustChangePassword && <p class="notice">{t(lang, 'admin.mustChange')}</p>}
            {errors.form && (
              <p class="form-error" role="alert">
                {errors.form}
              </p>
            )}
            <input type="hidden" name="_csrf" value={current.csrf} />
            {(['current', 'next', 'confirm'] as const).map((name) => (
              <Fragment key={name}>
                <label for={name}>
                  {name === 'current'
                    ? t(lang, 'admin.password.current')
                    : name === 'next'
                      ? t(lang, 'admin.password.new', { min: PASSWORD_MIN })
                      : t(lang, 'admin.password.confirm')}
                </label>
                <input
                  id={name}
                  name={name}
                  type="password"
                  required
                  autocomplete={name === 'current' ? 'current-password' : 'new-password'}
                  aria-invalid={errors[name] ? 'true' : undefined}
                  aria-describedby={errors[name] ? `${name}-error` : undefined}
                />
                <FieldError id={`${name}-error`} message={errors[name]} />
              </Fragment>
            ))}
            <button type="submit">{t(lang, 'admin.password.submit')}</button>
          </form>
        ),
      });
      return send(reply!, html, status);
    };

    app.get(adminUrls.password(lang), async (request, reply) => {
      const current = await session(request);
      if (!current) return reply.redirect(adminUrls.login(lang), 303);
      return passwordPage(current, {}, 200, reply);
    });

    app.post(adminUrls.password(lang), async (request, reply) => {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const current = await findSession(services.database, token);
      if (!current) return reply.redirect(adminUrls.login(lang), 303);
      if (!csrfMatches(current.csrf, field(request.body, '_csrf'))) {
        return passwordPage(current, { form: t(lang, 'admin.csrf') }, 403, reply);
      }
      const [now, next, confirm] = [
        field(request.body, 'current'),
        field(request.body, 'next'),
        field(request.body, 'confirm'),
      ];
      const user = await services.database.db
        .selectFrom('users')
        .select('password_hash')
        .where('id', '=', current.userId)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(user.password_hash, now))) {
        return passwordPage(current, { current: t(lang, 'admin.password.wrongCurrent') }, 422, reply);
      }
      if (next.length < PASSWORD_MIN) {
        return passwordPage(
          current,
          { next: t(lang, 'validation.passwordShort', { min: PASSWORD_MIN }) },
          422,
          reply,
        );
      }
      if (next === now) return passwordPage(current, { next: t(lang, 'admin.password.same') }, 422, reply);
      if (next !== confirm)
        return passwordPage(current, { confirm: t(lang, 'admin.password.mismatch') }, 422, reply);
      await services.database.db
        .updateTable('users')
        .set({ password_hash: await hashPassword(next), must_change_password: 0 })
        .where('id', '=', current.userId)
        .execute();
      // Every other session of the account ends; this browser gets a fresh one.
      await destroyAllSessions(services.database, current.userId);
      const fresh = await createSession(services.database, current.userId);
      reply.header(
        'set-cookie',
        serializeCookie(SESSION_COOKIE, fresh, {
          secure: secure(request),
          maxAgeSeconds: SESSION_TTL_MS / 1000,
        }),
      );
      return reply.redirect(adminUrls.home(lang), 303);
    });
  }

  async function sitesOf(current: Session) {
    const db = services.database.db;
    const rows = current.isPlatformAdmin
      ? (await db.selectFrom('sites').select(['id', 'name_vi', 'name_en']).orderBy('id').execute()).map(
          (s) => ({
            ...s,
            role: 'platform' as const,
          }),
        )
      : await db
          .selectFrom('site_roles')
          .innerJoin('sites', 'sites.id', 'site_roles.site_id')
          .select(['sites.id', 'sites.name_vi', 'sites.name_en', 'site_roles.role'])
          .where('site_roles.user_id', '=', current.userId)
          .orderBy('sites.id')
          .execute();
    return Promise.all(rows.map(async (r) => ({ ...r, host: await primaryHost(services.database, r.id) })));
  }
}

// A valid argon2id hash of a random secret, used to spend the same time on unknown accounts.
let dummyHash: Promise<string> | undefined;
const DUMMY_HASH = () => {
  dummyHash ??= hashPassword(newToken());
  return dummyHash;
};
