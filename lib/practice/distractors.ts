/**
 * Distractors for "what did the author write?": words a learner could believe, drawn from the
 * substitution lexicon. Pure: the lexicon's pairs and a judge of the context are passed in.
 *
 * In order of preference:
 * 1. other originals the lexicon knows for the same spun form;
 * 2. near-synonyms of the original (its swap partners in the lexicon);
 * 3. words that share a character with the spun word, then with the original;
 * 4. other words of the original's lexicon family (nouns, verbs, idioms …).
 * A near-synonym of the original or a word sharing a character with it could be right in context
 * too: those are used only where the judge (the engine) says the word would be wrong here.
 * Only words the lexicon gives as an original somewhere (standard modern words) and of the
 * original's length; never the original, never the spun word (nor a word containing either),
 * never twice.
 */
import { shuffle, type Rng } from './prng';

export interface Pair {
  spun: string;
  orig: string;
  /** Negative: the spun form is usually correct where found (so it can stand for the original). */
  bias?: number;
  /** Where the pair comes from (`nouns/模子→模型`): pairs of one family are alike (nouns, verbs …). */
  rule?: string;
}

export interface DistractorIndex {
  origsOf: ReadonlyMap<string, readonly string[]>;
  partners: ReadonlyMap<string, ReadonlySet<string>>;
  byChar: ReadonlyMap<string, readonly string[]>;
  /** Words the lexicon gives as an original somewhere: standard modern forms, not spinner output. */
  standard: ReadonlySet<string>;
  /** Standard words by lexicon family, and the families an original belongs to. */
  family: ReadonlyMap<string, readonly string[]>;
  familiesOf: ReadonlyMap<string, readonly string[]>;
}

const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => {
  const l = m.get(k);
  if (!l) m.set(k, [v]);
  else if (!l.includes(v)) l.push(v);
};

const HAN_WORD = /^\p{Script=Han}+$/u;

export function distractorIndex(pairs: readonly Pair[]): DistractorIndex {
  const origsOf = new Map<string, string[]>();
  const partners = new Map<string, Set<string>>();
  const byChar = new Map<string, string[]>();
  const standard = new Set(pairs.map((p) => p.orig));
  const family = new Map<string, string[]>();
  const familiesOf = new Map<string, string[]>();
  for (const p of pairs) {
    const f = p.rule?.split('/')[0];
    if (!f) continue;
    push(family, f, p.orig);
    push(familiesOf, p.orig, f);
  }
  const link = (a: string, b: string) => {
    if (!partners.has(a)) partners.set(a, new Set());
    partners.get(a)!.add(b);
  };
  for (const p of pairs) {
    push(origsOf, p.spun, p.orig);
    link(p.orig, p.spun);
    link(p.spun, p.orig);
    for (const w of [p.orig, p.spun]) if (HAN_WORD.test(w)) for (const ch of new Set(w)) push(byChar, ch, w);
  }
  return { origsOf, partners, byChar, standard, family, familiesOf };
}

export interface DistractorQuery {
  spun: string;
  original: string;
  /** True when `word` in place of the original would be wrong in this context (the engine flags it). */
  wrongHere: (word: string) => boolean;
  rng: Rng;
  count?: number;
}

const len = (s: string) => [...s].length;

/** Up to `count` (3) distractors; fewer only when the lexicon knows too few. */
export function pickDistractors(index: DistractorIndex, q: DistractorQuery): string[] {
  const count = q.count ?? 3;
  const { spun, original } = q;
  const partnersOfOrig = index.partners.get(original) ?? new Set<string>();
  const out: string[] = [];
  const seen = new Set([spun, original]);
  const take = (candidates: readonly string[], ok: (w: string) => boolean) => {
    // Only standard words of the original's length: a longer or shorter option gives itself
    // away, and a spinner's odd output (颠末, 告竣) is nothing a learner could believe.
    for (const w of shuffle(candidates, q.rng)) {
      if (out.length >= count) return;
      if (seen.has(w) || !HAN_WORD.test(w) || !index.standard.has(w) || len(w) !== len(original)) continue;
      if (w.includes(spun) || w.includes(original) || spun.includes(w) || original.includes(w)) continue;
      if (!ok(w)) continue;
      seen.add(w);
      out.push(w);
    }
  };
  // A near-synonym of the original (or of one of its near-synonyms), or a word sharing a
  // character with it (行业 for 产业), could
  // fit the sentence as well: such words are used only where the engine flags them here.
  const origChars = new Set(original);
  // Near-synonyms of near-synonyms count too (边界 ~ 界限 ~ 范围).
  const near = new Set(partnersOfOrig);
  for (const p of partnersOfOrig) for (const w of index.partners.get(p) ?? []) near.add(w);
  const risky = (w: string) => near.has(w) || [...w].some((ch) => origChars.has(ch));
  const safe = (w: string) => !risky(w) || q.wrongHere(w);
  const similarTo = (word: string) => [...new Set(word)].flatMap((ch) => index.byChar.get(ch) ?? []);
  // 1. Other originals of the spun form.
  take(index.origsOf.get(spun) ?? [], safe);
  // 2. Near-synonyms of the original.
  take([...partnersOfOrig], safe);
  // 3. Words that look like the spun word, then like the original.
  take(similarTo(spun), safe);
  take(similarTo(original), safe);
  // 4. Other words of the original's lexicon family (nouns for a noun …) that cannot fit: no
  //    near-synonyms, no shared character.
  const families = index.familiesOf.get(original) ?? [];
  take(
    families.flatMap((f) => index.family.get(f) ?? []),
    (w) => !risky(w),
  );
  return out;
}
