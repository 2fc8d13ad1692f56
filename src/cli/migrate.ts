/** `loa migrate`: applies pending database migrations and says which. */
import { loadConfig } from '../config.js';
import { prepareDatabase } from '../main.js';
import { parseArgs, wantsHelp } from './args.js';
import type { Command } from './index.js';

export const migrateCommand: Command = {
  summary: 'apply pending database migrations',
  async run(args) {
    if (wantsHelp(args)) {
      process.stdout.write(
        'Usage: loa migrate\n\nApplies pending migrations to the database of DATABASE_URL (or the SQLite file in LOA_DATA_DIR).\n',
      );
      return 0;
    }
    parseArgs(args, {});
    const database = await prepareDatabase(loadConfig());
    await database.close();
    process.stdout.write(`database is up to date (${database.dialect})\n`);
    return 0;
  },
};
