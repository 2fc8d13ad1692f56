/** GET / and /en: the home page, cached and tagged `home` (purged when anything is published). */
import type { FastifyInstance } from 'fastify';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { websiteHead } from '../../web/seo.js';
import { routes, urls } from '../../web/urls.js';
import { newestInCategory } from '../articles/newest.js';
import { HomeView } from './home-view.js';

const LATEST = 6;
const PER_SECTION = 4;

export function homeRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get(routes.home[lang], (request, reply) =>
      servePage(services, request, reply, lang, urls.home(lang), async (pr) => {
        const siteId = pr.site.site.id;
        const latest = await services.articles.latest(siteId, lang, LATEST + 1, pr.now);
        const featured = latest.find((a) => a.thumb_variants) ?? latest[0];
        const menu = pr.site.categories.filter((c) => c.in_menu && c.parent_id === null);
        const sections = (
          await Promise.all(
            menu.map(async (category) => ({
              category,
              items: (
                await newestInCategory(services, siteId, category.id, lang, pr.now)
              ).slice(0, PER_SECTION),
            })),
          )
        ).filter((s) => s.items.length > 0);
        const name = siteName(pr.site, lang);
        const title = `${name} – ${t(lang, 'site.portalOf')}`;
        const description = `${t(lang, 'site.portalOf')} ${name}`;
        const alternates = { vi: urls.home('vi'), en: urls.home('en') };
        const html = await renderPage(pr, {
          title,
          description,
          alternates,
          head: websiteHead({
            site: pr.site,
            lang,
            path: urls.home(lang),
            versions: alternates,
            title,
            description,
          }),
          main: (
            <HomeView
              lang={lang}
              siteName={name}
              featured={featured}
              latest={latest.filter((a) => a !== featured).slice(0, LATEST - 1)}
              sections={sections}
            />
          ),
        });
        return { html, tags: [cacheTags.home(siteId)], ttlMs: 5 * 60_000 };
      }),
    );
  }
}
