/**
 * Static assets (stylesheet, script, favicon) read once, fingerprinted by content hash and served
 * from memory with long immutable caching and pre-compressed variants.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { DEFAULT_EMBLEM_SVG } from './emblem.js';

export interface Asset {
  name: string;
  url: string;
  type: string;
  body: Buffer;
  br: Buffer;
  gzip: Buffer;
  etag: string;
}

function makeAsset(name: string, type: string, body: Buffer, fingerprint = true): Asset {
  const hash = createHash('sha1').update(body).digest('hex').slice(0, 10);
  const dot = name.lastIndexOf('.');
  const url = fingerprint ? `/assets/${name.slice(0, dot)}.${hash}${name.slice(dot)}` : `/${name}`;
  return {
    name,
    url,
    type,
    body,
    br: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
    gzip: gzipSync(body, { level: 9 }),
    etag: `"${hash}"`,
  };
}

const read = (file: string) => readFileSync(new URL(`./assets/${file}`, import.meta.url));

export const assets = {
  css: makeAsset('site.css', 'text/css; charset=utf-8', read('site.css')),
  js: makeAsset('site.js', 'text/javascript; charset=utf-8', read('site.js')),
  favicon: makeAsset('favicon.svg', 'image/svg+xml', Buffer.from(DEFAULT_EMBLEM_SVG), false),
};

export const assetsByUrl = new Map<string, Asset>(Object.values(assets).map((a) => [a.url, a]));
