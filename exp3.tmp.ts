import { sql } from 'kysely';
import { openSqlite } from './src/platform/db/database.js';
const database = openSqlite(process.argv[2]!);
const db = database.db;
for (const cfg of process.argv.slice(3)) {
  for (const kv of cfg.split(',').filter(Boolean)) {
    const [k, v] = kv.split('=');
    await sql.raw(`insert into articles_fts(articles_fts, rank) values ('${k}', ${v})`).execute(db);
  }
  const t0 = performance.now();
  await sql`insert into articles_fts(articles_fts) values ('rebuild')`.execute(db);
  const t1 = performance.now();
  const { rows } = await sql<{ b: number }>`select sum(pgsize) b from dbstat where name like 'articles_fts%'`.execute(db);
  console.log(cfg, ((t1 - t0) / 1000).toFixed(1), 's', (rows[0]!.b / 1048576).toFixed(0), 'MiB');
}
const t2 = performance.now();
const { rows } = await sql`select count(*) n, sum(length(loa_fold(body_html, 1))) from articles`.execute(db);
console.log('fold all bodies', ((performance.now() - t2) / 1000).toFixed(1), rows);
