// Times writing and reading each demo school through a real database file; prints the file size.
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, readSchool, replaceSchool } from '../db';
import { schoolSchema } from '../solver/model';

for (const name of ['primary', 'secondary']) {
  const folder = mkdtempSync(join(tmpdir(), 'staffroom-bench-'));
  const file = join(folder, 'staffroom.db');
  const text = readFileSync(`demo/${name}.json`, 'utf8');
  const t0 = performance.now();
  const school = schoolSchema.parse(JSON.parse(text));
  const t1 = performance.now();
  const db = openDatabase(file);
  replaceSchool(db, school);
  const t2 = performance.now();
  const back = readSchool(db);
  const t3 = performance.now();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const size = statSync(file).size;
  console.log(
    `${name}: parse ${(t1 - t0).toFixed(0)} ms, import ${(t2 - t1).toFixed(0)} ms, read back ${(t3 - t2).toFixed(0)} ms, ` +
      `database ${(size / 1024).toFixed(0)} KiB (JSON ${(text.length / 1024).toFixed(0)} KiB), ${back.lessons.length} lessons`,
  );
  rmSync(folder, { recursive: true, force: true });
}
