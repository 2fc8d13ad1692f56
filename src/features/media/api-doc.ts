/** The media library's endpoints in the OpenAPI document (see api-routes.ts). */
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
const siteParam = {
  name: 'site',
  in: 'path',
  required: true,
  description: 'The site code, e.g. `hoa-lam`.',
  schema: { type: 'string' },
};
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const common = {
  '401': error('No valid session or token.'),
  '403': error('The role is too low, or a session call without `x-csrf-token`.'),
  '404': error('No such site or image (also for staff of another site).'),
};

export const mediaApiDoc: OpenApiPart = {
  tags: [
    {
      name: 'media',
      description:
        'The media library: JPEG, PNG, WebP and GIF images (type read from the bytes; SVG refused), with WebP variants at 320/640/1280 px and a JPEG fallback. An image needs alt text before it can be used.',
    },
  ],
  schemas: {
    MediaVariant: {
      type: 'object',
      required: ['width', 'height', 'type', 'url'],
      properties: {
        width: { type: 'integer' },
        height: { type: 'integer' },
        type: { type: 'string', enum: ['image/webp', 'image/jpeg'] },
        url: { type: 'string', example: '/media/3f9c0a1b2c3d4e5f60718293-640.webp' },
      },
    },
    MediaItem: {
      type: 'object',
      required: ['id', 'url', 'alt', 'caption', 'credit', 'width', 'height', 'variants'],
      properties: {
        id: { type: 'integer' },
        url: { type: 'string', description: 'The 640 px WebP variant (or the largest below it).' },
        alt: { type: 'string', description: 'Alt text; empty means the image is not usable yet.' },
        caption: { type: 'string' },
        credit: { type: 'string', example: 'Ảnh: Ngọc Hưng' },
        width: { type: 'integer', description: 'Upright width of the original in pixels.' },
        height: { type: 'integer' },
        variants: { type: 'array', items: ref('MediaVariant') },
      },
    },
    MediaUsage: {
      type: 'object',
      required: ['count', 'emblem', 'articles'],
      properties: {
        count: { type: 'integer', description: 'Places in all.' },
        emblem: { type: 'boolean', description: 'The site emblem is this image.' },
        articles: {
          type: 'array',
          items: {
            type: 'object',
            required: ['id', 'title', 'status', 'featured', 'inBody', 'adminUrl'],
            properties: {
              id: { type: 'integer' },
              title: { type: 'string' },
              status: { type: 'string' },
              featured: { type: 'boolean' },
              inBody: { type: 'boolean' },
              adminUrl: { type: 'string' },
              url: { type: 'string', description: 'The public page, for published articles.' },
            },
          },
        },
      },
    },
  },
  paths: {
    '/api/v1/sites/{site}/media': {
      get: {
        tags: ['media'],
        summary: "The site's images, newest first",
        parameters: [
          siteParam,
          { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
          {
            name: 'q',
            in: 'query',
            description: 'Words to find in alt text, caption, credit or file name (diacritics optional).',
            schema: { type: 'string' },
          },
          {
            name: 'usable',
            in: 'query',
            description: '`1`: only images with alt text (those an article may use).',
            schema: { type: 'string', enum: ['1'] },
          },
        ],
        responses: {
          '200': json('A page of 24 images.', {
            type: 'object',
            required: ['items', 'total'],
            properties: {
              items: { type: 'array', items: ref('MediaItem') },
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
            },
          }),
          ...common,
        },
      },
      post: {
        tags: ['media'],
        summary: 'Upload an image',
        description:
          'One file of at most 20 MB and 40 megapixels. Refused with 422 (`field: "file"`): SVG, non-images, images carrying markup or an archive, damaged or truncated files, too many pixels. Orientation is applied and metadata (GPS) stripped from the variants.',
        parameters: [siteParam],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  alt: { type: 'string', maxLength: 250 },
                  caption: { type: 'string', maxLength: 1000 },
                  credit: { type: 'string', maxLength: 200 },
                },
              },
            },
          },
        },
        responses: {
          '201': json('Stored.', {
            type: 'object',
            required: ['item'],
            properties: { item: ref('MediaItem') },
          }),
          '413': error('The body is larger than the limit.'),
          '422': error('The file or a field was refused; the message says why.'),
          ...common,
        },
      },
    },
    '/api/v1/sites/{site}/media/{id}': {
      get: {
        tags: ['media'],
        summary: 'One image and where it is used',
        parameters: [siteParam, idParam],
        responses: {
          '200': json('The image.', {
            type: 'object',
            properties: { item: ref('MediaItem'), usage: ref('MediaUsage') },
          }),
          ...common,
        },
      },
      patch: {
        tags: ['media'],
        summary: 'Change alt text, caption or credit',
        description:
          'Contributors change their own uploads; editors and above any image. Alt text cannot be emptied.',
        parameters: [siteParam, idParam],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                properties: {
                  alt: { type: 'string', maxLength: 250 },
                  caption: { type: 'string', maxLength: 1000 },
                  credit: { type: 'string', maxLength: 200 },
                },
              },
            },
          },
        },
        responses: {
          '200': json('Saved.', { type: 'object', properties: { item: ref('MediaItem') } }),
          '422': error('A field was refused.'),
          ...common,
        },
      },
      delete: {
        tags: ['media'],
        summary: 'Delete an unused image and its files',
        parameters: [siteParam, idParam],
        responses: {
          '204': { description: 'Deleted.' },
          '409': json('The image is used; nothing was deleted.', {
            type: 'object',
            properties: {
              error: {
                type: 'object',
                properties: { code: { type: 'string' }, message: { type: 'string' } },
              },
              usage: ref('MediaUsage'),
            },
          }),
          ...common,
        },
      },
    },
  },
};
