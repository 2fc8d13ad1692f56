/** `loa token create`: makes an API token for a staff account on one site and prints it once. */
import { loadConfig } from '../config.js';
import { loadRoles } from '../features/access/actor.js';
import { audit } from '../features/access/audit.js';
import { normaliseEmail } from '../features/accounts/users.js';
import { checkTokenName, insertApiToken } from '../features/security/tokens.js';
import { siteIdByCode } from '../features/sites/operations.js';
import { prepareDatabase } from '../main.js';
import { invalid } from '../platform/http/errors.js';
import { parseArgs, required, UsageError, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage: loa token create --site CODE --email EMAIL --name "Tên gợi nhớ"

Makes an API token that acts as the account EMAIL on the site CODE only (with the account's role
there), for integrations: send it as "Authorization: Bearer <token>". The token is printed once,
on standard output; only its hash is stored. Revoke it in the admin (API tokens of the site).
  --site   the site code
  --email  the staff account (it must hold a role on the site, or be a platform admin)
  --name   what the token is for, e.g. "Cổng dịch vụ công"`;

export const tokenCommand: Command = {
  summary: 'make an API token for a staff account on a site',
  async run(args) {
    const [action, ...rest] = args;
    if (!action || wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return action ? 0 : 2;
    }
    if (action !== 'create') throw new UsageError(`unknown action "${action}" (create)`);
    const parsed = parseArgs(rest, { site: true, email: true, name: true });
    if (parsed.positional.length) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const code = required(parsed, 'site');
    const email = normaliseEmail(required(parsed, 'email'));
    const name = checkTokenName(required(parsed, 'name'));
    const database = await prepareDatabase(loadConfig());
    try {
      const siteId = await siteIdByCode(database, code);
      const user = await database.db
        .selectFrom('users')
        .select(['id', 'is_platform_admin', 'disabled'])
        .where('email', '=', email)
        .executeTakeFirst();
      if (!user) throw invalid('email', 'security.cli.userUnknown', { email });
      if (user.disabled === 1) throw invalid('email', 'security.cli.userDisabled', { email });
      const roles = await loadRoles(database, user.id);
      if (user.is_platform_admin !== 1 && !roles.has(siteId))
        throw invalid('email', 'security.cli.noRole', { email, code });
      const { id, token } = await insertApiToken(database, siteId, user.id, name);
      await audit(
        database,
        { userId: user.id, source: 'cli' },
        { action: 'token.create', siteId, target: `token:${id}`, details: { name, via: 'cli' } },
      );
      process.stdout.write(`${token}\n`);
      process.stderr.write(`token ${id} "${name}" for ${email} on ${code}: shown once, keep it safe\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
