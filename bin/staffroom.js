#!/usr/bin/env node
// The `staffroom` command: runs the built command line (npm install builds it; so does npm run build).
import { existsSync } from 'node:fs';

const entry = new URL('../dist/node/staffroom.js', import.meta.url);
if (!existsSync(entry)) {
  console.error('Staffroom is not built yet: run "npm run build" in its folder, then try again.');
  process.exit(1);
}
await import(entry.href);
