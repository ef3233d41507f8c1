/**
 * The bundled CLI (scripts/lib/despin/bundle.mjs): built once per set of sources, rebuilt when
 * one changes, the same output as scripts/despin.ts under tsx (one thread and with workers), and
 * a cache that cannot be written leaves the bin on tsx.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundledDespin } from '@/scripts/lib/despin/bundle.mjs';
import { BIN, despin, ROOT, tmpDir } from './cli-helpers';

const SLOW = 300_000;
// Inside the project's node_modules, like the default cache: the bundle imports packages from there.
fs.mkdirSync(path.join(ROOT, 'node_modules', '.cache'), { recursive: true });
const cache = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'unspun-despin-test-'));
const seed = path.join(ROOT, 'content', 'articles', 'tr35-china', 'source.txt');
afterAll(() => fs.rmSync(cache, { recursive: true, force: true }));

const run = (entry: string, args: string[]) => {
  const r = spawnSync(process.execPath, [fileURLToPath(entry), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('the bundled despin CLI', () => {
  it(
    'writes exactly what the TypeScript CLI writes, with one thread and with workers',
    async () => {
      const entry = await bundledDespin(cache);
      expect(entry).not.toBeNull();
      const want = despin(['--json', '--jobs', '1', seed]);
      expect(want.code).toBe(0);
      expect(JSON.parse(want.stdout)).not.toHaveLength(0);
      for (const jobs of ['1', '2']) {
        const got = run(entry as string, ['--json', '--jobs', jobs, seed]);
        expect({ code: got.code, stderr: got.stderr }).toEqual({ code: 0, stderr: '' });
        expect(got.stdout).toBe(want.stdout);
      }
      // Bad input: the same one-line message and status.
      const bad = run(entry as string, ['--json', path.join(cache, 'absent.txt')]);
      expect(bad.code).toBe(1);
      expect(bad.stderr).toBe(despin(['--json', path.join(cache, 'absent.txt')]).stderr);
    },
    SLOW,
  );

  it(
    'is built once for a set of sources and again when one of them changes',
    async () => {
      const first = await bundledDespin(cache);
      const built = fs.statSync(fileURLToPath(first as string)).mtimeMs;
      expect(await bundledDespin(cache)).toBe(first);
      expect(fs.statSync(fileURLToPath(first as string)).mtimeMs).toBe(built);
      // A source the bundle includes is edited (its modification time moves): a new build.
      const source = path.join(ROOT, 'lib', 'engine', 'evidence.ts');
      const st = fs.statSync(source);
      try {
        fs.utimesSync(source, st.atime, new Date(st.mtimeMs + 5000));
        const second = await bundledDespin(cache);
        expect(second).not.toBeNull();
        expect(second).not.toBe(first);
        expect(fs.existsSync(fileURLToPath(second as string))).toBe(true);
      } finally {
        // Back to its time (to the millisecond: a Date keeps no finer, so this may be a third build).
        fs.utimesSync(source, st.atime, st.mtime);
      }
      const third = await bundledDespin(cache);
      expect(fs.existsSync(fileURLToPath(third as string))).toBe(true);
    },
    SLOW,
  );

  it('gives null (the bin then runs through tsx) where the cache cannot be written', async () => {
    const file = path.join(tmpDir('despin-bundle-'), 'a-file');
    fs.writeFileSync(file, '');
    expect(await bundledDespin(path.join(file, 'cache'))).toBeNull();
  });

  it(
    'the bin answers like the TypeScript CLI',
    () => {
      const r = spawnSync(process.execPath, [BIN, '--json', '--jobs', '1', seed], {
        cwd: ROOT,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(despin(['--json', '--jobs', '1', seed]).stdout);
    },
    SLOW,
  );
});
