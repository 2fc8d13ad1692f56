/**
 * The background sweep of PostgreSQL's search index (pg-index.ts): every few seconds, the articles
 * whose vectors a write emptied and nobody filled (an import, a tag renamed, raw SQL) are indexed,
 * so any write is searchable within seconds. Editors' writes are indexed at once and never wait
 * for it. Nothing to do on SQLite, whose FTS5 triggers index in the writing statement.
 */
import type { Services } from '../../services.js';
import { indexPending } from './pg-index.js';

export const SWEEP_INTERVAL_MS = 3000;

export function startSearchSweep(
  services: Pick<Services, 'database' | 'log'>,
  intervalMs = SWEEP_INTERVAL_MS,
): () => void {
  const { database, log } = services;
  if (database.dialect !== 'postgres') return () => {};
  let running = false;
  let stopped = false;
  const tick = async () => {
    if (running || stopped) return;
    running = true;
    try {
      // Small batches: computing one holds the event loop (about 10 ms for 100 articles).
      const indexed = await indexPending(database, { batch: 100 });
      if (indexed > 0) log.info({ indexed }, 'search index: articles indexed');
    } catch (err) {
      if (!stopped) log.error({ err }, 'search index: sweep failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
