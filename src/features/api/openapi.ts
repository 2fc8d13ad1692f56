/**
 * The OpenAPI 3 document of /api/v1, served at /api/v1/openapi.json. Each feature describes its own
 * endpoints in an `api-doc.ts` (an `OpenApiPart`), listed in parts.ts; this merges them.
 */
export interface OpenApiPart {
  /** OpenAPI path items keyed by path, e.g. '/api/v1/sites/{site}/media'. */
  paths: Record<string, Record<string, unknown>>;
  /** Named schemas under components.schemas. */
  schemas?: Record<string, unknown>;
  tags?: { name: string; description: string }[];
}

export function buildOpenApi(parts: readonly OpenApiPart[]): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, unknown> = {
    Error: {
      type: 'object',
      required: ['error'],
      properties: {
        error: {
          type: 'object',
          required: ['code', 'message'],
          properties: {
            code: { type: 'string', description: 'Stable machine code, e.g. LOA_INVALID, LOA_FORBIDDEN.' },
            message: { type: 'string', description: "Human message in the caller's language." },
            field: { type: 'string', description: 'The input field at fault, for validation errors.' },
          },
        },
      },
    },
  };
  const tags: { name: string; description: string }[] = [];
  for (const part of parts) {
    for (const [path, item] of Object.entries(part.paths)) {
      paths[path] = { ...(paths[path] ?? {}), ...item };
    }
    Object.assign(schemas, part.schemas ?? {});
    tags.push(...(part.tags ?? []));
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'Loa API',
      version: '1',
      description:
        'JSON API of a Loa portal. Authenticate with `Authorization: Bearer <token>` (tokens are made in the admin or with `loa token create`) or a staff session cookie plus `x-csrf-token` on changes. Choose the message language with `?lang=en` or Accept-Language. Every error is `{ "error": { "code", "message", "field"? } }`.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'loa_session' },
      },
      schemas,
    },
    security: [{ bearer: [] }, { session: [] }],
    tags,
    paths,
  };
}
