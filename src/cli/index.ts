/**
 * The `loa` command for operators: one file per subcommand, each with --help. Errors are one line
 * (in Vietnamese unless LOA_LANG=en), exit code 1; usage errors exit 2.
 */
import { ConfigError } from '../config.js';
import { MigrationError } from '../platform/db/migrate.js';
import { LoaError } from '../platform/http/errors.js';
import { cliLang, UsageError } from './args.js';
import { demoCommand } from './demo.js';
import { migrateCommand } from './migrate.js';
import { searchCommand } from './search.js';
import { siteCommand } from './site.js';
import { startCommand } from './start.js';
import { tokenCommand } from './token.js';
import { userCommand } from './user.js';

export interface Command {
  summary: string;
  run(args: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  start: startCommand,
  migrate: migrateCommand,
  demo: demoCommand,
  site: siteCommand,
  user: userCommand,
  token: tokenCommand,
  search: searchCommand,
};

function help(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  loa ${name.padEnd(8)} ${c.summary}`);
  return [
    'Usage: loa <command> [options]',
    '',
    ...lines,
    '',
    'Run `loa <command> --help` for the options of a command.',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${help()}\n`);
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`loa: unknown command "${name}"\n\n${help()}\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`loa ${name}: ${err.message}\n`);
      return 2;
    }
    if (err instanceof LoaError) {
      process.stderr.write(`loa ${name}: ${err.localized(cliLang())}\n`);
      return 1;
    }
    if (err instanceof ConfigError || err instanceof MigrationError) {
      process.stderr.write(`loa ${name}: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
}
