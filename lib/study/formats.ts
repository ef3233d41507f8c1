/**
 * "My words" as files other tools read: a tab-separated text Anki imports (with the header lines
 * Anki understands) and CSV (RFC 4180).
 */
import type { SavedWord } from './schema';

export const ANKI_COLUMNS = ['Hanzi', 'Pinyin', 'English', 'Sentence'] as const;

const row = (w: SavedWord) => [w.hanzi, w.pinyin, w.en, w.sentence?.zh ?? ''];

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
