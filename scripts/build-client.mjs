#!/usr/bin/env node
// Builds the browser islands: every src/client/<name>.ts(x) becomes src/web/assets/client/<name>.js
// (minified, ES2019 so that older phone browsers run it). The server fingerprints and serves them
// like every other asset. Run by `npm start`, `npm test` and the `loa` command when missing.
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
export const CLIENT_OUT = `${root}src/web/assets/client`;

export async function buildClient() {
  const entries = {};
  for (const file of readdirSync(`${root}src/client`)) {
    const match = /^([a-z0-9-]+)\.tsx?$/.exec(file);
    if (match && !file.includes('.test.')) entries[match[1]] = `src/client/${file}`;
  }
  rmSync(CLIENT_OUT, { recursive: true, force: true });
  mkdirSync(CLIENT_OUT, { recursive: true });
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: CLIENT_OUT,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  });
}

export function clientBuilt() {
  return existsSync(CLIENT_OUT);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildClient();
