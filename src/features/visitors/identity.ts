/**
 * Who a reader is, without storing who they are: a random visitor id kept in a cookie (`loa_vid`,
 * a year, httpOnly) hashed before it is stored, plus the source address hashed with a salt of the
 * Vietnamese day (the same all day on every node, unlinkable across days). Ratings, poll votes,
 * comments and verification codes are tied to these two hashes; no raw address is ever stored.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../../platform/db/database.js';
import { readCookie, serializeCookie } from '../../platform/http/cookies.js';
import { sha256 } from '../access/actor.js';
import { sourceHashOfDay } from '../access/secrets.js';

export const VISITOR_COOKIE = 'loa_vid';
const YEAR_SECONDS = 365 * 24 * 3600;

export interface Visitor {
  /** SHA-256 of the visitor-id cookie. */
  visitorHash: string;
  /** Day-salted keyed hash of the source address. */
  sourceHash: string;
  /** True when the request carried no (valid) visitor cookie and one was just issued. */
  isNew: boolean;
}

/** The Vietnamese calendar day (UTC+7) as yyyy-mm-dd. */
export function vietnamDay(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** The visitor id from the cookie, if it has the shape we issue. */
export function visitorIdOf(request: FastifyRequest): string | undefined {
  const id = readCookie(request.headers.cookie, VISITOR_COOKIE);
  return id && /^[A-Za-z0-9_-]{22,64}$/.test(id) ? id : undefined;
}

/**
 * Identifies the visitor, issuing a visitor cookie on the reply when there is none. Call it only on
 * requests that are never page-cached (POSTs, JSON endpoints), since it may set a cookie.
 */
export async function identifyVisitor(
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  now = Date.now(),
): Promise<Visitor> {
  let id = visitorIdOf(request);
  const isNew = id === undefined;
  if (!id) {
    id = randomBytes(16).toString('base64url');
    reply.header(
      'set-cookie',
      serializeCookie(VISITOR_COOKIE, id, {
        secure: request.protocol === 'https',
        maxAgeSeconds: YEAR_SECONDS,
      }),
    );
  }
  return {
    visitorHash: sha256(id),
    sourceHash: await sourceHashOfDay(database, request.ip, vietnamDay(now)),
    isNew,
  };
}
