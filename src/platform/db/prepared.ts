/**
 * Queries built and compiled once, run many times with new parameter values. Building a query
 * with Kysely's builder costs more than SQLite takes to run a small one, so the hottest public
 * queries are compiled at start-up with named placeholders and only their values change per call.
 */
import type { Compilable, CompiledQuery, Kysely } from 'kysely';

const MARK = '\u0000loa-param:';

/** Compiles `build(db, param)` once (on first use); returns a function that runs it with the given values. */
export function prepared<DB, R>(
  getDb: () => Kysely<DB>,
  build: (db: Kysely<DB>, param: (name: string) => never) => Compilable<R>,
): (values: Record<string, unknown>) => Promise<R[]> {
  let compiled: CompiledQuery<R> | undefined;
  let slots: (string | undefined)[] = [];
  return async (values) => {
    const db = getDb();
    if (!compiled) {
      compiled = build(db, (name) => `${MARK}${name}` as never).compile();
      slots = compiled.parameters.map((p) =>
        typeof p === 'string' && p.startsWith(MARK) ? p.slice(MARK.length) : undefined,
      );
    }
    const query = compiled;
    const parameters = query.parameters.map((p, i) => (slots[i] === undefined ? p : values[slots[i]!]));
    const result = await db.executeQuery<R>({ ...query, parameters });
    return result.rows;
  };
}
