/**
 * The despin CLI at corpus scale: pieces cut without losing a form, limits however input
 * arrives, streaming in flat memory, the byte-order mark, caller-relative paths, --jobs and a
 * recipe that spreads one JSONL corpus over several processes.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine, Finding } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';
import { detectLong, overlapUnits, PIECE_UNITS } from '@/scripts/lib/despin/pieces';
import { MAX_BYTES } from '@/scripts/lib/despin/input';
import { BIN, CLI, despin, outline, ROOT, tmpDir } from './cli-helpers';

const tmp = tmpDir('despin-corpus-');
/** Per-test timeout for tests that start several processes: a safety net on a shared machine, not a speed check. */
const SLOW = 300_000;
const SPUN = '自然语言处置惩罚'; // → 自然语言处理; 8 code units
const FILLER = '我们在公园里散步天气很好'; // no findings
const source = fs.readFileSync(path.join(ROOT, 'content/articles/tr35-china/source.txt'), 'utf8');

/** FILLER repeated to `length` code units, with SPUN at each of `at`. */
function lineWith(length: number, at: number[]): string {
  let s = FILLER.repeat(Math.ceil(length / FILLER.length)).slice(0, length);
  for (const p of at) s = s.slice(0, p) + SPUN + s.slice(p + SPUN.length);
  return s;
}

const spans = (fs: Finding[]) => fs.map((f) => [f.start, f.end, f.replacement]);

describe('long texts in overlapping pieces', () => {
  let engine: Engine;
  let overlap: number;
  beforeAll(async () => {
    engine = loadEngine();
    overlap = await overlapUnits(ROOT);
  }, 120_000);

  it('overlaps by more than the longest lexicon form', () => {
    expect(overlap).toBeGreaterThan(2 * SPUN.length);
  });

  it('finds what one whole pass finds, whatever the piece size', () => {
    const text = source.replace(/\n/g, '').repeat(2); // one long line: the engine reads it whole
    const whole = engine.detect(text);
    expect(whole.length).toBeGreaterThan(100);
    for (const size of [300, 1000, 4099]) expect(detectLong(engine, text, {}, overlap, size)).toEqual(whole);
  });

  it('finds a spun form at every position across a cut, once and whole', () => {
    const size = 500;
    for (let p = size - SPUN.length; p <= size; p++) {
      const found = detectLong(engine, lineWith(3 * size, [p]), {}, overlap, size);
      expect(spans(found)).toEqual([[p, p + SPUN.length, '自然语言处理']]);
    }
  });
});

describe('despin CLI on a corpus', () => {
  it(
    'finds spun forms across the cuts of a line longer than 65,536 code points',
    () => {
      // Straddling the CLI's cuts (every PIECE_UNITS) and the engine's own block limit of 65,536.
      const at = [PIECE_UNITS - 3, 65_536 - 5];
      expect(PIECE_UNITS).toBeLessThan(65_536 - 5);
      const file = path.join(tmp, 'long.txt');
      fs.writeFileSync(file, lineWith(70_000, at));
      const r = despin(['--json', '--jobs', '1', file]);
      expect(r.stderr).toBe('');
      expect(spans(JSON.parse(r.stdout) as Finding[])).toEqual(
        at.map((p) => [p, p + SPUN.length, '自然语言处理']),
      );
    },
    SLOW,
  );

  it(
    'counts a UTF-8 byte-order mark in offsets (it is part of the text as given)',
    () => {
      const file = path.join(tmp, 'bom.txt');
      fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('他是首席迷信家')]));
      const json = despin(['--json', '--jobs', '1', file]);
      const found = JSON.parse(json.stdout) as Finding[];
      const asRead = fs.readFileSync(file, 'utf8'); // Node keeps the BOM as U+FEFF
      expect(asRead.charCodeAt(0)).toBe(0xfeff);
      expect(found.map((f) => [f.start, f.end, asRead.slice(f.start, f.end)])).toEqual([
        [3, 8, '首席迷信家'],
      ]);
      // The corrected text keeps it too; in JSONL a BOM before the first record is not JSON and is skipped.
      expect(despin(['--jobs', '1', file]).stdout).toContain('--- corrected ---\n\ufeff他是首席科学家\n');
      const jsonl = despin(['--jsonl', '--jobs', '1'], '\ufeff{"id":1,"text":"\ufeff首席迷信家"}\n');
      expect(jsonl.code).toBe(0);
      expect((JSON.parse(jsonl.stdout) as { findings: Finding[] }).findings[0]?.start).toBe(1);
    },
    SLOW,
  );

  it(
    'reads a relative FILE from the caller’s directory, under npm run and as npx unspun-despin',
    () => {
      const dir = tmpDir('despin-cwd-');
      fs.writeFileSync(path.join(dir, 'here.txt'), '他是首席迷信家');
      const args = ['--json', '--jobs', '1', 'here.txt'];
      // npm run changes directory to the project; npx (npm exec) runs the bin where it is called.
      for (const npm of [
        ['--prefix', ROOT, 'run', '-s', 'despin', '--', ...args],
        ['--prefix', ROOT, 'exec', '--no', '--', 'unspun-despin', ...args],
      ]) {
        const r = spawnSync('npm', npm, { cwd: dir, encoding: 'utf8' });
        expect(r.stderr).toBe('');
        // Nothing but the findings on stdout: no npm banner.
        expect((JSON.parse(r.stdout) as Finding[]).map((f) => f.text)).toEqual(['首席迷信家']);
      }
    },
    SLOW,
  );
});

describe('limits, however the input arrives', () => {
  const limit = `is larger than the ${MAX_BYTES / 1024 / 1024} MB limit`;

  it(
    'refuses /dev/zero as a text after the limit, and as JSONL at its first byte',
    () => {
      // The timeout only keeps a broken CLI from hanging the suite; nothing here is timed.
      const text = despin(['--json', '/dev/zero'], undefined, { timeout: 120_000 });
      expect({ code: text.code, stdout: text.stdout, stderr: text.stderr }).toEqual({
        code: 1,
        stdout: '',
        stderr: `despin: /dev/zero ${limit}\n`,
      });
      const jsonl = despin(['--jsonl', '/dev/zero'], undefined, { timeout: 120_000 });
      expect(jsonl.code).toBe(1);
      expect(jsonl.stderr).toBe('despin: /dev/zero: line 1 has a NUL byte: binary input, not JSONL\n');
    },
    SLOW,
  );

  it(
    'stops reading a pipe once the limit has arrived',
    async () => {
      const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--json', '--jobs', '1'], { cwd: ROOT });
      let stderr = '';
      child.stderr.on('data', (b: Buffer) => (stderr += String(b)));
      child.stdin.on('error', () => {});
      const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
      const chunk = Buffer.alloc(1 << 20, 'a');
      // Bytes the pipe accepted (each write's callback fires once the OS has taken it).
      let accepted = 0;
      while (accepted < 10 * MAX_BYTES) {
        const ok = await new Promise<boolean>((resolve) => child.stdin.write(chunk, (e) => resolve(!e)));
        if (!ok) break;
        accepted += chunk.length;
      }
      expect(await closed).toBe(1);
      expect(stderr).toBe(`despin: stdin ${limit}\n`);
      expect(accepted).toBeGreaterThanOrEqual(MAX_BYTES);
      // What it read, plus what the pipe and one write hold: nowhere near all we had to give.
      expect(accepted).toBeLessThanOrEqual(MAX_BYTES + 4 * chunk.length);
    },
    SLOW,
  );

  it(
    'answers a JSONL line over the limit with an error line, among good records',
    () => {
      const big = `{"id":"big","text":"${'好'.repeat(MAX_BYTES / 3 + 10)}"}`;
      const input = `{"id":1,"text":"首席迷信家"}\n${big}\n{"id":3,"text":"经由过程"}\n`;
      const r = despin(['--jsonl', '--jobs', '1'], input);
      expect(r.code).toBe(1);
      expect(outline(r.stdout)).toEqual([
        [1, undefined, undefined, 1],
        [undefined, 2, `larger than the ${MAX_BYTES / 1024 / 1024} MB limit`, undefined],
        [3, undefined, undefined, 1],
      ]);
    },
    SLOW,
  );
});

describe('streaming in flat memory', () => {
  /** A JSONL file of about `mb` MB: short texts to keep the engine's share small, padded records. */
  function corpus(mb: number): string {
    const file = path.join(tmp, `corpus-${mb}.jsonl`);
    const pad = 'x'.repeat(4000);
    const lines: string[] = [];
    for (let i = 0; i * 4060 < mb * 1024 * 1024; i++)
      lines.push(JSON.stringify({ id: i, text: `第${i}位首席迷信家`, pad }));
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  }

  it(
    'streams 64 MB of JSONL in a heap of 64 MB (holding that input alone would need more)',
    () => {
      // A heap limit is a bound the garbage collector must keep (it collects in full before it
      // gives up), so the test does not depend on when it runs: the peak RSS of two runs did
      // (33 MB apart on a loaded machine for 8 and 32 MB of input, 3 MB on a quiet one).
      // The engine itself needs about 40 MB of heap; buffering the input would exceed the limit.
      const out = path.join(tmp, 'streamed.jsonl');
      const fd = fs.openSync(out, 'w');
      const r = spawnSync(
        process.execPath,
        ['--max-old-space-size=64', '--import', 'tsx', CLI, '--jsonl', '--jobs', '1', corpus(64)],
        { cwd: ROOT, stdio: ['ignore', fd, 'pipe'], encoding: 'utf8' },
      );
      fs.closeSync(fd);
      expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: '' });
      const lines = fs.readFileSync(out, 'utf8').trim().split('\n');
      expect(lines.length).toBeGreaterThan(16_000);
      expect(lines.at(-1)).toMatch(/"replacement":"首席科学家"/);
    },
    SLOW,
  );
});

describe('--jobs and many processes', () => {
  let file: string;
  let one: string;
  beforeAll(() => {
    // Records of every kind: short, long (cut into pieces), bad, without an id.
    const records = source
      .split('\n')
      .filter(Boolean)
      .map((text, id) => JSON.stringify({ id, text }));
    records.push(JSON.stringify({ id: 'long', text: lineWith(3 * PIECE_UNITS, [PIECE_UNITS - 2]) }));
    records.push('not json', JSON.stringify({ text: '他是首席迷信家' }));
    file = path.join(tmp, 'mixed.jsonl');
    fs.writeFileSync(file, `${[...records, ...records].join('\n')}\n`);
    const r = despin(['--jsonl', '--jobs', '1', file]);
    expect(r.code).toBe(1);
    one = r.stdout;
  }, 120_000);

  it(
    '--jobs 2 writes exactly what --jobs 1 writes, in the same order',
    () => {
      const two = despin(['--jsonl', '--jobs', '2', file]);
      expect(two.code).toBe(1);
      expect(two.stdout).toBe(one);
      expect(one).toContain('"replacement":"自然语言处理"');
    },
    SLOW,
  );

  it(
    'a JSONL corpus split over two processes (split -n l/2 … cat) gives the same records',
    () => {
      // The recipe in the README: what a Hadoop-streaming or Spark pipe() step does across machines.
      const recipe = [
        'set -e',
        `cd "${tmp}"`,
        'split -n l/2 mixed.jsonl part.',
        `for p in part.aa part.ab; do "${BIN}" --jsonl --jobs 1 "$p" > "$p.out" & done`,
        'wait',
        'cat part.aa.out part.ab.out',
      ].join('\n');
      const r = spawnSync('sh', ['-c', recipe], { encoding: 'utf8', maxBuffer: 64 << 20 });
      expect(r.status).toBe(0);
      // Records without an id carry their line number, which counts from each part's first line.
      const withId = (s: string) => s.split('\n').filter((l) => l.startsWith('{"id"'));
      expect(withId(r.stdout)).toEqual(withId(one));
      expect(withId(one).length).toBeGreaterThan(20);
    },
    SLOW,
  );
});
