/**
 * "My words" as files other tools read: a tab-separated text Anki imports (with the header lines
 * Anki understands) and CSV (RFC 4180).
 */
import type { SavedWord } from './schema';

export const ANKI_COLUMNS = ['Hanzi', 'Pinyin', 'English', 'Sentence', 'Published', 'Cloze'] as const;

/**
 * An Anki cloze field: a practice card's phrase with the original clozed (首席{{c1::科学}}家);
 * another word clozed in its sentence, or alone.
 */
export function cloze(w: SavedWord): string {
  const c = (s: string) => `{{c1::${s}}}`;
  if (w.swap) {
    const { at, original } = w.swap;
    if (w.hanzi.slice(at, at + original.length) === original)
      return w.hanzi.slice(0, at) + c(original) + w.hanzi.slice(at + original.length);
  }
  const s = w.sentence?.zh;
  const i = s ? s.indexOf(w.hanzi) : -1;
  return s && i >= 0 ? s.slice(0, i) + c(w.hanzi) + s.slice(i + w.hanzi.length) : c(w.hanzi);
}

/** Hanzi, pinyin, English, sentence, the phrase as a spinner published it (practice cards), cloze. */
const row = (w: SavedWord) => [
  w.hanzi,
  w.pinyin,
  w.en,
  w.sentence?.zh ?? '',
  w.swap?.published ?? '',
  cloze(w),
];

/** One Anki field: no tabs or line breaks (they would split the note); quoted if it has quotes. */
function ankiField(s: string): string {
  const flat = s.replace(/[\t\r\n]+/g, ' ');
  return flat.includes('"') ? `"${flat.replace(/"/g, '""')}"` : flat;
}

/** Anki "Import File" text: `#separator:tab`, `#html:false`, `#columns:…`, then one note per line. */
export function toAnki(words: readonly SavedWord[]): string {
  const lines = ['#separator:tab', '#html:false', `#columns:${ANKI_COLUMNS.join('\t')}`];
  for (const w of words) lines.push(row(w).map(ankiField).join('\t'));
  return `${lines.join('\n')}\n`;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; quotes doubled. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV with a header row, CRLF line ends (RFC 4180). */
export function toCsv(words: readonly SavedWord[]): string {
  const lines = [
    ANKI_COLUMNS.map((c) => c.toLowerCase()).join(','),
    ...words.map((w) => row(w).map(csvField).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
