#!/usr/bin/env node
// `npm test`: lint and format check (Biome), type check (tsc), then every test file through
// node:test with tsx. Node 20's test runner does not expand globs, so the files are listed here.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

function run(label, command, args) {
  process.stdout.write(`\n▶ ${label}\n`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    process.stderr.write(`\n✖ ${label} failed\n`);
    process.exit(result.status ?? 1);
  }
}

function testFiles(dir) {
  const out = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && /\.test\.tsx?$/.test(entry.name)) {
      out.push(relative(root, join(entry.parentPath ?? entry.path, entry.name)));
    }
  }
  return out.sort();
}

const only = process.argv.slice(2);
// The browser islands are served from src/web/assets/client; tests need them built.
run('client bundles', process.execPath, ['scripts/build-client.mjs']);
if (only.length === 0) {
  run('biome check', 'npx', ['biome', 'check', '.']);
  run('tsc --noEmit', 'npx', ['tsc', '--noEmit']);
}
const files = only.length ? only : [...testFiles('src'), ...testFiles('test')];
run(`node:test (${files.length} files)`, process.execPath, [
  '--import',
  'tsx',
  '--test',
  '--test-reporter=spec',
  '--test-concurrency=1',
  ...files,
]);
