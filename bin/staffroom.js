#!/usr/bin/env node
// The installed `staffroom` command: runs the built CLI (npm install builds it; so does `npm run build`).
let cli;
try {
  cli = await import('../dist/node/staffroom.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  console.error('staffroom: the command line is not built yet; run "npm run build" in the staffroom folder first.');
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
