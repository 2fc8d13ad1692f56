/**
 * The one place that parses multipart uploads: an encapsulated Fastify plugin holding only the
 * upload routes (admin form and API), so no other route accepts multipart bodies. Limits: one
 * file of at most 20 MB, a few small fields. Anonymous requests and bodies announced as too large
 * are refused before a byte is parsed. The fields become `request.body` (strings, so the admin's
 * CSRF check reads `_csrf` as from any form); the file is kept aside for `uploadOf(request)`.
 */
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { readCookie } from '../../platform/http/cookies.js';
import { invalid, LoaError, unauthorized } from '../../platform/http/errors.js';
import { SESSION_COOKIE } from '../accounts/sessions.js';
import { MAX_UPLOAD_BYTES } from './store.js';

export interface UploadedFile {
  bytes: Buffer;
  filename: string;
  /** Cut off at the size limit. */
  truncated: boolean;
}

interface UploadState {
  file?: UploadedFile;
  error?: LoaError;
}

const uploads = new WeakMap<FastifyRequest, UploadState>();

/** The file sent with the request (if any) and the reason parsing failed (if it did). */
export function uploadOf(request: FastifyRequest): UploadState {
  return uploads.get(request) ?? {};
}

const tooLarge = () => new LoaError('LOA_TOO_LARGE', 413, 'media.error.tooLarge', { max: '20 MB' }, 'file');

/** Room for the form fields and multipart framing around a file at the limit. */
const ENVELOPE_BYTES = 256 * 1024;

function partsError(err: unknown): LoaError {
  if (err instanceof LoaError) return err;
  const code = (err as { code?: string }).code;
  if (code === 'FST_FILES_LIMIT') return invalid('file', 'media.error.oneFile');
  if (code === 'FST_REQ_FILE_TOO_LARGE') return tooLarge();
  return invalid('file', 'media.error.corrupt');
}

/** Registers `routes` inside a context where multipart bodies are parsed with the upload limits. */
export function uploadContext(app: FastifyInstance, routes: (child: FastifyInstance) => void): void {
  app.register(async (child) => {
    await child.register(multipart, {
      throwFileSizeLimit: false,
      limits: {
        files: 1,
        fileSize: MAX_UPLOAD_BYTES,
        fields: 10,
        fieldSize: 16 * 1024,
        fieldNameSize: 64,
        parts: 12,
        headerPairs: 50,
      },
    });

    child.addHook('onRequest', async (request) => {
      if (!request.headers.authorization && !readCookie(request.headers.cookie, SESSION_COOKIE)) {
        throw unauthorized();
      }
      const length = Number(request.headers['content-length'] ?? 0);
      if (length > MAX_UPLOAD_BYTES + ENVELOPE_BYTES) throw tooLarge();
    });

    child.addHook('preValidation', async (request) => {
      if (!request.isMultipart()) return;
      const fields: Record<string, string> = {};
      const state: UploadState = {};
      try {
        for await (const part of request.parts()) {
          if (part.type === 'file') {
            // Read every file part to the end (the parser needs it); only the first `file` is kept.
            const bytes = await part.toBuffer();
            if (part.fieldname === 'file' && !state.file) {
              state.file = { bytes, filename: part.filename, truncated: part.file.truncated };
            }
          } else if (typeof part.value === 'string' && !Object.hasOwn(fields, part.fieldname)) {
            fields[part.fieldname] = part.value;
          }
        }
      } catch (err) {
        state.error = partsError(err);
      }
      request.body = fields;
      uploads.set(request, state);
    });

    routes(child);
  });
}
