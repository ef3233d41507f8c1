import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** The despin CLI under random input: one process per case is slow (the engine loads), so batch. */
function despin(args: string[], input: Buffer | string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'scripts/despin.ts', ...args], {
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }), // any code point, lone surrogates included
  fc.string({
    unit: fc.constantFrom('首', '席', '迷', '信', '家', '模', '子', '😀', '\u202e', '\u0000', '\n', 'a'),
    maxLength: 60,
  }),
  fc.constantFrom('', ' ', '经由过程', '𠀀𠀁首席迷信家', '首席迷信家'.repeat(50)),
);

describe('despin CLI, fuzzed', () => {
  it('answers every random JSONL record with in-range findings, in one run', () => {
    const texts = fc.sample(anyText, { numRuns: 300, seed: 42 });
    const input = texts.map((text, id) => JSON.stringify({ id, text })).join('\n');
    const r = despin(['--jsonl'], input);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: number; findings: { start: number; end: number; text: string }[] });
    expect(lines.map((l) => l.id)).toEqual(texts.map((_, i) => i));
    lines.forEach(({ id, findings }) => {
      const text = texts[id]!;
      for (const f of findings) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.text);
      }
    });
  });

  it('turns random bytes into a result or a one-line error, never a stack trace', () => {
    const samples = fc.sample(fc.uint8Array({ minLength: 0, maxLength: 300 }), { numRuns: 4, seed: 7 });
    for (const bytes of [...samples, Uint8Array.from([0xff, 0xfe, 0x00]), Uint8Array.from([0xe4, 0xb8])]) {
      const r = despin(['--json'], Buffer.from(bytes));
      expect([0, 1]).toContain(r.status);
      if (r.status === 1) expect(r.stderr).toMatch(/^despin: [^\n]+\n$/);
      else expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
