import 'server-only';
import type { Article } from './load-core';
import type { Bilingual, Confidence, CorrectionKind, SentenceKind } from './schema';
import { readOverrides } from '../dictionary/overrides';
import { createAnnotator, type Word } from './annotate';
import { readReadings, type Reading } from './readings';

/** What the article page renders: plain data, already annotated, no functions. */

export interface CorrectionPiece {
  k: 'c';
  /** Index into the article's corrections (stable within an article version). */
  id: number;
  kind: CorrectionKind;
  confidence: Confidence;
  del: Word[];
  ins: Word[];
}
export type Piece = { k: 'w'; w: Word } | CorrectionPiece;

export interface SentenceView {
  id: number;
  kind: SentenceKind;
  /** True for the first sentence of a paragraph. */
  opensParagraph: boolean;
  pieces: Piece[];
  en?: string;
  note?: Bilingual;
}

export interface CorrectionView {
  id: number;
  sentence: number;
  from: string;
  to: string;
  kind: CorrectionKind;
  confidence: Confidence;
  explanation: Bilingual;
  /** The corrected word this correction is part of, when longer than the correction (科学 in 首席科学家). */
  word?: string;
}

export interface ArticleView {
  slug: string;
  meta: Article['meta'];
  /** The Chinese title as annotated words (pinyin, Traditional), as the text's. */
  titleWords: Word[];
  sentences: SentenceView[];
  corrections: CorrectionView[];
  corrected: string;
  /** How many curated key terms the article has (its term list). */
  termCount: number;
}

/**
 * The curated words that steer segmentation (names, terms, dictionary overrides), so that
 * 无问芯穹 or 大模型 stay one word: the articles' honorees and terms, and `extraWords`.
 */
export function segmentationWords(articles: readonly Article[], extraWords: readonly string[] = readOverrides().map((o) => o.s)): string[] {
  return [...articles.flatMap((a) => [...a.meta.honorees.map((h) => h.zh), ...a.terms.map((t) => t.hanzi)]), ...extraWords];
}

/**
 * `extraWords`: curated headwords that steer segmentation besides the article's own names and
 * terms; by default those of the dictionary overrides (content/dictionary/overrides.json).
 * `readings`: curated pinyin in context; by default content/readings/*.json.
 */
export function buildArticleView(
  article: Article,
  extraWords: readonly string[] = readOverrides().map((o) => o.s),
  readings: readonly Reading[] = readReadings(),
): ArticleView {
  const annotator = createAnnotator(segmentationWords([article], extraWords), readings);
  const corrections: CorrectionView[] = [];
  let prevParagraph = -1;
  const sentences = article.sentences.map((s): SentenceView => {
    const published = article.source.slice(s.start, s.end);
    const inside = article.corrections
      .map((c, id) => ({ c, id }))
      .filter(({ c }) => c.start >= s.start && c.end <= s.end);
    // The corrected sentence, as segments of unchanged text and corrections.
    type Seg = { text: string; id?: number; pubAt: number; pub: string };
    const segs: Seg[] = [];
    let at = s.start;
    for (const { c, id } of inside) {
      if (c.start > at) segs.push({ text: article.source.slice(at, c.start), pubAt: at - s.start, pub: '' });
      segs.push({ text: c.to, id, pubAt: c.start - s.start, pub: c.from });
      at = c.end;
    }
    if (at < s.end) segs.push({ text: article.source.slice(at, s.end), pubAt: at - s.start, pub: '' });
    const corrected = segs.map((g) => g.text).join('');
    const pieces: Piece[] = [];
    let cAt = 0;
    for (const g of segs) {
      if (g.id === undefined) {
        for (const w of annotator.words(corrected, cAt, g.text)) pieces.push({ k: 'w', w });
      } else {
        const c = article.corrections[g.id]!;
        const ins = annotator.words(corrected, cAt, g.text);
        pieces.push({
          k: 'c',
          id: g.id,
          kind: c.kind,
          confidence: c.confidence,
          del: annotator.words(published, g.pubAt, g.pub),
          ins,
        });
        const word = ins.find((w) => w.w)?.w;
        corrections.push({
          id: g.id,
          sentence: s.id,
          from: c.from,
          to: c.to,
          kind: c.kind,
          confidence: c.confidence,
          explanation: c.explanation,
          ...(word ? { word } : {}),
        });
      }
      cAt += g.text.length;
    }
    const view: SentenceView = { id: s.id, kind: s.kind, opensParagraph: s.paragraph !== prevParagraph, pieces };
    if (s.en) view.en = s.en;
    if (s.note) view.note = s.note;
    prevParagraph = s.paragraph;
    return view;
  });
  const title = article.meta.title.zh;
  const titleWords = annotator.words(title, 0, title);
  return { slug: article.slug, meta: article.meta, titleWords, sentences, corrections, corrected: article.corrected, termCount: article.terms.length };
}
