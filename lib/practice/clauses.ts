/** Cutting a sentence into clauses, so an exercise shows the part around the swap, not a paragraph. */

/** Punctuation that ends a clause (the mark stays with the clause before it). */
const CLAUSE_END = /[，,；;：:。！？!?…]/u;
const HAN = /\p{Script=Han}/gu;

/** Han characters in `s`. */
export const hanCount = (s: string) => s.match(HAN)?.length ?? 0;

/** [start, end) of each clause of `text`, covering it in order (leading spaces trimmed). */
export function clauseSpans(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (CLAUSE_END.test(text[i]!) && !CLAUSE_END.test(text[i + 1] ?? '')) {
      out.push([start, i + 1]);
      start = i + 1;
    }
  }
  if (start < text.length) out.push([start, text.length]);
  return out
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(text[s]!)) s++;
      while (e > s && /\s/.test(text[e - 1]!)) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}

/**
 * The clause of `text` around [start, end), widened by neighbouring clauses until it has at least
 * `minHan` Han characters (a clause like "其中," says too little), and at most `maxHan` when it can.
 */
export function clauseAround(
  text: string,
  start: number,
  end: number,
  minHan = 10,
  maxHan = 60,
): [number, number] {
  const spans = clauseSpans(text);
  let a = spans.findIndex(([s, e]) => start >= s && start < e);
  if (a < 0) return [0, text.length];
  let b = a;
  while (b < spans.length - 1 && spans[b]![1] < end) b++;
  const han = () => hanCount(text.slice(spans[a]![0], spans[b]![1]));
  while (han() < minHan && (a > 0 || b < spans.length - 1)) {
    const before = a > 0 ? hanCount(text.slice(...spans[a - 1]!)) : Infinity;
    const after = b < spans.length - 1 ? hanCount(text.slice(...spans[b + 1]!)) : Infinity;
    if (after <= before) b++;
    else a--;
    if (han() > maxHan) break;
  }
  return [spans[a]![0], spans[b]![1]];
}
