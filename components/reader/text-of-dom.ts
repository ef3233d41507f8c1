/**
 * The corrected text as the reader has it (single corrections reverted where they chose), read
 * from the markup in the script it shows (see script-forms.ts): no text data is shipped twice.
 */
export function correctedTextOf(root: HTMLElement): string {
  const lines: string[] = [];
  for (const pair of root.querySelectorAll<HTMLElement>('.pair[data-sentence]')) {
    const zh = pair.querySelector('.zh-text');
    if (!zh) continue;
    const copy = zh.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('rt, .sr, .tag').forEach((n) => n.remove());
    copy.querySelectorAll<HTMLElement>('.corr').forEach((c) => {
      const keep = c.dataset.reverted === 'true' ? 'ins' : 'del';
      c.querySelectorAll(keep).forEach((n) => n.remove());
    });
    const text = copy.textContent ?? '';
    if (!text) continue;
    if (pair.classList.contains('opens') || lines.length === 0) lines.push(text);
    else lines[lines.length - 1] += text;
  }
  return lines.join('\n');
}
