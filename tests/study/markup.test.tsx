import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ChineseText, WordView } from '@/components/reader/ChineseText';
import type { Piece } from '@/lib/content/view';

describe('word markup for popups: each word a <ruby>, data-w only where a correction cuts it', () => {
  it.each([
    ['a whole word', { s: '科学家', tw: '科學家', hk: '科學家', py: 'kē xué jiā' }, true,
      '<ruby><span class="v-s">科学家</span><span class="v-tw" lang="zh-Hant-TW">科學家</span><span class="v-hk" lang="zh-Hant-HK">科學家</span><rt>kē xué jiā</rt></ruby>'],
    ['part of a word cut by a correction', { s: '首席', py: 'shǒu xí', w: '首席科学家' }, true,
      '<ruby data-w="首席科学家">首席<rt>shǒu xí</rt></ruby>'],
    ['a word inside a correction (its button opens the explanation)', { s: '科学', py: 'kē xué', w: '首席科学家' }, false,
      '<ruby>科学<rt>kē xué</rt></ruby>'],
    ['punctuation and Latin text', { s: '“AI' }, true, '“AI'],
  ] as const)('%s', (_name, w, popup, html) => {
    expect(renderToStaticMarkup(<WordView w={w} popup={popup} />)).toBe(html);
  });

  it('marks the words of a sentence but not those inside a correction', () => {
    const pieces: Piece[] = [
      { k: 'w', w: { s: '首席', py: 'shǒu xí', w: '首席科学家' } },
      { k: 'c', id: 9, kind: 'synonym', confidence: 'certain', del: [{ s: '迷信', py: 'mí xìn' }], ins: [{ s: '科学', py: 'kē xué', w: '首席科学家' }] },
      { k: 'w', w: { s: '家', py: 'jiā', w: '首席科学家' } },
    ];
    const html = renderToStaticMarkup(<ChineseText pieces={pieces} labels={{ srDeleted: 'published:', srInserted: 'original:' }} />);
    expect(html.match(/<ruby[^>]*>/g)).toEqual(['<ruby data-w="首席科学家">', '<ruby>', '<ruby>', '<ruby data-w="首席科学家">']);
  });
});
