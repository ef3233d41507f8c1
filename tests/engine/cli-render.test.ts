/**
 * The CLI's JSON written where findings are found (scripts/lib/despin/render.ts): stitched
 * together by the main thread, it must be exactly what writing the kept findings would give.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '@/lib/engine';
import { afterKept } from '@/scripts/lib/despin/pieces';
import { jsonArrayItem, keptPart, renderFindings } from '@/scripts/lib/despin/render';

const f = (start: number, end: number, text = '迷信'): Finding =>
  ({
    start,
    end,
    text,
    replacement: '科学',
    confidence: 0.9,
    kind: 'synonym',
    rule: 'x/迷信→科学',
    reason: '“迷信” “科学”\n"quoted"',
    evidence: 'nonword',
  }) as Finding;

const findings = [f(3, 5), f(5, 7, '大模子'), f(10, 12), f(20, 24)];

describe('findings written as JSON in the thread that finds them', () => {
  it('a finding is written as JSON.stringify(findings, null, 2) has it', () => {
    const whole = JSON.stringify(findings, null, 2);
    expect(`[\n${findings.map(jsonArrayItem).join(',\n')}\n]`).toBe(whole);
  });

  it('keeps exactly the findings afterKept keeps, for --json and --jsonl', () => {
    for (const mode of ['json', 'jsonl'] as const) {
      const write = (fs: Finding[]) =>
        fs
          .map((x) => (mode === 'json' ? jsonArrayItem(x) : JSON.stringify(x)))
          .join(mode === 'json' ? ',\n' : ',');
      const r = renderFindings(findings, mode);
      for (const keptEnd of [0, 3, 4, 5, 6, 11, 20, 21, 30]) {
        const kept = afterKept(findings, keptEnd);
        const part = keptPart(r, keptEnd);
        if (kept.length === 0) expect(part).toBeNull();
        else expect(part).toEqual({ text: write(kept), end: (kept.at(-1) as Finding).end });
      }
      expect(keptPart(renderFindings([], mode), 0)).toBeNull();
    }
  });
});
