/**
 * The editorial workflow on every dialect: who may take which step from which status, stale
 * steps refused with 409, every step recorded (transitions, audit log), exactly the cache tags
 * touched, the timeline, what waits for whom, and scheduled publishing exactly once with two
 * publishers (two connections, as two nodes) running at the same moment.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { sql } from 'kysely';
import { type Database, openPostgres, openSqlite } from '../../platform/db/database.js';
import type { ArticleStatus } from '../../platform/db/schema.js';
import type { LoaError } from '../../platform/http/errors.js';
import { t } from '../../platform/i18n/index.js';
import { DIALECTS, PG_URL, skipUnlessPostgres } from '../../testing/dialects.js';
import { createTestNode, type TestNode } from '../../testing/harness.js';
import { createStaff, type TestStaff } from '../../testing/staff.js';
import type { AdminSite, OpContext } from '../admin/context.js';
import { createDraft } from './admin-ops.js';
import { categoryOf, ctxOf, siteOf } from './articles-test-kit.js';
import { publishDueArticles } from './operations.js';
import { startScheduler } from './scheduler.js';
import { allowedActions, timeline, transitionArticle, type WorkflowAction, waitingFor } from './workflow.js';

type Err = LoaError & { localized(lang: string): string };
const status = (code: number) => (err: unknown) => {
  if ((err as Err).status !== code) throw err;
  return true;
};

/**
 * What each role may do from each status (written out here, independently of the table in
 * workflow.ts). 'own' marks steps a contributor may take on their own article only.
 */
const EXPECTED: Record<string, Partial<Record<ArticleStatus, WorkflowAction[]>>> = {
  contributor: { draft: ['submit'], returned: ['submit'], unpublished: ['redraft'] },
  editor: { draft: ['submit'], returned: ['submit'], submitted: ['return'], unpublished: ['redraft'] },
  approver: {
    draft: ['submit'],
    returned: ['submit'],
    submitted: ['return', 'approve'],
    approved: ['return', 'publish', 'schedule'],
    scheduled: ['return', 'publish', 'schedule', 'unpublish'],
    published: ['unpublish'],
    unpublished: ['publish', 'schedule', 'redraft'],
  },
};
EXPECTED.site_admin = EXPECTED.approver!;
EXPECTED.platform = EXPECTED.approver!;

for (const dialect of DIALECTS) {
  describe(`editorial workflow on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let site: AdminSite;
    let category: number;
    const people: Record<string, TestStaff> = {};
    const ctx: Record<string, OpContext> = {};

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 2, imagesPerSite: 1 });
      const s = node.services;
      site = await siteOf(s, 'hoa-lam');
      category = await categoryOf(s, site.id);
      const other = await siteOf(s, 'tan-loc-dong');
      for (const role of ['contributor', 'editor', 'approver', 'site_admin', 'platform'] as const) {
        people[role] = await createStaff(s, role, site.id, `wf-${role}`);
        ctx[role] = await ctxOf(s, people[role]);
      }
      people.contributor2 = await createStaff(s, 'contributor', site.id, 'wf-contributor2');
      ctx.contributor2 = await ctxOf(s, people.contributor2);
      people.outsider = await createStaff(s, 'site_admin', other.id, 'wf-outsider');
      ctx.outsider = await ctxOf(s, people.outsider);
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const statusOf = async (id: number) =>
      (await db().selectFrom('articles').select('status').where('id', '=', id).executeTakeFirstOrThrow())
        .status;
    const draft = async (title = 'Bài quy trình', by = 'contributor') =>
      (await createDraft(ctx[by]!, site, { title, categoryId: category })).id;
    /** An article of the contributor brought to `to` by the site admin. */
    async function at(to: ArticleStatus): Promise<number> {
      const id = await draft(`Bài ở trạng thái ${to}`);
      const path: Record<ArticleStatus, [WorkflowAction, number?][]> = {
        draft: [],
        submitted: [['submit']],
        returned: [['submit'], ['return']],
        approved: [['submit'], ['approve']],
        scheduled: [['submit'], ['approve'], ['schedule', Date.now() + 3_600_000]],
        published: [['submit'], ['approve'], ['publish']],
        unpublished: [['submit'], ['approve'], ['publish'], ['unpublish']],
      };
      for (const [action, publishAt] of path[to])
        await transitionArticle(ctx.site_admin!, site, id, { action, reason: 'Lý do', publishAt });
      assert.equal(await statusOf(id), to);
      return id;
    }

    test('each role may take exactly its steps from each status', async () => {
      const failures: string[] = [];
      for (const role of Object.keys(EXPECTED)) {
        for (const from of [
          'draft',
          'submitted',
          'returned',
          'approved',
          'scheduled',
          'published',
          'unpublished',
        ] as const) {
          const id = await at(from);
          const article = { author_id: people.contributor!.userId, status: from };
          const mayAs = (who: string) => allowedActions(ctx[who]!.actor, site.id, article);
          const expected =
            role === 'contributor' ? (EXPECTED.contributor![from] ?? []) : (EXPECTED[role]![from] ?? []);
          const got = mayAs(role === 'contributor' ? 'contributor' : role);
          if (got.join() !== expected.join())
            failures.push(`${role} from ${from}: ${got.join()} ≠ ${expected.join()}`);
          // And the operation agrees: an expected step works, an unexpected one is refused.
          for (const action of ['submit', 'approve', 'publish', 'unpublish', 'redraft'] as const) {
            const allowed = expected.includes(action);
            const result = await transitionArticle(ctx[role]!, site, id, { action, reason: 'Lý do' }).then(
              () => 'ok',
              (err: Err) => String(err.status),
            );
            if (allowed && result !== 'ok') failures.push(`${role} ${action} from ${from}: ${result}`);
            if (!allowed && result === 'ok') failures.push(`${role} ${action} from ${from}: allowed`);
            if (result === 'ok') break; // the status moved on
          }
        }
      }
      assert.deepEqual(failures, [], failures.join('\n'));
    });

    test('contributors act on their own articles only; other sites’ staff get 404', async () => {
      const id = await draft('Bài của người khác', 'contributor2');
      await assert.rejects(transitionArticle(ctx.contributor!, site, id, { action: 'submit' }), status(404));
      await assert.rejects(transitionArticle(ctx.outsider!, site, id, { action: 'submit' }), status(404));
      await assert.rejects(
        transitionArticle(ctx.outsider!, await siteOf(node.services, 'tan-loc-dong'), id, {
          action: 'submit',
        }),
        status(404),
      );
      assert.equal(await statusOf(id), 'draft', 'nothing changed');
      await assert.rejects(
        transitionArticle(ctx.contributor2!, site, id, { action: 'approve' }),
        (err: Err) => {
          assert.equal(err.status, 403);
          assert.match(err.localized('vi'), /không được “Duyệt”/);
          return true;
        },
      );
    });

    test('returning needs a reason; scheduling needs a future time', async () => {
      const id = await at('submitted');
      await assert.rejects(
        transitionArticle(ctx.editor!, site, id, { action: 'return', reason: '  ' }),
        (err: Err) => {
          assert.equal(err.status, 422);
          assert.equal(err.field, 'reason');
          return true;
        },
      );
      await transitionArticle(ctx.editor!, site, id, {
        action: 'return',
        reason: 'Thiếu ảnh minh họa và nguồn tin.',
      });
      const approved = await at('approved');
      for (const publishAt of [undefined, Date.now() - 1000, Date.now() + 10 * 366 * 86_400_000]) {
        await assert.rejects(
          transitionArticle(ctx.approver!, site, approved, { action: 'schedule', publishAt }),
          (err: Err) => err.status === 422 && err.field === 'publishAt',
        );
      }
      assert.equal(await statusOf(approved), 'approved');
    });

    test('a stale step is refused with 409 saying who moved the article; one of two wins', async () => {
      const id = await at('submitted');
      await transitionArticle(ctx.approver!, site, id, { action: 'approve' });
      await assert.rejects(
        transitionArticle(ctx.site_admin!, site, id, { action: 'approve' }),
        (err: Err) => {
          assert.equal(err.status, 409);
          assert.match(err.localized('vi'), /Đã duyệt.*wf-approver/);
          return true;
        },
      );
      const results = await Promise.allSettled([
        transitionArticle(ctx.approver!, site, id, { action: 'publish' }),
        transitionArticle(ctx.site_admin!, site, id, { action: 'publish' }),
      ]);
      assert.deepEqual(results.map((r) => r.status).sort(), ['fulfilled', 'rejected']);
      const rows = await db()
        .selectFrom('article_transitions')
        .select('to_status')
        .where('article_id', '=', id)
        .execute();
      assert.equal(rows.filter((r) => r.to_status === 'published').length, 1, 'published once');
      // A step naming an old version is refused too.
      const other = await at('submitted');
      await assert.rejects(
        transitionArticle(ctx.approver!, site, other, { action: 'approve', version: 99 }),
        status(409),
      );
    });

    test('each step is recorded (who, when, from, to, reason) and audited; the timeline shows them', async () => {
      const id = await draft('Bài có dòng thời gian');
      await transitionArticle(ctx.contributor!, site, id, { action: 'submit' });
      await transitionArticle(ctx.editor!, site, id, { action: 'return', reason: 'Sửa lại sapo.' });
      await transitionArticle(ctx.contributor!, site, id, { action: 'submit' });
      await transitionArticle(ctx.approver!, site, id, { action: 'approve' });
      const entries = await timeline(ctx.contributor!, site, id);
      assert.deepEqual(
        entries.map((e) => [e.from, e.to, e.user?.name, e.reason]),
        [
          ['draft', 'submitted', 'wf-contributor', ''],
          ['submitted', 'returned', 'wf-editor', 'Sửa lại sapo.'],
          ['returned', 'submitted', 'wf-contributor', ''],
          ['submitted', 'approved', 'wf-approver', ''],
        ],
      );
      assert.ok(entries.every((e) => e.at > 0));
      const audit = await db()
        .selectFrom('audit_log')
        .select(['action', 'user_id', 'details'])
        .where('target', '=', `article:${id}`)
        .orderBy('id')
        .execute();
      assert.deepEqual(
        audit.map((a) => a.action),
        ['article.create', 'article.submit', 'article.return', 'article.submit', 'article.approve'],
      );
      assert.equal(JSON.parse(audit[2]!.details).reason, 'Sửa lại sapo.');
      await assert.rejects(timeline(ctx.contributor2!, site, id), status(404));
    });

    test('publishing, scheduling and unpublishing purge exactly the tags they touch', async () => {
      const approved = await at('approved');
      const tags = (id: number) => [
        `article:${site.id}:${id}`,
        `category:${site.id}:${category}`,
        `home:${site.id}`,
        `listing:${site.id}`,
      ];
      const scheduled = await transitionArticle(ctx.approver!, site, approved, {
        action: 'schedule',
        publishAt: Date.now() + 3_600_000,
      });
      assert.deepEqual(scheduled.invalidates, [], 'nothing public changes when scheduling');
      const published = await transitionArticle(ctx.approver!, site, approved, { action: 'publish' });
      assert.deepEqual([...published.invalidates].sort(), tags(approved).sort());
      const url = `/bai-viet/${(await db().selectFrom('articles').select('slug').where('id', '=', approved).executeTakeFirstOrThrow()).slug}`;
      assert.equal((await node.app.inject({ url })).statusCode, 200, 'public now');
      const gone = await transitionArticle(ctx.approver!, site, approved, {
        action: 'unpublish',
        reason: 'Sai số liệu',
      });
      assert.deepEqual([...gone.invalidates].sort(), tags(approved).sort());
      assert.equal((await node.app.inject({ url })).statusCode, 404, 'the cached page was purged');
      const submitted = await transitionArticle(ctx.contributor!, site, await draft(), { action: 'submit' });
      assert.deepEqual(submitted.invalidates, []);
      const back = await transitionArticle(ctx.editor!, site, approved, { action: 'redraft' });
      assert.equal(back.to, 'draft');
    });

    test('what waits for whom', async () => {
      const fresh = await createTestNode({ dialect, articlesPerSite: 1, imagesPerSite: 1 });
      try {
        const s = fresh.services;
        const fsite = await siteOf(s, 'hoa-lam');
        const fcat = await categoryOf(s, fsite.id);
        const c = await ctxOf(s, await createStaff(s, 'contributor', fsite.id, 'wait-c'));
        const e = await ctxOf(s, await createStaff(s, 'editor', fsite.id, 'wait-e'));
        const a = await ctxOf(s, await createStaff(s, 'approver', fsite.id, 'wait-a'));
        const ids: number[] = [];
        for (let i = 0; i < 4; i++)
          ids.push((await createDraft(c, fsite, { title: `Chờ ${i}`, categoryId: fcat })).id);
        for (const id of ids.slice(0, 3)) await transitionArticle(c, fsite, id, { action: 'submit' });
        await transitionArticle(e, fsite, ids[0]!, { action: 'return', reason: 'Sửa' });
        await transitionArticle(a, fsite, ids[1]!, { action: 'approve' });
        const counts = async (who: OpContext) =>
          Object.fromEntries((await waitingFor(who, fsite)).map((w) => [w.key, w.count]));
        assert.deepEqual(await counts(a), { submittedApprove: 1, approved: 1 });
        assert.deepEqual(await counts(e), { submittedReview: 1 });
        assert.deepEqual(await counts(c), { returnedMine: 1, draftsMine: 1 });
        const [item] = await waitingFor(a, fsite);
        assert.equal(t('vi', item!.messageKey, { count: item!.count }), '1 bài chờ duyệt');
      } finally {
        await fresh.close();
      }
    });

    test('scheduled articles go live exactly once with two publishers at the same moment', async () => {
      // A second connection to the same database, as a second node would have.
      let second: Database;
      if (dialect === 'sqlite') {
        second = openSqlite(join(node.config.dataDir, 'loa.sqlite'));
      } else {
        const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db());
        second = await openPostgres(PG_URL, rows[0]!.schema);
      }
      try {
        const ids: number[] = [];
        for (let i = 0; i < 12; i++) {
          const id = await at('approved');
          await transitionArticle(ctx.approver!, site, id, {
            action: 'schedule',
            publishAt: Date.now() + 60_000,
          });
          ids.push(id);
        }
        const due = Date.now() + 120_000;
        const [first, other] = await Promise.all([
          publishDueArticles(node.services.database, due),
          publishDueArticles(second, due),
        ]);
        for (const id of ids) {
          assert.equal(await statusOf(id), 'published');
          const tag = `article:${site.id}:${id}`;
          assert.equal(
            Number(first.includes(tag)) + Number(other.includes(tag)),
            1,
            `${id} published by one node`,
          );
          const moves = await db()
            .selectFrom('article_transitions')
            .select(['user_id', 'from_status'])
            .where('article_id', '=', id)
            .where('to_status', '=', 'published')
            .execute();
          assert.deepEqual(
            moves,
            [{ user_id: null, from_status: 'scheduled' }],
            'one transition, by the system',
          );
          const audits = await db()
            .selectFrom('audit_log')
            .select('user_id')
            .where('target', '=', `article:${id}`)
            .where('action', '=', 'article.publish')
            .execute();
          assert.deepEqual(audits, [{ user_id: null }]);
        }
        assert.deepEqual(await publishDueArticles(second, due), [], 'nothing left');
        const entries = await timeline(ctx.approver!, site, ids[0]!);
        assert.equal(entries.at(-1)!.user, null, 'the timeline shows the system');
      } finally {
        await second.close();
      }
    });

    test('the scheduler tick publishes a due article within its interval and purges its pages', async () => {
      const id = await at('approved');
      await transitionArticle(ctx.approver!, site, id, { action: 'schedule', publishAt: Date.now() + 300 });
      const slug = (
        await db().selectFrom('articles').select('slug').where('id', '=', id).executeTakeFirstOrThrow()
      ).slug;
      assert.equal((await node.app.inject({ url: `/bai-viet/${slug}` })).statusCode, 404);
      const stop = startScheduler(node.services, 100);
      try {
        const deadline = Date.now() + 5000;
        while ((await statusOf(id)) !== 'published' && Date.now() < deadline)
          await new Promise((r) => setTimeout(r, 50));
      } finally {
        stop();
      }
      assert.equal(await statusOf(id), 'published');
      assert.equal((await node.app.inject({ url: `/bai-viet/${slug}` })).statusCode, 200);
    });
  });
}
