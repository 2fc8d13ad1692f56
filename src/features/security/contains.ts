/**
 * A case-insensitive "contains" filter over some columns, the same on both dialects: the user's
 * text is a bound parameter, and `%`, `_` and `\` in it match themselves (explicit ESCAPE, which
 * SQLite needs).
 */
import { type RawBuilder, sql } from 'kysely';

export function likePattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function containsText(columns: readonly string[], text: string): RawBuilder<boolean> {
  const pattern = likePattern(text);
  const tests = columns.map((c) => sql`lower(${sql.ref(c)}) like ${pattern} escape '\\'`);
  return sql<boolean>`(${sql.join(tests, sql` or `)})`;
}
