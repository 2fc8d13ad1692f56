/**
 * Static assets (stylesheet, script, favicon) read once, fingerprinted by content hash and served
 * from memory with long immutable caching and pre-compressed variants.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
const dir = (name: string) => new URL(`./assets/${name}/`, import.meta.url);

/** A stylesheet made of a main file (optional) and every .css file of a folder, in name order. */
function concatCss(main: string | undefined, folder: string): Buffer {
  const parts = main ? [read(main)] : [];
  if (existsSync(dir(folder))) {
    for (const file of readdirSync(dir(folder)).sort()) {
      if (file.endsWith('.css')) parts.push(read(`${folder}/${file}`));
    }
  }
  return Buffer.concat(parts.flatMap((p) => [p, Buffer.from('\n')]));
}

/** Browser islands built by scripts/build-client.mjs from src/client/<name>.ts(x). */
const clientAssets = new Map<string, Asset>();
if (existsSync(dir('client'))) {
  for (const file of readdirSync(dir('client'))) {
    if (file.endsWith('.js')) {
      clientAssets.set(
        file.slice(0, -3),
        makeAsset(file, 'text/javascript; charset=utf-8', read(`client/${file}`)),
      );
    }
  }
}

/** The fingerprinted URL of a browser island (src/client/<name>.ts). */
export function clientScript(name: string): string {
  const asset = clientAssets.get(name);
  if (!asset) throw new Error(`client bundle "${name}" is missing: run npm run build`);
  return asset.url;
}

export const assets = {
  // The public stylesheet: site.css then the parts in site/ (widgets of features).
  css: makeAsset('site.css', 'text/css; charset=utf-8', concatCss('site.css', 'site')),
  // The admin's own additions, loaded after site.css on admin pages.
  adminCss: makeAsset('admin.css', 'text/css; charset=utf-8', concatCss(undefined, 'admin')),
  js: makeAsset('site.js', 'text/javascript; charset=utf-8', read('site.js')),
  favicon: makeAsset('favicon.svg', 'image/svg+xml', Buffer.from(DEFAULT_EMBLEM_SVG), false),
};

export const assetsByUrl = new Map<string, Asset>(
  [...Object.values(assets), ...clientAssets.values()].map((a) => [a.url, a]),
);
