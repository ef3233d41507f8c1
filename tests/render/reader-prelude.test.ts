// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { parsePrefs, STORE, VIEWS } from '@/components/reader/reader-prefs';
import { SCRIPTS } from '@/components/reader/script-forms';
import { READER_PRELUDE } from '@/lib/inline/reader-prelude';
import { wordHtml } from '@/lib/content/markup';

/** The reader root as the page prerenders it: the default view, Simplified, pinyin off. */
function page(search = '') {
  history.replaceState(null, '', `/en/articles/x${search}`);
  document.body.innerHTML =
    '<div id="reader" data-view="changes" data-script="s" data-pinyin="off">' +
    '<div class="zh" lang="zh-Hans"><p>' +
    wordHtml({ s: '科学', tw: '科學', hk: '科學', py: 'kē xué' }) +
    wordHtml({ s: '因为', tw: '因為', hk: '因爲', py: 'yīn wèi' }) +
    '</p></div></div>';
  return document.getElementById('reader')!;
}

/** Run the prelude as the browser does: the very string the page inlines. */
function run() {
  new Function(READER_PRELUDE)();
}

const words = (root: Element) =>
  [...root.querySelectorAll('ruby')].map((r) => r.firstChild?.nodeValue).join('');

describe('the reader prelude (the article page inline script)', () => {
  beforeEach(() => localStorage.clear());

  it('keeps the default view, Simplified and no pinyin when nothing is chosen', () => {
    const root = page();
    run();
    expect(root.dataset).toMatchObject({ view: 'changes', script: 's', pinyin: 'off' });
    expect(words(root)).toBe('科学因为');
  });

  it('applies the remembered view, pinyin and Hong Kong forms before first paint', () => {
    localStorage.setItem(STORE, JSON.stringify({ view: 'corrected', script: 'hk', pinyin: true }));
    const root = page();
    run();
    expect(root.dataset).toMatchObject({ view: 'corrected', script: 'hk', pinyin: 'on' });
    expect(words(root)).toBe('科學因爲');
    expect(root.querySelector('.zh')!.getAttribute('lang')).toBe('zh-Hant-HK');
    // The island can switch back exactly: the Simplified form is remembered.
    expect(root.querySelector<HTMLElement>('ruby')!.dataset.s).toBe('科学');
  });

  it("lets the URL's ?view= win over the remembered view, and ignores an unknown one", () => {
    localStorage.setItem(STORE, JSON.stringify({ view: 'corrected' }));
    let root = page('?view=published');
    run();
    expect(root.dataset.view).toBe('published');
    root = page('?view=nonsense');
    run();
    expect(root.dataset.view).toBe('corrected');
  });

  it('survives broken or foreign storage, and a page without the reader', () => {
    localStorage.setItem(STORE, '{not json');
    let root = page();
    expect(run).not.toThrow();
    expect(root.dataset.view).toBe('changes');
    localStorage.setItem(STORE, JSON.stringify({ view: 'x', script: 'latin', pinyin: 'yes' }));
    root = page();
    run();
    expect(root.dataset).toMatchObject({ view: 'changes', script: 's', pinyin: 'off' });
    document.body.innerHTML = '';
    expect(run).not.toThrow();
  });

  it('is a constant (its hash is in the Content-Security-Policy) built from the island constants', () => {
    expect(READER_PRELUDE).toContain(JSON.stringify(STORE));
    // Nothing the bundler renames: the functions it carries refer only to their arguments.
    expect(READER_PRELUDE).not.toMatch(/__vite|__turbopack|import\(|require\(/);
    expect(parsePrefs('{"view":"published","pinyin":false}', VIEWS, SCRIPTS)).toEqual({
      view: 'published',
      pinyin: false,
    });
  });
});
