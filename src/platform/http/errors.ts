/**
 * Typed errors with a stable code, an HTTP status and a catalogue message. Operations throw them;
 * one handler renders them (an HTML page in the site's look, or JSON under /api).
 */
import { type Lang, type MessageKey, t } from '../i18n/index.js';

export class LoaError extends Error {
  override name = 'LoaError';
  constructor(
    readonly code: string,
    readonly status: number,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
    /** Field name for form errors, so a view can show the message next to the field. */
    readonly field?: string,
  ) {
    super(`${code}: ${t('en', messageKey, params)}`);
  }

  localized(lang: Lang): string {
    return t(lang, this.messageKey, this.params);
  }
}

export const notFound = () => new LoaError('LOA_NOT_FOUND', 404, 'error.notFound.body');
export const badRequest = (
  key: MessageKey = 'error.badRequest.body',
  params?: Record<string, string | number>,
) => new LoaError('LOA_BAD_REQUEST', 400, key, params);
export const invalid = (field: string, key: MessageKey, params?: Record<string, string | number>) =>
  new LoaError('LOA_INVALID', 422, key, params, field);
export const conflict = (field: string, key: MessageKey, params?: Record<string, string | number>) =>
  new LoaError('LOA_CONFLICT', 409, key, params, field);
export const forbidden = (
  key: MessageKey = 'error.forbidden.body',
  params?: Record<string, string | number>,
) => new LoaError('LOA_FORBIDDEN', 403, key, params);
export const unauthorized = () => new LoaError('LOA_UNAUTHORIZED', 401, 'error.unauthorized.body');
/** The request's CSRF token is missing or wrong; nothing was changed. */
export const csrfRefused = () => new LoaError('LOA_CSRF', 403, 'admin.csrf');
