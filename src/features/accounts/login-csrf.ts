/**
 * CSRF for the forms shown before there is a session (login, password-reset link): a
 * double-submit token, kept in an httpOnly cookie and echoed by the form's `_csrf` field.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { readCookie, serializeCookie } from '../../platform/http/cookies.js';
import { csrfMatches, newToken } from './sessions.js';

export const LOGIN_CSRF_COOKIE = 'loa_login_csrf';

export const isSecure = (request: FastifyRequest) => request.protocol === 'https';

/** The form token for this browser (the one it has, or a new one), set as its cookie. */
export function issueLoginCsrf(request: FastifyRequest, reply: FastifyReply): string {
  const token = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE) ?? newToken();
  reply.header('set-cookie', serializeCookie(LOGIN_CSRF_COOKIE, token, { secure: isSecure(request) }));
  return token;
}

/** True when the form echoes the browser's cookie token. */
export function loginCsrfValid(request: FastifyRequest, submitted: string): boolean {
  const expected = readCookie(request.headers.cookie, LOGIN_CSRF_COOKIE);
  return expected !== undefined && csrfMatches(expected, submitted);
}

/** Set-Cookie value that removes the form token (after a successful login). */
export function clearLoginCsrf(request: FastifyRequest): string {
  return serializeCookie(LOGIN_CSRF_COOKIE, '', { secure: isSecure(request), maxAgeSeconds: 0 });
}
