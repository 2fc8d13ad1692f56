/**
 * Helpers for the rating and poll tests: readers as (address, visitor cookie) pairs, requests sent
 * the way a browser on the site sends them, and the hosts and articles of the demo sites.
 */
import type { LightMyRequestResponse } from 'fastify';
import type { TestNode } from '../../src/testing/harness.js';

export interface Reader {
  /** The source address (a reader behind the same address with cookies cleared keeps it). */
  ip: string;
  /** `loa_vid=…` once the server has issued one. */
  cookie?: string;
}

let next = 0;
/** A reader never seen before: a fresh address, no cookie. */
export function newReader(): Reader {
  next++;
  return { ip: `10.${(next >> 16) & 255}.${(next >> 8) & 255}.${next & 255}` };
}

/** Keeps the visitor cookie the server set, like a browser. */
export function keepCookie(reader: Reader, res: LightMyRequestResponse): Reader {
  const raw = res.headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  const vid = list.find((c) => c.startsWith('loa_vid='));
  if (vid) reader.cookie = vid.split(';')[0];
  return reader;
}

export interface SendOptions {
  host?: string;
  /** Default: the same origin as the host (what a browser on the site sends). */
  origin?: string | null;
  referer?: string;
  form?: boolean;
  lang?: 'vi' | 'en';
}

/** POSTs as the reader: JSON by default, or a plain form (`form: true`, fields url-encoded). */
export async function postAs(
  node: TestNode,
  reader: Reader,
  url: string,
  payload: Record<string, unknown> | string,
  o: SendOptions = {},
): Promise<LightMyRequestResponse> {
  const host = o.host ?? 'localhost';
  const headers: Record<string, string> = { host };
  if (o.origin !== null) headers.origin = o.origin ?? `http://${host}`;
  if (o.referer) headers.referer = o.referer;
  if (reader.cookie) headers.cookie = reader.cookie;
  let body: string;
  if (typeof payload === 'string') {
    body = payload;
    headers['content-type'] = o.form ? 'application/x-www-form-urlencoded' : 'application/json';
  } else if (o.form) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(payload)) for (const one of [v].flat()) form.append(k, String(one));
    body = form.toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  } else {
    body = JSON.stringify(payload);
    headers['content-type'] = 'application/json';
  }
  const res = await node.app.inject({
    method: 'POST',
    url: o.lang ? `${url}?lang=${o.lang}` : url,
    headers,
    payload: body,
    remoteAddress: reader.ip,
  });
  keepCookie(reader, res);
  return res;
}

export function getAs(node: TestNode, reader: Reader, url: string, o: SendOptions = {}) {
  const headers: Record<string, string> = { host: o.host ?? 'localhost' };
  if (reader.cookie) headers.cookie = reader.cookie;
  if (o.referer) headers.referer = o.referer;
  return node.app.inject({ method: 'GET', url, headers, remoteAddress: reader.ip });
}

/** The first host name of a demo site. */
export async function hostOf(node: TestNode, siteId: number): Promise<string> {
  const row = await node.services.database.db
    .selectFrom('site_hosts')
    .select('host')
    .where('site_id', '=', siteId)
    .orderBy('host')
    .executeTakeFirstOrThrow();
  return row.host;
}

/** Published Vietnamese articles of a site. */
export async function articlesOf(node: TestNode, siteId: number, limit = 5) {
  return node.services.database.db
    .selectFrom('articles')
    .select(['id', 'slug', 'category_id'])
    .where('site_id', '=', siteId)
    .where('lang', '=', 'vi')
    .where('status', '=', 'published')
    .where('published_at', '<=', Date.now())
    .orderBy('id')
    .limit(limit)
    .execute();
}
