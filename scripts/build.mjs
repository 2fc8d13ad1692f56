#!/usr/bin/env node
// Bundles the server for `npm start` and the benchmark: one ES module per entry (and lazily loaded
// chunks, such as the demo generator), dependencies left in node_modules, assets copied beside it.
// Running the bundle with plain `node` keeps the TypeScript loader (and its thread) out of production.
import { cpSync, rmSync } from 'node:fs';
import { build } from 'esbuild';
import { buildClient } from './build-client.mjs';

const root = new URL('..', import.meta.url).pathname;
const started = performance.now();
rmSync(`${root}dist`, { recursive: true, force: true });
await buildClient();
await build({
  absWorkingDir: root,
  entryPoints: { loa: 'src/cli/run.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  sourcemap: 'linked',
  outExtension: { '.js': '.mjs' },
  logLevel: 'warning',
});
cpSync(`${root}src/web/assets`, `${root}dist/assets`, { recursive: true });
process.stderr.write(`loa: built dist/ in ${Math.round(performance.now() - started)} ms\n`);
