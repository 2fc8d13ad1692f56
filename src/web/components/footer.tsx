/**
 * The footer: the agency in charge, address, phone and email, a free contact line, the licence and
 * the person responsible (site settings, edited by the site's admins).
 */
import { Fragment } from 'preact';
import type { SiteSettings } from '../../features/sites/settings.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { urls } from '../urls.js';

export interface FooterProps {
  lang: Lang;
  siteName: string;
  settings: SiteSettings;
}

export function Footer({ lang, siteName, settings }: FooterProps) {
  const s = settings;
  return (
    <footer class="site-footer">
      <div class="wrap">
        <p class="agency">{s.agency[lang] || siteName}</p>
        {s.address[lang] && (
          <p>
            {t(lang, 'footer.address')}: {s.address[lang]}
          </p>
        )}
        {(s.phone || s.email) && (
          <p>
            {s.phone && (
              <>
                {t(lang, 'footer.phone')}:{' '}
                <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`}>{s.phone.replace(/ /g, '\u00a0')}</a>
              </>
            )}
            {s.phone && s.email && ' – '}
            {s.email && (
              <>
                {t(lang, 'footer.email')}: <a href={`mailto:${s.email}`}>{s.email}</a>
              </>
            )}
          </p>
        )}
        {s.contact[lang] && (
          <p class="contact">
            {s.contact[lang].split('\n').map((line, i) => (
              <Fragment key={line}>
                {i > 0 && <br />}
                {line}
              </Fragment>
            ))}
          </p>
        )}
        {s.licence[lang] && (
          <p>
            {t(lang, 'footer.licence')}: {s.licence[lang]}
          </p>
        )}
        {s.responsible[lang] && (
          <p>
            {t(lang, 'footer.responsible')}: {s.responsible[lang]}
          </p>
        )}
        <p>{t(lang, 'footer.copyright')}</p>
        <nav aria-label={t(lang, 'nav.sitemap')}>
          <a href={urls.sitemap(lang)}>{t(lang, 'nav.sitemap')}</a>
        </nav>
      </div>
    </footer>
  );
}
