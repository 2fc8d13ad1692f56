/**
 * Platform secrets: random values made once per installation and shared by every node through the
 * database (e.g. the salt for hashing source addresses). Never shown, never logged.
 */
import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';

const cache = new WeakMap<Database, Map<string, Promise<string>>>();

export function platformSecret(database: Database, name: string): Promise<string> {
  let byName = cache.get(database);
  if (!byName) {
    byName = new Map();
    cache.set(database, byName);
  }
  let value = byName.get(name);
  if (!value) {
    value = (async () => {
      const fresh = randomBytes(32).toString('base64url');
      // Two nodes starting at once both try; the first insert wins and both read the winner back.
      await database.db
        .insertInto('platform_secrets')
        .values({ name, value: fresh })
        .onConflict((oc) => oc.column('name').doNothing())
        .execute();
      const row = await database.db
        .selectFrom('platform_secrets')
        .select('value')
        .where('name', '=', name)
        .executeTakeFirstOrThrow();
      return row.value;
    })();
    value.catch(() => byName.delete(name));
    byName.set(name, value);
  }
  return value;
}

/** HMAC-SHA-256 of a value under a platform secret, hex. */
export async function keyedHash(database: Database, secretName: string, value: string): Promise<string> {
  return createHmac('sha256', await platformSecret(database, secretName))
    .update(value)
    .digest('hex');
}

/**
 * The source address hashed with a salt that changes every Vietnamese day: the same address gives
 * the same value all day on every node, and cannot be turned back into the address.
 */
export function sourceHashOfDay(database: Database, address: string, day: string): Promise<string> {
  return keyedHash(database, 'source-salt', `${day}|${address}`);
}

/** The source address hashed for the audit log and login throttling (stable across days). */
export function sourceHash(database: Database, address: string): Promise<string> {
  return keyedHash(database, 'audit-salt', address);
}
