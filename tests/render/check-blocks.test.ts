import { describe, expect, it } from 'vitest';
import { blockText, chunkBlocks, plainOf } from '@/lib/check/blocks';
import { edgeClass } from '@/lib/content/markup';
import type { ChunkWords } from '@/lib/check/words';

// 他是首席[迷信→科学]家，重新开始。 with a second, overlapping finding the page does not show.
const words: ChunkWords = {
  gaps: [
    ['他', '是', ['首席', 'shǒu xí']],
    [],
    [['家', 'jiā'], '，', ['重新', 'chóng xīn'], ['开始', 'kāi shǐ', '開始'], '。'],
  ],
  del: [[['迷信', 'mí xìn']], []],
  ins: [[['科学', 'kē xué', '科學']], []],
  alts: [[], []],
};
const shown = [true, false];

describe('the check page renders a part in blocks', () => {
  it('keeps reading order: the words before a finding, the finding, the rest', () => {
    const [block, ...rest] = chunkBlocks(words, shown);
    expect(rest).toEqual([]);
    expect(block!.items.map((i) => ('f' in i ? `#${i.f}` : typeof i.w === 'string' ? i.w : i.w[0]))).toEqual([
      '他',
      '是',
      '首席',
      '#0',
      '家',
      '，',
      '重新',
      '开始',
      '。',
    ]);
    expect(block!.findings).toEqual([0]);
  });

  it('cuts into blocks of whole lines, losing and repeating nothing', () => {
    const lines: ChunkWords = {
      gaps: [
        ['一', '二', '三\n', '四', '五\n', '六'],
        ['七\n', '八'],
      ],
      del: [[['迷信', 'mí xìn']]],
      ins: [[['科学', 'kē xué']]],
      alts: [[]],
    };
    const blocks = chunkBlocks(lines, [true], 2);
    // After a line break once two items are in: 一二三⏎ | 四五⏎ | 六[finding]七⏎ | 八
    expect(blocks.map((b) => blockText(b, lines, 's'))).toEqual([
      '一二三\n',
      '四五\n',
      '六迷信科学七\n',
      '八',
    ]);
    expect(blocks.map((b) => b.findings)).toEqual([[], [], [0], []]);
    // Without line breaks, at four times the size.
    expect(chunkBlocks(words, shown, 2).map((b) => b.items.length)).toEqual([8, 1]);
  });

  it('stands a block in by its text: each finding as published then proposed, in the script shown', () => {
    const [block] = chunkBlocks(words, shown);
    expect(blockText(block!, words, 's')).toBe('他是首席迷信科学家，重新开始。');
    expect(blockText(block!, words, 'tw')).toBe('他是首席迷信科學家，重新開始。');
  });
});

describe('words beside punctuation are marked as on articles', () => {
  it('reads the plain text of a word without pinyin, in the chosen script', () => {
    expect(plainOf('，', 's')).toBe('，');
    expect(plainOf(['家', 'jiā'], 's')).toBeUndefined();
    expect(plainOf(['“', '', '「'], 'tw')).toBe('「');
    expect(plainOf(undefined, 's')).toBeUndefined();
  });

  it('marks a word before closing and after opening punctuation, and no other', () => {
    expect(edgeClass(undefined, '，')).toBe('nb');
    expect(edgeClass('《', '》')).toBe('nb ao');
    expect(edgeClass('“', undefined)).toBe('ao');
    expect(edgeClass('他', '是')).toBe('');
    expect(edgeClass(undefined, undefined)).toBe('');
  });
});
