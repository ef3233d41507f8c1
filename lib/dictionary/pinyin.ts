/**
 * Pinyin helpers shared by the build (CC-CEDICT's numbered pinyin → tone marks) and the browser
 * (tone of a syllable, for optional tone colours). Pure functions, no data tables beyond the marks.
 */

const MARKS: Record<string, readonly string[]> = {
  a: ['ā', 'á', 'ǎ', 'à'],
  e: ['ē', 'é', 'ě', 'è'],
  i: ['ī', 'í', 'ǐ', 'ì'],
  o: ['ō', 'ó', 'ǒ', 'ò'],
  u: ['ū', 'ú', 'ǔ', 'ù'],
  ü: ['ǖ', 'ǘ', 'ǚ', 'ǜ'],
};

const SYLLABLE = /^([A-Za-zÜü:]+?)([1-5])$/;

/** Put the tone mark of tone 1–4 on the right vowel: a or e, else the o of "ou", else the last vowel. */
function markSyllable(letters: string, tone: number): string {
  const base = letters.replace(/u:|v/g, 'ü').replace(/U:|V/g, 'Ü');
  if (tone < 1 || tone > 4) return base;
  const lower = base.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) {
    for (let i = lower.length - 1; i >= 0; i--)
      if ('iouü'.includes(lower[i]!)) {
        at = i;
        break;
      }
  }
  if (at < 0) return base; // "r5", "m2", "ng2": no vowel to mark
  const vowel = lower[at]!;
  const marked = MARKS[vowel]![tone - 1]!;
  const upper = base[at] !== lower[at];
  return base.slice(0, at) + (upper ? marked.toUpperCase() : marked) + base.slice(at + 1);
}

/** "ke1 xue2 jia1" → "kē xué jiā"; "lu:4" → "lǜ"; "r5" → "r". Tokens without a tone digit are kept. */
export function markTones(numbered: string): string {
  return numbered
    .split(' ')
    .map((tok) => {
      const m = SYLLABLE.exec(tok);
      return m ? markSyllable(m[1]!, Number(m[2])) : tok;
    })
    .join(' ');
}

/** Tone-mark the bracketed readings in CC-CEDICT definitions: "variant of 學習|学习[xue2 xi2]" → "…[xué xí]". */
export function markTonesInText(text: string): string {
  return text.replace(/\[((?:[A-Za-zÜü:]+[1-5](?: |(?=\])))+)\]/g, (_, py: string) => `[${markTones(py)}]`);
}

const TONE_OF_MARK: Record<string, 1 | 2 | 3 | 4> = { '\u0304': 1, '\u0301': 2, '\u030C': 3, '\u0300': 4 };

/** The tone of a tone-marked syllable: 1–4, or 5 for the neutral tone (no mark). */
export function toneOf(syllable: string): 1 | 2 | 3 | 4 | 5 {
  for (const ch of syllable.normalize('NFD')) {
    const t = TONE_OF_MARK[ch];
    if (t) return t;
  }
  return 5;
}

/** Remove tone marks and spaces, lower-case, ü → v: "Lǜ sè" → "lvse". */
export function toneless(py: string): string {
  return py
    .normalize('NFD')
    .replace(/u\u0308/gi, 'v')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\s'’·-]+/g, '');
}
