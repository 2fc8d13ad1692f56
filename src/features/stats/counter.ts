/**
 * Visitor statistics of a node. A page view costs a few map updates in memory (`recordVisit`, on
 * the cache fast path and in servePage); nothing is written per view:
 *   - every second (`push`) the views gathered are added to the store (memory, or Redis shared by
 *     every node), which holds the live figures: visits since launch, views per article, per-day
 *     visits and views, the day's distinct visitors and the visitors of the last five minutes;
 *   - every five seconds (`flush`) the values the node touched are written to the database in one
 *     transaction (site_counters, articles.view_count, visits_daily, article_views_daily);
 *   - on shutdown (`stop`, called by services.close) both run once more.
 * A crash loses what was not pushed yet (a second) and, without Redis, what was not flushed (five
 * seconds). A visitor is the visitor cookie when present, else the day-salted hash of the address
 * (the same salt as ratings and polls); no address is kept. Known bots are not counted.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyRequest } from 'fastify';
import type { Redis } from 'ioredis';
import type { Database } from '../../platform/db/database.js';
import { platformSecret } from '../access/secrets.js';
import { visitorIdOf } from '../visitors/identity.js';
import { dayNumber, dayString, vnDayIndex } from './days.js';
import { readSeeds, type Target, type TargetValue, writeValues } from './persist.js';
import { RedisStore } from './redis-store.js';
import { type HashIncrements, MemoryStore, ONLINE_WINDOW_MS, type StatsStore } from './store.js';

const BOT_RE =
  /bot|crawl|spider|slurp|bingpreview|facebookexternalhit|zalo.*preview|headless|curl|wget|python-requests|httpclient|monitor|uptime|lighthouse|pingdom|preview/i;

/** True for a known robot or a request without a user agent: those are never counted. */
export function isBot(userAgent: string | undefined): boolean {
  return !userAgent || BOT_RE.test(userAgent);
}

const DAY_SECONDS = 86_400;
const SITE_TTL_SECONDS = 7 * DAY_SECONDS;
/** Article totals idle this long leave the store (re-read from the database when viewed again). */
const ARTICLE_TTL_SECONDS = DAY_SECONDS;
const DAY_TTL_SECONDS = 3 * DAY_SECONDS;
/** Visitor keys kept while a push cannot reach the store, at most (beyond that, presence is dropped). */
const MAX_CARRIED_VISITORS = 100_000;

/** What recordVisit needs to know about the page sent. */
export interface ServedPage {
  articleId?: number;
  contentType: string;
}

export interface Figures {
  /** Visits since launch. */
  visits: number;
  /** Distinct visitors in the last five minutes. */
  online: number;
  /** Views of the article asked for; null when it is not a public article of the site. */
  views?: number | null;
}

export interface StatsCounterOptions {
  database: Database;
  /** With Redis, every node shares the live figures; without, this node holds them. */
  redis?: Redis;
  /** Behind a trusted proxy the visitor's address is the first of X-Forwarded-For. */
  trustProxy?: boolean;
  clock?: () => number;
  pushMs?: number;
  flushMs?: number;
  /** How long a node reuses figures it read (the JSON endpoint is asked by every page view). */
  figuresTtlMs?: number;
  onError?: (err: unknown) => void;
}

/** The views of one site on one day, gathered since the last push. */
interface Tally {
  siteId: number;
  dayIndex: number;
  visits: number;
  views: Map<number, number>;
  /** Visitor key → last seen (ms). */
  seen: Map<string, number>;
}

/** A counter increment planned for the store. */
interface Planned {
  hash: string;
  field: string;
  ttlSeconds: number;
  target: Target;
  delta: number;
}

/** What a push sends: increments by counter, distinct visitors by site-day, presence by site. */
interface Plan {
  ops: Map<string, Planned>;
  distinct: Map<string, { siteId: number; day: number; members: Set<string> }>;
  online: Map<number, Map<string, number>>;
}

const emptyPlan = (): Plan => ({ ops: new Map(), distinct: new Map(), online: new Map() });
const siteHash = (siteId: number) => `s:${siteId}`;
/** Article totals in hashes of 256 ids, so that articles nobody reads any more expire together. */
const articleHash = (siteId: number, articleId: number) => `a:${siteId}:${Math.floor(articleId / 256)}`;
const dayHash = (siteId: number, day: number) => `d:${siteId}:${day}`;
const onlineKey = (siteId: number) => `o:${siteId}`;
const targetId = (t: Target) => JSON.stringify(t);
const sha16 = (value: string) => createHash('sha256').update(value).digest('hex').slice(0, 16);

/** The client address as Fastify sees it (request.ip), for the raw requests of the fast path. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string | undefined {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket?.remoteAddress;
}

export class StatsCounter {
  readonly database: Database;
  private readonly clock: () => number;
  private readonly trustProxy: boolean;
  private readonly onError: (err: unknown) => void;
  private readonly pushMs: number;
  private readonly flushMs: number;
  private readonly figuresTtlMs: number;

  private tallies = new Map<number, Tally>();
  /** Increments a failed push could not apply, sent again with the next one. */
  private carry: Plan = emptyPlan();
  /** Latest values the node saw for counters it touched, to write at the next flush. */
  private dirty = new Map<string, TargetValue>();
  private salt: string | undefined;
  private saltDay = -1;
  private saltDayString = '';
  private prepared: Promise<StatsStore> | undefined;
  private readonly redis: Redis | undefined;
  private queue: Promise<void> = Promise.resolve();
  private timers: NodeJS.Timeout[] = [];
  private figuresCache = new Map<string, { at: number; value: Promise<Figures> }>();
  /** Visitor key of each open connection (hashed; gone with the connection). */
  private readonly connectionKeys = new WeakMap<
    object,
    { dayIndex: number; cookie: string | undefined; forwarded: string | undefined; key: string }
  >();

  constructor(options: StatsCounterOptions) {
    this.database = options.database;
    this.redis = options.redis;
    this.clock = options.clock ?? Date.now;
    this.trustProxy = options.trustProxy ?? false;
    this.onError = options.onError ?? (() => {});
    this.pushMs = options.pushMs ?? 1000;
    this.flushMs = options.flushMs ?? 5000;
    this.figuresTtlMs = options.figuresTtlMs ?? 1000;
    // The salt is needed on the hot path, synchronously: fetch it now (see ready()).
    this.store().catch(this.onError);
  }

  /**
   * Resolves once the address salt is loaded; until then visitors without a cookie are counted as
   * visits but not as distinct or online visitors. Awaited when services are created.
   */
  async ready(): Promise<void> {
    await this.store();
  }

  /** The store, once the address salt and (with Redis) the installation's key prefix are read. */
  private store(): Promise<StatsStore> {
    this.prepared ??= (async () => {
      this.salt = await platformSecret(this.database, 'source-salt');
      if (!this.redis) return new MemoryStore();
      const id = await platformSecret(this.database, 'stats-namespace');
      return new RedisStore(this.redis, `loa:stats:${sha16(id).slice(0, 12)}`);
    })();
    this.prepared.catch(() => {
      this.prepared = undefined;
    });
    return this.prepared;
  }

  start(): void {
    if (this.timers.length > 0) return;
    this.timers = [
      setInterval(() => void this.push().catch(this.onError), this.pushMs),
      setInterval(() => void this.flush().catch(this.onError), this.flushMs),
    ];
    for (const timer of this.timers) timer.unref();
  }

  /** Stops the timers and writes everything gathered (the shutdown path; errors are reported). */
  async stop(): Promise<void> {
    for (const timer of this.timers) clearInterval(timer);
    this.timers = [];
    await this.flush().catch(this.onError);
  }

  // ── The hot path ────────────────────────────────────────────────────────────────────────────

  /**
   * Counts a page view: a GET of an HTML page by something that is not a known bot. Called on
   * every page sent, from the cache or freshly rendered; it only updates maps.
   */
  recordVisit(siteId: number, page: ServedPage, req: IncomingMessage): void {
    if (req.method !== 'GET' || !page.contentType.startsWith('text/html')) return;
    if (isBot(req.headers['user-agent'])) return;
    const now = this.clock();
    const dayIndex = vnDayIndex(now);
    const key = siteId * 1_000_000 + dayIndex;
    let tally = this.tallies.get(key);
    if (!tally) {
      tally = { siteId, dayIndex, visits: 0, views: new Map(), seen: new Map() };
      this.tallies.set(key, tally);
    }
    tally.visits++;
    if (page.articleId !== undefined)
      tally.views.set(page.articleId, (tally.views.get(page.articleId) ?? 0) + 1);
    const visitor = this.visitorKey(req, dayIndex);
    if (visitor) tally.seen.set(visitor, now);
  }

  /**
   * The visitor's key, remembered per connection: a keep-alive connection sending the same cookie
   * (and forwarded address) the same day is the same visitor, so the hash is made once.
   */
  private visitorKey(req: IncomingMessage, dayIndex: number): string | undefined {
    const cookie = req.headers.cookie;
    const header = this.trustProxy ? req.headers['x-forwarded-for'] : undefined;
    const forwarded = Array.isArray(header) ? header.join(',') : header;
    const socket = req.socket as object | undefined;
    const known = socket && this.connectionKeys.get(socket);
    if (known && known.dayIndex === dayIndex && known.cookie === cookie && known.forwarded === forwarded) {
      return known.key;
    }
    const key = this.computeVisitorKey(req, dayIndex);
    if (socket && key) this.connectionKeys.set(socket, { dayIndex, cookie, forwarded, key });
    return key;
  }

  private computeVisitorKey(req: IncomingMessage, dayIndex: number): string | undefined {
    // visitorIdOf reads nothing but the Cookie header.
    const id = visitorIdOf({ headers: req.headers } as FastifyRequest);
    if (id) return `c${sha16(id)}`;
    if (!this.salt) return undefined;
    const address = clientAddress(req, this.trustProxy);
    if (!address) return undefined;
    if (dayIndex !== this.saltDay) {
      this.saltDay = dayIndex;
      this.saltDayString = dayString(dayIndex);
    }
    // SHA-256 of secret salt, day and address, cut to 64 bits: a key for counting, unlinkable across
    // days (half the cost of an HMAC, which matters on the hot path).
    return `s${sha16(`${this.salt}${this.saltDayString}|${address}`)}`;
  }

  // ── Push: memory → store ────────────────────────────────────────────────────────────────────

  /** Sends the views gathered to the store (serialised with flushes). */
  push(): Promise<void> {
    return this.serial(() => this.pushNow());
  }

  /** Pushes, then writes every value touched since the last flush to the database. */
  flush(): Promise<void> {
    return this.serial(async () => {
      let pushError: unknown;
      await this.pushNow().catch((err) => {
        pushError = err;
      });
      await this.writeNow();
      if (pushError) throw pushError;
    });
  }

  private serial(job: () => Promise<void>): Promise<void> {
    const run = this.queue.then(job);
    this.queue = run.catch(() => {});
    return run;
  }

  private plan(tallies: Iterable<Tally>): Plan {
    const plan = this.carry;
    this.carry = emptyPlan();
    const add = (hash: string, field: string, ttlSeconds: number, target: Target, delta: number) => {
      const id = `${hash}|${field}`;
      const op = plan.ops.get(id);
      if (op) op.delta += delta;
      else plan.ops.set(id, { hash, field, ttlSeconds, target, delta });
    };
    for (const t of tallies) {
      const { siteId } = t;
      const day = dayNumber(t.dayIndex);
      const s = siteHash(siteId);
      const d = dayHash(siteId, day);
      add(s, 'v', SITE_TTL_SECONDS, { kind: 'site', siteId }, t.visits);
      add(d, 'v', DAY_TTL_SECONDS, { kind: 'day', siteId, day }, t.visits);
      for (const [articleId, n] of t.views) {
        const a = articleHash(siteId, articleId);
        add(a, String(articleId), ARTICLE_TTL_SECONDS, { kind: 'article', siteId, articleId }, n);
        add(d, `a${articleId}`, DAY_TTL_SECONDS, { kind: 'dayArticle', siteId, day, articleId }, n);
      }
      if (t.seen.size === 0) continue;
      add(d, 'ub', DAY_TTL_SECONDS, { kind: 'dayBase', siteId, day }, 0);
      const distinctKey = `${siteId}:${day}`;
      let distinct = plan.distinct.get(distinctKey);
      if (!distinct) {
        distinct = { siteId, day, members: new Set() };
        plan.distinct.set(distinctKey, distinct);
      }
      let online = plan.online.get(siteId);
      if (!online) {
        online = new Map();
        plan.online.set(siteId, online);
      }
      for (const [member, at] of t.seen) {
        distinct.members.add(member);
        if ((online.get(member) ?? 0) < at) online.set(member, at);
      }
    }
    return plan;
  }

  /** Keeps what a failed push did not apply for the next one (presence only up to a bound). */
  private keep(ops: Iterable<Planned>, plan?: Plan): void {
    for (const op of ops) {
      const id = `${op.hash}|${op.field}`;
      const kept = this.carry.ops.get(id);
      if (kept) kept.delta += op.delta;
      else this.carry.ops.set(id, { ...op });
    }
    if (!plan) return;
    let carried = 0;
    for (const d of this.carry.distinct.values()) carried += d.members.size;
    for (const [key, d] of plan.distinct) {
      if (carried + d.members.size > MAX_CARRIED_VISITORS) break;
      carried += d.members.size;
      this.carry.distinct.set(key, d);
    }
    for (const [siteId, seen] of plan.online)
      if (seen.size < MAX_CARRIED_VISITORS) this.carry.online.set(siteId, seen);
  }

  private markDirty(target: Target, value: number): void {
    const id = targetId(target);
    const known = this.dirty.get(id);
    if (!known || known.value < value) this.dirty.set(id, { target, value });
  }

  private async pushNow(): Promise<void> {
    if (this.tallies.size === 0 && this.carry.ops.size === 0) return;
    const store = await this.store();
    const now = this.clock();
    const tallies = this.tallies;
    this.tallies = new Map();
    // Figures read before this push are stale now (on this node; others see it within their TTL).
    this.figuresCache.clear();
    const plan = this.plan(tallies.values());
    // Group the increments by hash: one script call per hash.
    const byHash = new Map<string, Planned[]>();
    for (const op of plan.ops.values()) {
      const list = byHash.get(op.hash);
      if (list) list.push(op);
      else byHash.set(op.hash, [op]);
    }
    const groups = [...byHash.values()];
    const counters: HashIncrements[] = groups.map((ops) => ({
      hash: ops[0]!.hash,
      ttlSeconds: ops[0]!.ttlSeconds,
      fields: ops.map((op) => [op.field, op.delta]),
    }));
    const distinct = [...plan.distinct.values()];
    let result: Awaited<ReturnType<StatsStore['apply']>>;
    try {
      result = await store.apply(
        {
          counters,
          distinct: distinct.map((d) => ({
            key: `u:${d.siteId}:${d.day}`,
            ttlSeconds: DAY_TTL_SECONDS,
            members: [...d.members],
          })),
          online: [...plan.online].map(([siteId, seen]) => ({ key: onlineKey(siteId), seen })),
        },
        now,
      );
    } catch (err) {
      this.keep(plan.ops.values(), plan);
      throw err;
    }
    const values = new Map<Planned, number>();
    const missing: Planned[] = [];
    groups.forEach((ops, g) => {
      ops.forEach((op, i) => {
        const value = result.counters[g]![i];
        if (value === null || value === undefined) missing.push(op);
        else values.set(op, value);
      });
    });
    if (missing.length > 0) {
      try {
        await this.seedMissing(store, missing, values, now);
      } catch (err) {
        this.keep(missing);
        this.recordValues(values, distinct, result.distinct);
        throw err;
      }
    }
    this.recordValues(values, distinct, result.distinct);
  }

  /** Seeds the counters the store did not hold from the database, adding their increments. */
  private async seedMissing(
    store: StatsStore,
    missing: Planned[],
    values: Map<Planned, number>,
    now: number,
  ): Promise<void> {
    const seeds = await readSeeds(
      this.database,
      missing.map((op) => op.target),
    );
    const groups = new Map<string, { op: Planned; seed: number }[]>();
    missing.forEach((op, i) => {
      const item = { op, seed: seeds[i]! };
      const list = groups.get(op.hash);
      if (list) list.push(item);
      else groups.set(op.hash, [item]);
    });
    const lists = [...groups.values()];
    const seeded = await store.seed(
      lists.map((items) => ({
        hash: items[0]!.op.hash,
        ttlSeconds: items[0]!.op.ttlSeconds,
        fields: items.map(({ op, seed }) => [op.field, seed, op.delta]),
      })),
      now,
    );
    lists.forEach((items, g) => {
      items.forEach(({ op }, i) => {
        values.set(op, seeded[g]![i]!);
      });
    });
  }

  private recordValues(
    values: Map<Planned, number>,
    distinct: { siteId: number; day: number }[],
    counts: number[],
  ): void {
    const bases = new Map<string, number>();
    for (const [op, value] of values) {
      if (op.target.kind === 'dayBase') bases.set(`${op.target.siteId}:${op.target.day}`, value);
      else this.markDirty(op.target, value);
    }
    distinct.forEach(({ siteId, day }, i) => {
      const base = bases.get(`${siteId}:${day}`);
      if (base !== undefined) this.markDirty({ kind: 'dayVisitors', siteId, day }, base + counts[i]!);
    });
  }

  private async writeNow(): Promise<void> {
    if (this.dirty.size === 0) return;
    const dirty = this.dirty;
    this.dirty = new Map();
    try {
      await writeValues(this.database, [...dirty.values()]);
    } catch (err) {
      for (const { target, value } of dirty.values()) this.markDirty(target, value);
      throw err;
    }
  }

  // ── Reading the live figures ────────────────────────────────────────────────────────────────

  /**
   * Visits since launch and visitors online for a site, and the views of one article: what the
   * store holds (every node's pushes), plus what this node gathered and has not pushed yet.
   * Reused for `figuresTtlMs`, so a burst of page views reads the store once a second.
   */
  figures(siteId: number, articleId?: number): Promise<Figures> {
    const now = this.clock();
    const key = `${siteId}:${articleId ?? ''}`;
    const cached = this.figuresCache.get(key);
    if (cached && now - cached.at < this.figuresTtlMs) return cached.value;
    if (this.figuresCache.size > 10_000) this.figuresCache.clear();
    const value = this.readFigures(siteId, articleId, now);
    this.figuresCache.set(key, { at: now, value });
    value.catch(() => this.figuresCache.delete(key));
    return value;
  }

  private async readFigures(siteId: number, articleId: number | undefined, now: number): Promise<Figures> {
    const refs = [{ hash: siteHash(siteId), field: 'v' }];
    if (articleId !== undefined)
      refs.push({ hash: articleHash(siteId, articleId), field: String(articleId) });
    let values: (number | null)[] = [null, null];
    let online = 0;
    try {
      const store = await this.store();
      const [read, [count]] = await Promise.all([
        store.read(refs, now),
        store.online([onlineKey(siteId)], now - ONLINE_WINDOW_MS),
      ]);
      values = read;
      online = count ?? 0;
    } catch (err) {
      // The store is out of reach (Redis down): the database's figures, a few seconds behind.
      this.onError(err);
    }
    const unpushed = this.unpushed(siteId, articleId);
    let visits = values[0] ?? null;
    if (visits === null) {
      const row = await this.database.db
        .selectFrom('site_counters')
        .select('visits')
        .where('site_id', '=', siteId)
        .executeTakeFirst();
      visits = Number(row?.visits ?? 0);
    }
    const figures: Figures = { visits: visits + unpushed.visits, online };
    if (articleId !== undefined) {
      let views = values[1] ?? null;
      if (views === null) {
        const row = await this.database.db
          .selectFrom('articles')
          .select('view_count')
          .where('site_id', '=', siteId)
          .where('id', '=', articleId)
          .where('status', '=', 'published')
          .where('published_at', '<=', now)
          .executeTakeFirst();
        views = row ? Number(row.view_count) : null;
      }
      figures.views = views === null ? null : views + unpushed.views;
    }
    return figures;
  }

  /** Visits (and views of one article) gathered here and not in the store yet. */
  private unpushed(siteId: number, articleId: number | undefined): { visits: number; views: number } {
    let visits = 0;
    let views = 0;
    for (const t of this.tallies.values()) {
      if (t.siteId !== siteId) continue;
      visits += t.visits;
      if (articleId !== undefined) views += t.views.get(articleId) ?? 0;
    }
    for (const op of this.carry.ops.values()) {
      if (op.target.kind === 'site' && op.target.siteId === siteId) visits += op.delta;
      if (op.target.kind === 'article' && op.target.siteId === siteId && op.target.articleId === articleId)
        views += op.delta;
    }
    return { visits, views };
  }
}
