/**
 * robots.txt: everything may be crawled except search results (endless, thin pages) and the
 * administration; the sitemap index and the news sitemap are announced with the site's own origin.
 */
import { urls } from '../../web/urls.js';
import { feedUrls } from './urls.js';

export const ROBOTS_CONTENT_TYPE = 'text/plain; charset=utf-8';

export function renderRobots(origin: string): string {
  return [
    'User-agent: *',
    'Allow: /',
    `Disallow: ${urls.search('vi')}`,
    `Disallow: ${urls.search('en')}`,
    'Disallow: /admin',
    '',
    `Sitemap: ${origin}${feedUrls.sitemapIndex}`,
    `Sitemap: ${origin}${feedUrls.sitemapNews}`,
    '',
  ].join('\n');
}
