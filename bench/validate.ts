// How long reading and checking each demo school takes: `npx tsx bench/validate.ts`.
import { readFileSync } from 'node:fs';
import { parseSchoolText } from '../solver/model/validate';

const RUNS = 20;

for (const name of ['primary', 'secondary']) {
  const text = readFileSync(new URL(`../demo/${name}.json`, import.meta.url), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = parseSchoolText(text);
    times.push(performance.now() - start);
    if (!result.ok) throw new Error(`demo/${name}.json has problems: ${result.problems[0]?.message}`);
  }
  const [first = 0, ...warm] = times;
  warm.sort((a, b) => a - b);
  const median = warm[Math.floor(warm.length / 2)] ?? 0;
  console.log(`${name}.json (${Math.round(text.length / 1024)} KB): first ${first.toFixed(1)} ms, then median ${median.toFixed(1)} ms, best ${(warm[0] ?? 0).toFixed(1)} ms over ${warm.length} runs`);
}
