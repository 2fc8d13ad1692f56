/**
 * Writes a cached (or freshly rendered) page straight to Node's response: picks brotli, gzip or
 * identity from Accept-Encoding, answers If-None-Match with 304, and sets the caching, tag and
 * security headers. Used by the cache fast path and by page routes alike, so both send the same bytes.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CacheEntry } from '../cache/page-cache.js';
import { PUBLIC_PAGE_CACHE_CONTROL, SECURITY_HEADERS } from './headers.js';

type Encoding = 'br' | 'gzip' | 'identity';

export function pickEncoding(accept: string | undefined, entry: Pick<CacheEntry, 'br' | 'gzip'>): Encoding {
  if (!accept) return 'identity';
  if (entry.br && accept.includes('br')) return 'br';
  if (entry.gzip && accept.includes('gzip')) return 'gzip';
  return 'identity';
}

function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  // Compare opaque tags, ignoring weak prefixes and the -br/-gz suffixes of encoded variants.
  const base = etag.slice(0, -1);
  for (const raw of header.split(',')) {
    const tag = raw.trim().replace(/^W\//, '');
    if (tag === etag || tag.startsWith(`${base}-`)) return true;
  }
  return false;
}

export function writeEntry(
  req: IncomingMessage,
  res: ServerResponse,
  entry: CacheEntry,
  cacheState: 'HIT' | 'MISS' | 'BYPASS',
  status = 200,
  extraHeaders?: Record<string, string>,
): void {
  const encoding = pickEncoding(req.headers['accept-encoding'], entry);
  const etag =
    encoding === 'identity' ? entry.etag : `${entry.etag.slice(0, -1)}-${encoding === 'br' ? 'br' : 'gz'}"`;
  const headers: Record<string, string | number> = {
    ...SECURITY_HEADERS,
    'content-type': entry.contentType,
    'cache-control': status === 200 ? PUBLIC_PAGE_CACHE_CONTROL : 'no-store',
    etag,
    vary: 'Accept-Encoding',
    'surrogate-key': entry.surrogateKey,
    ...extraHeaders,
  };
  // Set apart so the access log can read it back after the response.
  res.setHeader('x-loa-cache', cacheState);
  if (status === 200 && etagMatches(req.headers['if-none-match'], entry.etag)) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const body = encoding === 'br' ? entry.br! : encoding === 'gzip' ? entry.gzip! : entry.body;
  if (encoding !== 'identity') headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}
