/** `loa search reindex`: rebuilds the full-text search index from the articles. */
import { loadConfig } from '../config.js';
import { rebuildSearchIndex } from '../features/search/reindex.js';
import { prepareDatabase } from '../main.js';
import { parseArgs, UsageError, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage: loa search reindex

Rebuilds the full-text search index from the articles of every site: after an upgrade that
changes what is indexed, or to be sure the index matches the rows. On PostgreSQL every article's
search vectors are computed again and their indexes rebuilt (searching keeps working meanwhile,
more slowly); on SQLite the FTS5 indexes are rebuilt from their views. Safe to run while Loa is
serving; expect some thousands of articles a second.`;

export const searchCommand: Command = {
  summary: 'rebuild the full-text search index',
  async run(args) {
    const [action, ...rest] = args;
    if (!action || wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return action ? 0 : 2;
    }
    if (action !== 'reindex') throw new UsageError(`unknown action "${action}" (reindex)`);
    const parsed = parseArgs(rest, {});
    if (parsed.positional.length) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const database = await prepareDatabase(loadConfig());
    try {
      const progress = process.stderr.isTTY
        ? (done: number) => process.stderr.write(`\r  ${done.toLocaleString('en')} articles indexed`)
        : undefined;
      const { articles, seconds } = await rebuildSearchIndex(database, { onProgress: progress });
      if (progress) process.stderr.write('\n');
      const rate = seconds > 0 ? Math.round(articles / seconds) : articles;
      process.stdout.write(
        `search index rebuilt (${database.dialect}): ${articles} articles in ${seconds.toFixed(1)} s (${rate}/s)\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
