/**
 * The services a running Loa node holds, built once by the composition root and handed to every
 * route: configuration, database, caches, the site registry, queries and counters.
 */
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { ArticleQueries } from './features/articles/queries.js';
import { SiteRegistry } from './features/sites/site-registry.js';
import { StatsCounter } from './features/stats/counter.js';
import { type CacheBus, localBus, redisBus } from './platform/cache/cache-bus.js';
import { PageCache } from './platform/cache/page-cache.js';
import type { Database } from './platform/db/database.js';
import { FragmentCache } from './web/fragments.js';

export interface Services {
  config: Config;
  database: Database;
  log: Logger;
  cache: PageCache;
  fragments: FragmentCache;
  sites: SiteRegistry;
  articles: ArticleQueries;
  /** Visitor statistics: visits, views, online; gathered in memory, shared through Redis if set. */
  views: StatsCounter;
  redis: Redis | undefined;
  /** Purges the tags everywhere: pages, fragments, the site registry; other nodes through the bus. */
  invalidate(tags: readonly string[]): void;
  close(): Promise<void>;
}

async function connectRedis(url: string): Promise<Redis> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2, connectTimeout: 5000 });
  await redis.connect();
  return redis;
}

export async function createServices(config: Config, database: Database, log: Logger): Promise<Services> {
  const redis = config.redisUrl ? await connectRedis(config.redisUrl) : undefined;
  const bus: CacheBus = redis ? await redisBus(redis) : localBus();
  const cache = new PageCache(config.pageCacheBytes, bus);
  const fragments = new FragmentCache();
  const sites = new SiteRegistry(database, config.publicUrl);
  const views = new StatsCounter({
    database,
    redis,
    trustProxy: config.trustProxy,
    onError: (err) => log.error({ err }, 'visitor statistics: push or flush failed'),
  });
  await views.ready();

  const dropLocal = (tags: readonly string[]) => {
    fragments.dropTags(tags);
    for (const tag of tags) {
      if (tag.startsWith('chrome:')) sites.invalidate(Number(tag.slice(7)));
    }
  };
  // Tags purged on another node reach the fragment cache and site registry here too.
  bus.subscribe(dropLocal);

  return {
    config,
    database,
    log,
    cache,
    fragments,
    sites,
    articles: new ArticleQueries(database),
    views,
    redis,
    invalidate(tags) {
      cache.invalidate(tags);
      dropLocal(tags);
    },
    async close() {
      await views.stop();
      cache.close();
      await bus.close();
      redis?.disconnect();
    },
  };
}
