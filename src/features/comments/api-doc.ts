/** Comments in the OpenAPI document: sending one (public), a verification code, and moderation. */
import type { OpenApiPart } from '../api/openapi.js';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (schema: unknown) => ({ required: true, content: { 'application/json': { schema } } });
const path = (name: string, description: string, type = 'integer') => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type },
});
const query = (name: string, description: string, schema: unknown = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const site = path('site', 'The site code, e.g. `hoa-lam`.', 'string');
const commentId = path('id', 'The comment id.');
const ACTION = { type: 'string', enum: ['approve', 'reject', 'spam'] };
const refused = {
  '401': error('Not logged in or bad token.'),
  '403': error('The role is too low (approver and up), or the CSRF token is missing.'),
  '404': error('No such site or comment for the caller.'),
};

export const commentsApiDoc: OpenApiPart = {
  tags: [{ name: 'comments', description: 'Readers’ comments under articles and their moderation.' }],
  schemas: {
    Captcha: {
      type: 'object',
      required: ['id', 'kind', 'expiresAt', 'expiresInSeconds'],
      properties: {
        id: { type: 'string', description: 'Send back as `captchaId` with the answer as `code`.' },
        kind: { type: 'string', enum: ['image', 'text'] },
        image: { type: 'string', description: 'kind image: the code drawn as SVG, a data: URL.' },
        question: { type: 'string', description: 'kind text: a sum asked in words; the answer is a number.' },
        expiresAt: { type: 'string', format: 'date-time' },
        expiresInSeconds: { type: 'integer', example: 600 },
      },
    },
    NewComment: {
      type: 'object',
      required: ['name', 'email', 'text', 'code'],
      properties: {
        name: { type: 'string', maxLength: 100 },
        email: { type: 'string', maxLength: 254, description: 'Checked, never shown publicly.' },
        text: { type: 'string', maxLength: 3000, description: 'Plain text; line breaks are kept.' },
        code: { type: 'string', description: 'The answer to the verification code (case-insensitive).' },
        captchaId: { type: 'string', description: 'The `id` of the code from GET /api/v1/captcha.' },
        website: { type: 'string', description: 'Must be left empty (a trap for bots).' },
      },
    },
    ModerationComment: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        articleId: { type: 'integer' },
        articleTitle: { type: 'string' },
        parentId: { type: 'integer', nullable: true },
        name: { type: 'string' },
        email: { type: 'string' },
        text: { type: 'string' },
        status: { type: 'string', enum: ['pending', 'approved', 'rejected', 'spam'] },
        isSiteReply: { type: 'boolean' },
        createdAt: { type: 'string', format: 'date-time' },
        moderatedAt: { type: 'string', format: 'date-time', nullable: true },
      },
    },
  },
  paths: {
    '/api/v1/captcha': {
      get: {
        tags: ['comments'],
        summary: 'A new verification code, bound to the caller’s visitor cookie (set if missing)',
        security: [],
        parameters: [
          query('kind', '`image` (default) or `text` (the accessible alternative).', {
            type: 'string',
            enum: ['image', 'text'],
          }),
          query('lang', 'Language of the question: `vi` (default) or `en`.'),
        ],
        responses: {
          '200': json('A code, valid 10 minutes, usable once.', { $ref: '#/components/schemas/Captcha' }),
        },
      },
    },
    '/api/v1/articles/{id}/comments': {
      post: {
        tags: ['comments'],
        summary: 'Send a comment on a published article of the site named by the Host header',
        description:
          'Waits for moderation. The Origin (or Referer) must be this host when present. At most 3 comments per visitor and 6 per source address in 10 minutes.',
        security: [],
        parameters: [path('id', 'The article id.')],
        requestBody: body({ $ref: '#/components/schemas/NewComment' }),
        responses: {
          '202': json('Received; awaiting moderation.', {
            type: 'object',
            properties: { status: { type: 'string', enum: ['pending'] }, message: { type: 'string' } },
          }),
          '403': error('Sent from another site.'),
          '404': error('No such published article.'),
          '422': error('A field is wrong; `field` names it (`code`: "Mã xác thực không đúng.").'),
          '429': error('Too many comments in a short time.'),
        },
      },
    },
    '/api/v1/sites/{site}/comments': {
      get: {
        tags: ['comments'],
        summary: 'The moderation queue, newest first, 50 a page',
        parameters: [
          site,
          query('status', 'pending (default), approved, rejected or spam.', {
            type: 'string',
            enum: ['pending', 'approved', 'rejected', 'spam'],
          }),
          query('article', 'Only the comments on this article id.', { type: 'integer' }),
          query('q', 'Words in the name, email or text.'),
          query('page', 'Page number from 1.', { type: 'integer', minimum: 1 }),
        ],
        responses: {
          '200': json('One page.', {
            type: 'object',
            properties: {
              page: { type: 'integer' },
              hasNext: { type: 'boolean' },
              items: { type: 'array', items: { $ref: '#/components/schemas/ModerationComment' } },
            },
          }),
          '422': error('Unknown status.'),
          ...refused,
        },
      },
    },
    '/api/v1/sites/{site}/comments/{id}/moderation': {
      post: {
        tags: ['comments'],
        summary: 'Approve, reject or mark one comment as spam',
        parameters: [site, commentId],
        requestBody: body({ type: 'object', required: ['action'], properties: { action: ACTION } }),
        responses: {
          '200': json('Done; `changed` is 0 when it already had that status.', {
            type: 'object',
            properties: { changed: { type: 'integer' } },
          }),
          '422': error('Unknown action.'),
          ...refused,
        },
      },
    },
    '/api/v1/sites/{site}/comments/bulk': {
      post: {
        tags: ['comments'],
        summary: 'The same for up to 200 comments at once',
        parameters: [site],
        requestBody: body({
          type: 'object',
          required: ['ids', 'action'],
          properties: { ids: { type: 'array', items: { type: 'integer' }, maxItems: 200 }, action: ACTION },
        }),
        responses: {
          '200': json('Done; ids of other sites are ignored.', {
            type: 'object',
            properties: { changed: { type: 'integer' }, found: { type: 'integer' } },
          }),
          '422': error('No ids, too many, or an unknown action.'),
          ...refused,
        },
      },
    },
    '/api/v1/sites/{site}/comments/{id}/replies': {
      post: {
        tags: ['comments'],
        summary: 'Reply as the site (shown under the comment once it is approved)',
        parameters: [site, commentId],
        requestBody: body({
          type: 'object',
          required: ['text'],
          properties: { text: { type: 'string', maxLength: 3000 } },
        }),
        responses: {
          '201': json('Posted.', { type: 'object', properties: { id: { type: 'integer' } } }),
          '422': error('Empty or too long, or the comment is rejected, spam or itself a reply.'),
          ...refused,
        },
      },
    },
  },
};
