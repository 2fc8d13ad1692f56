/**
 * The Kysely view of Loa's tables. Times are epoch milliseconds (integers) and flags are 0/1
 * integers on both dialects, so rows look the same whichever database runs underneath.
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Lang = 'vi' | 'en';
export type ArticleStatus =
  | 'draft'
  | 'submitted'
  | 'returned'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'unpublished';

export interface SitesTable {
  id: Generated<number>;
  code: string;
  name_vi: string;
  name_en: string;
  kind: string;
  default_lang: Lang;
  is_default: number;
  /** JSON: footer and contact settings, see features/sites/settings.ts */
  settings: string;
  created_at: number;
  updated_at: number;
}

export interface SiteHostsTable {
  host: string;
  site_id: number;
}

export interface CategoriesTable {
  site_id: number;
  id: Generated<number>;
  parent_id: number | null;
  slug: string;
  name_vi: string;
  name_en: string;
  position: number;
  in_menu: number;
  created_at: number;
}

export interface ArticlesTable {
  site_id: number;
  id: Generated<number>;
  category_id: number;
  lang: Lang;
  slug: string;
  title: string;
  lead: string;
  /** Sanitised HTML, with figures already expanded to responsive markup. */
  body_html: string;
  word_count: number;
  byline: string;
  source: string | null;
  featured_media_id: number | null;
  status: ArticleStatus;
  published_at: number | null;
  translation_id: number | null;
  author_id: number | null;
  view_count: number;
  created_at: number;
  updated_at: number;
  /** JSON array of article ids: the editor's own related picks, shown first; null when none. */
  related_manual: string | null;
}

export interface TagsTable {
  site_id: number;
  id: Generated<number>;
  slug: string;
  name: string;
}

export interface ArticleTagsTable {
  site_id: number;
  article_id: number;
  tag_id: number;
}

export interface ArticleRelatedTable {
  site_id: number;
  article_id: number;
  related_id: number;
  rank: number;
}

/** The document numbers an article cites (see platform/vietnamese/document-numbers.ts). */
export interface ArticleDocumentsTable {
  site_id: number;
  article_id: number;
  /** Folded, upper-case lookup key, e.g. `42/2022/ND-CP`. */
  doc_key: string;
  /** As written (NFC), e.g. `42/2022/NĐ-CP`. */
  doc_number: string;
}

export interface MediaTable {
  site_id: number;
  id: Generated<number>;
  stored_name: string;
  mime: string;
  width: number;
  height: number;
  bytes: number;
  alt: string;
  caption: string;
  credit: string;
  /** JSON array of { width, file, type } */
  variants: string;
  created_at: number;
}

export interface LinksTable {
  site_id: number;
  id: Generated<number>;
  title_vi: string;
  title_en: string;
  url: string;
  position: number;
  hidden: number;
}

export interface UsersTable {
  id: Generated<number>;
  email: string;
  display_name: string;
  password_hash: string;
  is_platform_admin: number;
  must_change_password: number;
  created_at: number;
}

export interface SiteRolesTable {
  site_id: number;
  user_id: number;
  role: 'contributor' | 'editor' | 'approver' | 'site_admin';
}

export interface SessionsTable {
  token_hash: string;
  user_id: number;
  csrf: string;
  created_at: number;
  expires_at: number;
}

export interface Schema {
  sites: SitesTable;
  site_hosts: SiteHostsTable;
  categories: CategoriesTable;
  articles: ArticlesTable;
  tags: TagsTable;
  article_tags: ArticleTagsTable;
  article_related: ArticleRelatedTable;
  article_documents: ArticleDocumentsTable;
  media: MediaTable;
  links: LinksTable;
  users: UsersTable;
  site_roles: SiteRolesTable;
  sessions: SessionsTable;
}

export type Site = Selectable<SitesTable>;
export type Category = Selectable<CategoriesTable>;
export type Article = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type Media = Selectable<MediaTable>;
export type Link = Selectable<LinksTable>;
export type User = Selectable<UsersTable>;
