/** Every feature's part of the OpenAPI document (one line each). */
import type { OpenApiPart } from './openapi.js';

export const OPENAPI_PARTS: OpenApiPart[] = [];
