// @vitest-environment happy-dom
import path from 'node:path';
import { cleanup, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CorrectionSummary } from '@/components/reader/CorrectionSummary';
import { SentencePairs } from '@/components/reader/SentencePairs';
import { showScript } from '@/components/reader/script-forms';
import { correctedTextOf } from '@/components/reader/text-of-dom';
import { loadArticle } from '@/lib/content/load-core';
import { buildArticleView } from '@/lib/content/view';
import { renderWithMessages } from './helpers';

const view = buildArticleView(loadArticle(path.join(process.cwd(), 'content/articles/tr35-china')));

afterEach(cleanup);

/** The reader root as the page renders it, with the view chosen by data attributes. */
function renderReader(locale: 'en' | 'zh' = 'en') {
  const r = renderWithMessages(
    <div id="reader" className="reader" data-view="changes" data-script="s" data-pinyin="off">
      <SentencePairs sentences={view.sentences} slug="tr35-china" />
    </div>,
    locale,
  );
  return r.container.querySelector<HTMLElement>('#reader')!;
}

/** What a reader sees of one sentence in a view: <del> in published, <ins> in corrected. */
function visibleText(el: Element, mode: 'published' | 'corrected') {
  const copy = el.cloneNode(true) as Element;
  copy.querySelectorAll(`rt, .sr, .tag, ${mode === 'published' ? 'ins' : 'del'}`).forEach((n) => n.remove());
  return copy.textContent;
}

describe('the sentence pairs', () => {
  it('pairs every sentence with its gloss under a stable anchor', () => {
    const root = renderReader();
    const pairs = root.querySelectorAll('.pair[data-sentence]');
    expect(pairs).toHaveLength(41);
    const first = root.querySelector('#s-1')!;
    expect(first.querySelector('.zh')!.getAttribute('lang')).toBe('zh-Hans');
    expect(first.querySelector('.en')!.getAttribute('lang')).toBe('en');
    expect(first.querySelector('.en')!.textContent).toMatch(/Innovators Under 35/);
  });

  it('shows the published text, the corrected text and both in the changes view', () => {
    const root = renderReader();
    const s7 = root.querySelector('#s-7 .zh-text')!;
    expect(visibleText(s7, 'published')).toContain('首席迷信家');
    expect(visibleText(s7, 'corrected')).toContain('首席科学家');
    expect(visibleText(s7, 'corrected')).toContain('澎湃科技');
    const mark = [...s7.querySelectorAll('.corr')].find((c) =>
      c.querySelector('del')?.textContent?.includes('迷信'),
    )!;
    expect(mark.querySelector('del .sr')!.textContent).toBe('published: ');
    expect(visibleText(mark.querySelector('del')!, 'published')).toBe('迷信');
    expect(mark.querySelector('ins .sr')!.textContent).toBe('original: ');
    expect(visibleText(mark.querySelector('ins')!, 'corrected')).toBe('科学');
    expect(mark.querySelector('button')!.getAttribute('popovertarget')).toMatch(/^x-\d+$/);
  });

  it('marks headings, the caption and page residue as what they are', () => {
    const root = renderReader();
    expect(
      within(root.querySelector<HTMLElement>('#s-10')!).getAllByRole('heading', { level: 2 }),
    ).toHaveLength(2);
    expect(root.querySelector('#s-6 .tag')!.textContent).toBe('Image caption');
    expect(root.querySelector('#s-9 .tag')!.textContent).toMatch(/^Page residue/);
    expect(root.querySelector('#s-9 .en')!.textContent).toBe('—');
  });

  it('renders the UI in Chinese with the zh messages', () => {
    const root = renderReader('zh');
    expect(root.querySelector('#s-6 .tag')!.textContent).toBe('图片说明');
    expect(root.querySelector('#s-1 .note strong')!.textContent).toBe('意思被改变: ');
  });

  it('prerenders pinyin read in context and Traditional forms', () => {
    const root = renderReader();
    const rubies = [...root.querySelectorAll('#s-31 ruby')];
    const chongxin = rubies.find((r) => r.textContent?.startsWith('重新'));
    expect(chongxin?.querySelector('rt')?.textContent).toBe('chóng xīn');
    const kexue = [...root.querySelectorAll<HTMLElement>('#s-7 ins ruby')].find((r) =>
      r.textContent?.includes('科学'),
    );
    expect(kexue?.querySelector('rt')?.textContent).toBe('kē xué');
    expect(kexue?.dataset.t).toBe('科學');
  });

  it('keeps closing punctuation with what precedes it, so no line starts with “。”', () => {
    const root = renderReader();
    const closing = (n: Node | null) =>
      n?.nodeType === 3 && /^[。，、；：？！”’）》,.;:?!)]/.test(n.textContent ?? '');
    let words = 0;
    for (const ruby of root.querySelectorAll('.zh-text ruby')) {
      const next = ruby.nextSibling;
      if (next?.nodeType !== 3) continue;
      // A word gives no line-break opportunity before such punctuation (ruby.nb, app/globals.css).
      expect(
        ruby.classList.contains('nb'),
        `${ruby.firstChild?.nodeValue} before “${next.textContent}”`,
      ).toBe(closing(next));
      words++;
    }
    expect(words).toBeGreaterThan(100);
    // A word after opening punctuation is marked too (its pinyin margin goes on that side).
    const opened = [...root.querySelectorAll('.zh-text ruby')].filter(
      (r) => r.previousSibling?.nodeType === 3 && /[“《（(]$/.test(r.previousSibling.textContent ?? ''),
    );
    expect(opened.length).toBeGreaterThan(5);
    for (const r of opened) expect(r.classList.contains('ao'), r.firstChild?.nodeValue ?? '').toBe(true);
    expect(root.querySelectorAll('.zh-text ruby.ao').length).toBe(opened.length);
    // A correction is a button, after which a line may break: it and the punctuation share a
    // span that does not break inside.
    const corrs = [...root.querySelectorAll('.zh-text .corr')].filter((c) => closing(c.nextSibling));
    expect(corrs.length).toBeGreaterThan(10);
    for (const c of corrs) expect(c.parentElement!.classList.contains('nbw')).toBe(true);
  });

  it('copies the corrected text from the markup, keeping reverted corrections as published', () => {
    const root = renderReader();
    const text = correctedTextOf(root);
    expect(text).toBe(view.corrected.replace(/\n+$/, ''));
    const mark = root.querySelector<HTMLElement>('.corr')!;
    mark.dataset.reverted = 'true';
    expect(correctedTextOf(root).startsWith(view.corrected.slice(0, 60))).toBe(false);
    showScript(root, 'tw');
    expect(correctedTextOf(root)).toContain('首席科學家');
    expect(root.querySelector('#s-7 .zh')!.getAttribute('lang')).toBe('zh-Hant-TW');
    showScript(root, 's');
    mark.dataset.reverted = 'false';
    expect(correctedTextOf(root)).toBe(text);
    expect(root.querySelector('#s-7 .zh')!.getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('the corrections summary', () => {
  it('counts corrections by kind and links to each', () => {
    const { container } = renderWithMessages(<CorrectionSummary corrections={view.corrections} />);
    expect(container.querySelector('h2')!.textContent).toBe(
      `What the spinner changed (${view.corrections.length} corrections)`,
    );
    const counts = [...container.querySelectorAll('.kind-counts li')].map((li) => li.textContent);
    expect(counts).toContain('Antonym swap: 2');
    expect(counts).toContain('Page residue: 2');
    const links = container.querySelectorAll('.corr-list a');
    expect(links).toHaveLength(view.corrections.length);
    expect(links[0]!.getAttribute('href')).toBe(`#c-${view.corrections[0]!.id}`);
  });
});
