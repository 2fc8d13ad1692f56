/** The statistics endpoint in the OpenAPI document. */
import type { OpenApiPart } from '../api/openapi.js';

export const statsApiDoc: OpenApiPart = {
  tags: [{ name: 'stats', description: 'Visitor statistics of the site named by the Host header.' }],
  paths: {
    '/api/v1/stats': {
      get: {
        tags: ['stats'],
        summary: 'Live visitor figures',
        description:
          'Visits since launch, visitors online (distinct visitors of the last five minutes) and, with `article`, the views of one published article. Public; at most a few seconds old (`Cache-Control: public, max-age=2`).',
        security: [],
        parameters: [
          {
            name: 'article',
            in: 'query',
            required: false,
            schema: { type: 'integer', minimum: 1, maximum: 2147483647 },
          },
        ],
        responses: {
          '200': {
            description: 'The figures',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Stats' } } },
          },
          '422': {
            description: 'The article id is not a positive whole number',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
        },
      },
    },
  },
  schemas: {
    Stats: {
      type: 'object',
      required: ['site'],
      properties: {
        site: {
          type: 'object',
          required: ['visits', 'online'],
          properties: { visits: { type: 'integer' }, online: { type: 'integer' } },
        },
        article: {
          type: 'object',
          nullable: true,
          description: 'Present when `article` was asked; null when it is not a public article of the site.',
          properties: { id: { type: 'integer' }, views: { type: 'integer' } },
        },
      },
    },
  },
};
