/** Article ratings in the OpenAPI document (public: the site is the one named by the Host header). */
import type { OpenApiPart } from '../api/openapi.js';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
});
const summary = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/RatingSummary' } } },
});
const id = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The article id.',
  schema: { type: 'integer' },
};

export const ratingsApiDoc: OpenApiPart = {
  tags: [{ name: 'ratings', description: 'Readers’ 1–5 star ratings of articles (`Đánh giá`).' }],
  schemas: {
    RatingSummary: {
      type: 'object',
      required: ['count', 'average', 'countText', 'averageText'],
      properties: {
        count: { type: 'integer', description: 'How many readers rated the article (`lượt đánh giá`).' },
        average: {
          type: 'number',
          description: 'Mean stars, one decimal; 0 without ratings (`trung bình`).',
        },
        countText: {
          type: 'string',
          example: '1.234',
          description: 'The count written out in the language.',
        },
        averageText: {
          type: 'string',
          example: '4,3',
          description: 'The average written out in the language.',
        },
        stars: { type: 'integer', description: 'POST only: the stars just given.' },
        replaced: { type: 'boolean', description: 'POST only: true when an earlier rating was replaced.' },
      },
    },
  },
  paths: {
    '/api/v1/articles/{id}/rating': {
      get: {
        tags: ['ratings'],
        summary: 'Count and average of a published article’s ratings',
        security: [],
        parameters: [id],
        responses: {
          '200': summary('The summary (at most a couple of seconds old).'),
          '404': error('No such published article on this site.'),
        },
      },
      post: {
        tags: ['ratings'],
        summary: 'Rate an article, or change one’s rating',
        description:
          'One rating per reader and article: the same visitor cookie (`loa_vid`, set on the first write) or, with cookies cleared, the same address on the same day is the same reader, and rating again replaces the earlier stars. Browsers must send it from the site itself (Origin or Referer); a plain form post (`stars=4`) is answered with 303 back to the article.',
        security: [],
        parameters: [id],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['stars'],
                properties: { stars: { type: 'integer', minimum: 1, maximum: 5 } },
              },
            },
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                required: ['stars'],
                properties: { stars: { type: 'integer', minimum: 1, maximum: 5 } },
              },
            },
          },
        },
        responses: {
          '200': summary('An earlier rating of this reader was replaced; the new summary.'),
          '201': summary('The rating was added; the new summary.'),
          '303': { description: 'Form post: back to the article’s rating widget.' },
          '403': error('Sent from another site (Origin or Referer).'),
          '404': error('No such published article on this site.'),
          '413': error('Body larger than 2 KB.'),
          '422': error('stars is not an integer from 1 to 5.'),
        },
      },
    },
  },
};
