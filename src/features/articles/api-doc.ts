/** The articles endpoints in the OpenAPI document (see api-routes.ts). */
import type { OpenApiPart } from '../api/openapi.js';
import { PAGE_SIZE, QUERY_MAX, STATUSES } from './admin-queries.js';
import { BYLINE_MAX, SOURCE_MAX, TAG_MAX, TAGS_MAX } from './article-input.js';
import { LEAD_MAX, RELATED_LIMIT, SLUG_MAX, TITLE_MAX } from './operations.js';
import { BODY_HTML_MAX } from './sanitize.js';
import { ACTIONS, REASON_MAX } from './workflow.js';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = (schema: unknown, required = true) => ({
  required,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const object = (properties: Record<string, unknown>, required: string[] = []) => ({
  type: 'object',
  ...(required.length ? { required } : {}),
  properties,
});
const path = (name: string, description: string) => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: name === 'site' ? { type: 'string' } : { type: 'integer', minimum: 1 },
});
const query = (name: string, description: string, schema: unknown = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const SITE = path('site', 'The site code, e.g. `hoa-lam`.');
const ID = path('id', 'The article id.');
const REV = path('rev', 'A revision id of this article.');
const ms = (description: string) => ({
  type: 'integer',
  format: 'int64',
  description: `${description} (epoch ms).`,
});
const person = {
  type: 'object',
  nullable: true,
  properties: { id: { type: 'integer' }, name: { type: 'string' } },
};
const common = {
  '401': error('No valid session or token.'),
  '403': error(
    'The role may not do this (e.g. a contributor editing a submitted article), or a session call without `x-csrf-token`.',
  ),
  '404': error(
    'No such site, article or revision (also for staff of another site, and for contributors asking for someone else’s article).',
  ),
};
const invalidBody = error(
  'A field is missing, unknown, of the wrong type, too long or breaks a rule; `field` names it.',
);
const stale = error(
  'Someone else saved the article since the `version` given (the message says who and when), or moved it to another status. Nothing was stored.',
);

const FIELDS = {
  title: {
    type: 'string',
    maxLength: TITLE_MAX,
    example: 'Đại hội Đảng bộ xã Tân Lộc Đông nhiệm kỳ 2025–2030',
  },
  slug: {
    type: 'string',
    maxLength: SLUG_MAX,
    description: 'Empty: made from the title with Vietnamese folding (`dai-hoi-dang-bo-…`). Unique per site.',
  },
  lead: { type: 'string', maxLength: LEAD_MAX, description: 'Sapo.' },
  bodyHtml: {
    type: 'string',
    maxLength: BODY_HTML_MAX,
    description:
      'The editor’s HTML. Allowlist: p, br, h2–h4, strong, b, em, i, u, s, a[href] (http, https, mailto, site paths), ul, ol, li, blockquote, tables (colspan, rowspan), photos as `<figure data-media-id="ID">` with `<figcaption>` caption `<span class="credit">credit</span>`, YouTube embeds as `<div data-youtube-video><iframe src="https://www.youtube-nocookie.com/embed/ID">`. Everything else is dropped. Photos are rebuilt from the site’s media library; one without alt text is refused.',
  },
  categoryId: { type: 'integer', minimum: 1, description: 'A category of the site.' },
  tags: {
    oneOf: [
      { type: 'string', description: 'Comma separated.' },
      { type: 'array', maxItems: TAGS_MAX, items: { type: 'string', maxLength: TAG_MAX } },
    ],
    description: 'Created on the site as needed.',
  },
  featuredMediaId: {
    type: 'integer',
    minimum: 1,
    nullable: true,
    description: 'An image of the site with alt text.',
  },
  byline: {
    type: 'string',
    maxLength: BYLINE_MAX,
    description: 'Pen name (bút danh), e.g. `Bài, ảnh: Ngọc Hưng`.',
  },
  source: {
    type: 'string',
    maxLength: SOURCE_MAX,
    nullable: true,
    example: 'Đài Truyền thanh huyện Kim Sơn',
  },
  lang: { type: 'string', enum: ['vi', 'en'] },
  translationId: {
    type: 'integer',
    minimum: 1,
    nullable: true,
    description:
      'The article of the same site in the other language; both sides are linked (null unlinks both).',
  },
  relatedIds: {
    type: 'array',
    maxItems: RELATED_LIMIT,
    items: { type: 'integer', minimum: 1 },
    description: 'Editor’s picks for `Tin liên quan`, in order: articles of the same site.',
  },
};

const status = { type: 'string', enum: STATUSES };

export const articlesApiDoc: OpenApiPart = {
  tags: [
    {
      name: 'articles',
      description:
        'Articles of a site with their editorial workflow (draft → submitted → returned/approved → published or scheduled → unpublished), revisions and comparisons. Saves use optimistic concurrency: send the `version` you read; a 409 tells who saved meanwhile.',
    },
  ],
  schemas: {
    ArticleFields: object(FIELDS),
    Article: object(
      {
        id: { type: 'integer' },
        version: { type: 'integer', description: 'Send it back with the next save.' },
        status,
        ...FIELDS,
        wordCount: { type: 'integer' },
        category: { type: 'object', nullable: true },
        tags: { type: 'array', items: { type: 'string' } },
        featuredMedia: {
          type: 'object',
          nullable: true,
          properties: {
            id: { type: 'integer' },
            alt: { type: 'string' },
            thumbUrl: { type: 'string', nullable: true },
          },
        },
        translation: { type: 'object', nullable: true },
        related: { type: 'array', items: { type: 'object' } },
        author: person,
        updatedBy: person,
        createdAt: ms('Created'),
        updatedAt: ms('Last change'),
        publishedAt: { ...ms('Publication (or scheduled) time'), nullable: true },
        publicPath: { type: 'string', nullable: true, example: '/bai-viet/dai-hoi-dang-bo-xa' },
        canEdit: { type: 'boolean', description: 'The caller may save it now.' },
        actions: {
          type: 'array',
          items: { type: 'string', enum: ACTIONS },
          description: 'Transitions the caller may take now.',
        },
      },
      ['id', 'version', 'status', 'title', 'slug', 'canEdit', 'actions'],
    ),
    ArticleListItem: object({
      id: { type: 'integer' },
      title: { type: 'string' },
      slug: { type: 'string' },
      status,
      lang: { type: 'string' },
      version: { type: 'integer' },
      category: { type: 'object', nullable: true },
      author: person,
      updatedBy: person,
      updatedAt: ms('Last change'),
      publishedAt: { ...ms('Publication time'), nullable: true },
      createdAt: ms('Created'),
    }),
    TimelineEntry: object({
      id: { type: 'integer' },
      at: ms('When'),
      from: status,
      to: status,
      reason: { type: 'string' },
      user: { ...person, description: 'Null: the system (scheduled publishing).' },
    }),
    Revision: object({
      id: { type: 'integer' },
      version: { type: 'integer' },
      createdAt: ms('Saved'),
      user: person,
      kind: { type: 'string', enum: ['create', 'save', 'autosave', 'restore', 'baseline'] },
      restoredFrom: { type: 'integer' },
      title: { type: 'string' },
      lead: { type: 'string', description: 'Only in a single revision.' },
      bodyHtml: { type: 'string', description: 'Only in a single revision.' },
      fields: { type: 'object', description: 'Only in a single revision: slug, categoryId, tags, byline, …' },
    }),
    DiffPart: object({ op: { type: 'string', enum: ['same', 'add', 'del'] }, text: { type: 'string' } }, [
      'op',
      'text',
    ]),
  },
  paths: {
    '/api/v1/sites/{site}/articles': {
      get: {
        tags: ['articles'],
        summary: `The site’s articles, newest change first, ${PAGE_SIZE} a page (contributors: their own)`,
        parameters: [
          SITE,
          query('status', 'Only this status.', status),
          query('category', 'Only this category id.', { type: 'integer' }),
          query('author', 'Only this author’s (user id).', { type: 'integer' }),
          query('language', 'Only articles in this language.', { type: 'string', enum: ['vi', 'en'] }),
          query('from', 'From this day (`dd/mm/yyyy` or `yyyy-mm-dd`, Vietnam time), inclusive.'),
          query('to', 'To this day, inclusive.'),
          query('dateField', 'Which date from/to filter.', {
            type: 'string',
            enum: ['updated', 'published'],
          }),
          query('q', 'Title words, any diacritics (`dai hoi` finds `Đại hội`).', {
            type: 'string',
            maxLength: QUERY_MAX,
          }),
          query('page', '1-based page.', { type: 'integer', minimum: 1 }),
        ],
        responses: {
          '200': json(
            'A page of articles.',
            object({
              items: { type: 'array', items: ref('ArticleListItem') },
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
              pages: { type: 'integer' },
              ownOnly: { type: 'boolean' },
            }),
          ),
          '422': invalidBody,
          ...common,
        },
      },
      post: {
        tags: ['articles'],
        summary: 'Create a draft (author: the caller)',
        parameters: [SITE],
        requestBody: body({ ...object(FIELDS, ['title', 'categoryId']) }),
        responses: {
          '201': json('Created.', object({ article: ref('Article'), revisionId: { type: 'integer' } })),
          '400': error('The body is not a JSON object.'),
          '422': invalidBody,
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}': {
      get: {
        tags: ['articles'],
        summary: 'An article as its edit page shows it',
        parameters: [SITE, ID],
        responses: { '200': json('The article.', object({ article: ref('Article') })), ...common },
      },
      put: {
        tags: ['articles'],
        summary: 'Save changes (fields left out keep their value); published articles change live',
        parameters: [SITE, ID],
        requestBody: body(object({ ...FIELDS, version: { type: 'integer', minimum: 1 } }, ['version'])),
        responses: {
          '200': json('Saved.', object({ article: ref('Article'), revisionId: { type: 'integer' } })),
          '409': stale,
          '422': invalidBody,
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/autosave': {
      post: {
        tags: ['articles'],
        summary:
          'Autosave (as PUT; also takes the edit form urlencoded). One revision per stretch of autosaves',
        parameters: [SITE, ID],
        requestBody: body(object({ ...FIELDS, version: { type: 'integer', minimum: 1 } }, ['version'])),
        responses: {
          '200': json(
            'Saved.',
            object({
              ok: { type: 'boolean' },
              version: { type: 'integer' },
              savedAt: ms('Saved'),
              revisionId: { type: 'integer' },
            }),
          ),
          '409': error('As for PUT; also refused for published and scheduled articles (save them instead).'),
          '422': invalidBody,
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/transitions': {
      get: {
        tags: ['articles'],
        summary: 'The workflow timeline and the actions the caller may take now',
        parameters: [SITE, ID],
        responses: {
          '200': json(
            'Oldest first.',
            object({
              items: { type: 'array', items: ref('TimelineEntry') },
              status,
              actions: { type: 'array', items: { type: 'string', enum: ACTIONS } },
            }),
          ),
          ...common,
        },
      },
      post: {
        tags: ['articles'],
        summary: 'Move the article through the workflow',
        description:
          'submit (contributor: own; editor+), return (editor+: submitted; approver+: approved, scheduled; reason required), approve, publish, schedule (publishAt in the future), unpublish (approver+), redraft (unpublished → draft). Site and platform admins may do everything.',
        parameters: [SITE, ID],
        requestBody: body(
          object(
            {
              action: { type: 'string', enum: ACTIONS },
              reason: { type: 'string', maxLength: REASON_MAX },
              publishAt: {
                oneOf: [
                  { type: 'string', format: 'date-time' },
                  { type: 'integer', format: 'int64' },
                ],
                description: 'ISO 8601 with a zone, or epoch ms.',
              },
              version: {
                type: 'integer',
                description: 'When given, the article must still be at this version.',
              },
            },
            ['action'],
          ),
        ),
        responses: {
          '200': json(
            'Done.',
            object({
              transition: object({
                id: { type: 'integer' },
                from: status,
                to: status,
                publishedAt: { type: 'integer', nullable: true },
                transitionId: { type: 'integer' },
              }),
              article: ref('Article'),
            }),
          ),
          '409': stale,
          '422': invalidBody,
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/revisions': {
      get: {
        tags: ['articles'],
        summary: 'The article’s revisions, newest first',
        parameters: [SITE, ID],
        responses: {
          '200': json('Revisions.', object({ items: { type: 'array', items: ref('Revision') } })),
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/revisions/{rev}': {
      get: {
        tags: ['articles'],
        summary: 'One revision',
        parameters: [SITE, ID, REV],
        responses: { '200': json('The revision.', object({ revision: ref('Revision') })), ...common },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/revisions/{rev}/restore': {
      post: {
        tags: ['articles'],
        summary: 'Restore a revision (a new revision and version; language and translation stay)',
        parameters: [SITE, ID, REV],
        requestBody: body(object({ version: { type: 'integer', minimum: 1 } }), false),
        responses: {
          '200': json('Restored.', object({ article: ref('Article'), revisionId: { type: 'integer' } })),
          '409': stale,
          '422': invalidBody,
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/articles/{id}/compare': {
      get: {
        tags: ['articles'],
        summary: 'Word-level differences between two revisions (a → b)',
        parameters: [
          SITE,
          ID,
          query('a', 'Revision id.', { type: 'integer' }),
          query('b', 'Revision id.', { type: 'integer' }),
        ],
        responses: {
          '200': json(
            'Title, lead and body text as runs of same/del/add (`same`+`del` spell a, `same`+`add` spell b), and the other fields that differ.',
            object({
              a: ref('Revision'),
              b: ref('Revision'),
              title: { type: 'array', items: ref('DiffPart') },
              lead: { type: 'array', items: ref('DiffPart') },
              body: { type: 'array', items: ref('DiffPart') },
              fields: {
                type: 'array',
                items: object({ field: { type: 'string' }, a: {}, b: {} }),
              },
            }),
          ),
          '422': invalidBody,
          ...common,
        },
      },
    },
  },
};
