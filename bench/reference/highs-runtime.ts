/**
 * Loads HiGHS (WebAssembly, single-threaded). The binary is read once per process; each
 * `freshHighs()` instantiates a new runtime, whose linear memory starts small and only grows, so
 * its `memoryBytes` after a solve is that solve's peak HiGHS memory. The build caps linear memory
 * at 2 GiB (Emscripten heap maximum): bigger models abort with an out-of-memory error.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import loadHighs from 'highs';
import type { Highs } from 'highs';

let binary: Uint8Array | undefined;
let shared: Promise<Highs> | undefined;

function wasmBinary(): Uint8Array {
  binary ??= new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('highs/runtime')));
  return binary;
}

/** A new HiGHS runtime with its own memory (for measuring one solve). */
export function freshHighs(): Promise<Highs> {
  return loadHighs({ wasmBinary: wasmBinary() });
}

/** One runtime shared by the whole process (for many small solves, e.g. in tests). */
export function sharedHighs(): Promise<Highs> {
  shared ??= freshHighs();
  return shared;
}
