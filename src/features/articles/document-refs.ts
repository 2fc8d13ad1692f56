/**
 * The documents an article cites (`Nghị định 42/2022/NĐ-CP`, `Chỉ thị số 35-CT/TW`): stored per
 * article in `article_documents` when the article is written, read for the article page (the list
 * of documents cited), for "which articles cite this document" and for ranking related articles.
 */
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/index.js';
import { type DocumentRef, extractDocumentNumbers } from '../../platform/vietnamese/index.js';

/** An article citing a hundred documents is a list, not news; the rest are not kept. */
export const DOCUMENTS_PER_ARTICLE = 100;

export interface CitedDocument {
  number: string;
  key: string;
}

/**
 * Replaces the document references stored for an article with those found in `text` (title,
 * lead and body as plain text). Called when an article is created, and again whenever its text
 * changes. Returns the references stored.
 */
export async function storeDocumentRefs(
  database: Database,
  siteId: number,
  articleId: number,
  text: string,
): Promise<DocumentRef[]> {
  const refs = extractDocumentNumbers(text).slice(0, DOCUMENTS_PER_ARTICLE);
  await database.db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('article_documents')
      .where('site_id', '=', siteId)
      .where('article_id', '=', articleId)
      .execute();
    if (refs.length) {
      await trx
        .insertInto('article_documents')
        .values(
          refs.map((r) => ({ site_id: siteId, article_id: articleId, doc_key: r.key, doc_number: r.number })),
        )
        .execute();
    }
  });
  return refs;
}

/** The documents an article cites, by key. */
export async function documentsOf(
  database: Database,
  siteId: number,
  articleId: number,
): Promise<CitedDocument[]> {
  const rows = await database.db
    .selectFrom('article_documents')
    .select(['doc_number', 'doc_key'])
    .where('site_id', '=', siteId)
    .where('article_id', '=', articleId)
    .orderBy('doc_key')
    .execute();
  return rows.map((r) => ({ number: r.doc_number, key: r.doc_key }));
}

export interface CitingArticle {
  id: number;
  slug: string;
  title: string;
  lang: Lang;
  published_at: number;
}

/** The public articles citing a document (by key, see `documentKey`), newest first. */
export async function articlesCiting(
  database: Database,
  siteId: number,
  docKey: string,
  limit: number,
  now = Date.now(),
): Promise<CitingArticle[]> {
  return (await database.db
    .selectFrom('article_documents as d')
    .innerJoin('articles', (j) =>
      j.onRef('articles.site_id', '=', 'd.site_id').onRef('articles.id', '=', 'd.article_id'),
    )
    .select(['articles.id', 'articles.slug', 'articles.title', 'articles.lang', 'articles.published_at'])
    .where('d.site_id', '=', siteId)
    .where('d.doc_key', '=', docKey)
    .where('articles.status', '=', 'published')
    .where('articles.published_at', '<=', now)
    .orderBy('articles.published_at', 'desc')
    .orderBy('articles.id', 'desc')
    .limit(limit)
    .execute()) as CitingArticle[];
}

/**
 * Where a cited document links to: its page in the documents feature (văn bản) once that exists
 * and holds the document. Until then null, and the article page links to a search for the number.
 */
export function documentUrl(_lang: Lang, _key: string): string | null {
  return null;
}
