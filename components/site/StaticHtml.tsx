'use client';

import { createElement, useEffect, useState } from 'react';
import { registeredStaticHtml } from './static-html-registry';

/** What each StaticHtml showed, for the client router's back/forward between pages. */
const shown = new Map<string, string>();

/**
 * Prerendered markup that never changes, sent once. A server component's output reaches the
 * browser twice — as HTML and again, escaped, in React's flight data for hydration — which for
 * the article's annotated text was ~45 % of the page. Here the server component registers the
 * HTML (static-html-registry.ts) and renders only this component with a key: the server render
 * takes the HTML from the registry, and the browser takes it from the element already in the
 * page when it hydrates, so the flight data carries just the key.
 *
 * A client-side navigation to a page that was never loaded has neither; the page then loads in
 * full (once: a guard stops a reload loop).
 */
export function StaticHtml({
  k,
  id,
  as = 'div',
  className,
}: {
  k: string;
  id: string;
  as?: 'div' | 'p' | 'h2';
  className?: string;
}) {
  const [html] = useState(() => {
    const found =
      registeredStaticHtml(k) ??
      shown.get(k) ??
      (typeof document === 'undefined' ? undefined : document.getElementById(id)?.innerHTML);
    if (found !== undefined && typeof document !== 'undefined') shown.set(k, found);
    return found;
  });
  useEffect(() => {
    const guard = `unspun:reload:${location.pathname}`;
    try {
      if (html !== undefined) {
        sessionStorage.removeItem(guard);
        return;
      }
      if (sessionStorage.getItem(guard)) return;
      sessionStorage.setItem(guard, '1');
    } catch {
      return; // no storage: no reload either, rather than risk a loop
    }
    location.reload();
  }, [html]);
  return createElement(as, {
    id,
    className,
    dangerouslySetInnerHTML: { __html: html ?? '' },
    suppressHydrationWarning: true,
  });
}
