/**
 * What every handler may use: the open database (opened on first use), the data folder and the
 * bundled demo schools. Built once by the Electron main process or by `staffroom serve`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase, type Db } from '../db';
import type { AppInfo } from '../api/contract';
import type { DemoSchools } from './demo-schools';
import { OpenPlans } from './grid/open-plan';
import { PlanJobs } from './grid/plan-jobs';
import { solveWorkerSource, type WorkerSource } from './solve-worker-source';

export const DATABASE_FILE = 'staffroom.db';

export interface HandlerContext {
  readonly runtime: AppInfo['runtime'];
  readonly version: string;
  readonly dataFolder: string;
  readonly databaseFile: string;
  readonly demoSchools: DemoSchools;
  /** The school's database, opened (and migrated) on first use. */
  database(): Db;
  /** What the plan grid keeps between requests: the open plan's rule book, and planner runs. */
  readonly grid: GridMemory;
  /**
   * Opens an already allow-listed https URL in the user's browser. Absent where the shell
   * cannot do it (the browser path): the page opens the link itself.
   */
  readonly openExternal?: (url: string) => Promise<void>;
  /**
   * Prints a self-contained HTML document to an A4 PDF (Electron's printToPDF in a hidden
   * window). Absent in the browser path, which has no Chromium of its own: there the page's
   * print dialog makes the PDF.
   */
  readonly printToPdf?: (html: string) => Promise<Uint8Array>;
}

export interface GridMemory {
  readonly plans: OpenPlans;
  readonly jobs: PlanJobs;
}

export interface ContextOptions {
  runtime: AppInfo['runtime'];
  version: string;
  dataFolder: string;
  demoSchools: DemoSchools;
  openExternal?: (url: string) => Promise<void>;
  /** The planner's worker thread; tests may give another. */
  solveWorker?: () => WorkerSource;
  /** How long past its time limit a planner run may take before its thread is ended; tests shorten it. */
  planOverrunGraceMs?: number;
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

export interface OwnedContext extends HandlerContext {
  /** Closes the database if it was opened; call on shutdown. */
  close(): void;
}

export function createContext(options: ContextOptions): OwnedContext {
  const databaseFile = join(options.dataFolder, DATABASE_FILE);
  let db: Db | undefined;
  const grid: GridMemory = { plans: new OpenPlans(), jobs: new PlanJobs(options.solveWorker ?? solveWorkerSource, undefined, options.planOverrunGraceMs) };
  return {
    runtime: options.runtime,
    version: options.version,
    dataFolder: options.dataFolder,
    databaseFile,
    demoSchools: options.demoSchools,
    grid,
    ...(options.openExternal ? { openExternal: options.openExternal } : {}),
    ...(options.printToPdf ? { printToPdf: options.printToPdf } : {}),
    database() {
      if (!db) {
        mkdirSync(options.dataFolder, { recursive: true });
        db = openDatabase(databaseFile);
      }
      return db;
    },
    close() {
      grid.jobs.closeAll();
      grid.plans.forget();
      db?.close();
      db = undefined;
    },
  };
}
