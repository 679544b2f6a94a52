// `npm run bench:solver`: the planner on seeded schools from 10 staff to a trust, and the two
// demo schools, against the exact HiGHS reference. See bench/README.md for flags and definitions.
import { benchMain } from './harness';

await benchMain(process.argv.slice(2), { path: 'solver/planner/index.ts', exportName: 'planSchool' });
