/**
 * The in-memory page cache: rendered public pages keyed by site and URL, each entry tagged (site,
 * category, article, home, widget…) so a write can purge exactly what it touched. Bodies are kept
 * with a strong ETag and, shortly after they are stored, brotli and gzip variants compressed off the
 * request path. Memory is bounded (least recently used entries go first) and entries expire.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip, constants as zlib } from 'node:zlib';
import type { CacheBus } from './cache-bus.js';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export interface CacheEntry {
  readonly key: string;
  readonly body: Buffer;
  br: Buffer | undefined;
  gzip: Buffer | undefined;
  readonly etag: string;
  readonly contentType: string;
  readonly tags: readonly string[];
  readonly surrogateKey: string;
  readonly expiresAt: number;
  /** Set for article pages, so a cache hit can still count a view. */
  readonly articleId: number | undefined;
  readonly siteId: number;
  size: number;
}

export interface StoreOptions {
  siteId: number;
  contentType: string;
  tags: readonly string[];
  expiresAt: number;
  articleId?: number;
}

export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

export class PageCache {
  private readonly entries = new Map<string, CacheEntry>();
  private readonly byTag = new Map<string, Set<string>>();
  private bytes = 0;
  private unsubscribe: (() => void) | undefined;
  /** Counters for tests, /readyz and the benchmark. */
  readonly stats = { hits: 0, misses: 0, stores: 0, evictions: 0, invalidations: 0 };

  constructor(
    readonly maxBytes: number,
    private readonly bus?: CacheBus,
  ) {
    this.unsubscribe = bus?.subscribe((tags) => this.dropTags(tags));
  }

  static key(siteId: number, url: string): string {
    return `${siteId}\n${url}`;
  }

  get size(): number {
    return this.entries.size;
  }

  get usedBytes(): number {
    return this.bytes;
  }

  get(key: string, now = Date.now()): CacheEntry | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.stats.misses++;
      return undefined;
    }
    if (entry.expiresAt <= now) {
      this.remove(entry);
      this.stats.misses++;
      return undefined;
    }
    // Least-recently-used order: Map iteration order is insertion order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.stats.hits++;
    return entry;
  }

  set(key: string, html: string | Buffer, options: StoreOptions): CacheEntry {
    const body = typeof html === 'string' ? Buffer.from(html) : html;
    const existing = this.entries.get(key);
    if (existing) this.remove(existing);
    const entry: CacheEntry = {
      key,
      body,
      br: undefined,
      gzip: undefined,
      etag: etagOf(body),
      contentType: options.contentType,
      tags: options.tags,
      surrogateKey: options.tags.join(' '),
      expiresAt: options.expiresAt,
      articleId: options.articleId,
      siteId: options.siteId,
      size: body.length + key.length + 256,
    };
    if (entry.size > this.maxBytes / 4) return entry; // too big to be worth keeping
    this.entries.set(key, entry);
    for (const tag of entry.tags) {
      let keys = this.byTag.get(tag);
      if (!keys) {
        keys = new Set();
        this.byTag.set(tag, keys);
      }
      keys.add(key);
    }
    this.bytes += entry.size;
    this.stats.stores++;
    this.evict();
    if (body.length > 512) void this.compress(entry);
    return entry;
  }

  /** Purges every entry carrying any of the tags, here and (through the bus) on every other node. */
  invalidate(tags: readonly string[]): void {
    if (tags.length === 0) return;
    this.dropTags(tags);
    this.bus?.publish(tags);
  }

  close(): void {
    this.unsubscribe?.();
    this.entries.clear();
    this.byTag.clear();
    this.bytes = 0;
  }

  private dropTags(tags: readonly string[]): void {
    for (const tag of tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      for (const key of [...keys]) {
        const entry = this.entries.get(key);
        if (entry) {
          this.remove(entry);
          this.stats.invalidations++;
        }
      }
      this.byTag.delete(tag);
    }
  }

  private remove(entry: CacheEntry): void {
    if (this.entries.get(entry.key) !== entry) return;
    this.entries.delete(entry.key);
    this.bytes -= entry.size;
    for (const tag of entry.tags) {
      const keys = this.byTag.get(tag);
      if (!keys) continue;
      keys.delete(entry.key);
      if (keys.size === 0) this.byTag.delete(tag);
    }
  }

  private evict(): void {
    if (this.bytes <= this.maxBytes) return;
    for (const entry of this.entries.values()) {
      this.remove(entry);
      this.stats.evictions++;
      if (this.bytes <= this.maxBytes * 0.9) break;
    }
  }

  private async compress(entry: CacheEntry): Promise<void> {
    try {
      const [br, gzipped] = await Promise.all([
        brotli(entry.body, {
          params: {
            [zlib.BROTLI_PARAM_QUALITY]: 9,
            [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT,
            [zlib.BROTLI_PARAM_SIZE_HINT]: entry.body.length,
          },
        }),
        gz(entry.body, { level: 9 }),
      ]);
      // The entry may have been purged or replaced while compressing.
      if (this.entries.get(entry.key) !== entry) return;
      entry.br = br;
      entry.gzip = gzipped;
      entry.size += br.length + gzipped.length;
      this.bytes += br.length + gzipped.length;
      this.evict();
    } catch {
      // Compression is an optimisation; the identity body is still served.
    }
  }
}
