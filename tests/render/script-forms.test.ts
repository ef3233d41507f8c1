// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { showScript, simplifiedOf } from '@/components/reader/script-forms';
import { wordHtml } from '@/lib/content/markup';

function sentence() {
  const root = document.createElement('div');
  root.innerHTML =
    '<div class="zh" lang="zh-Hans"><p>' +
    wordHtml({ s: '因为', tw: '因為', hk: '因爲', py: 'yīn wèi' }) +
    wordHtml({ s: '科学', tw: '科學', hk: '科學', py: 'kē xué' }) +
    wordHtml({ s: '的', py: 'de' }) +
    wordHtml({ s: '“AI”' }) +
    '</p></div>';
  return root;
}
const text = (root: Element) =>
  [...root.querySelectorAll('ruby')].map((r) => r.firstChild?.nodeValue).join('') +
  root.textContent!.slice(-4);

describe('the Traditional toggle rewrites words in place', () => {
  it('shows Taiwan and Hong Kong forms, tags the language, and returns exactly to Simplified', () => {
    const root = sentence();
    const before = root.innerHTML;
    showScript(root, 'tw');
    expect(text(root)).toBe('因為科學的“AI”');
    expect(root.querySelector('.zh')!.getAttribute('lang')).toBe('zh-Hant-TW');
    showScript(root, 'hk');
    expect(text(root)).toBe('因爲科學的“AI”');
    expect(root.querySelector('.zh')!.getAttribute('lang')).toBe('zh-Hant-HK');
    showScript(root, 's');
    expect(text(root)).toBe('因为科学的“AI”');
    expect(root.querySelector('.zh')!.getAttribute('lang')).toBe('zh-Hans');
    // Only the remembered Simplified forms were added.
    expect(root.innerHTML.replace(/ data-s="[^"]*"/g, '')).toBe(before);
  });

  it('the popup reads a word as Simplified whatever the reader shows', () => {
    const root = sentence();
    const ruby = root.querySelector<HTMLElement>('ruby')!;
    expect(simplifiedOf(ruby)).toBe('因为');
    showScript(root, 'hk');
    expect(simplifiedOf(ruby)).toBe('因为');
    expect(simplifiedOf(root.querySelectorAll<HTMLElement>('ruby')[2]!)).toBeUndefined();
  });
});
