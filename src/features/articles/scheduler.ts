/**
 * Publishes scheduled articles when their time comes (within a minute): a tick every 20 seconds
 * runs a conditional UPDATE, which only one node can win per article, records each as a workflow
 * transition by the system, and purges the tags of what went live (publishDueArticles).
 */
import type { Services } from '../../services.js';
import { startSearchSweep } from '../search/sweep.js';
import { publishDueArticles } from './operations.js';

export function startScheduler(services: Services, intervalMs = 20_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const tags = await publishDueArticles(services.database);
      if (tags.length) {
        services.invalidate(tags);
        services.log.info({ tags }, 'scheduled articles published');
      }
    } catch (err) {
      services.log.error({ err }, 'scheduled publishing failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  void tick();
  // Started and stopped with it: the search index's sweep (PostgreSQL; see search/sweep.ts).
  const stopSweep = startSearchSweep(services);
  return () => {
    clearInterval(timer);
    stopSweep();
  };
}
