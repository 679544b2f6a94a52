import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { demoSchoolsIn } from '../../handlers/demo-schools';

describe('the bundled demo schools', () => {
  it('are both valid staffroom/1 schools, read once and then kept', () => {
    const demos = demoSchoolsIn('demo');
    expect(demos.phases).toEqual(['primary', 'secondary']);
    const primary = demos.school('primary');
    expect(primary.school).toEqual({ name: 'Brackenfold Primary School', phase: 'primary' });
    expect(demos.school('secondary').school.phase).toBe('secondary');
    expect(demos.school('primary')).toBe(primary);
  });

  it('refuses a demo file that does not match the format', () => {
    const folder = mkdtempSync(join(tmpdir(), 'staffroom-demo-'));
    try {
      const broken = JSON.parse(readFileSync('demo/primary.json', 'utf8')) as Record<string, unknown>;
      broken.format = 'staffroom/0';
      writeFileSync(join(folder, 'primary.json'), JSON.stringify(broken));
      expect(() => demoSchoolsIn(folder).school('primary')).toThrow(/does not match the staffroom\/1 format/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
