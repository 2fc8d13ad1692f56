/** `loa site add|list`: platform operators add sites (with their host names) and list them. */
import { loadConfig } from '../config.js';
import { createSite, listSites, SITE_KINDS } from '../features/sites/operations.js';
import { prepareDatabase } from '../main.js';
import { optional, parseArgs, required, UsageError, wantsHelp } from './args.js';
import type { Command } from './index.js';

const HELP = `Usage:
  loa site add --code CODE --name "Tên trang" [--name-en "English name"] [--kind KIND] [--host HOST[,HOST…]] [--default]
  loa site list

  --code      short identifier: lower-case letters, digits and dashes (e.g. xa-tan-phu)
  --name      the site's Vietnamese name (e.g. "Xã Tân Phú")
  --name-en   the site's English name (defaults to the Vietnamese one)
  --kind      one of ${SITE_KINDS.join(', ')} (default commune)
  --host      host names that serve this site, comma-separated (e.g. tanphu.example.vn)
  --default   serve this site for unknown host names and localhost`;

export const siteCommand: Command = {
  summary: 'add or list sites',
  async run(args) {
    const [action, ...rest] = args;
    if (!action || wantsHelp(args)) {
      process.stdout.write(`${HELP}\n`);
      return action ? 0 : 2;
    }
    if (action !== 'add' && action !== 'list')
      throw new UsageError(`unknown action "${action}" (add or list)`);
    const parsed =
      action === 'add'
        ? parseArgs(rest, { code: true, name: true, 'name-en': true, kind: true, host: true, default: false })
        : parseArgs(rest, {});
    if (parsed.positional.length) throw new UsageError(`unexpected argument "${parsed.positional[0]}"`);
    const database = await prepareDatabase(loadConfig());
    try {
      if (action === 'list') {
        for (const s of await listSites(database)) {
          process.stdout.write(
            `${s.id}\t${s.code}\t${s.kind}\t${s.is_default ? 'default\t' : '\t'}${s.name_vi}\t${s.hosts.join(',')}\n`,
          );
        }
        return 0;
      }
      const id = await createSite(database, {
        code: required(parsed, 'code'),
        nameVi: required(parsed, 'name'),
        nameEn: optional(parsed, 'name-en'),
        kind: optional(parsed, 'kind') ?? 'commune',
        hosts: (optional(parsed, 'host') ?? '')
          .split(',')
          .map((h) => h.trim())
          .filter(Boolean),
        isDefault: parsed.options.default === true,
      });
      process.stdout.write(`site ${id} created\n`);
      return 0;
    } finally {
      await database.close();
    }
  },
};
