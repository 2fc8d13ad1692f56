/** `loa user add`: creates a staff account, optionally platform admin or with a role on a site. */
import { loadConfig } from '../config.js';
import { createUser, grantRole, PASSWORD_MIN, ROLES } from '../features/accounts/users.js';
import { siteIdByCode } from '../features/sites/operations.js';
import { prepareDatabase } from '../main.js';
import { optional, parseArgs, required, UsageError, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage: loa user add --email EMAIL [--name "Họ tên"] [--platform-admin] [--site CODE --role ROLE]

The password is read from the LOA_USER_PASSWORD environment variable (at least ${PASSWORD_MIN}
characters), so it never shows in the shell history or the process list.
  --site   the site code the role applies to
  --role   one of ${ROLES.join(', ')}`;

export const userCommand: Command = {
  summary: 'add a staff account',
  async run(args) {
    const [action, ...rest] = args;
    if (!action || wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return action ? 0 : 2;
    }
    if (action !== 'add') throw new UsageError(`unknown action "${action}" (add)`);
    const parsed = parseArgs(rest, {
      email: true,
      name: true,
      'platform-admin': false,
      site: true,
      role: true,
    });
    if (parsed.positional.length) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const email = required(parsed, 'email');
    const site = optional(parsed, 'site');
    const role = optional(parsed, 'role');
    if ((site === undefined) !== (role === undefined)) throw new UsageError('--site and --role go together');
    if (role !== undefined && !(ROLES as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${ROLES.join(', ')}`);
    }
    const password = process.env.LOA_USER_PASSWORD;
    if (!password) throw new UsageError("set LOA_USER_PASSWORD to the new account's password");
    const database = await prepareDatabase(loadConfig());
    try {
      const siteId = site ? await siteIdByCode(database, site) : undefined;
      const id = await createUser(database, {
        email,
        displayName: optional(parsed, 'name'),
        password,
        platformAdmin: parsed.options['platform-admin'] === true,
      });
      if (siteId !== undefined && role) await grantRole(database, siteId, id, role);
      process.stdout.write(`user ${id} created\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
