/** `loa demo`: fills an empty database with the generated Vietnamese demo sites. */
import { loadConfig } from '../config.js';
import { seedDemo } from '../features/demo/seed.js';
import { prepareDatabase } from '../main.js';
import { optional, parseArgs, UsageError, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage: loa demo [--articles N] [--seed N]

Generates the demo province and commune sites with articles and photos in an empty database.
  --articles N   articles per site (default 64, at most 200000)
  --seed N       random seed, for repeatable content (default 1)`;

function count(value: string | undefined, name: string, fallback: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max)
    throw new UsageError(`--${name} must be a whole number from 1 to ${max}`);
  return n;
}

export const demoCommand: Command = {
  summary: 'generate demo sites and articles in an empty database',
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return 0;
    }
    const parsed = parseArgs(args, { articles: true, seed: true });
    const articlesPerSite = count(optional(parsed, 'articles'), 'articles', 64, 200_000);
    const seed = count(optional(parsed, 'seed'), 'seed', 1, 2 ** 31);
    const config = loadConfig();
    const database = await prepareDatabase(config);
    try {
      const existing = await database.db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
      if (existing) {
        process.stderr.write(
          'loa demo: the database already has sites; demo content goes only into an empty one\n',
        );
        return 1;
      }
      const summary = await seedDemo(database, {
        dataDir: config.dataDir,
        articlesPerSite,
        seed,
        interaction: true,
      });
      process.stdout.write(
        `demo content generated: ${summary.sites} sites, ${summary.articles} articles, ${summary.media} photos\n`,
      );
      return 0;
    } finally {
      await database.close();
    }
  },
};
