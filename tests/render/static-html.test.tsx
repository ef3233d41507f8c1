// @vitest-environment happy-dom
import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerStaticHtml } from '@/components/site/static-html-registry';
import { StaticHtml } from '@/components/site/StaticHtml';

afterEach(cleanup);

describe('StaticHtml: prerendered markup sent once, outside the flight data', () => {
  it('renders what a server component registered under its key', () => {
    registerStaticHtml('test/a', '<ruby>科学<rt>kē xué</rt></ruby>');
    const { container } = render(<StaticHtml k="test/a" id="a" as="p" className="zh-text" />);
    expect(container.innerHTML).toBe('<p id="a" class="zh-text"><ruby>科学<rt>kē xué</rt></ruby></p>');
  });

  it('in the browser, hydrates onto the markup already in the page and keeps it', async () => {
    const container = document.createElement('div');
    container.innerHTML = '<p id="b" class="zh-text"><ruby>首席<rt>shǒu xí</rt></ruby></p>';
    document.body.appendChild(container);
    await act(async () => {
      render(<StaticHtml k="test/not-registered" id="b" as="p" className="zh-text" />, {
        container,
        hydrate: true,
      });
    });
    expect(container.innerHTML).toBe('<p id="b" class="zh-text"><ruby>首席<rt>shǒu xí</rt></ruby></p>');
    // Rendered again later (the client router going back to the page): from what it showed.
    cleanup();
    const again = render(<StaticHtml k="test/not-registered" id="b2" as="p" />);
    expect(again.container.textContent).toBe('首席shǒu xí');
  });
});
