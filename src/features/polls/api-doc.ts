/** Polls in the OpenAPI document: voting and results (public, site from Host) and management (staff). */
import type { OpenApiPart } from '../api/openapi.js';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const json = (description: string, schema: unknown) => ({
  description,
  content: { 'application/json': { schema } },
});
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const path = (name: string, description: string, type = 'integer') => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type },
});
const site = path('site', 'The site code, e.g. `hoa-lam`.', 'string');
const pollId = path('id', 'The poll id.');
const staffRefused = {
  '401': error('Not logged in or bad token.'),
  '403': error('The role is too low (site admin), or the CSRF token is missing.'),
  '404': error('No such site or poll for the caller.'),
};
const pollBody = (required: string[]) => ({
  required: true,
  content: {
    'application/json': { schema: { ...ref('PollInput'), ...(required.length ? { required } : {}) } },
  },
});
const STATE = { type: 'string', enum: ['scheduled', 'open', 'closed'] };

export const pollsApiDoc: OpenApiPart = {
  tags: [
    { name: 'polls', description: 'Polls in the sidebar (`Bình chọn`): voting, results and management.' },
  ],
  schemas: {
    PollResults: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        question: { type: 'string' },
        multiple: { type: 'boolean', description: 'Several options may be chosen.' },
        state: STATE,
        opensAt: { type: 'string', format: 'date-time' },
        closesAt: { type: 'string', format: 'date-time', nullable: true },
        totalVoters: { type: 'integer' },
        totalText: { type: 'string', example: '58 người đã bình chọn' },
        options: {
          type: 'array',
          items: {
            type: 'object',
            properties: {
              id: { type: 'integer' },
              label: { type: 'string' },
              votes: { type: 'integer' },
              votesText: { type: 'string', example: '30 phiếu' },
              percent: { type: 'number', description: 'Share of the voters, one decimal.' },
              percentText: { type: 'string', example: '51,7%' },
            },
          },
        },
      },
    },
    Placement: {
      type: 'object',
      properties: {
        home: { type: 'boolean', description: 'The home page and pages outside any category.' },
        articles: { type: 'boolean', description: 'Every article page.' },
        categories: {
          type: 'array',
          items: { type: 'integer' },
          description: 'These categories’ pages and articles.',
        },
      },
    },
    PollInput: {
      type: 'object',
      properties: {
        question: { type: 'string', maxLength: 300 },
        lang: { type: 'string', enum: ['vi', 'en'], description: 'Default: the site’s language.' },
        options: {
          type: 'array',
          minItems: 2,
          maxItems: 10,
          description:
            'Labels, or `{ id, label }` to keep an existing option (PATCH). Options with votes cannot be removed.',
          items: {
            oneOf: [
              { type: 'string', maxLength: 200 },
              { type: 'object', properties: { id: { type: 'integer' }, label: { type: 'string' } } },
            ],
          },
        },
        multiple: { type: 'boolean', description: 'Cannot change once people have voted.' },
        opensAt: {
          description:
            'ISO 8601 (with Z or an offset), `yyyy-mm-ddThh:mm` in Vietnam time, or epoch ms. Default: now.',
        },
        closesAt: { description: 'Like opensAt, or null for no closing time.', nullable: true },
        placement: ref('Placement'),
        hidden: { type: 'boolean' },
      },
    },
    Poll: {
      type: 'object',
      properties: {
        id: { type: 'integer' },
        lang: { type: 'string' },
        question: { type: 'string' },
        multiple: { type: 'boolean' },
        state: STATE,
        opensAt: { type: 'string', format: 'date-time' },
        closesAt: { type: 'string', format: 'date-time', nullable: true },
        placement: ref('Placement'),
        hidden: { type: 'boolean' },
        totalVoters: { type: 'integer' },
        createdAt: { type: 'string', format: 'date-time' },
        options: {
          type: 'array',
          items: {
            type: 'object',
            properties: { id: { type: 'integer' }, label: { type: 'string' }, votes: { type: 'integer' } },
          },
        },
      },
    },
  },
  paths: {
    '/api/v1/polls': {
      get: {
        tags: ['polls'],
        summary: 'The poll a page of this site shows',
        security: [],
        parameters: [
          {
            name: 'page',
            in: 'query',
            required: false,
            description: 'Path of the page, e.g. `/bai-viet/x`.',
            schema: { type: 'string' },
          },
        ],
        responses: {
          '200': json('The newest open poll placed there, else the newest closed one, or null.', {
            type: 'object',
            properties: { poll: { ...ref('PollResults'), nullable: true } },
          }),
        },
      },
    },
    '/api/v1/polls/{id}': {
      get: {
        tags: ['polls'],
        summary: 'A public poll of this site and its results',
        security: [],
        parameters: [pollId],
        responses: {
          '200': json('The poll.', { type: 'object', properties: { poll: ref('PollResults') } }),
          '404': error('No such poll on this site, or hidden, or not open yet.'),
        },
      },
    },
    '/api/v1/polls/{id}/votes': {
      post: {
        tags: ['polls'],
        summary: 'Vote',
        description:
          'One vote per reader and poll: the same visitor cookie or, with cookies cleared, the same address on the same day is the same reader. Browsers must send it from the site itself (Origin or Referer). A plain form post (`option=3`, repeated for several) is answered with 303 to the poll frame.',
        security: [],
        parameters: [pollId],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: { options: { type: 'array', items: { type: 'integer' }, maxItems: 10 } },
              },
            },
          },
        },
        responses: {
          '201': json('Counted; the results after the vote.', {
            type: 'object',
            properties: { counted: { type: 'boolean' }, poll: ref('PollResults') },
          }),
          '403': error('Sent from another site (Origin or Referer).'),
          '404': error('No such poll on this site, or hidden, or not open yet.'),
          '409': error('LOA_ALREADY_VOTED: this reader has voted; LOA_POLL_CLOSED: the poll is closed.'),
          '413': error('Body larger than 2 KB.'),
          '422': error('No option, several for a single-choice poll, or an option of another poll.'),
        },
      },
    },
    '/api/v1/sites/{site}/polls': {
      get: {
        tags: ['polls'],
        summary: 'Every poll of the site',
        parameters: [site],
        responses: {
          '200': json('Newest first.', {
            type: 'object',
            properties: { polls: { type: 'array', items: ref('Poll') } },
          }),
          ...staffRefused,
        },
      },
      post: {
        tags: ['polls'],
        summary: 'Create a poll',
        parameters: [site],
        requestBody: pollBody(['question', 'options']),
        responses: {
          '201': json('Created.', { type: 'object', properties: { poll: ref('Poll') } }),
          '422': error('A field is not valid (the error names it).'),
          ...staffRefused,
        },
      },
    },
    '/api/v1/sites/{site}/polls/{id}': {
      get: {
        tags: ['polls'],
        summary: 'One poll with its counts',
        parameters: [site, pollId],
        responses: {
          '200': json('The poll.', { type: 'object', properties: { poll: ref('Poll') } }),
          ...staffRefused,
        },
      },
      patch: {
        tags: ['polls'],
        summary: 'Change the fields given',
        parameters: [site, pollId],
        requestBody: pollBody([]),
        responses: {
          '200': json('The poll after the change.', { type: 'object', properties: { poll: ref('Poll') } }),
          '422': error('A field is not valid (the error names it).'),
          ...staffRefused,
        },
      },
      delete: {
        tags: ['polls'],
        summary: 'Delete a poll with its votes',
        parameters: [site, pollId],
        responses: { '204': { description: 'Deleted.' }, ...staffRefused },
      },
    },
    '/api/v1/sites/{site}/polls/{id}/close': {
      post: {
        tags: ['polls'],
        summary: 'Close the poll now (results stay)',
        parameters: [site, pollId],
        responses: {
          '200': json('The closed poll.', { type: 'object', properties: { poll: ref('Poll') } }),
          ...staffRefused,
        },
      },
    },
  },
};
