import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine';
import { loadEngine } from '@/lib/lexicon';
import { autoJobs, BYTES_PER_JOB } from '@/scripts/lib/despin/args';
import { despin as run, outline, tmpDir } from './cli-helpers';

// One thread: these tests are about formats and messages (cli-corpus.test.ts covers --jobs).
const despin = (args: string[], input?: string | Buffer) => run(['--jobs', '1', ...args], input);

const tmp = tmpDir('despin-');
const USAGE = 'usage: despin [--json | --jsonl [--strict]] [--all] [--jobs N] [FILE|-]';

describe('despin CLI', () => {
  it('prints findings as JSON', () => {
    const r = despin(['--json'], '他是首席迷信家');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout) as Array<{ start: number; end: number; replacement: string }>;
    expect(found.map((f) => [f.start, f.end, f.replacement])).toEqual([[2, 7, '首席科学家']]);
  });

  it('--json is exactly JSON.stringify(findings, null, 2), however many findings', () => {
    const text = '经由过程预锻炼提升模子的机能，他是首席迷信家。\n他们经由过程大模子进修。';
    const findings = loadEngine().detect(text);
    expect(findings.length).toBeGreaterThan(3);
    expect(despin(['--json'], text).stdout).toBe(`${JSON.stringify(findings, null, 2)}\n`);
    expect(despin(['--json'], '好').stdout).toBe('[]\n');
  });

  it('prints a readable list and the corrected text', () => {
    const file = path.join(tmp, 'in.txt');
    fs.writeFileSync(file, '经由过程预锻炼提升');
    const r = despin([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('经由过程 → 通过');
    expect(r.stdout.trimEnd().endsWith('--- corrected ---\n通过预训练提升')).toBe(true);
  });

  it('names the other originals that also read well, in the list and in JSON', () => {
    const text = '目前各地有很多计算中心,扶植完之后怎样把这些算力更好地办事当地家当、办事高精尖企业的创新';
    expect(despin([], text).stdout).toContain('扶植 → 建设 (or 培养)');
    const found = JSON.parse(despin(['--json'], text).stdout) as Finding[];
    expect(found.find((f) => f.text === '扶植')?.alternatives).toEqual(['培养']);
  });

  it('reads JSONL and writes one line per record', () => {
    const r = despin(['--jsonl'], '{"id":"a","text":"经由过程"}\n{"id":2,"text":"心跳加快"}\n');
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; findings: Array<{ replacement: string }> });
    expect(lines.map((l) => [l.id, l.findings.map((f) => f.replacement)])).toEqual([
      ['a', ['通过']],
      [2, []],
    ]);
  });

  it('names a JSONL record without an id by its line number (blank lines count)', () => {
    const r = despin(['--jsonl'], '{"text":"经由过程"}\n\n{"id":null,"text":"好"}\n{"text":"好"}');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').map((l) => l.slice(0, 22))).toEqual([
      '{"line":1,"findings":[',
      '{"id":null,"findings":',
      '{"line":4,"findings":[',
      '',
    ]);
  });

  it('answers a bad JSONL record with an error line and goes on; the exit status says so', () => {
    const input = [
      '{"id":1,"text":"经由过程"}',
      'not json',
      '{"id":"x"}',
      '[1]',
      '{"id":4,"text":"首席迷信家"}',
    ].join('\n');
    const r = despin(['--jsonl'], Buffer.concat([Buffer.from(`${input}\n`), Buffer.from([0xff, 0x0a])]));
    expect(r.code).toBe(1);
    expect(outline(r.stdout)).toEqual([
      [1, undefined, undefined, 1],
      [undefined, 2, 'not JSON', undefined],
      ['x', 3, 'needs an object with a string "text"', undefined],
      [undefined, 4, 'needs an object with a string "text"', undefined],
      [4, undefined, undefined, 1],
      [undefined, 6, 'not valid UTF-8', undefined],
    ]);
    expect(r.stderr).toBe('despin: 4 of 6 records failed (first: line 2: not JSON)\n');
  });

  it('--strict stops at the first bad record, keeping what came before', () => {
    const r = despin(['--jsonl', '--strict'], '{"id":1,"text":"经由过程"}\nnot json\n{"id":3,"text":"好"}\n');
    expect(r.code).toBe(1);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: number }).id),
    ).toEqual([1]);
    expect(r.stderr).toBe('despin: stdin: line 2: not JSON\n');
  });

  it('--help documents offsets as UTF-16 code units and the byte-order mark', () => {
    const r = despin(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('offsets in UTF-16 code units');
    expect(r.stdout).toContain('byte-order mark');
    expect(r.stdout.startsWith(USAGE)).toBe(true);
  });

  const errors: Array<[string, string[], string | Buffer, number, string]> = [
    [
      'missing file',
      [path.join(tmp, 'nope.txt')],
      '',
      1,
      `despin: no such file: ${path.join(tmp, 'nope.txt')}\n`,
    ],
    ['a directory', [tmp], '', 1, `despin: ${tmp} is a directory, not a text file\n`],
    ['not UTF-8', ['-'], Buffer.from([0xff, 0xfe, 0xe8]), 1, 'despin: stdin is not valid UTF-8\n'],
    ['empty input', [], '', 1, 'despin: stdin is empty\n'],
    ['no JSONL records', ['--jsonl'], '\n\n', 1, 'despin: stdin has no JSONL records\n'],
    [
      'JSONL without text, --strict',
      ['--jsonl', '--strict'],
      '{"id":1}\n',
      1,
      'despin: stdin: line 1: needs an object with a string "text"\n',
    ],
    ['unknown option', ['--bogus'], '', 2, `despin: unknown option --bogus; ${USAGE}\n`],
    ['bad --jobs', ['--jobs', '0'], '', 2, `despin: --jobs needs a whole number from 1 to 256; ${USAGE}\n`],
    ['--strict without --jsonl', ['--strict'], '', 2, `despin: --strict goes with --jsonl; ${USAGE}\n`],
  ];
  it.each(errors)('%s: one line on stderr, non-zero exit', (_name, args, input, code, stderr) => {
    const r = despin(args, input);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({ code, stdout: '', stderr });
  });

  it('rejects input over the size limit', () => {
    const file = path.join(tmp, 'big.txt');
    fs.writeFileSync(file, Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    const r = despin([file]);
    expect({ code: r.code, stderr: r.stderr }).toEqual({
      code: 1,
      stderr: `despin: ${file} is larger than the 20 MB limit\n`,
    });
  });

  it('without --jobs, takes a thread per BYTES_PER_JOB of a sized input, up to the cores; all for a pipe', () => {
    expect([0, 1, 2, 3, 100].map((k) => autoJobs(k * BYTES_PER_JOB, 4))).toEqual([1, 1, 2, 3, 4]);
    expect(autoJobs(null, 4)).toBe(4);
  });
});
