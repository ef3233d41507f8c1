/**
 * Searching a term list by hanzi (Simplified or Traditional), pinyin with or without tones
 * ("qiang hua xue xi", "qianghua", "qiáng huà", "qiang2 hua4") and English. Pure.
 */

const HAN = /\p{Script=Han}/u;
const TONE_DIGIT: Record<string, string> = { '\u0304': '1', '\u0301': '2', '\u030C': '3', '\u0300': '4' };

/** Lower-case, NFD, ü → v, without separators; tone marks kept as combining characters. */
function letters(py: string): string {
  return py
    .normalize('NFD')
    .toLowerCase()
    .replace(/u\u0308|u:/g, 'v')
    .replace(/[^a-z0-9\u0300-\u036f]+/g, '');
}

/** Searchable forms of a tone-marked pinyin string. */
export interface PinyinKeys {
  /** No tones: "qianghuaxuexi". */
  plain: string;
  /** Tone digit where the mark was: "qia2nghua4xue2xi2". */
  marked: string;
  /** Tone digit after each syllable: "qiang2hua4xue2xi2". */
  numbered: string;
}

export function pinyinKeys(py: string): PinyinKeys {
  const syllables = py
    .split(/[\s'’·-]+/)
    .filter(Boolean)
    .map(letters);
  const marked = syllables.map((s) => s.replace(/[\u0300-\u036f]/g, (m) => TONE_DIGIT[m] ?? '')).join('');
  const numbered = syllables
    .map((s) => {
      const tone = [...s].map((c) => TONE_DIGIT[c]).find(Boolean) ?? '';
      return s.replace(/[\u0300-\u036f]/g, '') + tone;
    })
    .join('');
  return { plain: marked.replace(/\d/g, ''), marked, numbered };
}

export type Query =
  | { kind: 'empty' }
  | { kind: 'han'; text: string }
  | { kind: 'latin'; text: string; plain: string; toned?: { pattern: RegExp; numbered: boolean } };

/** Read what the learner typed: Chinese characters, or Latin letters (pinyin and/or English). */
export function parseQuery(q: string): Query {
  const text = q.normalize('NFC').trim();
  if (!text) return { kind: 'empty' };
  if (HAN.test(text)) return { kind: 'han', text: text.replace(/\s+/g, '') };
  const l = letters(text);
  const numbered = /[1-5]/.test(l);
  const markedDigits = l.replace(/[\u0300-\u036f]/g, (m) => TONE_DIGIT[m] ?? '');
  const plain = markedDigits.replace(/\d/g, '');
  const hasTones = numbered || /[\u0300-\u036f]/.test(l);
  const out: Query = { kind: 'latin', text: text.toLowerCase(), plain };
  if (hasTones && plain) {
    // Each letter may be followed by a tone digit in the term unless the query gives one.
    const src = markedDigits.replace(/5/g, '');
    let re = '';
    for (let i = 0; i < src.length; i++) {
      const c = src[i]!;
      if (/\d/.test(c)) continue;
      re += c;
      const next = src[i + 1];
      re += next && /\d/.test(next) ? next : '\\d?';
    }
    out.toned = { pattern: new RegExp(re), numbered };
  }
  return out;
}

export interface SearchableTerm {
  hanzi: string;
  traditional: string;
  pinyin: string;
  en: string;
}

export function matches(
  term: SearchableTerm,
  query: Query,
  keys: PinyinKeys = pinyinKeys(term.pinyin),
): boolean {
  switch (query.kind) {
    case 'empty':
      return true;
    case 'han':
      return term.hanzi.includes(query.text) || term.traditional.includes(query.text);
    case 'latin': {
      if (term.en.toLowerCase().includes(query.text) || term.hanzi.toLowerCase().includes(query.text))
        return true;
      if (!query.plain) return false;
      if (query.toned) return query.toned.pattern.test(query.toned.numbered ? keys.numbered : keys.marked);
      return keys.plain.replace(/v/g, 'u').includes(query.plain.replace(/v/g, 'u'));
    }
  }
}

/** Terms matching a query and (optionally) a kind, in their original order. */
export function filterTerms<T extends SearchableTerm & { kind: string }>(
  terms: readonly T[],
  q: string,
  kind?: string,
): T[] {
  const query = parseQuery(q);
  return terms.filter((t) => (!kind || t.kind === kind) && matches(t, query));
}
