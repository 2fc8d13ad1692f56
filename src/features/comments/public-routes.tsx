/**
 * Readers' side of comments over HTTP:
 *   GET  /binh-luan/:articleId (/en/comments/:articleId)   the form page, per request: a fresh
 *        code inline (`?mode=text`: the question in words), or `?sent=1`: the thank-you note
 *   POST the same URL                                       the form without script; success is a
 *        303 to the thank-you note, a refusal re-renders the form with what was typed
 *   POST /api/v1/articles/:articleId/comments               the same as JSON, for the form's script
 * POSTs must come from this host (Origin/Referer) and go through submit.ts.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { readCookie } from '../../platform/http/cookies.js';
import { LoaError, notFound } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import { LANGS, type Lang, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { pageRequest, renderPage, siteName } from '../../web/page.js';
import { urls } from '../../web/urls.js';
import { apiLang, field } from '../admin/context.js';
import type { FieldErrors } from '../admin/forms.js';
import { CAPTCHA_COOKIE, type CaptchaKind, issueCaptcha } from '../captcha/captcha.js';
import { svgDataUrl } from '../captcha/routes.js';
import { identifyVisitor, type Visitor } from '../visitors/identity.js';
import { CommentForm, type FormValues } from './comment-views.js';
import { RAW_MAX } from './input.js';
import { commentableArticle } from './queries.js';
import { assertSameHost, type CommentSubmission, submitComment } from './submit.js';
import { COMMENTS_ANCHOR, commentRoutePatterns, commentUrls } from './urls.js';

type Article = NonNullable<Awaited<ReturnType<typeof commentableArticle>>>;

function articleIdOf(request: FastifyRequest): number {
  const raw = (request.params as { articleId?: string }).articleId ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound();
  return Number(raw);
}

async function findArticle(services: Services, request: FastifyRequest, now: number) {
  const site = await services.sites.resolve(request.headers.host);
  const article = await commentableArticle(services.database, site.site.id, articleIdOf(request), now);
  if (!article) throw notFound();
  return article;
}

function submission(body: unknown, request: FastifyRequest, tokenField: string): CommentSubmission {
  return {
    name: field(body, 'name', RAW_MAX.name),
    email: field(body, 'email', RAW_MAX.email),
    text: field(body, 'text', RAW_MAX.text),
    code: field(body, 'code', RAW_MAX.code),
    captchaToken: field(body, tokenField, 100) || readCookie(request.headers.cookie, CAPTCHA_COOKIE),
    honeypot: field(body, 'website', 1000),
  };
}

interface FormPageState {
  mode: CaptchaKind;
  values?: FormValues;
  errors?: FieldErrors;
  sent?: boolean;
}

async function sendFormPage(
  services: Services,
  request: FastifyRequest,
  reply: FastifyReply,
  lang: Lang,
  article: Article,
  visitor: Visitor,
  state: FormPageState,
  status = 200,
) {
  const pr = await pageRequest(services, request, lang);
  const articleUrl = urls.article(lang, article.slug);
  let form = null;
  if (!state.sent) {
    const issued = await issueCaptcha(services.database, visitor.visitorHash, {
      kind: state.mode,
      lang,
      now: pr.now,
    });
    form = (
      <CommentForm
        lang={lang}
        articleId={article.id}
        code={
          issued.kind === 'image'
            ? { kind: 'image', src: svgDataUrl(issued.svg!), token: issued.token }
            : { kind: 'text', question: issued.question!, token: issued.token }
        }
        values={state.values}
        errors={state.errors}
        headingLevel={2}
      />
    );
  }
  const title = t(lang, 'comments.formPageTitle', { title: article.title });
  const html = await renderPage(pr, {
    title: `${title} – ${siteName(pr.site, lang)}`,
    head: '<meta name="robots" content="noindex">',
    alternates: { vi: urls.home('vi'), en: urls.home('en') },
    withSidebar: false,
    main: (
      <div class="comment-page">
        <h1>{title}</h1>
        {state.sent && (
          <p class="notice" role="status">
            {t(lang, 'comments.pending')}
          </p>
        )}
        <p>
          <a href={`${articleUrl}#${COMMENTS_ANCHOR}`}>{t(lang, 'comments.backToArticle')}</a>
        </p>
        {form}
      </div>
    ),
  });
  return reply
    .code(status)
    .type('text/html; charset=utf-8')
    .header('cache-control', NO_STORE)
    .header('x-robots-tag', 'noindex')
    .send(html);
}

export function commentPublicRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    const url = commentRoutePatterns.formPage[lang];

    app.get<{ Querystring: { mode?: string; sent?: string } }>(url, async (request, reply) => {
      const article = await findArticle(services, request, Date.now());
      if (article.lang !== lang) return reply.redirect(commentUrls.formPage(article.lang, article.id), 301);
      const visitor = await identifyVisitor(services.database, request, reply);
      const mode: CaptchaKind = request.query.mode === 'text' ? 'text' : 'image';
      return sendFormPage(services, request, reply, lang, article, visitor, {
        mode,
        sent: request.query.sent === '1',
      });
    });

    app.post(url, async (request, reply) => {
      const now = Date.now();
      const article = await findArticle(services, request, now);
      assertSameHost(request);
      const visitor = await identifyVisitor(services.database, request, reply, now);
      const input = submission(request.body, request, 'captcha_id');
      const mode: CaptchaKind = input.captchaToken?.startsWith('t.') ? 'text' : 'image';
      try {
        await submitComment(
          services,
          { siteId: article.site_id, articleId: article.id },
          visitor,
          input,
          lang,
          now,
        );
      } catch (err) {
        if (!(err instanceof LoaError) || err.status >= 500) throw err;
        const values = { name: input.name, email: input.email, text: input.text };
        const errors = { [err.field ?? 'form']: err.localized(lang) };
        return sendFormPage(
          services,
          request,
          reply,
          lang,
          article,
          visitor,
          { mode, values, errors },
          err.status,
        );
      }
      return reply.redirect(`${commentUrls.formPage(lang, article.id)}?sent=1`, 303);
    });
  }

  app.post(commentRoutePatterns.api, async (request, reply) => {
    const now = Date.now();
    const lang = apiLang(request);
    const article = await findArticle(services, request, now);
    assertSameHost(request);
    const visitor = await identifyVisitor(services.database, request, reply, now);
    await submitComment(
      services,
      { siteId: article.site_id, articleId: article.id },
      visitor,
      submission(request.body, request, 'captchaId'),
      lang,
      now,
    );
    return reply
      .code(202)
      .header('cache-control', NO_STORE)
      .send({ status: 'pending', message: t(lang, 'comments.pending') });
  });
}
