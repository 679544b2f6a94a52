/**
 * The benchmark with the exact HiGHS reference alone (no planner): `npx tsx bench/run-reference.ts`
 * with the flags of benchMain (--only tiny,small, --time-scale 0.5, --out file ...).
 */
import { benchMain } from './harness';

await benchMain([...process.argv.slice(2), '--reference-only'], null);
