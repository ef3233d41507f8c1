import { describe, expect, it } from 'vitest';
import { restoreSpan, scorePassage } from '@/lib/engine/score';

// The scoring of /work/shared/eval/README.md, on a small hand-made passage.
const text = '首席迷信家经由过程预锻炼';
const refs = [
  { start: 2, end: 4, orig: '科学' },
  { start: 5, end: 9, orig: '通过' },
  { start: 10, end: 12, orig: '训练' },
];

describe('scoring', () => {
  it('restores every reference inside a span', () => {
    expect(restoreSpan(text, 0, 5, refs)).toBe('首席科学家');
    expect(restoreSpan(text, 0, 12, refs)).toBe('首席科学家通过预训练');
  });

  it('counts a wider finding that restores the reference as corrected and correct', () => {
    const s = scorePassage(text, refs, [
      { start: 0, end: 5, replacement: '首席科学家' }, // contains 迷信 → correct
      { start: 5, end: 7, replacement: '通过' }, // overlaps 经由过程 without containing it → wrong
      { start: 9, end: 12, replacement: '预训练' }, // contains 锻炼 → correct
      { start: 0, end: 1, replacement: '主' }, // overlaps nothing → false alarm
    ]);
    expect(s).toEqual({
      subs: 3,
      corrected: [true, false, true],
      findings: 4,
      correct: [true, false, true, false],
      falseAlarm: [false, false, false, true],
    });
  });
});
