/**
 * Hand-off of prerendered HTML strings from server components to <StaticHtml> during the server
 * render, outside React's flight data (see StaticHtml.tsx). Server components and the server
 * render of client components run in one process, so a process-wide map carries them. Keys are
 * deterministic (page + element), so concurrent renders of pages cannot mix them up.
 */
const KEY = Symbol.for('unspun.static-html');

function registry(): Map<string, string> {
  const g = globalThis as { [KEY]?: Map<string, string> };
  return (g[KEY] ??= new Map());
}

export function registerStaticHtml(key: string, html: string): void {
  registry().set(key, html);
}

export function registeredStaticHtml(key: string): string | undefined {
  return registry().get(key);
}
