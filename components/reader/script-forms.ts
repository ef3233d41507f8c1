/**
 * The reader's Simplified / Traditional toggle. Words whose Traditional form differs carry it in
 * the markup (lib/content/markup.ts): `data-t` (Taiwan) and `data-h` (Hong Kong, where it differs
 * from Taiwan's). Switching rewrites each such word's text node in place;
 * the Simplified form is kept in `data-s` the first time, so switching back is exact. The Chinese
 * columns take the script's language tag (zh-Hans, zh-Hant-TW, zh-Hant-HK), which also picks the
 * font's regional glyphs.
 */
export const SCRIPTS = ['s', 'tw', 'hk'] as const;
export type Script = (typeof SCRIPTS)[number];

export const SCRIPT_LANG: Record<Script, string> = { s: 'zh-Hans', tw: 'zh-Hant-TW', hk: 'zh-Hant-HK' };

/** Show `script` in the words under `root`; `containers` (the Chinese columns) get its language tag. */
export function showScript(root: ParentNode, script: Script, containers = '.zh'): void {
  swapScript(root, script, containers, SCRIPT_LANG);
}

/**
 * showScript's work, referring to nothing outside itself: the reader's inline prelude
 * (lib/inline/reader-prelude.ts) carries its source, so keep it that way.
 */
export function swapScript(
  root: ParentNode,
  script: Script,
  containers: string,
  langs: Record<Script, string>,
): void {
  const lang = langs[script];
  for (const el of root.querySelectorAll(containers))
    if (el.getAttribute('lang') !== lang) el.setAttribute('lang', lang);
  for (const el of root.querySelectorAll<HTMLElement>('[data-t]')) {
    const text = el.firstChild;
    if (!text || text.nodeType !== 3) continue;
    // Never switched: the markup's text is already Simplified, nothing to write.
    if (script === 's' && el.dataset.s === undefined) continue;
    if (el.dataset.s === undefined) el.dataset.s = text.nodeValue ?? '';
    const form =
      script === 's' ? el.dataset.s : script === 'hk' ? (el.dataset.h ?? el.dataset.t!) : el.dataset.t!;
    if (text.nodeValue !== form) text.nodeValue = form;
  }
}

/** A word's Simplified form, whichever script the reader shows. */
export function simplifiedOf(el: HTMLElement): string | undefined {
  if (el.dataset.s !== undefined) return el.dataset.s;
  return el.dataset.t !== undefined ? (el.firstChild?.nodeValue ?? undefined) : undefined;
}
