/** Running the despin CLI from tests: a child process, as a user runs it. */
import { spawn, spawnSync, type SpawnSyncOptions } from 'node:child_process';
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

/** `despin ARGS`, and its peak RSS in kB as the kernel counts it (scripts/lib/maxrss.mjs). */
export async function despinPeak(args: string[]): Promise<Run & { maxRssKb: number }> {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'despin-rss-')), 'maxrss');
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--import', path.join(ROOT, 'scripts', 'lib', 'maxrss.mjs'), CLI, ...args],
    { cwd: ROOT, env: { ...process.env, REPORT_MAXRSS: report }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stdoutBytes = 0;
  let stderr = '';
  let tail = Buffer.alloc(0);
  child.stdout.on('data', (b: Buffer) => {
    stdoutBytes += b.length;
    tail = Buffer.concat([tail, b]).subarray(-4096);
  });
  child.stderr.on('data', (b: Buffer) => (stderr += b.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    code,
    stdout: `${stdoutBytes} bytes, ending …${tail.toString('utf8')}`,
    stderr,
    maxRssKb: (JSON.parse(fs.readFileSync(report, 'utf8')) as NodeJS.ResourceUsage).maxRSS,
  };
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
