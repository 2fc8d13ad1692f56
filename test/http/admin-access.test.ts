/**
 * The access table, walked on every dialect: every admin page and API endpoint that works on a
 * site is called by staff of ANOTHER site (expect 404, or 403) and, on the site itself, by every
 * role below the one the route asks (expect 403); platform routes by site staff (403/404). After
 * each call the database must be exactly as before: nothing read, nothing changed.
 * The routes come from the registry of adminRoute/apiRoute, so a new route is covered the day it
 * is added.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { PERMISSIONS, ROLES, roleAtLeast } from '../../src/features/access/roles.js';
import { type RouteEntry, registeredRoutes } from '../../src/features/admin/context.js';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import { createStaff, siteIdOf, type TestStaff } from '../../src/testing/staff.js';

/** Tables whose rows may change on any request (sessions touched, counters, throttles, secrets). */
const VOLATILE = new Set([
  'sessions',
  'audit_log',
  'login_failures',
  'platform_secrets',
  'captchas',
  'site_counters',
  'visits_daily',
  'article_views_daily',
  'kysely_migration',
  'kysely_migration_lock',
]);

async function tableNames(node: TestNode): Promise<string[]> {
  const db = node.services.database.db;
  if (node.services.database.dialect === 'postgres') {
    const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    return rows
      .map((r) => r.name)
      .filter((n) => !VOLATILE.has(n))
      .sort();
  }
  const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table'
    and name not like 'sqlite_%' and name not like 'articles_%fts%'`.execute(db);
  return rows
    .map((r) => r.name)
    .filter((n) => !VOLATILE.has(n))
    .sort();
}

/** A hash of every row of every table that a request must not change. */
async function fingerprint(node: TestNode, tables: string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const table of tables) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
      node.services.database.db,
    );
    const lines = rows.map((r) =>
      JSON.stringify(r, (key, value) =>
        key === 'last_used_at' ? null : typeof value === 'bigint' ? String(value) : value,
      ),
    );
    hash.update(`${table}\n${lines.sort().join('\n')}\n`);
  }
  return hash.digest('hex');
}

/** Table holding the entity named by the path segment before an id parameter. */
const ENTITY_TABLES: Record<string, string> = {
  articles: 'articles',
  media: 'media',
  comments: 'comments',
  polls: 'polls',
  categories: 'categories',
  links: 'links',
  menus: 'menu_items',
  tokens: 'api_tokens',
  revisions: 'article_revisions',
  staff: 'site_roles',
};

const FORM = {
  title: 'Thử quyền truy cập',
  name: 'Thử',
  name_vi: 'Thử',
  name_en: 'Probe',
  label_vi: 'Thử',
  label_en: 'Probe',
  title_vi: 'Thử',
  title_en: 'Probe',
  url: 'https://example.org/',
  alt: 'Ảnh thử',
  email: 'probe@example.org',
  role: 'site_admin',
  action: 'approve',
  reason: 'Thử',
  question: 'Thử?',
  body: 'Thử',
  text: 'Thử',
  version: '1',
  slug: 'thu-quyen',
};

for (const dialect of DIALECTS) {
  describe(`admin and API access table on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let victimId: number;
    let outsider: TestStaff;
    const staff = new Map<string, TestStaff>();
    let tables: string[];
    const ids = new Map<string, string>();

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 3, imagesPerSite: 1 });
      const s = node.services;
      victimId = await siteIdOf(s, 'hoa-lam');
      outsider = await createStaff(s, 'site_admin', await siteIdOf(s, 'tan-loc-dong'), 'outsider');
      for (const role of ROLES) staff.set(role, await createStaff(s, role, victimId, `victim-${role}`));
      const db = s.database.db;
      const now = Date.now();
      // One row of each kind on the victim site, so id parameters name something real.
      const article = await db
        .selectFrom('articles')
        .select('id')
        .where('site_id', '=', victimId)
        .executeTakeFirstOrThrow();
      await db
        .insertInto('comments')
        .values({
          site_id: victimId,
          article_id: article.id,
          author_name: 'A',
          author_email: '',
          body: 'B',
          status: 'pending',
          is_site_reply: 0,
          visitor_hash: '',
          source_hash: '',
          created_at: now,
        })
        .execute();
      await db
        .insertInto('polls')
        .values({
          site_id: victimId,
          lang: 'vi',
          question: 'Q?',
          multiple: 0,
          opens_at: now,
          placement: '{"home":true}',
          hidden: 0,
          total_voters: 0,
          created_at: now,
        })
        .execute();
      await db
        .insertInto('menu_items')
        .values({ site_id: victimId, label_vi: 'M', label_en: 'M', url: '/', position: 0, hidden: 0 })
        .execute();
      await db
        .insertInto('article_revisions')
        .values({
          site_id: victimId,
          article_id: article.id,
          version: 1,
          created_at: now,
          title: 'T',
          lead: '',
          body_html: '',
          fields: '{}',
          note: '',
        })
        .execute();
      await db
        .insertInto('api_tokens')
        .values({
          site_id: victimId,
          user_id: staff.get('site_admin')!.userId,
          name: 'T',
          token_hash: 'x'.repeat(64),
          created_at: now,
        })
        .execute();
      for (const [segment, table] of Object.entries(ENTITY_TABLES)) {
        const column = table === 'site_roles' ? 'user_id' : 'id';
        const { rows } = await sql<{ id: number }>`select ${sql.ref(column)} as id from ${sql.table(table)}
          where site_id = ${victimId} limit 1`.execute(db);
        if (rows[0]) ids.set(segment, String(rows[0].id));
      }
      tables = await tableNames(node);
      // A first request creates the platform secrets the actor's source hash needs.
      await node.app.inject({ url: '/admin/sites/hoa-lam', headers: { cookie: outsider.cookie } });
    });
    after(async () => {
      await node?.close();
    });

    function urlOf(route: RouteEntry): string {
      const parts = route.url.split('/');
      return parts
        .map((part, i) => {
          if (!part.startsWith(':')) return part;
          if (part === ':site') return 'hoa-lam';
          const entity = ENTITY_TABLES[parts[i - 1] ?? ''] ? parts[i - 1]! : '';
          return ids.get(entity) ?? ids.get('articles') ?? '1';
        })
        .join('/');
    }

    async function call(route: RouteEntry, who: TestStaff) {
      const url = urlOf(route);
      if (route.kind === 'admin') {
        const body = new URLSearchParams({ ...FORM, _csrf: who.csrf }).toString();
        return node.app.inject({
          method: route.method as 'GET',
          url,
          headers: {
            cookie: who.cookie,
            ...(route.method === 'GET' ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
          },
          ...(route.method === 'GET' ? {} : { payload: body }),
        });
      }
      const withBody = !['GET', 'DELETE'].includes(route.method);
      return node.app.inject({
        method: route.method as 'GET',
        url,
        headers: {
          cookie: who.cookie,
          'x-csrf-token': who.csrf,
          ...(withBody ? { 'content-type': 'application/json' } : {}),
        },
        ...(withBody ? { payload: JSON.stringify(FORM) } : {}),
      });
    }

    test('every site route refuses staff of another site and roles below its own, changing nothing', async () => {
      const routes = registeredRoutes().filter((r) => r.url.includes(':site'));
      assert.ok(routes.length >= 20, `the registry lists the site routes (${routes.length})`);
      const failures: string[] = [];
      let checked = 0;
      for (const route of routes) {
        const callers: [string, TestStaff, number[]][] = [['staff of another site', outsider, [404, 403]]];
        for (const role of ROLES) {
          if (!roleAtLeast(role, PERMISSIONS[route.permission]))
            callers.push([role, staff.get(role)!, [403]]);
        }
        for (const [label, who, expected] of callers) {
          const before = await fingerprint(node, tables);
          const res = await call(route, who);
          const afterPrint = await fingerprint(node, tables);
          checked++;
          if (!expected.includes(res.statusCode))
            failures.push(
              `${route.method} ${route.url} as ${label}: ${res.statusCode}, expected ${expected.join('/')}`,
            );
          if (before !== afterPrint)
            failures.push(`${route.method} ${route.url} as ${label}: the database changed`);
          if (route.kind === 'api' && res.statusCode >= 400) {
            const body = res.json() as { error?: { code?: string; message?: string } };
            if (!body.error?.code || !body.error.message)
              failures.push(`${route.method} ${route.url} as ${label}: no JSON error code and message`);
          }
        }
      }
      assert.ok(checked > routes.length, 'calls were made');
      assert.deepEqual(failures, [], `access failures:\n${failures.join('\n')}`);
    });

    test('platform routes refuse site staff, changing nothing', async () => {
      const routes = registeredRoutes().filter(
        (r) =>
          r.url.includes('/platform/') ||
          (r.kind === 'api' && r.method === 'POST' && r.url === '/api/v1/sites'),
      );
      const failures: string[] = [];
      for (const route of routes) {
        for (const who of [outsider, staff.get('site_admin')!]) {
          const before = await fingerprint(node, tables);
          const res = await call(route, who);
          if (![403, 404].includes(res.statusCode))
            failures.push(`${route.method} ${route.url}: ${res.statusCode}`);
          if (before !== (await fingerprint(node, tables)))
            failures.push(`${route.method} ${route.url}: changed`);
        }
      }
      assert.deepEqual(failures, [], `platform access failures:\n${failures.join('\n')}`);
    });

    test('without a session or token, admin pages send to the login page and the API answers 401', async () => {
      const failures: string[] = [];
      for (const route of registeredRoutes()) {
        const url = urlOf(route);
        const res = await node.app.inject({ method: route.method as 'GET', url });
        const ok =
          route.kind === 'api'
            ? res.statusCode === 401
            : route.method === 'GET'
              ? res.statusCode === 303 && String(res.headers.location).endsWith('/login')
              : res.statusCode === 401;
        if (!ok) failures.push(`${route.method} ${url}: ${res.statusCode}`);
      }
      assert.deepEqual(failures, [], `anonymous access failures:\n${failures.join('\n')}`);
    });
  });
}
