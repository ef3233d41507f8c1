/**
 * The check page renders a checked part lazily: its words and findings are cut into blocks of
 * about a hundred items, and a block far from the screen is shown as its plain text (one text node)
 * until it comes near. A 40,000-character part with 5,000 findings is otherwise ~50,000
 * elements, which froze the page for seconds on every change. Pure: no React, no DOM.
 */
import { fromWire, type ChunkWords, type WireWord } from './words';

export type BlockItem = { w: WireWord } | { f: number };

export interface Block {
  items: BlockItem[];
  /** Indices (into the part's findings) of the findings in this block. */
  findings: number[];
}

export type ScriptForm = 's' | 'tw' | 'hk';

/**
 * The part's words and shown findings in reading order (the words before finding i, finding i,
 * …, the words after the last), cut into blocks: after a line break once a block has `size`
 * items (so that each block is whole lines and can be laid out on its own), or at `4 × size`
 * items in a text without line breaks.
 */
export function chunkBlocks(words: ChunkWords, shown: readonly boolean[], size = 80): Block[] {
  const blocks: Block[] = [];
  let cur: Block = { items: [], findings: [] };
  const push = (item: BlockItem) => {
    cur.items.push(item);
    if ('f' in item) cur.findings.push(item.f);
    const endsLine = 'w' in item && (typeof item.w === 'string' ? item.w : (item.w[0] ?? '')).endsWith('\n');
    if ((cur.items.length >= size && endsLine) || cur.items.length >= size * 4) {
      blocks.push(cur);
      cur = { items: [], findings: [] };
    }
  };
  shown.forEach((isShown, i) => {
    if (!isShown) return;
    for (const w of words.gaps[i] ?? []) push({ w });
    push({ f: i });
  });
  for (const w of words.gaps[shown.length] ?? []) push({ w });
  if (cur.items.length) blocks.push(cur);
  return blocks;
}

/** A word as written in `script`. */
export function formOf(x: WireWord, script: ScriptForm): string {
  const w = fromWire(x);
  return script === 'tw' ? (w.tw ?? w.s) : script === 'hk' ? (w.hk ?? w.s) : w.s;
}

/** A word's text in `script` when it has no pinyin (punctuation, digits, Latin), else nothing. */
export function plainOf(x: WireWord | undefined, script: ScriptForm): string | undefined {
  if (x === undefined) return undefined;
  return typeof x === 'string' ? x : x[1] ? undefined : formOf(x, script);
}

/**
 * A block's text as its stand-in shows it: the words, and for each finding what it replaces
 * followed by what it proposes (as the rendered finding shows both), in `script`.
 */
export function blockText(block: Block, words: ChunkWords, script: ScriptForm): string {
  let out = '';
  for (const item of block.items) {
    if ('w' in item) out += formOf(item.w, script);
    else {
      for (const w of words.del[item.f] ?? []) out += formOf(w, script);
      for (const w of words.ins[item.f] ?? []) out += formOf(w, script);
    }
  }
  return out;
}
