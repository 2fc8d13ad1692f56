/** GET /so-do-cong and /en/sitemap: `Sơ đồ cổng`, every section of the portal on one page. */
import type { FastifyInstance } from 'fastify';
import { tags as cacheTags } from '../../platform/cache/tags.js';
import { LANGS, t } from '../../platform/i18n/index.js';
import type { Services } from '../../services.js';
import { renderPage, servePage, siteName } from '../../web/page.js';
import { routes, urls } from '../../web/urls.js';

export function sitemapRoutes(app: FastifyInstance, services: Services): void {
  for (const lang of LANGS) {
    app.get(routes.sitemap[lang], (request, reply) =>
      servePage(services, request, reply, lang, urls.sitemap(lang), async (pr) => {
        const top = pr.site.categories.filter((c) => c.parent_id === null);
        const childrenOf = (id: number) => pr.site.categories.filter((c) => c.parent_id === id);
        const name = (c: { name_vi: string; name_en: string }) => (lang === 'en' ? c.name_en : c.name_vi);
        const html = await renderPage(pr, {
          title: `${t(lang, 'sitemap.title')} – ${siteName(pr.site, lang)}`,
          alternates: { vi: urls.sitemap('vi'), en: urls.sitemap('en') },
          main: (
            <>
              <h1>{t(lang, 'sitemap.title')}</h1>
              <ul>
                <li>
                  <a href={urls.home(lang)}>{t(lang, 'nav.home')}</a>
                </li>
                {top.map((c) => (
                  <li key={c.id}>
                    <a href={urls.category(lang, c.slug)}>{name(c)}</a>
                    {childrenOf(c.id).length > 0 && (
                      <ul>
                        {childrenOf(c.id).map((child) => (
                          <li key={child.id}>
                            <a href={urls.category(lang, child.slug)}>{name(child)}</a>
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
                <li>
                  <a href={urls.search(lang)}>{t(lang, 'search.label')}</a>
                </li>
              </ul>
            </>
          ),
        });
        return { html, tags: [cacheTags.chrome(pr.site.site.id)], ttlMs: 60 * 60_000 };
      }),
    );
  }
}
