/** The error page (404, 400, 500) in the site's look and the visitor's language. */
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';
import { urls } from '../../web/urls.js';

export function ErrorView({
  lang,
  titleKey,
  message,
}: {
  lang: Lang;
  titleKey: MessageKey;
  message: string;
}) {
  return (
    <section class="error-page">
      <h1>{t(lang, titleKey)}</h1>
      <p>{message}</p>
      <p>{t(lang, 'error.searchHint')}</p>
      <p>
        <a href={urls.home(lang)}>{t(lang, 'error.goHome')}</a>
      </p>
    </section>
  );
}
