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
  /** Incremented by every save; a save naming an older version is refused (optimistic concurrency). */
  version: Generated<number>;
  updated_by: number | null;
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
  uploaded_by: number | null;
  original_name: string | null;
  /** Folded (lower-case, no diacritics) alt, caption, credit and file name, for search. */
  search_text: Generated<string>;
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
  /** Base32 TOTP secret; set while enrolling, in force once totp_enabled = 1. */
  totp_secret: string | null;
  totp_enabled: Generated<number>;
  disabled: Generated<number>;
  /** The last TOTP time step accepted (30 s steps since the epoch); a code is never accepted twice. */
  totp_last_step: number | null;
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
  /** 1 until the TOTP code is given, for accounts with two-factor on. */
  pending_totp: Generated<number>;
}

export interface PlatformSecretsTable {
  name: string;
  value: string;
}

export interface PasswordResetsTable {
  token_hash: string;
  user_id: number;
  created_by: number | null;
  created_at: number;
  expires_at: number;
  used_at: number | null;
}

export interface ApiTokensTable {
  id: Generated<number>;
  site_id: number;
  user_id: number;
  name: string;
  token_hash: string;
  created_at: number;
  last_used_at: number | null;
  revoked_at: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  user_id: number | null;
  site_id: number | null;
  /** Dotted action name, e.g. `article.publish`, `user.login`. */
  action: string;
  /** What was acted on, e.g. `article:42`. */
  target: string;
  /** JSON object with the action's particulars (never secrets). */
  details: string;
  /** Salted hash of the source address; never the address itself. */
  source_hash: string;
}

export interface LoginFailuresTable {
  /** `account:<email>` or `source:<hash>`. */
  key: string;
  failures: number;
  first_at: number;
  locked_until: number;
}

export interface ArticleRevisionsTable {
  site_id: number;
  id: Generated<number>;
  article_id: number;
  user_id: number | null;
  /** The article version this revision recorded. */
  version: number;
  created_at: number;
  title: string;
  lead: string;
  body_html: string;
  /** JSON: the other fields (slug, category, tags, byline, source, featured media, lang, translation, related). */
  fields: string;
  /** e.g. `restored from revision 12`, `autosave`. */
  note: string;
}

export interface ArticleTransitionsTable {
  site_id: number;
  id: Generated<number>;
  article_id: number;
  user_id: number | null;
  from_status: ArticleStatus;
  to_status: ArticleStatus;
  reason: string;
  at: number;
}

export interface MenuItemsTable {
  site_id: number;
  id: Generated<number>;
  parent_id: number | null;
  label_vi: string;
  label_en: string;
  url: string;
  position: number;
  hidden: number;
}

export interface RatingsTable {
  site_id: number;
  article_id: number;
  visitor_hash: string;
  source_hash: string;
  stars: number;
  created_at: number;
  updated_at: number;
}

/** Per article: how many readers rated it and the sum of their stars (kept with each rating). */
export interface RatingTotalsTable {
  site_id: number;
  article_id: number;
  count: number;
  stars_total: number;
}

export interface PollsTable {
  site_id: number;
  id: Generated<number>;
  lang: Lang;
  question: string;
  multiple: number;
  opens_at: number;
  closes_at: number | null;
  /** JSON: { home?: boolean, articles?: boolean, categories?: number[] } */
  placement: string;
  hidden: number;
  total_voters: number;
  created_by: number | null;
  created_at: number;
}

export interface PollOptionsTable {
  site_id: number;
  id: Generated<number>;
  poll_id: number;
  label: string;
  position: number;
  votes: number;
}

export interface PollVotesTable {
  site_id: number;
  poll_id: number;
  visitor_hash: string;
  source_hash: string;
  /** JSON array of option ids. */
  option_ids: string;
  created_at: number;
}

export type CommentStatus = 'pending' | 'approved' | 'rejected' | 'spam';

export interface CommentsTable {
  site_id: number;
  id: Generated<number>;
  article_id: number;
  parent_id: number | null;
  author_name: string;
  author_email: string;
  body: string;
  status: CommentStatus;
  is_site_reply: number;
  visitor_hash: string;
  source_hash: string;
  created_at: number;
  moderated_by: number | null;
  moderated_at: number | null;
}

export interface CaptchasTable {
  id: string;
  visitor_hash: string;
  answer_hash: string;
  expires_at: number;
  used: number;
}

export interface SiteCountersTable {
  site_id: number;
  visits: number;
}

export interface VisitsDailyTable {
  site_id: number;
  day: number;
  visits: number;
  visitors: number;
}

export interface ArticleViewsDailyTable {
  site_id: number;
  day: number;
  article_id: number;
  views: number;
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
  platform_secrets: PlatformSecretsTable;
  password_resets: PasswordResetsTable;
  api_tokens: ApiTokensTable;
  audit_log: AuditLogTable;
  login_failures: LoginFailuresTable;
  article_revisions: ArticleRevisionsTable;
  article_transitions: ArticleTransitionsTable;
  menu_items: MenuItemsTable;
  ratings: RatingsTable;
  rating_totals: RatingTotalsTable;
  polls: PollsTable;
  poll_options: PollOptionsTable;
  poll_votes: PollVotesTable;
  comments: CommentsTable;
  captchas: CaptchasTable;
  site_counters: SiteCountersTable;
  visits_daily: VisitsDailyTable;
  article_views_daily: ArticleViewsDailyTable;
}

export type Site = Selectable<SitesTable>;
export type Category = Selectable<CategoriesTable>;
export type Article = Selectable<ArticlesTable>;
export type NewArticle = Insertable<ArticlesTable>;
export type ArticleUpdate = Updateable<ArticlesTable>;
export type Media = Selectable<MediaTable>;
export type Link = Selectable<LinksTable>;
export type User = Selectable<UsersTable>;
