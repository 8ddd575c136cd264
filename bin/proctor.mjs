#!/usr/bin/env node
// Runs the bundled CLI (built by `npm run build`, which `npm install` runs via "prepare").
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/proctor.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  console.error('proctor: the app is not built yet. Run `npm run build` (npm install does it for you).');
  process.exit(1);
}
const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));
