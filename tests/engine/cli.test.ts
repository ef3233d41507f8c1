import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function despin(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/despin.ts', ...args], {
    input: typeof input === 'string' ? Buffer.from(input, 'utf8') : (input ?? Buffer.alloc(0)),
    cwd: process.cwd(),
  });
  return { code: r.status, stdout: r.stdout.toString('utf8'), stderr: r.stderr.toString('utf8') };
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'despin-'));

describe('despin CLI', () => {
  it('prints findings as JSON', () => {
    const r = despin(['--json'], '他是首席迷信家');
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const found = JSON.parse(r.stdout) as Array<{ start: number; end: number; replacement: string }>;
    expect(found.map((f) => [f.start, f.end, f.replacement])).toEqual([[2, 7, '首席科学家']]);
  });

  it('prints a readable list and the corrected text', () => {
    const file = path.join(tmp, 'in.txt');
    fs.writeFileSync(file, '经由过程预锻炼提升');
    const r = despin([file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('经由过程 → 通过');
    expect(r.stdout.trimEnd().endsWith('--- corrected ---\n通过预训练提升')).toBe(true);
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
    [
      'bad JSONL line',
      ['--jsonl'],
      '{"id":1,"text":"好"}\nnot json\n',
      1,
      'despin: stdin: line 2 is not JSON\n',
    ],
    [
      'JSONL without text',
      ['--jsonl'],
      '{"id":1}\n',
      1,
      'despin: stdin: line 1 needs an object with a string "text"\n',
    ],
    [
      'unknown option',
      ['--bogus'],
      '',
      2,
      'despin: unknown option --bogus; usage: despin [--json | --jsonl] [--all] [FILE|-]\n',
    ],
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
});
