/** The entry point of the `staffroom` command (built to dist/node/staffroom.js, run by bin/staffroom.js). */
import { main } from './main';

process.exitCode = await main(process.argv.slice(2));
