/**
 * Managing polls on every dialect, through the admin pages (plain forms) and the staff API: create,
 * edit, close, hide, delete; field errors next to the field with what was typed kept; counts never
 * lost by an edit; audit rows; and the rules — a role too low gets 403, another site's admin 404, a
 * missing CSRF token 403, and none of them changes anything. Poll text is shown literally.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { DIALECTS, skipUnlessPostgres } from '../../src/testing/dialects.js';
import { createTestNode, type TestNode } from '../../src/testing/harness.js';
import {
  adminGet,
  adminPost,
  apiAs,
  createStaff,
  siteIdOf,
  type TestStaff,
} from '../../src/testing/staff.js';
import { getAs, newReader, postAs } from './reader-helpers.js';

const XSS_QUESTION = '<script>window.__pwned=1</script> “Ý kiến” & <b>đậm</b>?';
const XSS_OPTION = '<img src=x onerror="window.__pwned=2">';

function form(fields: Record<string, string | string[]>, options: string[] = []) {
  const labels = [...options, ...Array.from({ length: 10 - options.length }, () => '')];
  return {
    question: 'Bạn thấy cổng thông tin thế nào?',
    lang: 'vi',
    option: labels,
    optionId: labels.map(() => ''),
    opensAt: '2025-07-01T08:00',
    closesAt: '',
    placeHome: '1',
    ...fields,
  };
}

for (const dialect of DIALECTS) {
  describe(`polls in the admin and the API on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let node: TestNode;
    let siteId: number;
    let admin: TestStaff;
    let approver: TestStaff;
    let otherAdmin: TestStaff;
    let platform: TestStaff;
    const list = '/admin/sites/hoa-lam/polls';

    before(async () => {
      node = await createTestNode({ dialect, articlesPerSite: 2, imagesPerSite: 1 });
      siteId = await siteIdOf(node.services, 'hoa-lam');
      admin = await createStaff(node.services, 'site_admin', siteId);
      approver = await createStaff(node.services, 'approver', siteId);
      otherAdmin = await createStaff(
        node.services,
        'site_admin',
        await siteIdOf(node.services, 'tan-loc-dong'),
      );
      platform = await createStaff(node.services, 'platform');
    });
    after(async () => {
      await node?.close();
    });

    const db = () => node.services.database.db;
    const pollCount = async () =>
      (await db().selectFrom('polls').select('id').where('site_id', '=', siteId).execute()).length;
    const auditActions = async (target: string) =>
      (
        await db()
          .selectFrom('audit_log')
          .select('action')
          .where('target', '=', target)
          .orderBy('id')
          .execute()
      ).map((r) => r.action);

    test('a site admin creates a poll with the plain form; it is audited and listed', async () => {
      const page = await adminGet(node.app, admin, `${list}/new`);
      assert.equal(page.statusCode, 200);
      for (const id of [
        'question',
        'lang',
        'option-1',
        'option-10',
        'opensAt',
        'closesAt',
        'multiple',
        'placeHome',
        'hidden',
      ]) {
        assert.ok(page.body.includes(`for="${id}"`), `field ${id} has a label`);
      }
      const res = await adminPost(
        node.app,
        admin,
        `${list}/new`,
        form({ multiple: '1' }, ['Rất tốt', 'Tốt', 'Chưa tốt']),
      );
      assert.equal(res.statusCode, 303, res.body);
      const id = Number(/\/polls\/(\d+)\?done=added/.exec(res.headers.location as string)?.[1]);
      assert.ok(id > 0, String(res.headers.location));
      const row = await db().selectFrom('polls').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      assert.equal(row.site_id, siteId);
      assert.equal(row.multiple, 1);
      assert.equal(Number(row.opens_at), Date.UTC(2025, 6, 1, 1, 0), '08:00 in Vietnam is 01:00 UTC');
      assert.deepEqual(JSON.parse(row.placement), { home: true, articles: false, categories: [] });
      assert.deepEqual(await auditActions(`poll:${id}`), ['poll.create']);
      const listed = await adminGet(node.app, admin, list);
      assert.ok(listed.body.includes('Bạn thấy cổng thông tin thế nào?'));
      assert.ok(listed.body.includes('Đang mở'));
      const edit = await adminGet(node.app, admin, `${list}/${id}`);
      assert.ok(edit.body.includes('value="2025-07-01T08:00"'), 'the time comes back in Vietnam time');
      assert.ok(edit.body.includes('value="Chưa tốt"'));
    });

    test('refused forms come back with the error next to the field, what was typed kept, nothing stored', async () => {
      const before = await pollCount();
      const cases: [Record<string, string | string[]>, string[], string, string][] = [
        [{}, ['Chỉ một'], 'options', 'Cần từ 2 đến 10 phương án.'],
        [{}, ['Có', 'có'], 'options', 'Có hai phương án trùng nhau'],
        [{ question: '   ' }, ['A', 'B'], 'question', 'Vui lòng nhập câu hỏi.'],
        [{ closesAt: '2025-06-30T08:00' }, ['A', 'B'], 'closesAt', 'Thời điểm đóng phải sau thời điểm mở.'],
        [{ opensAt: '2025-02-31T08:00' }, ['A', 'B'], 'opensAt', 'Thời điểm không hợp lệ.'],
        [
          { placeHome: [] as unknown as string },
          ['A', 'B'],
          'placement',
          'Hãy chọn ít nhất một nơi hiển thị.',
        ],
        [{ category: '999999' }, ['A', 'B'], 'categories', 'Chuyên mục không tồn tại trên trang này.'],
        [{ lang: 'fr' }, ['A', 'B'], 'lang', 'Ngôn ngữ phải là vi hoặc en.'],
      ];
      for (const [fields, options, field, message] of cases) {
        const body = form({ question: 'Câu hỏi giữ lại?', ...fields }, options);
        if (Array.isArray(fields.placeHome)) delete (body as Record<string, unknown>).placeHome;
        const res = await adminPost(node.app, admin, `${list}/new`, body);
        assert.equal(res.statusCode, 422, `${field}: ${res.statusCode}`);
        assert.ok(res.body.includes(message), `${field}: “${message}” shown`);
        assert.ok(res.body.includes(`id="${field}-error"`), `${field}: the error sits by its field`);
        if (field !== 'question') assert.ok(res.body.includes('Câu hỏi giữ lại?'), 'what was typed is kept');
        assert.ok(res.body.includes(`value="${options[0]}"`), 'options kept');
      }
      assert.equal(await pollCount(), before, 'nothing stored');
    });

    test('edits keep what was cast: options with votes stay, the way of choosing is locked after votes', async () => {
      const created = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
        question: 'Nên mở thêm điểm dịch vụ công?',
        options: ['Có', 'Không'],
        placement: { home: true, articles: true },
      });
      assert.equal(created.statusCode, 201, created.body);
      const poll = created.json().poll;
      const [yes, no] = poll.options;
      const voted = await postAs(node, newReader(), `/api/v1/polls/${poll.id}/votes`, { options: [yes.id] });
      assert.equal(voted.statusCode, 201);

      const dropVoted = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${poll.id}`, {
        options: [{ id: no.id, label: 'Không' }, 'Chưa rõ'],
      });
      assert.equal(dropVoted.statusCode, 422);
      assert.equal(dropVoted.json().error.field, 'options');
      assert.match(dropVoted.json().error.message, /“Có” đã có phiếu/);
      const multiple = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${poll.id}`, {
        multiple: true,
      });
      assert.equal(multiple.statusCode, 422);
      assert.equal(multiple.json().error.field, 'multiple');

      const ok = await adminPost(node.app, admin, `${list}/${poll.id}`, {
        ...form({ question: 'Có nên mở thêm điểm dịch vụ công?', placeArticles: '1' }, [
          'Có, nên mở',
          'Chưa rõ',
        ]),
        optionId: [String(yes.id), '', '', '', '', '', '', '', '', ''],
      });
      assert.equal(ok.statusCode, 303, ok.body);
      const after = (await apiAs(node.app, admin, 'GET', `/api/v1/sites/hoa-lam/polls/${poll.id}`)).json()
        .poll;
      assert.equal(after.question, 'Có nên mở thêm điểm dịch vụ công?');
      assert.deepEqual(
        after.options.map((o: { label: string; votes: number }) => [o.label, o.votes]),
        [
          ['Có, nên mở', 1],
          ['Chưa rõ', 0],
        ],
        'the voted option keeps its vote under its new label; the unvoted one was replaced',
      );
      assert.equal(after.totalVoters, 1);
      assert.deepEqual(await auditActions(`poll:${poll.id}`), ['poll.create', 'poll.update']);
    });

    test('closing from the list stops votes and keeps the results; hiding removes the poll from pages', async () => {
      const poll = (
        await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
          question: 'Đóng thử?',
          options: ['A', 'B'],
          placement: { home: true },
        })
      ).json().poll;
      await postAs(node, newReader(), `/api/v1/polls/${poll.id}/votes`, { options: [poll.options[0].id] });
      const closed = await adminPost(node.app, admin, `${list}/${poll.id}/close`, {});
      assert.equal(closed.statusCode, 303);
      const listed = await adminGet(node.app, admin, list);
      assert.match(listed.body, new RegExp(`id="poll-${poll.id}"[\\s\\S]*?Đã đóng`));
      const late = await postAs(node, newReader(), `/api/v1/polls/${poll.id}/votes`, {
        options: [poll.options[1].id],
      });
      assert.equal(late.statusCode, 409);
      const results = (await getAs(node, newReader(), `/api/v1/polls/${poll.id}`)).json().poll;
      assert.deepEqual([results.state, results.totalVoters], ['closed', 1]);
      assert.deepEqual(await auditActions(`poll:${poll.id}`), ['poll.create', 'poll.close']);

      const hidden = await apiAs(node.app, admin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${poll.id}`, {
        hidden: true,
      });
      assert.equal(hidden.json().poll.hidden, true);
      assert.equal((await getAs(node, newReader(), `/api/v1/polls/${poll.id}`)).statusCode, 404);
      const deleted = await apiAs(node.app, admin, 'DELETE', `/api/v1/sites/hoa-lam/polls/${poll.id}`);
      assert.equal(deleted.statusCode, 204);
      const left = await db()
        .selectFrom('poll_votes')
        .select('poll_id')
        .where('poll_id', '=', poll.id)
        .execute();
      assert.equal(left.length, 0, 'its votes went with it');
      assert.deepEqual(await auditActions(`poll:${poll.id}`), [
        'poll.create',
        'poll.close',
        'poll.update',
        'poll.delete',
      ]);
    });

    test('the API lists, creates and validates with field errors', async () => {
      const bad = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
        question: 'Thiếu phương án?',
        options: 'Có, Không',
      });
      assert.equal(bad.statusCode, 422);
      assert.equal(bad.json().error.field, 'options');
      const tooMany = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
        question: 'Nhiều quá?',
        options: Array.from({ length: 11 }, (_, i) => `Phương án ${i + 1}`),
      });
      assert.equal(tooMany.statusCode, 422);
      const when = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
        question: 'Giờ?',
        options: ['A', 'B'],
        opensAt: 'mai',
      });
      assert.deepEqual([when.statusCode, when.json().error.field], [422, 'opensAt']);
      const en = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls?lang=en', {
        question: '',
        options: ['A', 'B'],
      });
      assert.equal(en.json().error.message, 'Please enter the question.');
      const listed = await apiAs(node.app, admin, 'GET', '/api/v1/sites/hoa-lam/polls');
      assert.equal(listed.statusCode, 200);
      assert.ok(listed.json().polls.length >= 2);
      assert.equal(listed.headers['cache-control'], 'no-store');
      const byPlatform = await apiAs(node.app, platform, 'GET', '/api/v1/sites/hoa-lam/polls');
      assert.equal(byPlatform.statusCode, 200, 'a platform admin may');
    });

    test('a role too low gets 403, another site’s admin 404, a missing CSRF token 403 — and nothing changes', async () => {
      const poll = (
        await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
          question: 'Giữ nguyên?',
          options: ['A', 'B'],
        })
      ).json().poll;
      const before = await pollCount();
      const snapshot = async () =>
        db().selectFrom('polls').selectAll().where('id', '=', poll.id).executeTakeFirstOrThrow();
      const was = await snapshot();

      assert.equal((await adminGet(node.app, approver, list)).statusCode, 403);
      assert.equal((await adminGet(node.app, otherAdmin, list)).statusCode, 404);
      assert.equal((await adminGet(node.app, otherAdmin, `${list}/${poll.id}`)).statusCode, 404);
      const attempts = [
        await adminPost(node.app, approver, `${list}/new`, form({}, ['A', 'B'])),
        await adminPost(node.app, otherAdmin, `${list}/new`, form({}, ['A', 'B'])),
        await adminPost(node.app, approver, `${list}/${poll.id}/close`, {}),
        await adminPost(node.app, otherAdmin, `${list}/${poll.id}`, form({ question: 'Đổi?' }, ['A', 'B'])),
        await adminPost(node.app, admin, `${list}/new`, form({}, ['A', 'B']), { csrf: false }),
        await adminPost(node.app, admin, `${list}/${poll.id}/close`, {}, { csrf: false }),
        await apiAs(node.app, approver, 'POST', '/api/v1/sites/hoa-lam/polls', {
          question: 'X',
          options: ['A', 'B'],
        }),
        await apiAs(node.app, otherAdmin, 'PATCH', `/api/v1/sites/hoa-lam/polls/${poll.id}`, {
          question: 'X',
        }),
        await apiAs(node.app, otherAdmin, 'DELETE', `/api/v1/sites/hoa-lam/polls/${poll.id}`),
        await apiAs(node.app, approver, 'POST', `/api/v1/sites/hoa-lam/polls/${poll.id}/close`),
        await node.app.inject({
          method: 'PATCH',
          url: `/api/v1/sites/hoa-lam/polls/${poll.id}`,
          headers: { cookie: admin.cookie, 'content-type': 'application/json' },
          payload: JSON.stringify({ question: 'Không có CSRF' }),
        }),
        await node.app.inject({ method: 'GET', url: '/api/v1/sites/hoa-lam/polls' }),
      ];
      assert.deepEqual(
        attempts.map((r) => r.statusCode),
        [403, 404, 403, 404, 403, 403, 403, 404, 404, 403, 403, 401],
      );
      assert.equal(await pollCount(), before, 'no poll added');
      assert.deepEqual(await snapshot(), was, 'the poll is unchanged');
      // Another site's poll through this site's code is not found either.
      const foreign = (
        await apiAs(node.app, otherAdmin, 'POST', '/api/v1/sites/tan-loc-dong/polls', {
          question: 'Của xã?',
          options: ['A', 'B'],
        })
      ).json().poll;
      assert.equal(
        (await apiAs(node.app, admin, 'GET', `/api/v1/sites/hoa-lam/polls/${foreign.id}`)).statusCode,
        404,
      );
      assert.equal((await adminGet(node.app, admin, `${list}/${foreign.id}`)).statusCode, 404);
    });

    test('markup in a question or an option is shown as text everywhere', async () => {
      const created = await apiAs(node.app, admin, 'POST', '/api/v1/sites/hoa-lam/polls', {
        question: XSS_QUESTION,
        options: [XSS_OPTION, 'Bình thường'],
        placement: { home: true },
      });
      assert.equal(created.statusCode, 201, created.body);
      const poll = created.json().poll;
      assert.equal(poll.question, XSS_QUESTION, 'stored as typed');
      for (const res of [
        await adminGet(node.app, admin, list),
        await adminGet(node.app, admin, `${list}/${poll.id}`),
        await getAs(node, newReader(), `/binh-chon/khung?poll=${poll.id}`),
      ]) {
        assert.ok(!res.body.includes('<script>window.__pwned'), 'no script element');
        assert.ok(!res.body.includes('<img src=x'), 'no image element');
        assert.ok(res.body.includes('&lt;script>window.__pwned=1&lt;/script>'), 'the question as text');
      }
      const json = (await getAs(node, newReader(), `/api/v1/polls/${poll.id}`)).json().poll;
      assert.equal(json.options[0].label, XSS_OPTION, 'JSON carries the text as text');
    });
  });
}
