/** Every feature's part of the OpenAPI document (one line each). */
import { articlesApiDoc } from '../articles/api-doc.js';
import { commentsApiDoc } from '../comments/api-doc.js';
import { mediaApiDoc } from '../media/api-doc.js';
import { pollsApiDoc } from '../polls/api-doc.js';
import { ratingsApiDoc } from '../ratings/api-doc.js';
import { securityApiDoc } from '../security/api-doc.js';
import { siteAdminApiDoc } from '../sites/api-doc.js';
import { statsApiDoc } from '../stats/api-doc.js';
import type { OpenApiPart } from './openapi.js';

export const OPENAPI_PARTS: OpenApiPart[] = [
  articlesApiDoc,
  commentsApiDoc,
  mediaApiDoc,
  pollsApiDoc,
  ratingsApiDoc,
  securityApiDoc,
  siteAdminApiDoc,
  statsApiDoc,
];
