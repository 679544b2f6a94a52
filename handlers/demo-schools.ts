/** The two bundled demo schools (demo/primary.json, demo/secondary.json), read when first asked for. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { schoolSchema, type School } from '../solver/model/school-file';
import { DEMO_PHASES, type DemoPhase } from '../api/contract';

export interface DemoSchools {
  readonly phases: readonly DemoPhase[];
  school(phase: DemoPhase): School;
}

export function demoSchoolsIn(folder: string): DemoSchools {
  const cache = new Map<DemoPhase, School>();
  return {
    phases: DEMO_PHASES,
    school(phase) {
      let school = cache.get(phase);
      if (!school) {
        const file = join(folder, `${phase}.json`);
        const parsed = schoolSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
        // A broken bundled file is a packaging fault, not something the user did.
        if (!parsed.success) throw new Error(`The bundled demo school ${file} does not match the staffroom/1 format.`);
        school = parsed.data;
        cache.set(phase, school);
      }
      return school;
    },
  };
}
