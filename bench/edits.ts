// How long a save, an undo and a redo take through the handlers on a real database file, for
// each demo school: `npx tsx bench/edits.ts`. A save reads the school, checks the would-be school
// with the same validator as an imported file, then writes one edit with its history entry.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Staff } from '../solver/model/school-file';
import { createContext } from '../handlers/context';
import { demoSchoolsIn } from '../handlers/demo-schools';
import { dispatch } from '../handlers/dispatch';

const RUNS = 15;

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

for (const phase of ['primary', 'secondary'] as const) {
  const dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-bench-edits-'));
  const context = createContext({ runtime: 'browser', version: 'bench', dataFolder, demoSchools: demoSchoolsIn('demo') });
  await dispatch('school:openDemo', { phase }, context);
  const school = await dispatch('school:get', undefined, context);
  if (!school.ok) throw new Error('no school');
  const staff = (school.value as { staff: Staff[] }).staff;
  const save: number[] = [];
  const undo: number[] = [];
  const redo: number[] = [];
  const time = async (into: number[], channel: string, input: unknown) => {
    const t0 = performance.now();
    const result = await dispatch(channel, input, context);
    into.push(performance.now() - t0);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  };
  for (let i = 0; i < RUNS; i++) {
    const person = staff[i % staff.length];
    if (!person) continue;
    await time(save, 'staff:save', { staff: { ...person, maxPeriodsPerWeek: 10 + i } });
  }
  for (let i = 0; i < RUNS; i++) await time(undo, 'edit:undo', undefined);
  for (let i = 0; i < RUNS; i++) await time(redo, 'edit:redo', undefined);
  const get: number[] = [];
  for (let i = 0; i < 5; i++) await time(get, 'school:get', undefined);
  console.log(
    `${phase}: staff:save median ${median(save).toFixed(1)} ms (first ${save[0]?.toFixed(1)} ms), ` +
      `edit:undo ${median(undo).toFixed(1)} ms, edit:redo ${median(redo).toFixed(1)} ms, school:get ${median(get).toFixed(1)} ms over ${RUNS} runs`,
  );
  context.close();
  rmSync(dataFolder, { recursive: true, force: true });
}
