/**
 * One place renders every error: LoaError and Fastify's own client errors keep their status and
 * message; anything else is logged and becomes a 500 that reveals nothing. Pages get an HTML page
 * in the site's look (or a bare one if even the site cannot be loaded), /api gets JSON.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { renderToString } from 'preact-render-to-string';
import { ErrorView } from '../../features/pages/error-view.js';
import type { Services } from '../../services.js';
import { pageRequest, renderPage } from '../../web/page.js';
import { langOfPath, urls } from '../../web/urls.js';
import { escapeHtml } from '../html/escape.js';
import { type Lang, langOfApiCall, type MessageKey, t } from '../i18n/index.js';
import { LoaError, notFound } from './errors.js';
import { NO_STORE, SECURITY_HEADERS } from './headers.js';

interface Described {
  status: number;
  code: string;
  field?: string;
  titleKey: MessageKey;
  message: (lang: Lang) => string;
}

function describe(err: unknown): Described {
  if (err instanceof LoaError) {
    const titleKey: MessageKey =
      err.status === 404
        ? 'error.notFound.title'
        : err.status === 403
          ? 'error.forbidden.title'
          : err.status >= 500
            ? 'error.server.title'
            : 'error.badRequest.title';
    return {
      status: err.status,
      code: err.code,
      field: err.field,
      titleKey,
      message: (lang) => err.localized(lang),
    };
  }
  const fe = err as FastifyError;
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    const status = fe.statusCode;
    return {
      status,
      code: fe.code ?? 'LOA_BAD_REQUEST',
      titleKey: status === 404 ? 'error.notFound.title' : 'error.badRequest.title',
      message: (lang) => t(lang, status === 404 ? 'error.notFound.body' : 'error.badRequest.body'),
    };
  }
  return {
    status: 500,
    code: 'LOA_INTERNAL',
    titleKey: 'error.server.title',
    message: (lang) => t(lang, 'error.server.body'),
  };
}

async function send(services: Services, err: unknown, request: FastifyRequest, reply: FastifyReply) {
  const d = describe(err);
  if (d.status >= 500) request.log.error({ err }, 'request failed');
  reply.code(d.status).headers(SECURITY_HEADERS).header('cache-control', NO_STORE);
  if (request.url.startsWith('/api/')) {
    // API callers choose their language with ?lang= or Accept-Language (Vietnamese by default).
    const query = (request.query as { lang?: unknown } | undefined)?.lang;
    const lang = langOfApiCall(query, request.headers['accept-language']);
    const error = { code: d.code, message: d.message(lang), ...(d.field ? { field: d.field } : {}) };
    return reply.send({ error });
  }
  const lang = langOfPath(request.url);
  reply.type('text/html; charset=utf-8');
  const main = <ErrorView lang={lang} titleKey={d.titleKey} message={d.message(lang)} />;
  try {
    const pr = await pageRequest(services, request, lang);
    return reply.send(
      await renderPage(pr, {
        title: t(lang, d.titleKey),
        alternates: { vi: urls.home('vi'), en: urls.home('en') },
        main,
        withSidebar: false,
      }),
    );
  } catch (inner) {
    request.log.error({ err: inner }, 'error page could not use the site layout');
    return reply.send(
      `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
        `<title>${escapeHtml(t(lang, d.titleKey))}</title></head><body><main>${renderToString(main)}</main></body></html>`,
    );
  }
}

export function installErrorHandling(app: FastifyInstance, services: Services): void {
  app.setErrorHandler((err, request, reply) => send(services, err, request, reply));
  app.setNotFoundHandler((request, reply) => send(services, notFound(), request, reply));
}
