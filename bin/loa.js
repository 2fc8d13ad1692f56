#!/usr/bin/env node
// The `loa` command. Loa is written in TypeScript and runs through tsx, so no build step stands
// between `npm install` and `npm start`.
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const { buildClient, clientBuilt } = await import('../scripts/build-client.mjs');
if (!clientBuilt()) await buildClient();
register({ tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
const { main } = await import('../src/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
