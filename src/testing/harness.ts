/**
 * An in-process Loa node for tests: a fresh database of the given dialect with a small seeded
 * demo, services and the Fastify app, driven with `app.inject`.
 */
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from '../app.js';
import { type Config, loadConfig } from '../config.js';
import { seedDemo } from '../features/demo/seed.js';
import type { DialectName } from '../platform/db/database.js';
import { createServices, type Services } from '../services.js';
import { createTestDatabase } from './dialects.js';

export interface TestNode {
  app: FastifyInstance;
  services: Services;
  config: Config;
  close(): Promise<void>;
}

export interface TestNodeOptions {
  dialect?: DialectName;
  pageCache?: boolean;
  /** Seed the demo (small) — default true. */
  seed?: boolean;
  articlesPerSite?: number;
  imagesPerSite?: number;
  env?: Record<string, string>;
}

export async function createTestNode(options: TestNodeOptions = {}): Promise<TestNode> {
  const test = await createTestDatabase(options.dialect ?? 'sqlite');
  const config = loadConfig({
    LOA_DATA_DIR: test.dataDir,
    LOA_PAGE_CACHE: options.pageCache === false ? '0' : '1',
    LOA_LOG_LEVEL: 'silent',
    ...options.env,
  });
  if (options.seed !== false) {
    await seedDemo(test.database, {
      dataDir: test.dataDir,
      articlesPerSite: options.articlesPerSite ?? 12,
      englishPerSite: 3,
      imagesPerSite: options.imagesPerSite ?? 2,
    });
  }
  const services = await createServices(config, test.database, pino({ level: 'silent' }));
  const app = await buildApp(services);
  await app.ready();
  return {
    app,
    services,
    config,
    async close() {
      await app.close();
      await services.close();
      await test.cleanup();
    },
  };
}
