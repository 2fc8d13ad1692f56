/**
 * Every setting Loa reads from the environment, validated once at start.
 * A bad value stops the process with one clear line (ConfigError), never a stack trace.
 */
import { accessSync, constants, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** `undefined` means the embedded SQLite database in the data directory. */
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  demo: boolean;
  pageCache: boolean;
  /** Upper bound of the in-memory page cache, in bytes (all variants counted). */
  pageCacheBytes: number;
  adminEmail: string | undefined;
  adminPassword: string | undefined;
  logLevel: LogLevel;
  production: boolean;
  /** Origin used in absolute links of sites that have no host name of their own. */
  publicUrl: string;
  /** Trust X-Forwarded-* headers (behind a reverse proxy). */
  trustProxy: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

function flag(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(value.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  throw new ConfigError(`${name} must be 0 or 1, got "${value}"`);
}

function port(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`PORT must be a whole number from 0 to 65535, got "${value}"`);
  }
  return n;
}

function databaseUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL is not a valid URL (expected postgres://user@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// (unset it to use the embedded SQLite database), got "${url.protocol}"`,
    );
  }
  if (url.pathname.length < 2)
    throw new ConfigError('DATABASE_URL must name a database, e.g. postgres://localhost/loa');
  return value;
}

function redisUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    const url = new URL(value);
    if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') throw new Error('protocol');
  } catch {
    throw new ConfigError(`REDIS_URL must look like redis://127.0.0.1:6379, got "${value}"`);
  }
  return value;
}

/** Creates the data directory when missing and proves it is writable. */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
    accessSync(dir, constants.W_OK);
  } catch (err) {
    const reason = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new ConfigError(`LOA_DATA_DIR "${dir}" is not a writable directory (${reason})`);
  }
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const logLevel = (env.LOA_LOG_LEVEL || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError(`LOA_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${logLevel}"`);
  }
  const cacheMb = Number(env.LOA_PAGE_CACHE_MB || 128);
  if (!Number.isFinite(cacheMb) || cacheMb < 1) {
    throw new ConfigError(`LOA_PAGE_CACHE_MB must be a positive number, got "${env.LOA_PAGE_CACHE_MB}"`);
  }
  const adminEmail = env.LOA_ADMIN_EMAIL?.trim() || undefined;
  const adminPassword = env.LOA_ADMIN_PASSWORD || undefined;
  if (adminEmail && !/^[^\s@]+@[^\s@]+$/.test(adminEmail)) {
    throw new ConfigError(`LOA_ADMIN_EMAIL is not an email address: "${adminEmail}"`);
  }
  if (adminPassword !== undefined && adminPassword.length < 10) {
    throw new ConfigError('LOA_ADMIN_PASSWORD must be at least 10 characters long');
  }
  if (adminPassword !== undefined && !adminEmail) {
    throw new ConfigError('LOA_ADMIN_PASSWORD is set but LOA_ADMIN_EMAIL is not');
  }
  const listenPort = port(env.PORT);
  let publicUrl = `http://localhost:${listenPort}`;
  if (env.LOA_PUBLIC_URL) {
    try {
      const url = new URL(env.LOA_PUBLIC_URL);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
      publicUrl = url.origin;
    } catch {
      throw new ConfigError(
        `LOA_PUBLIC_URL must look like https://portal.example.vn, got "${env.LOA_PUBLIC_URL}"`,
      );
    }
  }
  return {
    port: listenPort,
    publicUrl,
    trustProxy: flag('LOA_TRUST_PROXY', env.LOA_TRUST_PROXY, false),
    host: env.HOST || '0.0.0.0',
    dataDir: resolve(env.LOA_DATA_DIR || './data'),
    databaseUrl: databaseUrl(env.DATABASE_URL),
    redisUrl: redisUrl(env.REDIS_URL),
    demo: flag('LOA_DEMO', env.LOA_DEMO, true),
    pageCache: flag('LOA_PAGE_CACHE', env.LOA_PAGE_CACHE, true),
    pageCacheBytes: Math.round(cacheMb * 1024 * 1024),
    adminEmail,
    adminPassword,
    logLevel,
    production: env.NODE_ENV === 'production',
  };
}
