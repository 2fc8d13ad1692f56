/** The security endpoints in the OpenAPI document: me, a site's audit log, the caller's API tokens. */
import type { OpenApiPart } from '../api/openapi.js';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const siteParam = {
  name: 'site',
  in: 'path',
  required: true,
  description: 'The site code, e.g. `hoa-lam`.',
  schema: { type: 'string' },
};
const query = (name: string, description: string, schema: unknown = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

export const securityApiDoc: OpenApiPart = {
  tags: [{ name: 'security', description: 'The caller, API tokens and the audit log.' }],
  schemas: {
    Me: {
      type: 'object',
      required: ['id', 'email', 'displayName', 'isPlatformAdmin', 'twoFactor', 'via', 'sites'],
      properties: {
        id: { type: 'integer' },
        email: { type: 'string' },
        displayName: { type: 'string' },
        isPlatformAdmin: { type: 'boolean' },
        twoFactor: { type: 'boolean', description: 'Whether the account has TOTP two-factor on.' },
        via: { type: 'string', enum: ['session', 'token'] },
        sites: {
          type: 'array',
          description: 'The sites the caller may work on (a token: its one site).',
          items: {
            type: 'object',
            properties: {
              code: { type: 'string' },
              nameVi: { type: 'string' },
              nameEn: { type: 'string' },
              role: {
                type: 'string',
                nullable: true,
                enum: ['contributor', 'editor', 'approver', 'site_admin', 'platform'],
              },
            },
          },
        },
      },
    },
    ApiToken: {
      type: 'object',
      required: ['id', 'name', 'user', 'createdAt'],
      properties: {
        id: { type: 'integer' },
        name: { type: 'string' },
        user: { type: 'object', properties: { id: { type: 'integer' }, email: { type: 'string' } } },
        createdAt: { type: 'string', format: 'date-time' },
        lastUsedAt: { type: 'string', format: 'date-time', nullable: true },
      },
    },
    NewApiToken: {
      allOf: [
        { $ref: '#/components/schemas/ApiToken' },
        {
          type: 'object',
          required: ['token'],
          properties: { token: { type: 'string', description: 'The token itself: shown this once only.' } },
        },
      ],
    },
    AuditEntry: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        at: { type: 'string', format: 'date-time' },
        action: { type: 'string', example: 'user.login' },
        target: { type: 'string', example: 'token:12' },
        details: { type: 'object', additionalProperties: true },
        user: {
          type: 'object',
          nullable: true,
          properties: { id: { type: 'integer' }, email: { type: 'string' }, displayName: { type: 'string' } },
        },
        source: { type: 'string', description: 'Keyed hash of the source address (never the address).' },
      },
    },
  },
  paths: {
    '/api/v1/me': {
      get: {
        tags: ['security'],
        summary: 'Who the caller is, with their role on each site',
        responses: {
          200: json('The caller', { $ref: '#/components/schemas/Me' }),
          401: error('No valid session or token'),
        },
      },
    },
    '/api/v1/sites/{site}/audit': {
      get: {
        tags: ['security'],
        summary: "The site's audit log, newest first (read-only; needs audit.read: site admins)",
        parameters: [
          siteParam,
          query('action', 'An action, or a prefix such as `user` for every `user.*` action'),
          query('user', 'Email or name of the user contains this'),
          query('from', 'First day (Vietnam time), YYYY-MM-DD', { type: 'string', format: 'date' }),
          query('to', 'Last day (Vietnam time), YYYY-MM-DD', { type: 'string', format: 'date' }),
          query('q', 'Free text in the action, target or details'),
          query('before', 'Older than this entry id (the `older` cursor)', { type: 'integer' }),
          query('after', 'Newer than this entry id (the `newer` cursor)', { type: 'integer' }),
          query('limit', 'Page size, 1–200 (default 50)', { type: 'integer' }),
        ],
        responses: {
          200: json('A page of entries', {
            type: 'object',
            properties: {
              items: { type: 'array', items: { $ref: '#/components/schemas/AuditEntry' } },
              newer: { type: 'integer', nullable: true },
              older: { type: 'integer', nullable: true },
            },
          }),
          401: error('No valid session or token'),
          403: error('The role is too low'),
          404: error('No such site, or the caller has no part in it'),
          422: error('A malformed date'),
        },
      },
    },
    '/api/v1/sites/{site}/tokens': {
      get: {
        tags: ['security'],
        summary: "The caller's live API tokens on the site (site admins: all of the site's)",
        parameters: [siteParam],
        responses: {
          200: json('Tokens (never the token values)', {
            type: 'object',
            properties: { items: { type: 'array', items: { $ref: '#/components/schemas/ApiToken' } } },
          }),
          401: error('No valid session or token'),
          404: error('No such site, or the caller has no part in it'),
        },
      },
      post: {
        tags: ['security'],
        summary: 'Make an API token for the caller on the site (not with a token)',
        parameters: [siteParam],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['name'],
                properties: { name: { type: 'string', maxLength: 100, example: 'Cổng dịch vụ công' } },
              },
            },
          },
        },
        responses: {
          201: json('The new token, its value shown this once', { $ref: '#/components/schemas/NewApiToken' }),
          401: error('No valid session or token'),
          403: error('Called with an API token, or without the CSRF header'),
          404: error('No such site, or the caller has no part in it'),
          422: error('A missing or too long name'),
        },
      },
    },
    '/api/v1/sites/{site}/tokens/{id}': {
      delete: {
        tags: ['security'],
        summary: "Revoke a token (one's own; site admins: any of the site's)",
        parameters: [siteParam, { name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          204: { description: 'Revoked' },
          401: error('No valid session or token'),
          404: error('No such live token on this site for the caller'),
        },
      },
    },
  },
};
