/**
 * Counts article views in memory and writes them in one batch every few seconds (and on shutdown):
 * a page view never writes to the database by itself, and a crash loses at most one interval.
 */
import type { Database } from '../../platform/db/database.js';

const BOT_RE =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo.*preview|headless|curl|wget|python-requests|httpclient|monitor|uptime/i;

export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT_RE.test(userAgent);
}

export class ViewCounter {
  private pending = new Map<number, Map<number, number>>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;

  constructor(
    private readonly database: Database,
    private readonly intervalMs = 5000,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  start(): void {
    this.timer ??= setInterval(() => void this.flush(), this.intervalMs);
    this.timer.unref();
  }

  record(siteId: number, articleId: number, n = 1): void {
    let site = this.pending.get(siteId);
    if (!site) {
      site = new Map();
      this.pending.set(siteId, site);
    }
    site.set(articleId, (site.get(articleId) ?? 0) + n);
  }

  /** Counts a page view of an article unless the user agent is a known bot (or missing). */
  recordVisit(siteId: number, articleId: number | undefined, userAgent: string | undefined): void {
    if (articleId !== undefined && !isBot(userAgent)) this.record(siteId, articleId);
  }

  /** Views recorded but not yet written, for one article (tests and live counts). */
  unflushed(siteId: number, articleId: number): number {
    return this.pending.get(siteId)?.get(articleId) ?? 0;
  }

  async flush(): Promise<void> {
    if (this.flushing) await this.flushing;
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = this.database.db
      .transaction()
      .execute(async (trx) => {
        for (const [siteId, articles] of batch) {
          for (const [articleId, n] of articles) {
            await trx
              .updateTable('articles')
              .set((eb) => ({ view_count: eb('view_count', '+', n) }))
              .where('site_id', '=', siteId)
              .where('id', '=', articleId)
              .execute();
          }
        }
      })
      .catch((err) => {
        // Put the counts back so the next flush retries them.
        for (const [siteId, articles] of batch) for (const [id, n] of articles) this.record(siteId, id, n);
        this.onError(err);
      })
      .finally(() => {
        this.flushing = undefined;
      });
    await this.flushing;
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
