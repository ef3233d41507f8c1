/** Running the despin CLI from tests: a child process, as a user runs it. */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..', '..');
export const CLI = path.join(ROOT, 'scripts', 'despin.ts');
/** The package's bin, as `npx unspun-despin` runs it. */
export const BIN = path.join(ROOT, 'bin', 'unspun-despin.mjs');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `despin ARGS` with INPUT on stdin (node --import tsx, as `npm run despin` does through tsx). */
export function despin(args: string[], input?: string | Buffer, opts: SpawnSyncOptions = {}): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    input: typeof input === 'string' ? Buffer.from(input, 'utf8') : (input ?? Buffer.alloc(0)),
    cwd: ROOT,
    maxBuffer: 256 * 1024 * 1024,
    ...opts,
  });
  return { code: r.status, stdout: String(r.stdout), stderr: String(r.stderr) };
}

export const tmpDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/** Each JSONL output line as [id, line, error, number of findings]. */
export function outline(stdout: string): unknown[][] {
  return stdout
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id?: unknown; line?: number; error?: string; findings?: unknown[] })
    .map((l) => [l.id, l.line, l.error, l.findings?.length]);
}
