/**
 * Security headers every response carries, and the caching headers of public pages.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
    // Article bodies may embed YouTube videos, always from the privacy-enhanced host.
    "base-uri 'self'; form-action 'self'; frame-ancestors 'self'; frame-src 'self' https://www.youtube-nocookie.com",
};

/** Browsers revalidate (cheap, with ETag); a CDN may keep a page for a minute. */
export const PUBLIC_PAGE_CACHE_CONTROL = 'public, max-age=0, s-maxage=60, stale-while-revalidate=30';
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const NO_STORE = 'no-store';
