/**
 * Verification codes over HTTP. Article pages are cached and the same for everyone, so a code can
 * never be part of their HTML; it is fetched on its own, never cached, and bound to the visitor
 * the response identifies (issuing the visitor cookie when there is none):
 *   GET /binh-luan/ma-xac-thuc        the image (SVG); names its code in the `loa_cap` cookie, for
 *                                     forms sent without script
 *   GET /api/v1/captcha?kind=&lang=   a new code as JSON (`image` as a data: URL, or a `text`
 *                                     question), for the comment form's script
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { serializeCookie } from '../../platform/http/cookies.js';
import { badRequest } from '../../platform/http/errors.js';
import { NO_STORE } from '../../platform/http/headers.js';
import type { Services } from '../../services.js';
import { apiLang } from '../admin/context.js';
import { identifyVisitor } from '../visitors/identity.js';
import { CAPTCHA_COOKIE, CAPTCHA_TTL_MS, type IssuedCaptcha, issueCaptcha } from './captcha.js';

export const CAPTCHA_IMAGE_URL = '/binh-luan/ma-xac-thuc';
export const CAPTCHA_API_URL = '/api/v1/captcha';

/** An image code as a data: URL (allowed by the CSP's img-src), for pages rendered per request. */
export function svgDataUrl(svg: string): string {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

function noStore(reply: FastifyReply): FastifyReply {
  return reply.header('cache-control', NO_STORE).header('x-robots-tag', 'noindex');
}

export function captchaJson(issued: IssuedCaptcha) {
  return {
    id: issued.token,
    kind: issued.kind,
    ...(issued.svg ? { image: svgDataUrl(issued.svg) } : {}),
    ...(issued.question ? { question: issued.question } : {}),
    expiresAt: new Date(issued.expiresAt).toISOString(),
    expiresInSeconds: CAPTCHA_TTL_MS / 1000,
  };
}

export function captchaRoutes(app: FastifyInstance, services: Services): void {
  app.get(CAPTCHA_IMAGE_URL, async (request: FastifyRequest, reply) => {
    const visitor = await identifyVisitor(services.database, request, reply);
    const issued = await issueCaptcha(services.database, visitor.visitorHash, { kind: 'image', lang: 'vi' });
    reply.header(
      'set-cookie',
      serializeCookie(CAPTCHA_COOKIE, issued.token, {
        secure: request.protocol === 'https',
        maxAgeSeconds: CAPTCHA_TTL_MS / 1000,
      }),
    );
    return noStore(reply).type('image/svg+xml').send(issued.svg);
  });

  app.get<{ Querystring: { kind?: string } }>(CAPTCHA_API_URL, async (request, reply) => {
    const kind = request.query.kind ?? 'image';
    if (kind !== 'image' && kind !== 'text') throw badRequest();
    const visitor = await identifyVisitor(services.database, request, reply);
    const issued = await issueCaptcha(services.database, visitor.visitorHash, {
      kind,
      lang: apiLang(request),
    });
    return noStore(reply).send(captchaJson(issued));
  });
}
