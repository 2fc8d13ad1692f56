/**
 * Fan-out of cache invalidations between app nodes. A single node needs none (`localBus`); with
 * REDIS_URL set, every node publishes the tags it purged and drops the same tags when others do.
 */
import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export interface CacheBus {
  publish(tags: readonly string[]): void;
  /** Registers a handler for tags purged by other nodes; returns an unsubscribe function. */
  subscribe(handler: (tags: readonly string[]) => void): () => void;
  close(): Promise<void>;
}

export const CHANNEL = 'loa:cache:invalidate';

export function localBus(): CacheBus {
  return {
    publish() {},
    subscribe() {
      return () => {};
    },
    async close() {},
  };
}

/**
 * A bus over Redis pub/sub. `publisher` is the shared connection; a second connection is duplicated
 * from it for subscribing, as Redis requires.
 */
export async function redisBus(publisher: Redis): Promise<CacheBus> {
  const nodeId = randomUUID();
  const subscriber = publisher.duplicate();
  const handlers = new Set<(tags: readonly string[]) => void>();
  subscriber.on('message', (_channel: string, message: string) => {
    let parsed: { from?: string; tags?: unknown };
    try {
      parsed = JSON.parse(message);
    } catch {
      return;
    }
    if (parsed.from === nodeId || !Array.isArray(parsed.tags)) return;
    const tags = parsed.tags.filter((t): t is string => typeof t === 'string');
    for (const handler of handlers) handler(tags);
  });
  await subscriber.subscribe(CHANNEL);
  return {
    publish(tags) {
      void publisher.publish(CHANNEL, JSON.stringify({ from: nodeId, tags })).catch(() => {});
    },
    subscribe(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    async close() {
      handlers.clear();
      subscriber.disconnect();
    },
  };
}
