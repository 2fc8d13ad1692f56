/**
 * A site's dashboard in the admin (`/admin/sites/<code>`): what waits for the user on this site
 * (`3 bài chờ duyệt`, each linking to the filtered article list), their recent articles, and
 * shortcuts to the sections their role opens. Registered by the article pages' routes.
 */
import type { FastifyInstance } from 'fastify';
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { can, roleOn } from '../access/actor.js';
import type { Permission } from '../access/roles.js';
import { listArticlesForAdmin } from '../articles/admin-queries.js';
import { articleUrls, StatusBadge, sendArticlePage, When } from '../articles/admin-views.js';
import { type WaitingItem, waitingFor } from '../articles/workflow.js';
import { type AdminContext, adminRoute, siteName } from './context.js';
import { adminUrls } from './urls.js';

/** Recent articles shown on the dashboard. */
const RECENT = 5;

/** The filtered list a waiting item opens. */
function waitingUrl(ctx: AdminContext, item: WaitingItem): string {
  const q = new URLSearchParams({ status: item.status });
  if (item.mine) q.set('author', String(ctx.actor.userId));
  return `${articleUrls.list(ctx.lang, ctx.site.code)}?${q}`;
}

const SHORTCUTS: { label: MessageKey; permission: Permission; url: (lang: Lang, code: string) => string }[] =
  [
    { label: 'editorial.page.new', permission: 'article.create', url: articleUrls.create },
    { label: 'editorial.page.allArticles', permission: 'site.enter', url: articleUrls.list },
    { label: 'admin.nav.media', permission: 'media.upload', url: adminUrls.media },
    { label: 'admin.nav.comments', permission: 'comment.moderate', url: adminUrls.comments },
    { label: 'admin.nav.polls', permission: 'poll.manage', url: adminUrls.polls },
    { label: 'admin.nav.categories', permission: 'site.categories', url: adminUrls.categories },
    { label: 'admin.nav.menus', permission: 'site.menus', url: adminUrls.menus },
    { label: 'admin.nav.links', permission: 'site.links', url: adminUrls.links },
    { label: 'admin.nav.staff', permission: 'site.staff', url: adminUrls.staff },
    { label: 'admin.nav.settings', permission: 'site.settings', url: adminUrls.settings },
    { label: 'admin.nav.stats', permission: 'site.enter', url: adminUrls.stats },
  ];

async function dashboard(ctx: AdminContext) {
  const { lang, site, actor } = ctx;
  const say = (key: MessageKey, params?: Record<string, string | number>) => t(lang, key, params);
  const [waiting, mine, siteContext] = await Promise.all([
    waitingFor(ctx, site),
    listArticlesForAdmin(ctx, site, { authorId: actor.userId }),
    ctx.services.sites.context(site.id),
  ]);
  const role = roleOn(actor, site.id);
  const recent = mine.items.slice(0, RECENT);
  return sendArticlePage(ctx, {
    title: siteName(site, lang),
    section: 'dashboard',
    children: (
      <div class="dashboard">
        {role && <p>{say('editorial.page.dash.role', { role: say(`admin.role.${role}` as MessageKey) })}</p>}
        <section aria-labelledby="waiting-title">
          <h2 id="waiting-title">{say('editorial.page.dash.waiting')}</h2>
          {waiting.length === 0 ? (
            <p>{say('editorial.page.dash.nothing')}</p>
          ) : (
            <ul class="waiting-list">
              {waiting.map((item) => (
                <li key={item.key}>
                  <a href={waitingUrl(ctx, item)}>{say(item.messageKey, { count: item.count })}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section aria-labelledby="recent-title">
          <h2 id="recent-title">{say('editorial.page.dash.recent')}</h2>
          {recent.length === 0 ? (
            <p>{say('editorial.page.dash.noRecent')}</p>
          ) : (
            <ul class="recent-list">
              {recent.map((a) => (
                <li key={a.id}>
                  <a href={articleUrls.edit(lang, site.code, a.id)}>{a.title}</a>{' '}
                  <StatusBadge lang={lang} status={a.status} /> <When ms={a.updatedAt} />
                </li>
              ))}
            </ul>
          )}
          {mine.total > RECENT && (
            <p>
              <a href={`${articleUrls.list(lang, site.code)}?author=${actor.userId}`}>
                {say('editorial.page.dash.allMine', { count: mine.total })}
              </a>
            </p>
          )}
        </section>
        <section aria-labelledby="shortcuts-title">
          <h2 id="shortcuts-title">{say('editorial.page.dash.links')}</h2>
          <ul class="shortcut-list">
            {SHORTCUTS.filter((s) => can(actor, site.id, s.permission)).map((s) => (
              <li key={s.label}>
                <a href={s.url(lang, site.code)}>{say(s.label)}</a>
              </li>
            ))}
            <li>
              <a href={`${siteContext.origin}${lang === 'en' ? '/en' : '/'}`}>{say('admin.viewSite')}</a>
            </li>
          </ul>
        </section>
      </div>
    ),
  });
}

export function siteDashboardRoutes(app: FastifyInstance, services: Services): void {
  adminRoute(app, services, 'GET', (lang) => `${adminUrls.base(lang)}/sites/:site`, dashboard);
}
