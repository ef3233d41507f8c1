import { describe, expect, it } from 'vitest';
import { chineseHtml, wordHtml } from '@/lib/content/markup';
import type { Piece } from '@/lib/content/view';

const labels = { srDeleted: 'published:', srInserted: 'original:' };

describe('word markup for popups: each word a <ruby>, data-w only where a correction cuts it', () => {
  it.each([
    [
      'a whole word',
      { s: '科学家', tw: '科學家', hk: '科學家', py: 'kē xué jiā' },
      true,
      '<ruby data-t="科學家">科学家<rt>kē xué jiā</rt></ruby>',
    ],
    [
      'Hong Kong differs from Taiwan',
      { s: '为', tw: '為', hk: '爲', py: 'wèi' },
      true,
      '<ruby data-t="為" data-h="爲">为<rt>wèi</rt></ruby>',
    ],
    [
      'only Hong Kong differs',
      { s: '着', hk: '著', py: 'zhe' },
      true,
      '<ruby data-t="着" data-h="著">着<rt>zhe</rt></ruby>',
    ],
    [
      'a cut word keeps its whole word and its forms',
      { s: '科学', tw: '科學', hk: '科學', py: 'kē xué', w: '科学家' },
      true,
      '<ruby data-w="科学家" data-t="科學">科学<rt>kē xué</rt></ruby>',
    ],
    [
      'part of a word cut by a correction',
      { s: '首席', py: 'shǒu xí', w: '首席科学家' },
      true,
      '<ruby data-w="首席科学家">首席<rt>shǒu xí</rt></ruby>',
    ],
    [
      'a word inside a correction (its button opens the explanation)',
      { s: '科学', py: 'kē xué', w: '首席科学家' },
      false,
      '<ruby>科学<rt>kē xué</rt></ruby>',
    ],
    ['punctuation and Latin text', { s: '“AI' }, true, '“AI'],
    ['text that looks like markup is escaped', { s: '<b>&"' }, true, '&lt;b&gt;&amp;"'],
  ] as const)('%s', (_name, w, popup, html) => {
    expect(wordHtml(w, popup)).toBe(html);
  });

  it('marks the words of a sentence but not those inside a correction', () => {
    const pieces: Piece[] = [
      { k: 'w', w: { s: '首席', py: 'shǒu xí', w: '首席科学家' } },
      {
        k: 'c',
        id: 9,
        kind: 'synonym',
        confidence: 'certain',
        del: [{ s: '迷信', py: 'mí xìn' }],
        ins: [{ s: '科学', py: 'kē xué', w: '首席科学家' }],
      },
      { k: 'w', w: { s: '家', py: 'jiā', w: '首席科学家' } },
    ];
    const html = chineseHtml(pieces, labels);
    expect(html.match(/<ruby[^>]*>/g)).toEqual([
      '<ruby data-w="首席科学家">',
      '<ruby>',
      '<ruby>',
      '<ruby data-w="首席科学家">',
    ]);
    expect(html).toContain(
      '<span class="corr" id="c-9" data-c="9" data-kind="synonym" data-confidence="certain"><button type="button" class="corr-btn" popovertarget="x-9"><del><span class="sr">published: </span><ruby>迷信<rt>mí xìn</rt></ruby></del><ins><span class="sr">original: </span><ruby>科学<rt>kē xué</rt></ruby></ins></button></span>',
    );
  });

  it('marks a correction that removes text, so the corrected view can hide it whole', () => {
    const pieces: Piece[] = [
      { k: 'c', id: 2, kind: 'residue', confidence: 'certain', del: [{ s: '发布于:上海市' }], ins: [] },
    ];
    expect(chineseHtml(pieces, labels)).toBe(
      '<span class="corr removal" id="c-2" data-c="2" data-kind="residue" data-confidence="certain"><button type="button" class="corr-btn" popovertarget="x-2"><del><span class="sr">published: </span>发布于:上海市</del></button></span>',
    );
  });
});
