import { toneOf } from '@/lib/dictionary/pinyin';

/**
 * Tone colours for the reader's pinyin: each <rt>'s syllables wrapped once in <span class="tN">,
 * as the word popups' pinyin is (components/study/Pinyin.tsx), so that html[data-tones='on']
 * colours them. Done in the browser, only when tone colours and pinyin are both on: the article's
 * markup stays one text node per <rt>. The text (and so copying, the popups' lookups) is unchanged.
 */
export function toneRubies(root: ParentNode): void {
  for (const rt of root.querySelectorAll<HTMLElement>('rt:not([data-toned])')) {
    const text = rt.textContent ?? '';
    const out = document.createDocumentFragment();
    text.split(' ').forEach((syllable, i) => {
      if (i > 0) out.append(' ');
      const span = document.createElement('span');
      span.className = `t${toneOf(syllable)}`;
      span.textContent = syllable;
      out.append(span);
    });
    rt.replaceChildren(out);
    rt.dataset.toned = '';
  }
}
