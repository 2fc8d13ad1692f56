/** `loa start`: runs the portal until SIGTERM or SIGINT, then shuts down gracefully. */
import { loadConfig } from '../config.js';
import { startNode } from '../main.js';
import { parseArgs, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage: loa start

Starts the portal on PORT (default 3000). Settings come from the environment (see the README):
PORT, HOST, LOA_DATA_DIR, DATABASE_URL, REDIS_URL, LOA_DEMO, LOA_PAGE_CACHE, LOA_ADMIN_EMAIL,
LOA_ADMIN_PASSWORD, LOA_PUBLIC_URL, LOA_TRUST_PROXY, LOA_LOG_LEVEL.`;

export const startCommand: Command = {
  summary: 'start the portal (HTTP server)',
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    parseArgs(args, {});
    const node = await startNode(loadConfig());
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        process.stderr.write(`loa: ${signal} received, finishing requests in flight…\n`);
        node.close().then(resolve, (err) => {
          process.stderr.write(`loa: shutdown failed: ${(err as Error).message}\n`);
          resolve();
        });
      };
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    });
    return 0;
  },
};
