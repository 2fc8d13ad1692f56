/**
 * Demo reader interaction, written by us: an open poll on each site's home page with results
 * already in, and a few approved comments (one answered by the site) under the newest articles,
 * so a fresh portal shows what citizens will see. Only for the demo (first start, `loa demo`).
 */
import type { Database } from '../../platform/db/database.js';
import type { Rng } from './random.js';

const POLL = {
  vi: {
    question: 'Bạn đánh giá thế nào về việc giải quyết thủ tục hành chính tại Bộ phận Một cửa?',
    options: ['Rất hài lòng', 'Hài lòng', 'Chưa hài lòng', 'Ý kiến khác'],
  },
  en: {
    question: 'How satisfied are you with the handling of administrative procedures at the one-stop desk?',
    options: ['Very satisfied', 'Satisfied', 'Not satisfied', 'Other'],
  },
} as const;

const COMMENTS: { name: string; body: string; reply?: string }[] = [
  {
    name: 'Nguyễn Văn Hùng',
    body: 'Thông tin rất thiết thực. Đề nghị Ban biên tập cập nhật thêm lịch tiếp công dân tháng tới.',
    reply: 'Cảm ơn ông đã quan tâm. Lịch tiếp công dân tháng tới sẽ được đăng trong tuần này.',
  },
  { name: 'Trần Thị Mai', body: 'Mong địa phương tiếp tục triển khai tốt như vậy.\nXin cảm ơn!' },
  { name: 'Lê Quang Vinh', body: 'Bài viết hay, số liệu rõ ràng.' },
];

export async function seedInteraction(
  database: Database,
  siteId: number,
  siteName: string,
  rng: Rng,
  now: number,
): Promise<void> {
  const db = database.db;
  for (const lang of ['vi', 'en'] as const) {
    const votes = POLL[lang].options.map(() => rng.int(3, 40));
    const poll = await db
      .insertInto('polls')
      .values({
        site_id: siteId,
        lang,
        question: POLL[lang].question,
        multiple: 0,
        opens_at: now - 7 * 86_400_000,
        closes_at: now + 60 * 86_400_000,
        placement: JSON.stringify({ home: true, articles: true, categories: [] }),
        hidden: 0,
        total_voters: votes.reduce((a, b) => a + b, 0),
        created_by: null,
        created_at: now - 7 * 86_400_000,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('poll_options')
      .values(
        POLL[lang].options.map((label, position) => ({
          site_id: siteId,
          poll_id: poll.id,
          label,
          position,
          votes: votes[position]!,
        })),
      )
      .execute();
  }
  const newest = await db
    .selectFrom('articles')
    .select(['id', 'published_at'])
    .where('site_id', '=', siteId)
    .where('lang', '=', 'vi')
    .where('status', '=', 'published')
    .orderBy('published_at', 'desc')
    .limit(3)
    .execute();
  for (const [i, article] of newest.entries()) {
    const at = (article.published_at ?? now) + 3_600_000;
    for (const c of COMMENTS.slice(0, 3 - i)) {
      const row = await db
        .insertInto('comments')
        .values({
          site_id: siteId,
          article_id: article.id,
          parent_id: null,
          author_name: c.name,
          author_email: '',
          body: c.body,
          status: 'approved',
          is_site_reply: 0,
          visitor_hash: '',
          source_hash: '',
          created_at: at,
          moderated_by: null,
          moderated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (c.reply) {
        await db
          .insertInto('comments')
          .values({
            site_id: siteId,
            article_id: article.id,
            parent_id: row.id,
            author_name: siteName,
            author_email: '',
            body: c.reply,
            status: 'approved',
            is_site_reply: 1,
            visitor_hash: '',
            source_hash: '',
            created_at: at + 1_800_000,
            moderated_by: null,
            moderated_at: at + 1_800_000,
          })
          .execute();
      }
    }
  }
}
