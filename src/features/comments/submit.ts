/**
 * A reader sends a comment (the form without script and the public JSON API both come here).
 * In order: the honeypot (a filled one is thanked and dropped), the fields, the verification code
 * (used up whatever the outcome), then the rate limit, shared by every node because it counts
 * the rows in the database: at most 3 comments per visitor and 6 per source address (an office
 * or a school shares one) in 10 minutes, per site. The comment waits for moderation; nothing
 * public changes, so no cache is touched.
 */
import type { FastifyRequest } from 'fastify';
import { forbidden, invalid, LoaError } from '../../platform/http/errors.js';
import type { Lang } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { checkCaptcha } from '../captcha/captcha.js';
import type { Visitor } from '../visitors/identity.js';
import { cleanBody, cleanEmail, cleanName } from './input.js';

export const RATE_WINDOW_MS = 10 * 60_000;
export const PER_VISITOR = 3;
export const PER_SOURCE = 6;

export interface CommentSubmission {
  name: string;
  email: string;
  text: string;
  /** The answer typed for the verification code. */
  code: string;
  /** Which code: the token from the island (`captchaId`) or the image cookie. */
  captchaToken: string | undefined;
  /** The hidden field people never see; bots fill it. */
  honeypot: string;
}

export type SubmitOutcome = 'pending' | 'dropped';

/**
 * Same-host check for POSTs from browsers: the Origin (or, without one, the Referer) must name
 * this host. A request with neither comes from no browser form (browsers send Origin on every
 * POST), so it cannot be a cross-site forgery and passes; `Origin: null` does not.
 */
export function sameHost(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  const source = origin ?? request.headers.referer;
  if (source === undefined) return true;
  try {
    // Through URL on both sides, so a default port (:80, :443) written or not compares equal.
    return new URL(source).host === new URL(`${request.protocol}://${request.host}`).host;
  } catch {
    return false;
  }
}

export function assertSameHost(request: FastifyRequest): void {
  if (!sameHost(request)) throw forbidden('comments.foreignOrigin');
}

const rateLimited = () => new LoaError('LOA_RATE_LIMITED', 429, 'comments.rateLimited', { minutes: 10 });

export async function submitComment(
  services: Services,
  target: { siteId: number; articleId: number },
  visitor: Visitor,
  input: CommentSubmission,
  lang: Lang,
  now = Date.now(),
): Promise<SubmitOutcome> {
  if (input.honeypot.trim() !== '') {
    services.log.info({ siteId: target.siteId, articleId: target.articleId }, 'comment honeypot filled');
    return 'dropped';
  }
  const name = cleanName(input.name, lang);
  const email = cleanEmail(input.email);
  const body = cleanBody(input.text, lang);
  const db = services.database.db;
  const code = await checkCaptcha(
    services.database,
    visitor.visitorHash,
    input.captchaToken,
    input.code,
    now,
  );
  if (code === 'missing') throw invalid('code', 'comments.codeMissing');
  if (code === 'expired') throw invalid('code', 'comments.codeExpired');
  if (code !== 'ok') throw invalid('code', 'comments.codeWrong');

  const since = now - RATE_WINDOW_MS;
  const recent = (column: 'visitor_hash' | 'source_hash', value: string, upTo?: number) => {
    let q = db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('site_id', '=', target.siteId)
      .where(column, '=', value)
      .where('created_at', '>', since);
    if (upTo !== undefined) q = q.where('id', '<=', upTo);
    return q.executeTakeFirstOrThrow().then((r) => Number(r.n));
  };
  const counts = (upTo?: number) =>
    Promise.all([
      recent('visitor_hash', visitor.visitorHash, upTo),
      recent('source_hash', visitor.sourceHash, upTo),
    ]);
  const [byVisitor, bySource] = await counts();
  if (byVisitor >= PER_VISITOR || bySource >= PER_SOURCE) throw rateLimited();
  const row = await db
    .insertInto('comments')
    .values({
      site_id: target.siteId,
      article_id: target.articleId,
      parent_id: null,
      author_name: name,
      author_email: email,
      body,
      status: 'pending',
      is_site_reply: 0,
      visitor_hash: visitor.visitorHash,
      source_hash: visitor.sourceHash,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // Requests racing past the first count: only the earliest rows (by id) within the limit stay.
  const [visitorRows, sourceRows] = await counts(row.id);
  if (visitorRows > PER_VISITOR || sourceRows > PER_SOURCE) {
    await db.deleteFrom('comments').where('site_id', '=', target.siteId).where('id', '=', row.id).execute();
    throw rateLimited();
  }
  return 'pending';
}
