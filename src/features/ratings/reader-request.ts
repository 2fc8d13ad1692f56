/**
 * What the public write endpoints of reader interaction (article ratings, poll votes) share. Pages
 * are cached and the same for everyone, so their forms cannot carry a CSRF token; a write is
 * accepted only when the browser says it comes from this site (Origin, else Referer), on top of
 * the SameSite visitor cookie and the one-per-visitor rules. Bodies are small by construction.
 */
import type { FastifyRequest } from 'fastify';
import type { ExpressionBuilder } from 'kysely';
import type { Schema } from '../../platform/db/schema.js';
import { LoaError } from '../../platform/http/errors.js';
import { sha256 } from '../access/actor.js';
import { sourceHashOfDay } from '../access/secrets.js';
import { vietnamDay, visitorIdOf } from '../visitors/identity.js';

/**
 * Figures that are the same for every reader (a rating summary, a poll's results): fetched after
 * every page load, so a CDN in front may answer them for a couple of seconds; browsers always ask.
 */
export const SHARED_FIGURES_CACHE_CONTROL = 'public, max-age=0, s-maxage=2';

/** Largest body a rating or vote may have; anything bigger is refused before it is parsed. */
export const READER_BODY_LIMIT = 2048;

const hostOf = (value: string): string | undefined => {
  try {
    return new URL(value).host.toLowerCase();
  } catch {
    return undefined;
  }
};

/**
 * Refuses (403) a write whose Origin, or Referer when there is no Origin, names another host than
 * the one asked. Browsers send Origin with every cross-site POST, so a form on another site that
 * posts here is refused; clients that send neither (scripts, curl) are not browsers to protect.
 */
export function assertFromThisSite(request: FastifyRequest): void {
  const claimed = request.headers.origin ?? request.headers.referer;
  if (claimed === undefined) return;
  const host = request.host.toLowerCase();
  if (hostOf(claimed) !== host) throw new LoaError('LOA_CROSS_SITE', 403, 'interaction.crossSite');
}

/** True for a plain HTML form post (no JavaScript): answer with a redirect, not JSON. */
export function isFormPost(request: FastifyRequest): boolean {
  return (request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
}

/**
 * The visitor's hashes without issuing a cookie (for GET pages, which must not set one): the
 * visitor hash only when the request carries a visitor cookie.
 */
export async function peekVisitor(
  request: FastifyRequest,
  database: Parameters<typeof sourceHashOfDay>[0],
  now = Date.now(),
): Promise<SeenReader> {
  const id = visitorIdOf(request);
  return {
    visitorHash: id ? sha256(id) : undefined,
    sourceHash: await sourceHashOfDay(database, request.ip, vietnamDay(now)),
  };
}

export interface SeenReader {
  /** Undefined when the request carried no visitor cookie. */
  visitorHash: string | undefined;
  sourceHash: string;
}

/** A where-clause for a reader's rows (ratings, poll votes): their cookie's, or their address's today. */
export function sameReader(visitor: SeenReader) {
  return (eb: ExpressionBuilder<Schema, 'ratings' | 'poll_votes'>) =>
    visitor.visitorHash
      ? eb.or([eb('visitor_hash', '=', visitor.visitorHash), eb('source_hash', '=', visitor.sourceHash)])
      : eb('source_hash', '=', visitor.sourceHash);
}

/** A small map whose entries expire, bounded in size (the oldest insertions go first). */
export class ShortCache<V> {
  private readonly items = new Map<string, { value: V; expiresAt: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly maxItems = 5000,
  ) {}

  get(key: string, now = Date.now()): V | undefined {
    const hit = this.items.get(key);
    if (!hit) return undefined;
    if (hit.expiresAt <= now) {
      this.items.delete(key);
      return undefined;
    }
    return hit.value;
  }

  /** Changes a live entry's value without extending its life. */
  update(key: string, value: V): void {
    const hit = this.items.get(key);
    if (hit) hit.value = value;
  }

  delete(key: string): void {
    this.items.delete(key);
  }

  set(key: string, value: V, now = Date.now()): void {
    this.items.delete(key);
    if (this.items.size >= this.maxItems) this.items.delete(this.items.keys().next().value!);
    this.items.set(key, { value, expiresAt: now + this.ttlMs });
  }
}
