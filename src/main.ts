/**
 * The composition root: config → data directory → database (migrated) → first-start content and
 * admin → services → HTTP server; and the graceful shutdown that undoes it in reverse.
 */
import pino, { type Logger } from 'pino';
import { buildApp } from './app.js';
import { type Config, ConfigError, ensureWritableDir } from './config.js';
import { bootstrapAdmin } from './features/accounts/users.js';
import { startScheduler } from './features/articles/scheduler.js';
import { createSite } from './features/sites/operations.js';
import { type Database, openDatabase } from './platform/db/database.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { createServices } from './services.js';

export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: undefined });
}

/** Opens and migrates the database named by the config. */
export async function prepareDatabase(config: Config): Promise<Database> {
  ensureWritableDir(config.dataDir);
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    await migrateToLatest(database);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}

/** On a database with no site: the demo sites (LOA_DEMO, default) or one empty default site. */
async function firstStartContent(config: Config, database: Database, log: Logger): Promise<void> {
  const site = await database.db.selectFrom('sites').select('id').limit(1).executeTakeFirst();
  if (site) return;
  if (config.demo) {
    const started = performance.now();
    // Loaded only when needed: the generator and its phrase pools stay out of a running server.
    const { seedDemo } = await import('./features/demo/seed.js');
    const summary = await seedDemo(database, { dataDir: config.dataDir, interaction: true });
    log.info({ ...summary, ms: Math.round(performance.now() - started) }, 'demo content generated');
  } else {
    await createSite(database, {
      code: 'default',
      nameVi: 'Cổng thông tin điện tử',
      nameEn: 'Information portal',
      kind: 'other',
    });
  }
}

export interface RunningNode {
  close(): Promise<void>;
  address: string;
}

export async function startNode(config: Config): Promise<RunningNode> {
  const started = performance.now();
  const log = createLogger(config);
  const database = await prepareDatabase(config);
  await firstStartContent(config, database, log);
  const admin = await bootstrapAdmin(database, { email: config.adminEmail, password: config.adminPassword });
  if (admin?.oneTimePassword) {
    // Printed once, on purpose outside the structured log: it is not kept anywhere in clear.
    process.stdout.write(
      `\n  Loa: the first platform admin account was created.\n  Email: ${admin.email}\n  One-time password: ${admin.oneTimePassword}\n  (shown only now; change it after the first login)\n\n`,
    );
  }
  const services = await createServices(config, database, log);
  services.views.start();
  const stopScheduler = startScheduler(services);
  const app = await buildApp(services);
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    stopScheduler();
    await services.close();
    await database.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new ConfigError(`port ${config.port} is already in use (set PORT to another one)`);
    if (code === 'EACCES') throw new ConfigError(`not allowed to listen on port ${config.port}`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
      throw new ConfigError(`HOST "${config.host}" is not an address of this machine`);
    throw err;
  }
  log.info(
    {
      address,
      database: database.dialect,
      redis: Boolean(config.redisUrl),
      pageCache: config.pageCache,
      startMs: Math.round(performance.now() - started),
    },
    'Loa is listening',
  );
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopScheduler();
      await app.close(); // stops accepting, lets in-flight requests finish
      await services.close(); // flushes counters
      await database.close();
      log.info('Loa stopped');
    })();
    return closing;
  };
  return { close, address };
}
